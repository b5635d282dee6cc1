# Subclasses of builtin containers with __slots__ and __dict__: copy/deepcopy/pickle keep both
import collections
import copy
import pickle

for base, arg in [(bytearray, b"ab"), (bytearray, b""), (set, [1]), (frozenset, [1]),
                  (collections.OrderedDict, {1: 2}), (collections.deque, [1]), (list, [1]),
                  (dict, {1: 2}), (collections.defaultdict, None), (collections.Counter, "aab")]:
    slots = ("x",) if hasattr(base, "__dict__") and "__dict__" in base.__dict__ else ("x", "__dict__")
    S = type("S_" + base.__name__, (base,), {"__slots__": slots})
    globals()[S.__name__] = S
    a = S(arg)
    a.x = 1
    a.z = 2
    r = a.__reduce_ex__(2)
    print(base.__name__, r[2] if base in (bytearray, set, frozenset, collections.deque) else "", end=" ")
    for f in (copy.copy, copy.deepcopy, lambda o: pickle.loads(pickle.dumps(o, 2)),
              lambda o: pickle.loads(pickle.dumps(o, 0 if base not in (list, dict) else 4))):
        b = f(a)
        print(getattr(b, "x", None), getattr(b, "z", None), b == a, end=" ")
    print()


class G(bytearray):
    def __getstate__(self):
        return {"custom": True}


print(G(b"x").__reduce__(), G(b"x").__reduce_ex__(4))
