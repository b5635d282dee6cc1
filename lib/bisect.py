"""Bisection algorithms."""

# heapstack: bisect_left/bisect_right/insort_left/insort_right come from the TypeScript
# module _bisect; this module adds the short aliases, as CPython's Lib/bisect.py does.

from _bisect import *

# Create aliases
bisect = bisect_right
insort = insort_right
