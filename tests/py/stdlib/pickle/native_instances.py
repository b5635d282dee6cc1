# Instances of plain classes, classes and complex numbers take _pickle_native's fast path at
# protocols 4 and 5; everything that changes their reduction must give python3's bytes.
import copyreg
import io
import pickle
import sys


class Record:
    def __init__(self, name, values):
        self.name = name
        self.values = values


class Empty:
    pass


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


class WithState:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {"x": 2}


class WithSetState(Record):
    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)


class WithReduce:
    def __reduce__(self):
        return (Record, ("reduced", 1))


class WithNewArgs:
    def __new__(cls, *args):
        return object.__new__(cls)

    def __getnewargs__(self):
        return (1, 2)


class Registered:
    def __init__(self):
        self.v = 5


class WithGetattr(Record):
    def __getattr__(self, name):
        raise AttributeError(name)


class Sub(Record):
    pass


class D(dict):
    pass


def reduce_registered(obj):
    return (Record, ("registered", obj.v))


def describe(o):
    if isinstance(o, (list, tuple)):
        return [describe(x) for x in o]
    if isinstance(o, dict):
        return {k: describe(v) for k, v in o.items()}
    if isinstance(o, (type, int, float, complex, str)) or o is None:
        return o
    if hasattr(o, "__dict__"):
        return (type(o).__name__, {k: describe(v) if v is not o else "<self>" for k, v in o.__dict__.items()})
    return (type(o).__name__, [getattr(o, n, None) for n in getattr(type(o), "__slots__", ())])


def show(label, obj, protos=(2, 3, 4, 5)):
    for proto in protos:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(label, proto, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(label, proto, data)
        print("  ->", describe(back))


shared = [1, 2]
show("records", [Record("r%d" % i, [i, i * 1.5, shared]) for i in range(3)])
show("empty", [Empty(), Empty()])
show("slotted", Slotted())
show("getstate", WithState())
show("setstate", WithSetState("s", [1]))
show("reduce", WithReduce())
show("newargs", WithNewArgs())
show("getattr", WithGetattr("g", 1))
show("sub", [Sub("s", 1), Record("r", 2)])
show("dictsub", D(a=1))
show("classes", [Record, Sub, int, complex, Record("a", Record)])
show("special types", [type(None), type(...), type(NotImplemented)])
show("complex", [3 + 4j, 1j, 1j, complex(-0.0, float("inf"))], (4, 5))
show("nested", {"k": Record(1, 2), "j": (Record(3, 4),), "c": 2j})

r = Record("self", None)
r.values = r
back = pickle.loads(pickle.dumps(r, 5))
print("cycle", back.values is back, back.name)

inst = Record("hook", 1)
inst.__reduce_ex__ = lambda proto: (Record, ("instance hook", proto))
show("instance hook", inst)

copyreg.pickle(Registered, reduce_registered)
show("registered", Registered())
del copyreg.dispatch_table[Registered]
show("unregistered", Registered())

print("__slotnames__", Record.__dict__.get("__slotnames__"), Empty.__dict__.get("__slotnames__"))
keys = list(pickle.loads(pickle.dumps(Record("k", 1), 5)).__dict__)
print("interned", [sys.intern(k) is k for k in keys])

f = io.BytesIO()
p = pickle.Pickler(f, 5)
p.dump(Record("q", [1]))
p.dump(Record("q", 2))
print("pickler", f.getvalue())


def make_local():
    class Local:
        pass

    return Local()


try:
    pickle.dumps(make_local(), 5)
except Exception as e:
    print(type(e).__name__, e)

Record.__module__ = "nowhere"
try:
    pickle.dumps(Record("m", 1), 5)
except Exception as e:
    print(type(e).__name__, e)
