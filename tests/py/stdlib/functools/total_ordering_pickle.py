# The comparisons total_ordering adds are module globals of functools (_gt_from_lt ...), as in
# CPython, so pickle and copy take them by reference and the copy still compares.
import copy
import functools
import pickle

for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    ns = {
        "__init__": lambda self, v: setattr(self, "v", v),
        "__eq__": lambda self, other: self.v == other.v,
        root: eval("lambda self, other: self.v %s other.v" % {"__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}[root]),
    }
    cls = functools.total_ordering(type("K" + root.strip("_"), (), ns))
    for op in ("__lt__", "__le__", "__gt__", "__ge__"):
        if op == root:
            continue
        method = getattr(cls, op)
        names = []
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            again = pickle.loads(pickle.dumps(method, proto))
            names.append(again is method)
        print(root, op, method.__qualname__, method.__module__, all(names), copy.deepcopy(method) is method,
              method(cls(1), cls(2)), method(cls(2), cls(2)), method(cls(3), cls(2)))
print(functools._gt_from_lt.__doc__)
