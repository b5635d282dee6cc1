# bytearray's __reduce__/__reduce_ex__ (latin-1 text below protocol 3, bytes from 3 on) with
# the state object.__getstate__ gives: None for a plain bytearray, the dict and slots of a subclass.
import pickle


class WithDict(bytearray):
    pass


class WithSlots(bytearray):
    __slots__ = ("a", "b")


print(bytearray(b"abc").__reduce__())
print(bytearray(b"abc").__reduce_ex__(2))
print(bytearray(b"abc").__reduce_ex__(4))
print(bytearray().__reduce__(), bytearray().__reduce_ex__(4))
print(bytearray(b"\xff\x00").__reduce_ex__(0))
d = WithDict(b"xy")
d.tag = 1
print(d.__reduce_ex__(2)[1:], d.__reduce_ex__(4)[1:])
s = WithSlots(b"z")
s.a = 5
print(s.__reduce_ex__(4)[1:])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(r).__name__, r, r.a, hasattr(r, "b"))
