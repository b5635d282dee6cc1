# Less common shapes: decorated functions (functools.wraps, line numbers from the decorator
# line), a class named in a comment before its definition, __test__ holding a class and a
# function, multi-line blocks with blank '...' lines, non-ASCII output, __future__ flags
# reaching the examples, examples that print without a trailing newline, globs not leaking
# between docstrings, and the module docstring's own line numbers.
"""Module docstring.

>>> shared = 'module'
>>> shared
'module'
"""
from __future__ import annotations

import functools
import doctest


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


@logged
def decorated(x):
    """
    >>> decorated(2)
    3
    """
    return x * 2


# class Later is mentioned here before it is defined
def uses_shared():
    """
    >>> 'shared' in globals()
    True
    """


class Later:
    """
    >>> def f(x):
    ...     if x:
    ...
    ...         return 'yes'
    ...     return 'no'
    >>> f(1), f(0)
    ('yes', 'no')
    >>> def annotated(a: undefined_name) -> None: pass
    >>> annotated.__annotations__
    {'a': 'undefined_name', 'return': 'None'}
    """


def unicode_output():
    """
    >>> print('caf\\xe9 \\u2603')
    café ☃
    >>> 'caf\\xe9'
    'café'
    >>> print('snow \\u2603')
    snow ?
    >>> import sys; sys.stdout.write('no newline')
    no newline10
    """


class Helper:
    """Found through __test__.

    >>> Helper.x
    1
    """
    x = 1


def other():
    """
    >>> 40 + 2
    42
    """


__test__ = {'helper_alias': Helper, 'fn': other, 'text': '>>> 1 + 1\n3\n'}

print(doctest.testmod())
print(doctest.testmod(verbose=True, report=True) .attempted)
