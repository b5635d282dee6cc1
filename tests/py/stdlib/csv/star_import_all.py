"""A module whose docstring 'from csv import *' replaces, as python3's csv.__all__ lists __doc__."""
import csv

print(csv.__all__)
print(__doc__)
from csv import *  # noqa: E402,F403

print(__doc__ == csv.__doc__, __version__, QUOTE_ALL, sorted(n for n in dir() if not n.startswith("_"))[:8])  # noqa: F405
