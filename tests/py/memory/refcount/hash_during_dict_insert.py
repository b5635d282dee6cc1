# sys.getrefcount(self) inside a Python __hash__ called while a dict stores the key: PyDict_SetItem
# (a display, d[k] = v, dict.fromkeys) takes its new references before hashing, MAP_ADD hands the
# stack's over; lookups hash with none taken. A failed hash releases what was taken.
import sys
class K:
    def __hash__(self):
        print("  hash", sys.getrefcount(self))
        return 1
    def __eq__(self, o):
        return self is o
k = K()
d = {}
print("display"); {k: 1}
print("setitem"); d[k] = 1
print("setitem again"); d[k] = 2
print("getitem"); d[k]
print("get"); d.get(k)
print("contains"); k in d
print("setdefault"); d.setdefault(k, 3)
print("pop"); d.pop(k)
print("update"); d.update({k: 1})
print("dict kw copy"); dict({k: 1})
print("fromkeys"); dict.fromkeys([k])
print("set display"); {k}
print("set add"); s = set(); s.add(k)
print("set contains"); k in s
print("set discard"); s.discard(k)
print("frozenset"); frozenset([k])
print("hash()"); hash(k)
print("dict comp"); {x: 1 for x in [k]}
print("set comp"); {x for x in [k]}
print("del"); d[k] = 1; del d[k]
val = object()
print("before", sys.getrefcount(val))
for attempt in (lambda: {[]: val}, lambda: d.__setitem__([], val), lambda: {x: val for x in [[]]},
                lambda: dict.fromkeys([[]], val), lambda: {k: val, (): val, []: val}):
    try:
        attempt()
    except TypeError as e:
        print(e, sys.getrefcount(val))
class Bad:
    def __hash__(self):
        raise ValueError("no hash")
b = Bad()
print("bad", sys.getrefcount(b))
for attempt in (lambda: {b: val}, lambda: {x: val for x in [b]}, lambda: d.__setitem__(b, val)):
    try:
        attempt()
    except ValueError as e:
        print(e, sys.getrefcount(b), sys.getrefcount(val))
print(len(d), {x: x * 2 for x in range(5)}, {str(i): i for i in range(3)})
