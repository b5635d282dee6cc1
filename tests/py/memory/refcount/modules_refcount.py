# Module objects are referenced by sys.modules and by every name bound to them.
import sys
import gc

base = sys.getrefcount(gc)
import gc as g2
print("second name for the module:", sys.getrefcount(gc) - base)
from gc import collect
print("names from the module keep the function:", sys.getrefcount(collect) > 1)
del g2
print("after del:", sys.getrefcount(gc) - base)
print("sys.modules entry is the module:", sys.modules["gc"] is gc)
