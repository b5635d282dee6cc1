# The count at the first line of a script whose names tuple has four names (the compile
# takes no 3-tuple, so importing gc makes one of its two 3-tuples new).
import gc
print(gc.get_count())
import sys
