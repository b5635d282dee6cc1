"""What the deprecated sre_compile, sre_constants and sre_parse modules share: re's constants
(flags, MAXREPEAT, MAXGROUPS, MAGIC, error), with MAXREPEAT printing as its name as in CPython.
One module, so the three hold the same objects.
"""

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
