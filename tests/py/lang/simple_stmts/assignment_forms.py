a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
d = {}
d["k"] = d.get("k", 0) + 1
obj = type("Obj", (), {})()
obj.attr = 5
obj.attr += 1
print(d, obj.attr)
lst = [0, 1, 2]
i = 0
i, lst[i] = 2, 99
print(i, lst)
n: int = 5
m: "annotated only"
print(n, __annotations__)
(p, q), r = "ab", "c"
print(p, q, r)
[s, t] = 1, 2
print(s + t)
