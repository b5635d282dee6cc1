# Sets and dicts of builtin types iterate in python3's order: hash(T) comes from T's address,
# whose place in its page is the same in every python3 run (only sets whose types collide in
# the table vary from run to run there, e.g. {set, tuple}: those are left out).
print({int, str}, {str, int, float}, {bool, bytes})
print({type(x) for x in [1, "a", 2.0]}, set(map(type, [1, 2.0, "s", None])))
print({ValueError, TypeError, KeyError}, {IndexError, KeyError, LookupError, Exception})
print({int: "i", str: "s"}.keys() | {float}, frozenset({object, type}))
print({range, slice, memoryview, bytearray, complex, frozenset})
import collections, itertools
print({collections.deque, collections.OrderedDict, collections.defaultdict})
print(hash(int) == hash(int), hash(int) >> 60 == 0, hash(object) & 1)
# None, Ellipsis and NotImplemented are static data too (their hash is their address)
print({None, 1, "a"}, {None, 0, 2.5}, {..., None}, {NotImplemented, None, 1}, set([None, "x", b"y"]))
values = [3, None, "b", None, 3, "a"]
print(set(values), {v for v in values if v is not None}, dict.fromkeys(set(values)))
