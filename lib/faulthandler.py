"""faulthandler: dump the Python traceback.

heapstack cannot crash with a fatal signal the way a C program can (a runaway recursion is a
RecursionError, a host failure an internal-error report), so enable() only records that it
was asked; dump_traceback() writes the frames straight to the file descriptor, as CPython does.
"""

import sys
import os



def _enabled_at_start():
    # python3 -X faulthandler, -X dev and PYTHONFAULTHANDLER (unless -E) enable it before the
    # program runs
    if sys.flags.dev_mode or 'faulthandler' in sys._xoptions:
        return True
    return not sys.flags.ignore_environment and bool(os.environ.get('PYTHONFAULTHANDLER'))


_enabled = _enabled_at_start()
_later = None
_registered = {}


def _fileno(file):
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file
    fd = file.fileno()
    if not isinstance(fd, int):
        raise RuntimeError("file.fileno() is not a valid file descriptor")
    if fd < 0:
        raise ValueError("file is not a valid file descriptor")
    try:
        file.flush()
    except Exception:
        pass
    return fd


def _frames_text(frame):
    lines = []
    depth = 0
    while frame is not None:
        if depth >= 100:
            lines.append('  ...\n')
            break
        code = frame.f_code
        lines.append('  File "%s", line %s in %s\n' % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
        depth += 1
    return ''.join(lines)


def _dump(fd, all_threads, frame):
    if all_threads:
        import _thread
        head = 'Current thread 0x%016x (most recent call first):\n' % _thread.get_ident()
    else:
        head = 'Stack (most recent call first):\n'
    os.write(fd, (head + _frames_text(frame)).encode('utf-8', 'backslashreplace'))


def dump_traceback(file=None, all_threads=True):
    """Dump the traceback of the current thread, or of all threads if all_threads is True, into file."""
    fd = _fileno(file)
    _dump(fd, all_threads, sys._getframe(1))


def enable(file=None, all_threads=True):
    """Enable the fault handler."""
    global _enabled
    _fileno(file)
    _enabled = True


def disable():
    """Disable the fault handler."""
    global _enabled
    was = _enabled
    _enabled = False
    return was


def is_enabled():
    """Check if the handler is enabled."""
    return _enabled


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump the traceback of all threads in timeout seconds (never, here: nothing hangs unseen)."""
    global _later
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    _later = (timeout, repeat, _fileno(file), exit)


def cancel_dump_traceback_later():
    """Cancel the previous call to dump_traceback_later()."""
    global _later
    _later = None


def register(signum, file=None, all_threads=True, chain=False):
    """Register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into the specified file"""
    if not isinstance(signum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signum).__name__)
    _registered[signum] = (_fileno(file), all_threads, chain)


def unregister(signum):
    """Unregister the handler of the signal 'signum' registered by register()"""
    return _registered.pop(signum, None) is not None
