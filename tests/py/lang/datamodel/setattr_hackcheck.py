# object.__setattr__ / __delattr__ applied to an object whose type has its own native setattro
# (a class: type.__setattr__) is refused, as CPython's hackcheck does ("Carlo Verre's hack":
# object.__setattr__(str, 'x', 1) would change a builtin type). Classes written in Python are
# skipped in that check, so the usual object.__setattr__(self, ...) inside __setattr__ works.
import dataclasses

cases = [
    "object.__setattr__(str, 'foo', 42)",
    "object.__delattr__(str, 'lower')",
    "object.__setattr__(int, 'x', 1)",
    "type.__setattr__(str, 'foo', 42)",
    "class A: pass\nobject.__setattr__(A, 'x', 1)",
    "class A(type):\n def __setattr__(cls, k, v): type.__setattr__(cls, k, v)\n"
    "class B: pass\nclass C(B, A): pass\nobj = C('D', (object,), {}); obj.test = True; print(obj.test)",
    "class A(type):\n def __setattr__(cls, k, v): object.__setattr__(cls, k, v)\n"
    "class B: pass\nclass C(B, A): pass\nobj = C('D', (object,), {}); obj.test = True",
    "object.__setattr__(1, 'real', 2)",
    "object.__setattr__([], 'x', 2)",
    "class L(list): pass\nl = L(); object.__setattr__(l, 'x', 2); print(l.x)",
    "int.__setattr__(1, 'x', 2)",
    "class D(dict): pass\nd = D(); dict.__setattr__(d, 'x', 1); print(d.x)",
    "object.__setattr__(type, 'x', 1)",
    "class M(type): pass\nclass X(metaclass=M): pass\nobject.__setattr__(X, 'y', 1)",
    "class P:\n def __setattr__(self, k, v): object.__setattr__(self, k, v * 2)\n"
    "p = P(); p.a = 4; print(p.a); object.__delattr__(p, 'a'); print(hasattr(p, 'a'))",
    "class S:\n __slots__ = ('a',)\ns = S(); object.__setattr__(s, 'a', 1); print(s.a)",
    "class E(Exception): pass\ne = E(); object.__setattr__(e, 'n', 3); print(e.n)",
    "import types\nm = types.ModuleType('m'); object.__setattr__(m, 'v', 5); print(m.v)",
    "class Q:\n def __setattr__(self, k, v): super().__setattr__(k, v + 1)\nq = Q(); q.z = 1; print(q.z)",
    "class T(type):\n def __setattr__(cls, k, v): super().__setattr__(k, v)\n"
    "class U(metaclass=T): pass\nU.w = 7; print(U.w)",
    "import types\nns = types.SimpleNamespace(); object.__setattr__(ns, 'k', 1); print(ns.k)",
]
for case in cases:
    try:
        exec(case, {})
        print("no error")
    except Exception as e:
        print(repr(case.splitlines()[-1][:50]), type(e).__name__, e)


@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int


p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)))
try:
    p.x = 3
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
