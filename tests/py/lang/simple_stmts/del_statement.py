x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(6))
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
try:
    del c.missing
except AttributeError as e:
    print("AttributeError:", e)
a, b = 1, 2
del (a, b)
print("a" in dir(), "b" in dir())
