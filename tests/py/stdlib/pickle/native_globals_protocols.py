# Pickles of classes, complex numbers and plain instances at every protocol, with fix_imports
# on and off, and GLOBAL opcodes naming Python 2 modules read back (the native pickler's paths).
import collections
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty:
    pass


class Nested:
    class Inner:
        pass


shared = [1, 2]
c = 1j
objs = [Point, int, complex, 3 + 4j, [c, -0.5j, c], Point(1, 2.5), [Point(i, shared) for i in range(3)],
        Empty(), {"p": Point("a", None), "c": (2 - 1j, Point)}, collections.OrderedDict, Nested.Inner,
        [Point, Point], (Point(0, 0),) * 2, type(None), Ellipsis.__class__]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for fix in (True, False):
        for o in objs:
            data = pickle.dumps(o, protocol=proto, fix_imports=fix)
            back = pickle.loads(data, fix_imports=fix)
            print(proto, fix, data)
            if isinstance(back, Point):
                print("  ", back.x, back.y, type(back) is Point)
            elif isinstance(back, list) and back and isinstance(back[0], Point):
                print("  ", [(p.x, p.y) for p in back], back[0].y is back[1].y)
            else:
                print("  ", back == o, back if type(back) in (type, complex, list, tuple) and not isinstance(back, tuple) else type(back).__name__)
print(Point.__dict__.get("__slotnames__"))
for data in (b"c__builtin__\nset\nq\x00.", b"\x80\x02c__builtin__\nset\nq\x00.", b"\x80\x03c__builtin__\nset\n.",
             b"\x80\x02cUserDict\nUserDict\n.", b"\x80\x02cbuiltins\nrange\n.", b"cexceptions\nValueError\n.",
             b"\x80\x02c__main__\nPoint\n)\x81}(X\x01\x00\x00\x00xK\x01ub.", b"c__main__\nNested.Inner\n.",
             b"\x80\x04c__main__\nNested.Inner\n.", b"c__main__\nMissing\n.", b"cnosuchmodule\nX\n.",
             b"c__main__\nPoint", b"c\xff\nX\n."):
    for fix in (True, False):
        try:
            v = pickle.loads(data, fix_imports=fix)
            print(fix, v if not isinstance(v, Point) else (v.x, type(v).__name__))
        except Exception as e:
            print(fix, type(e).__name__, e)
for fix in (1, 0, None, "x"):
    try:
        print(pickle.dumps(Point, 2, fix_imports=fix), pickle.loads(b"\x80\x02c__builtin__\nset\n.", fix_imports=fix))
    except ImportError as e:
        print(fix, type(e).__name__, e)
p = pickle.Pickler(__import__("io").BytesIO(), 2)
p.dump([Point(1, 2), complex])
print(sorted(type(v[1]).__name__ for v in p.memo.copy().values()))
