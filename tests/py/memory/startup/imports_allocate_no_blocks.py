# Importing modules python3 imported at startup leaves sys.getallocatedblocks() unchanged.
import sys, gc
b = sys.getallocatedblocks()
import collections
print(sys.getallocatedblocks() - b)
b = sys.getallocatedblocks()
import collections
print(sys.getallocatedblocks() - b)
gc.collect()
b = sys.getallocatedblocks()
x = collections.deque(range(1000))
print(sys.getallocatedblocks() - b)
b = sys.getallocatedblocks()
import functools, re, os, enum
print(sys.getallocatedblocks() - b)
