"""Bisection algorithms."""

# heapstack: pure-Python versions, replaced by the TypeScript module _bisect unless it is
# blocked (test.support.import_helper.import_fresh_module does so to test these); the short
# aliases at the end are CPython's.


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index where x goes in the sorted a[lo:hi], after any items equal to it."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < (a[mid] if key is None else key(a[mid])):
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index where x goes in the sorted a[lo:hi], before any items equal to it."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if (a[mid] if key is None else key(a[mid])) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any items equal to it."""
    at = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(at, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any items equal to it."""
    at = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(at, x)


try:
    from _bisect import *  # noqa: F401,F403
except ImportError:
    pass

# Create aliases
bisect = bisect_right
insort = insort_right
