"""dbm: a generic interface to the key/value database formats; heapstack has dbm.dumb only
(as a CPython built without gdbm and ndbm has), so new databases are dbm.dumb files."""

import io
import os
import struct
import sys

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_names = ['dbm.dumb']
_defaultmod = None
_modules = {}

error = (error, OSError)


def open(file, flag='r', mode=0o666):
    """Open or create a database at path given by *file*."""
    global _defaultmod
    if _defaultmod is None:
        import dbm.dumb
        _defaultmod = dbm.dumb
        _modules['dbm.dumb'] = dbm.dumb
    kind = whichdb(file) if 'n' not in flag else None
    if kind is None:
        if 'c' in flag or 'n' in flag:
            module = _defaultmod
        else:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    elif kind == "":
        raise error[0]("db type could not be determined")
    elif kind not in _modules:
        raise error[0]("No module named {!r}".format(kind))
    else:
        module = _modules[kind]
    return module.open(file, flag, mode)


def whichdb(filename):
    """Guess which db package to use to open a db file: None if it cannot be opened,
    '' if its type is unknown, else the module name."""
    filename = os.fsencode(filename)
    filename = os.fsdecode(filename)
    for suffix in ('.pag', '.db'):
        if os.path.exists(filename + suffix):
            try:
                with io.open(filename + suffix, 'rb'):
                    return 'dbm.ndbm'
            except OSError:
                pass
    try:
        with io.open(filename + '.dat', 'rb'):
            pass
        size = os.stat(filename + '.dir').st_size
        if size == 0:
            return 'dbm.dumb'
        with io.open(filename + '.dir', 'rb') as f:
            if f.read(1) in (b"'", b'"'):
                return 'dbm.dumb'
    except OSError:
        pass
    try:
        f = io.open(filename, 'rb')
    except OSError:
        return None
    with f:
        head = f.read(16)
    if len(head) < 4:
        return ""
    (magic,) = struct.unpack("=l", head[:4])
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return 'dbm.gnu'
    if len(head) >= 16 and struct.unpack("=l", head[-4:])[0] in (0x13579ace, 0x13579acd, 0x13579acf):
        return 'dbm.gnu'
    return ""


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(whichdb(name) or "UNKNOWN", name)
