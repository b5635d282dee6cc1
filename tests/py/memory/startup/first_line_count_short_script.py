# The count at the first line of a short script: what the interpreter's start leaves plus what
# compiling this script and importing gc allocated.
import gc
print(gc.get_count())
