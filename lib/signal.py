"""Signal numbers and handlers (heapstack's own signal module).

heapstack runs inside a JavaScript host and receives no operating-system
signals from others: a handler installed with signal() runs when the
program sends the signal to itself (raise_signal(), os.kill(os.getpid(),
...)) or when its real-time timer (alarm, setitimer(ITIMER_REAL)) expires,
receiving the signal number and the current frame, as in CPython.  The
virtual and profiling timers are accepted but never fire.  The numbers,
names, enums and error messages are Linux's and CPython's.
"""

import sys as _sys
import _signal_timer
from enum import IntEnum as _IntEnum, _simple_enum

_NUMBERS = [
    ("SIGHUP", 1, "Hangup"), ("SIGINT", 2, "Interrupt"), ("SIGQUIT", 3, "Quit"),
    ("SIGILL", 4, "Illegal instruction"), ("SIGTRAP", 5, "Trace/breakpoint trap"),
    ("SIGABRT", 6, "Aborted"), ("SIGBUS", 7, "Bus error"),
    ("SIGFPE", 8, "Floating point exception"), ("SIGKILL", 9, "Killed"),
    ("SIGUSR1", 10, "User defined signal 1"), ("SIGSEGV", 11, "Segmentation fault"),
    ("SIGUSR2", 12, "User defined signal 2"), ("SIGPIPE", 13, "Broken pipe"),
    ("SIGALRM", 14, "Alarm clock"), ("SIGTERM", 15, "Terminated"),
    ("SIGSTKFLT", 16, "Stack fault"), ("SIGCHLD", 17, "Child exited"),
    ("SIGCONT", 18, "Continued"), ("SIGSTOP", 19, "Stopped (signal)"),
    ("SIGTSTP", 20, "Stopped"), ("SIGTTIN", 21, "Stopped (tty input)"),
    ("SIGTTOU", 22, "Stopped (tty output)"), ("SIGURG", 23, "Urgent I/O condition"),
    ("SIGXCPU", 24, "CPU time limit exceeded"), ("SIGXFSZ", 25, "File size limit exceeded"),
    ("SIGVTALRM", 26, "Virtual timer expired"), ("SIGPROF", 27, "Profiling timer expired"),
    ("SIGWINCH", 28, "Window changed"), ("SIGIO", 29, "I/O possible"),
    ("SIGPWR", 30, "Power failure"), ("SIGSYS", 31, "Bad system call"),
]
_ALIASES = [("SIGIOT", 6), ("SIGCLD", 17), ("SIGPOLL", 29)]
NSIG = 65
_RT_MIN, _RT_MAX = 34, 64
# what SIG_DFL does for the signals whose default is not "terminate"
_IGNORED_BY_DEFAULT = {17, 18, 23, 28}


def _make_enum(name, pairs):
    # CPython builds these with IntEnum._convert_, which puts the chosen names in a throwaway
    # plain class and hands it to enum._simple_enum; that class is left behind as cyclic
    # garbage of the import (type, dict, mro and bases tuples, two getsets), as here.
    body = dict(pairs)
    body["__module__"] = __name__
    return _simple_enum(_IntEnum)(type(name, (object,), body))


Signals = _make_enum("Signals", sorted(
    [(name, number) for name, number, _text in _NUMBERS] + _ALIASES
    + [("SIGRTMIN", _RT_MIN), ("SIGRTMAX", _RT_MAX)], key=lambda pair: (pair[1], pair[0])))
