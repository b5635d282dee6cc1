"""Prompt for a password without echo where the terminal allows it, and find the user name
(heapstack's own).

heapstack cannot turn terminal echo off, so getpass() behaves as CPython's does when stdin
is not a terminal: it warns (GetPassWarning), says the input may be echoed, writes the
prompt to the stream (stderr by default) and reads one line from stdin.
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _read_line(prompt, stream):
    stream = stream or sys.stderr
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            stream.write(prompt.encode(stream.encoding, "replace").decode(stream.encoding))
        stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith("\n") else line


def fallback_getpass(prompt="Password: ", stream=None):
    """Read a password with echo on (the terminal cannot hide it)."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _read_line(prompt, stream)


def getpass(prompt="Password: ", stream=None):
    """Prompt for a password (on `stream`, stderr by default) and return the line typed."""
    stream = stream or sys.stderr
    passwd = fallback_getpass(prompt, stream)
    stream.write("\n")
    return passwd


unix_getpass = win_getpass = getpass


def getuser():
    """The user's login name, from LOGNAME, USER, LNAME or USERNAME."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(name)
        if user:
            return user
    try:
        import pwd
    except ImportError:
        raise OSError("No username set in the environment") from None
    return pwd.getpwuid(os.getuid())[0]
