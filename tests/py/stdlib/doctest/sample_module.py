# A module with doctests, run as a program (testmod on itself) and imported by
# testmod_module.py (testmod(m) of an imported module: its file name in the reports).
"""Sample module.

>>> triple(2)
6
"""
import doctest
from textwrap import dedent  # imported: not collected

__all__ = ['triple', 'Counter']


def triple(x):
    """
    >>> triple('a')
    'aaa'
    >>> triple(1)
    4
    """
    return x * 3


class Counter:
    """
    >>> c = Counter()
    >>> c.bump(); c.bump()
    1
    2
    """

    def __init__(self):
        self.n = 0

    def bump(self):
        """
        >>> Counter().bump()
        1
        """
        self.n += 1
        return self.n


def _private():
    """
    >>> _private()
    'private'
    """
    return 'private'


if __name__ == '__main__':
    print(doctest.testmod(verbose=False))
