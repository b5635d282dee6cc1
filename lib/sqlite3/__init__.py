"""The sqlite3 module: a DB-API 2.0 interface (PEP 249) to SQLite databases.

heapstack runs SQLite itself compiled to WebAssembly; the connection and cursor objects
are written in lib/_sqlite3.py, and this package adds the pure-Python layer python3 has.
"""

from sqlite3.dbapi2 import *


def __getattr__(name):
    # The one name 3.11 still answers lazily, with a deprecation warning.
    if name != "OptimizedUnicode":
        raise AttributeError(f"module 'sqlite3' has no attribute '{name}'")
    import warnings
    warnings.warn(
        "\n            OptimizedUnicode is deprecated and will be removed in Python 3.12.\n"
        "            Since Python 3.3 it has simply been an alias for 'str'.\n        ",
        DeprecationWarning, stacklevel=2)
    return str
