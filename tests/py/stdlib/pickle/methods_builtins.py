# Pickling bound methods, method descriptors, nested classes' members and builtins by reference.
import pickle, functools, operator, collections

class Outer:
    class Inner:
        def meth(self):
            return 1
        @staticmethod
        def smeth():
            return 2
        @classmethod
        def cmeth(cls):
            return 3

class P:
    def __init__(self):
        self.x = 1
    def m(self):
        return self.x

objs = [Outer.Inner(), Outer.Inner.smeth, Outer.Inner.cmeth, P().m, [].append, dict.fromkeys, str.upper,
        functools.reduce, operator.add, object(), collections.OrderedDict, P, int.from_bytes, len, (1).bit_length]
for o in objs:
    for p in (0, 2, 3, 4):
        try:
            d = pickle.dumps(o, p)
            back = pickle.loads(d)
            print(p, type(o).__name__, d)
        except Exception as e:
            print(p, type(o).__name__, "ERR", type(e).__name__, str(e).split(" at 0x")[0])
