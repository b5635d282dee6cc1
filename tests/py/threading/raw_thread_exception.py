# An exception escaping a thread started by _thread.start_new_thread goes to
# sys.unraisablehook; SystemExit ends the thread silently.
import _thread
import sys
import time

seen = []


def hook(args):
    seen.append((args.err_msg, args.object.__name__, args.exc_type.__name__, str(args.exc_value)))


sys.unraisablehook = hook


def fails():
    raise ValueError("raw")


def exits():
    _thread.exit()


_thread.start_new_thread(fails, ())
_thread.start_new_thread(exits, ())
time.sleep(0.2)
print(seen)
