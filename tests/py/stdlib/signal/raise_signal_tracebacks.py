# signal.raise_signal and the default SIGINT handler are C functions in CPython: a traceback
# through them shows only the Python frames around them (the caller, a Python handler).
import signal
import sys
import traceback


def show(func):
    try:
        func()
    except BaseException as e:
        print(type(e).__name__, [(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])


def default():
    signal.raise_signal(signal.SIGINT)


show(default)


def handler(signum, frame):
    print("handler", signal.Signals(signum).name, frame.f_code.co_name)
    raise RuntimeError(f"got {signum}")


def custom():
    signal.raise_signal(signal.SIGUSR1)


signal.signal(signal.SIGUSR1, handler)
show(custom)
show(lambda: signal.raise_signal(99))
show(lambda: signal.raise_signal("x"))
show(lambda: signal.default_int_handler(2, None))
show(lambda: signal.strsignal(0))
sys.stdout.flush()


def deeper():
    default()


deeper()
