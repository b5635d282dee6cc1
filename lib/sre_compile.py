"""sre_compile: deprecated since Python 3.11; the names of re's internals, kept for old imports.

heapstack's regular expression engine is written in TypeScript, so only the shared constants
(flags, MAXREPEAT, MAXGROUPS, MAGIC) and the error class are here; compile() is re.compile.
"""

import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

from re import _constants as _shared
globals().update({name: value for name, value in vars(_shared).items() if not name.startswith('__')})
del _shared


class _NamedIntConstant(int):
    """An int that prints as its name (CPython's opcode and MAXREPEAT constants)."""

    def __new__(cls, value, name):
        self = super().__new__(cls, value)
        self.name = name
        return self

    def __repr__(self):
        return self.name

    __reduce__ = None


MAXREPEAT = _NamedIntConstant(MAXREPEAT, 'MAXREPEAT')


def compile(p, flags=0):
    """Compile a pattern string (or parsed pattern) into a Pattern object."""
    import re
    return re.compile(p, flags)


def isstring(obj):
    return isinstance(obj, (str, bytes))
