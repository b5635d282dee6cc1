# What the collector shows at a script's first line, before any gc.collect(): the counts left
# by the interpreter's start (generation 2 has seen two generation-1 collections) and the
# statistics of the collections the start ran.
import gc

print(gc.get_count()[1:])
print(gc.get_stats()[0])
print(gc.get_stats()[1])
print(gc.get_stats()[2])
print(gc.get_threshold())
