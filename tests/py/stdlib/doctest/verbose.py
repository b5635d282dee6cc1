# testmod(verbose=True): Trying/Expecting/ok lines, the items with no tests, the passed and
# failed summaries and the totals.
"""
>>> 'module'
'module'
"""
import doctest


def square(x):
    """Square a number.

    >>> square(3)
    9
    >>> y = square(4)
    >>> print(y,
    ...       y + 1)
    16 17
    """
    return x * x


def broken():
    """
    >>> broken()
    'fixed'
    """
    return 'broken'


def nothing():
    pass


class Box:
    """A box.

    >>> Box().value
    0
    """
    value = 0

    def open(self):
        """Does not hold examples."""


print(doctest.testmod(verbose=True))
print(doctest.testmod(verbose=True, report=False))
print(doctest.testmod(verbose=False, exclude_empty=True))
print(doctest.master.summarize(verbose=True))
