# What print() allocates: its first call builds the tuple of its keyword names (kept), each call
# with positional arguments holds them in a tuple for the call's duration, and the first repr
# of a container makes the list the interpreter tracks reprs in progress with (kept, with the
# thread state's dict). Printed to a sink, so that stdout's buffering plays no part.
import gc


class Sink:
    def write(self, s):
        pass


sink = Sink()
gc.collect()
r = [0] * 10
r[0] = gc.get_count()[0]
r[1] = gc.get_count()[0]
print("a", file=sink)
r[2] = gc.get_count()[0]
print("b", file=sink)
r[3] = gc.get_count()[0]
print("b", "c", file=sink)
r[4] = gc.get_count()[0]
print(file=sink)
r[5] = gc.get_count()[0]
print(1, [2], file=sink)
r[6] = gc.get_count()[0]
print((3,), file=sink)
r[7] = gc.get_count()[0]
print([b - a for a, b in zip(r, r[1:8])])
