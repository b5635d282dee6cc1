"""genericpath: the os.path operations every platform shares (CPython's os.path modules
import them from here; heapstack's posixpath holds them, and this module names them)."""

from posixpath import (commonprefix, exists, getatime, getctime, getmtime, getsize, isdir,
                       isfile, samefile, sameopenfile, samestat)

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize', 'isdir',
           'isfile', 'samefile', 'sameopenfile', 'samestat']
