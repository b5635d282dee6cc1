# The count at the first line of a script whose names and constants are both 3-tuples
# (the compile leaves two free 3-tuples, importing gc makes none new).
import gc
print(gc.get_count())
gc = 1
