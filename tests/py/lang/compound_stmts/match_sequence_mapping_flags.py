try: hash(slice(1, 2))
except TypeError as e: print(e)
print(slice.__hash__, slice(1) == slice(1))
try: {slice(1): 2}
except TypeError as e: print(e)
for x in [bytearray(b"x"), b"x", "x", memoryview(b"x"), [120], (120,), range(120, 121)]:
    match x:
        case [120]: print(type(x).__name__, "seq")
        case _: print(type(x).__name__, "not seq")
import collections.abc
class M(collections.UserDict, collections.abc.Sequence): pass
class S(collections.UserList, collections.abc.Mapping): pass
for o in (M(), S()):
    match o:
        case {}: print("map")
        case [*_]: print("seq")
import collections, collections.abc
def chk(x):
    match x:
        case [*_]: return "seq"
        case {}: return "map"
class C: pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S2(C, collections.UserList, collections.abc.Mapping): pass
class S4(collections.UserList, dict, C): pass
print([chk(c()) for c in (M1, M2, M3, M4, S2, S4)])
