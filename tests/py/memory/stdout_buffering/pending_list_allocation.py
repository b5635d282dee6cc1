# The second pending write of a block-buffered stdout makes a list of the pending strs: one
# tracked allocation gc.get_count() sees, freed (to the list free list) when they are passed
# down. The program reads the condition itself, so it prints the same in every setting.
import gc
import os
import sys

unbuffered = os.environ.get("PYTHONUNBUFFERED", "") != ""
block = not unbuffered and not sys.stdout.isatty()
line = not unbuffered

sys.stdout.flush()
sys.stderr.flush()
gc.collect()
gc.collect()
start = gc.get_count()[0]
sys.stdout.write("a")
sys.stdout.write("b")
c1 = gc.get_count()[0]
sys.stdout.write("c\n")
c2 = gc.get_count()[0]
sys.stdout.flush()
c3 = gc.get_count()[0]
sys.stdout.write("d")
sys.stdout.write("e\n")
c4 = gc.get_count()[0]
print(c1 - start - block, c2 - c1, c3 - c2, c4 - c3)

gc.collect()
start = gc.get_count()[0]
sys.stderr.write("x")
sys.stderr.write("y")
c1 = gc.get_count()[0]
sys.stderr.write("z\n")
c2 = gc.get_count()[0]
print(c1 - start - line, c2 - c1)
