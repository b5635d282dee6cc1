import pprint

a = [1, 2]
a.append(a)
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.isrecursive([1, [2]]), pprint.isreadable([1, [2]]))
print(pprint.isreadable({"a": 1.5, "b": None}), pprint.isreadable([object()]), pprint.isreadable("s"))
print(pprint.saferepr([1, "two", (3,), {4: 5}]), pprint.saferepr({"b": 1, "a": 2}))
s = pprint.saferepr(a)
print(s.startswith("[1, 2, <Recursion on list with id="), s.endswith(">]"))
d = {}
d["self"] = d
print(pprint.saferepr(d).startswith("{'self': <Recursion on dict with id="))
p = pprint.PrettyPrinter()
print(p.isrecursive(a), p.isreadable(a), p.isreadable((1, 2)))
print(p.format([1, 2], {}, 0, 0), p.format({1: [2]}, {}, 1, 0), p.format({1: [2]}, {}, 1, 1))
out = pprint.pformat([a, a], width=10)
print(out.count("<Recursion on list"), out.count("\n"))
