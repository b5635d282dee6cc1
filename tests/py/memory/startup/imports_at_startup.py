# Modules the interpreter imported before the script's first line cost nothing to import again;
# the count only moves for what the program allocates.
import gc

before = gc.get_count()
import os
import re
import collections
import functools
import itertools
import math
import sys
import types
import weakref

after = gc.get_count()
print(after[0] - before[0], after[1:] == before[1:], after[1:])
print("os" in sys.modules, "re" in sys.modules)
