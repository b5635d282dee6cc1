# Mixed key types: 1 == 1.0 == True share a slot, str subclasses, tuples, frozensets, None.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {0: "a", False: "b", 0.0: "c"})


class S(str):
    pass


d = {"k": 1}
d[S("k")] = 2
d[S("new")] = 3
print(d, [type(k).__name__ for k in d])
d = {(1, 2): "t", frozenset({1}): "fs", None: "none", b"b": "bytes", -1: "m1", -2: "m2", 2**64: "big"}
print(d[(1, 2)], d[frozenset([1])], d[None], d[b"b"], d[-1], d[-2], d[2**64])
print(d)
