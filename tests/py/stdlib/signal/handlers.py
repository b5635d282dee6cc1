# signal: numbers, enums, handler registration, raise_signal, errors.
import signal

print(signal.SIGINT, repr(signal.SIGINT), repr(signal.SIGCLD), repr(signal.SIGIOT), repr(signal.SIGPOLL),
      signal.SIGRTMIN, signal.SIGRTMAX, signal.NSIG, repr(signal.SIG_DFL), repr(signal.SIG_IGN),
      repr(signal.SIG_BLOCK), signal.ITIMER_REAL, signal.ITIMER_PROF)
print(signal.Signals(2), signal.Signals["SIGTERM"], signal.Signals.SIGINT.name, len(signal.Signals),
      [s.name for s in signal.Signals][:5], list(signal.Handlers), list(signal.Sigmasks))
print([signal.strsignal(i) for i in (1, 2, 9, 15, 17, 32, 34, 64)])
valid = signal.valid_signals()
print(len(valid), sorted(valid)[:3], 32 in valid, 64 in valid)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, repr(signal.getsignal(signal.SIGPIPE)),
      repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGXFSZ)))

calls = []


def handler(signum, frame):
    calls.append((signum, type(signum).__name__, frame.f_code.co_name))


def trigger(sig):
    signal.raise_signal(sig)


print(repr(signal.signal(signal.SIGUSR1, handler)), signal.getsignal(signal.SIGUSR1) is handler)
trigger(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(calls)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGCHLD)
print(len(calls), signal.raise_signal(0))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as exc:
    print("KeyboardInterrupt", repr(exc))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raised")
signal.signal(signal.SIGINT, lambda s, f: calls.append("int"))
signal.raise_signal(signal.SIGINT)
print(calls[-1], repr(signal.signal(signal.SIGINT, signal.default_int_handler))[:10])

for args in [(100, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_IGN), (signal.SIGSTOP, handler),
             (signal.SIGINT, 5), ("x", signal.SIG_DFL), (0, signal.SIG_DFL)]:
    try:
        signal.signal(*args)
    except (ValueError, OSError, TypeError) as exc:
        print(type(exc).__name__, exc)
for fn in (signal.getsignal, signal.raise_signal, signal.strsignal):
    for arg in (65, -1, 0):
        try:
            print(fn.__name__, arg, fn(arg))
        except (ValueError, OSError) as exc:
            print(fn.__name__, arg, type(exc).__name__, exc)
print(signal.alarm(0), signal.getitimer(signal.ITIMER_REAL), signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2}), signal.pthread_sigmask(signal.SIG_UNBLOCK, []))
print(signal.pthread_sigmask(signal.SIG_SETMASK, []))
print(issubclass(signal.ItimerError, OSError), signal.ItimerError.__name__)
