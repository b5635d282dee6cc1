"""zoneinfo._tzpath: where time zone files are looked for."""

import os
import sys

_DEFAULT = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo', '/etc/zoneinfo')
TZPATH = ()


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def _parse_env(value):
    import warnings
    paths = [p for p in value.split(os.pathsep) if p]
    good = tuple(p for p in paths if os.path.isabs(p))
    if len(good) != len(paths):
        bad = [p for p in paths if not os.path.isabs(p)]
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + "Paths should be absolute but found the following relative paths:"
                      + "\n    " + "\n    ".join(bad), InvalidTZPathWarning)
    return good


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError("tzpaths must be a list or tuple, " + "not %s: %r" % (type(to), to))
        if not all(map(os.path.isabs, to)):
            raise ValueError("tzpaths must contain only absolute paths, not %r" % (to,))
        paths = tuple(to)
    else:
        env = os.environ.get('PYTHONTZPATH', None)
        paths = _parse_env(env) if env is not None else _DEFAULT
    TZPATH = paths
    sys.modules['zoneinfo'].TZPATH = paths if 'zoneinfo' in sys.modules else None


def _validate_key(key):
    if os.path.isabs(key):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    normal = os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)
    if normal.split(os.sep)[0] == '..' or normal == '..':
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s" % key)


def find_tzfile(key):
    """The path of key's TZif file on TZPATH, or None."""
    _validate_key(key)
    for root in TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def available_timezones():
    """Every key on TZPATH that names a TZif file."""
    keys = set()
    for root in TZPATH:
        if not os.path.isdir(root):
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            if dirpath == root:
                for skip in ('right', 'posix'):
                    if skip in dirnames:
                        dirnames.remove(skip)
            for name in filenames:
                full = os.path.join(dirpath, name)
                key = os.path.relpath(full, root)
                try:
                    with open(full, 'rb') as f:
                        if f.read(4) == b'TZif':
                            keys.add(key)
                except OSError:
                    pass
    keys.discard('posixrules')
    return keys
