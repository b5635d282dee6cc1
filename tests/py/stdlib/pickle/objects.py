# Instances, classes by reference, the reduce protocol hooks, shared and recursive structures.
import collections
import pickle


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is type(self) and vars(self) == vars(other)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class WithState:
    def __init__(self, v):
        self.v = v
        self.cache = "drop me"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        self.v = state["v"]
        self.cache = "rebuilt"


class NewArgs(int):
    def __new__(cls, value, label):
        self = super().__new__(cls, value)
        self.label = label
        return self

    def __getnewargs__(self):
        return (int(self), self.label)


class NewArgsEx:
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.args = args
        self.kwargs = kwargs
        return self

    def __getnewargs_ex__(self):
        return self.args, self.kwargs


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 2,))


class ReduceEx:
    def __reduce_ex__(self, proto):
        return (str, (f"proto {proto}",))


class MyList(list):
    pass


class MyDict(dict):
    pass


class Outer:
    class Inner:
        pass


Point = collections.namedtuple("Point", "x y")


def show(label, obj, protos=range(6)):
    for proto in protos:
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(label, proto, data)
        print("   ->", type(back).__name__, getattr(back, "__dict__", None) if not isinstance(back, (list, dict, tuple, int)) else back)


show("plain", Plain(1, "two"))
show("slotted", Slotted(1, [2]), protos=[2, 3, 4, 5])
for proto in (0, 1):
    try:
        pickle.dumps(Slotted(1, 2), proto)
    except TypeError as exc:
        print(proto, exc)
show("state", WithState(5))
show("newargs", NewArgs(7, "seven"))
show("newargs_ex", NewArgsEx(1, 2, k=3), protos=[4, 5])
show("reduced", Reduced(4))
show("reduce_ex", ReduceEx())
ml = MyList([1, 2, 3])
ml.tag = "t"
show("mylist", ml)
md = MyDict(a=1)
show("mydict", md)
show("classes", [Plain, Slotted, Outer, Outer.Inner, Point])
show("namedtuple", Point(1, 2))
show("ordereddict", collections.OrderedDict([("a", 1), ("b", 2)]), protos=[0, 2, 4])
show("counter", collections.Counter("abca"), protos=[2, 4])
show("deque", collections.deque([1, 2, 3]), protos=[2, 4])

s = Slotted(0, 0)
print(pickle.loads(pickle.dumps(s)).x, pickle.loads(pickle.dumps(s)).y)
w = pickle.loads(pickle.dumps(WithState(9)))
print(w.v, w.cache)
n = pickle.loads(pickle.dumps(NewArgs(3, "three")))
print(n, n.label, type(n).__name__)
e = pickle.loads(pickle.dumps(NewArgsEx(1, k=2)))
print(e.args, e.kwargs)

# Shared references and recursion
shared = [1, 2]
data = [shared, shared, (shared,)]
for proto in range(6):
    raw = pickle.dumps(data, proto)
    back = pickle.loads(raw)
    print(proto, raw, back[0] is back[1], back[2][0] is back[0])

rec = []
rec.append(rec)
rec_d = {}
rec_d["self"] = rec_d
t_rec = ([],)
t_rec[0].append(t_rec)
for proto in range(6):
    raw = pickle.dumps([rec, rec_d, t_rec], proto)
    back = pickle.loads(raw)
    print(proto, raw)
    print(back[0][0] is back[0], back[1]["self"] is back[1], back[2][0][0] is back[2])

obj = Plain(None, None)
obj.a = obj
back = pickle.loads(pickle.dumps(obj))
print(back.a is back)
