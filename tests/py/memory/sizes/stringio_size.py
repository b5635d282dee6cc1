# sys.getsizeof of io.StringIO: the object alone (120 bytes + the GC header), whatever it holds.
import io, sys
print(io.StringIO.__basicsize__)
for s in (io.StringIO(), io.StringIO("abc"), io.StringIO("x" * 1000)):
    print("sio", sys.getsizeof(s), s.__sizeof__())
s = io.StringIO(); s.write("hello"); print("sio w", sys.getsizeof(s)); s.getvalue(); print("sio gv", sys.getsizeof(s))
s.write("é" * 10); print("sio w2", sys.getsizeof(s))
class Sub(io.StringIO):
    pass
class SubSlots(io.StringIO):
    __slots__ = ("a",)
print(Sub.__basicsize__, sys.getsizeof(Sub()), SubSlots.__basicsize__, sys.getsizeof(SubSlots()))
