# copy.deepcopy's native walk of lists, dicts, tuples and plain instances (src/modules/_copy_accel.ts)
# against python3: memo contents and order, shared and recursive references, tuples kept or
# rebuilt, hooks that read or fill the memo, plain instances next to ones with hooks, slots,
# metaclasses, __getattr__ and copyreg reducers, dicts changed while copied, the recursion limit.
import copy
import copyreg
import sys


def memo_summary(memo, originals):
    names = {id(v): k for k, v in originals.items()}
    out = []
    for key, value in memo.items():
        if key == id(memo):
            out.append(("keep", [names.get(id(v), type(v).__name__) for v in value]))
        else:
            out.append((names.get(key, "?"), type(value).__name__))
    return out


shared = [1, 2]
t_same = (1, "a", None)
t_changes = (1, shared)
d = {"a": shared, "b": shared, "t1": t_same, "t2": t_changes, "n": {"x": (shared,)}}
d["self"] = d
memo = {}
c = copy.deepcopy(d, memo)
print(c["a"] is c["b"], c["t1"] is t_same, c["t2"] is not t_changes, c["t2"][1] is c["a"], c["self"] is c)
print(memo_summary(memo, {"d": d, "shared": shared, "t2": t_changes, "n": d["n"], "nx": d["n"]["x"]}))

rec = [1]
rt = (rec,)
rec.append(rt)
cr = copy.deepcopy(rt)
print(type(cr).__name__, cr[0][1] is cr, cr is not rt)


class Plain:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return "Plain(%s)" % ", ".join("%s=%r" % kv for kv in sorted(vars(self).items()))


class Hook:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Hook(%r)" % (self.v,)

    def __deepcopy__(self, memo):
        print("hook sees", len(memo), "entries")
        memo[id(self)] = new = Hook(copy.deepcopy(self.v, memo))
        return new


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


class Getattr:
    def __init__(self):
        self.x = [1]

    def __getattr__(self, name):
        print("getattr", name)
        raise AttributeError(name)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    def __init__(self):
        self.y = [2]


class SetState:
    def __init__(self):
        self.z = [3]

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)


class Reg:
    def __init__(self, q):
        self.q = q


copyreg.pickle(Reg, lambda r: (Reg, (r.q * 2,)))

inner = Plain(v=[1, 2], s=shared)
outer = Plain(a=1, b=[inner, inner], c=(inner,), h=Hook([shared]), empty=Plain())
objs = [outer, Slotted([5]), Getattr(), WithMeta(), SetState(), Reg(21), inner]
cobjs = copy.deepcopy(objs)
co = cobjs[0]
print(co, co.b[0] is co.b[1], co.c[0] is co.b[0], co.b[0].s is not shared, co.h.v[0] is co.b[0].s)
print(cobjs[1].a, cobjs[2].x, type(cobjs[3]).__name__, cobjs[3].y, cobjs[4].z, cobjs[5].q, cobjs[6] is co.b[0])
inst_attr = Plain(x=[1])
inst_attr.__deepcopy__ = lambda memo: "instance hook"
print(copy.deepcopy([inst_attr]))


class Grow:
    def __init__(self, target):
        self.target = target

    def __deepcopy__(self, memo):
        self.target.append(len(self.target))
        return "grew"


lst = []
lst.append(Grow(lst))
print(copy.deepcopy(lst))


class Mutate:
    def __init__(self, target):
        self.target = target

    def __deepcopy__(self, memo):
        self.target["new%d" % len(self.target)] = 1
        return "mutated"


dd = {"m": None}
dd["m"] = Mutate(dd)
try:
    copy.deepcopy(dd)
except RuntimeError as e:
    print("RuntimeError", e)

deep = []
cur = deep
for _ in range(2000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    copy.deepcopy(deep)
    print("deep copied")
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(5000)
cd = copy.deepcopy(deep)
n = 0
while cd:
    cd = cd[0]
    n += 1
print("depth", n)


class MemoSub(dict):
    pass


ms = MemoSub()
print(copy.deepcopy([shared, shared], ms)[0] is not shared, len(ms))
print(copy.deepcopy(Plain(k=(1, 2), f=frozenset({1}), s={3})))
