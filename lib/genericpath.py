"""genericpath: the os.path operations every platform shares (posixpath imports them).

heapstack's own code. CPython freezes this module, and its tracebacks show only line numbers
("<frozen genericpath>", line 50, in getsize): the statements that can raise stand at the
lines CPython's stand at, so an uncaught error prints the same traceback.
"""

import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize', 'isdir',
           'isfile', 'samefile', 'sameopenfile', 'samestat']




def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True




def isfile(path):
    """Test whether a path is a regular file"""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_IFMT(st.st_mode) == stat.S_IFREG





def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_IFMT(st.st_mode) == stat.S_IFDIR


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    st = os.stat(filename)
    return st.st_size

def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    st = os.stat(filename)
    return st.st_mtime

def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    st = os.stat(filename)
    return st.st_atime

def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    st = os.stat(filename)
    return st.st_ctime




def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    # a list of lists or tuples of components is compared item by item as well
    given_components = isinstance(m[0], (list, tuple))
    if not given_components: m = tuple(map(os.fspath, m))
    low = min(m)
    high = max(m)
    n = 0
    while n < min(len(low), len(high)) and low[n] == high[n]:
        n += 1
    return low[:n]



def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev








def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return samestat(s1, s2)




def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    s1 = os.fstat(fp1)
    s2 = os.fstat(fp2)
    return samestat(s1, s2)


def _splitext(path, sep, altsep, extsep):
    """Split the extension from a pathname: everything from the last extsep (not counting
    leading ones of the last component) to the end.  Returns "(root, ext)"; ext may be empty."""
    last_sep = path.rfind(sep)
    if altsep:
        last_sep = max(last_sep, path.rfind(altsep))
    last_dot = path.rfind(extsep)
    if last_dot > last_sep:
        start = last_sep + 1
        # a name made only of leading dots up to the last one has no extension
        if path[start:last_dot].strip(extsep):
            return path[:last_dot], path[last_dot:]
    return path, path[:0]

















def _check_arg_types(funcname, *paths):
    kinds = set()
    for path in paths:
        if isinstance(path, str):
            kinds.add(str)
        elif isinstance(path, bytes):
            kinds.add(bytes)
        else:
            raise TypeError(_not_a_path(funcname, path)) from None
    # str and bytes paths cannot be joined or compared with each other
    if len(kinds) > 1:
        raise TypeError(_MIXED_KINDS) from None


_MIXED_KINDS = "Can't mix strings and bytes in path components"


def _not_a_path(funcname, value):
    kind = value.__class__.__name__
    return f'{funcname}() argument must be str, bytes, or os.PathLike object, not {kind!r}'


# Last: importing genericpath first imports os, whose posixpath imports this module's names.
import os
