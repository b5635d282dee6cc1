"""
Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience.
"""

# heapstack: every function and type is in the TypeScript module _operator; this module
# re-exports them and adds the double-underscore spellings.

from _operator import *
from _operator import __doc__

__all__ = sorted(
    """
    abs add and_ attrgetter call concat contains countOf delitem eq floordiv ge getitem
    gt iadd iand iconcat ifloordiv ilshift imatmul imod imul index indexOf inv invert
    ior ipow irshift is_ is_not isub itemgetter itruediv ixor le length_hint lshift lt
    matmul methodcaller mod mul ne neg not_ or_ pos pow rshift setitem sub truediv
    truth xor
    """.split()
)


def _add_dunder_aliases(namespace):
    # __add__ = add, __and__ = and_, __not__ = not_, ... (operator has no dunder forms for
    # the helpers that are not special-method names).
    plain = (
        "lt le eq ne ge gt not_ abs add and_ call floordiv index inv invert lshift mod mul"
        " matmul neg or_ pos pow rshift sub truediv xor concat contains delitem getitem"
        " setitem iadd iand iconcat ifloordiv ilshift imod imul imatmul ior ipow irshift"
        " isub itruediv ixor"
    )
    for name in plain.split():
        namespace["__" + name.rstrip("_") + "__"] = namespace[name]


_add_dunder_aliases(globals())
del _add_dunder_aliases
