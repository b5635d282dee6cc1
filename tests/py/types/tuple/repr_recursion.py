# Tuple reprs, single-element commas, and cycles through lists.
l = []
t = (l, 1)
l.append(t)
print(t, l)
print((1,), ("a",), ((1,),), ((), ()), (None, True, 1.5, "s", b"b"))
d = {}
t2 = (d,)
d["t"] = t2
print(t2, d)