Handlers = _make_enum("Handlers", [("SIG_DFL", 0), ("SIG_IGN", 1)])
Sigmasks = _make_enum("Sigmasks", [("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2)])
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2

_DESCRIPTIONS = {number: text for _name, number, text in _NUMBERS}
_DESCRIPTIONS.update({n: f"Real-time signal {n - _RT_MIN}" for n in range(_RT_MIN, _RT_MAX + 1)})


class ItimerError(OSError):
    pass


ItimerError.__name__ = ItimerError.__qualname__ = "itimer_error"


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python.

It raises KeyboardInterrupt."""
    raise KeyboardInterrupt


def _as_int(value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return int(value)


def _check_number(signalnum):
    number = _as_int(signalnum)
    if not 1 <= number < NSIG:
        raise ValueError("signal number out of range")
    return number


def _to_enum(value, enum):
    try:
        return enum(value)
    except ValueError:
        return value


# Python's start-up state: SIGINT raises KeyboardInterrupt, SIGPIPE and
# SIGXFSZ are ignored, everything else has the default action.
_handlers = {number: 0 for number in range(1, NSIG)}
_handlers[2] = default_int_handler
_handlers[13] = 1
_handlers[25] = 1
_blocked = set()
_timers = {ITIMER_REAL: (0.0, 0.0), ITIMER_VIRTUAL: (0.0, 0.0), ITIMER_PROF: (0.0, 0.0)}


def signal(signalnum, handler, /):
    """Set the action for the given signal and return the previous one."""
    number = _check_number(signalnum)
    if not callable(handler) and handler not in (0, 1):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                        "or a callable object")
    if number in (9, 19):
        raise OSError(22, "Invalid argument")
    previous = _handlers[number]
    _handlers[number] = handler if callable(handler) else int(handler)
    return _to_enum(previous, Handlers)


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    return _to_enum(_handlers[_check_number(signalnum)], Handlers)


def raise_signal(signalnum, /):
    """Send a signal to the executing process."""
    number = _as_int(signalnum)
    if number == 0:
        return None
    if not 1 <= number < NSIG:
        raise OSError(22, "Invalid argument")
    action = _handlers[number]
    if callable(action):
        action(number, _sys._getframe(1))
    elif action == 0 and number not in _IGNORED_BY_DEFAULT:
        # the default action ends the process, as the signal would
        _sys.stdout.flush()
        _sys.stderr.flush()
        raise SystemExit(128 + number)
    return None


def _run_action(number, frame):
    # the program's action for a signal it received; False when that is the default action
    # that ends the process
    action = _handlers[number]
    if callable(action):
        action(number, frame)
        return True
    return action == 1 or number in _IGNORED_BY_DEFAULT


def _deliver_self(number):
    # os.kill(os.getpid(), number) asks here first: True when the signal was handled (or is
    # ignored), False to send it for real (its default action)
    return 1 <= number < NSIG and _run_action(number, _sys._getframe(1))


def _on_alarm():
    # the real-time timer expired (called from the evaluation loop's check or time.sleep)
    if not _run_action(14, _sys._getframe(1)):
        import os
        if hasattr(os, "kill"):
            os.kill(os.getpid(), 14)
        raise SystemExit(128 + 14)


def strsignal(signalnum, /):
    """Return the system description of the given signal."""
    return _DESCRIPTIONS.get(_check_number(signalnum))


def valid_signals():
    """The set of signal numbers valid on this platform."""
    return {_to_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def alarm(seconds, /):
    """Arrange for SIGALRM to arrive after the given number of seconds."""
    seconds = _as_int(seconds)
    left = _signal_timer.set_real(float(seconds), 0.0)[0]
    # alarm(2) rounds the seconds left, and says 1 for a pending alarm due in under half a second
    return max(int(left + 0.5), 1) if left else 0


def _check_timer(which):
    if which not in _timers:
        raise ItimerError(22, "Invalid argument")


def setitimer(which, seconds, interval=0.0, /):
    """Set a timer; returns the old (delay, interval).  Only ITIMER_REAL fires in heapstack."""
    _check_timer(which)
    if which == ITIMER_REAL:
        return _signal_timer.set_real(float(seconds), float(interval))
    old = _timers[which]
    _timers[which] = (float(seconds), float(interval))
    return old


def getitimer(which, /):
    """Return the (delay, interval) of a timer."""
    _check_timer(which)
    if which == ITIMER_REAL:
        return _signal_timer.get_real()
    return _timers[which]


def pause():
    """Wait until a signal arrives."""
    _signal_timer.pause()


def pthread_sigmask(how, mask, /):
    """Change the set of blocked signals; return the previous set."""
    numbers = {_check_number(n) for n in mask}
    previous = {_to_enum(n, Signals) for n in _blocked}
    if how == 0:
        _blocked.update(numbers)
    elif how == 1:
        _blocked.difference_update(numbers)
    elif how == 2:
        _blocked.clear()
        _blocked.update(numbers)
    else:
        raise OSError(22, "Invalid argument")
    return previous


def sigpending():
    """Signals pending while blocked (none ever are in heapstack)."""
    return set()


def siginterrupt(signalnum, flag, /):
    """Change system call restart behaviour (nothing to change here)."""
    _check_number(signalnum)


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Record a wakeup file descriptor; returns the previous one."""
    global _wakeup_fd
    previous, _wakeup_fd = _wakeup_fd, _as_int(fd)
    return previous


_wakeup_fd = -1
