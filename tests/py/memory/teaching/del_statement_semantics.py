import sys

# del unbinds names and removes items; it never frees memory by itself.
a = [1, 2, 3]
b = a
del a
print(b, "a" in globals())
lst = list(range(10))
del lst[2:5]
print(lst)
del lst[::2]
print(lst)
d = {"x": 1, "y": 2}
del d["x"]
print(d)


class Obj:
    def __init__(self):
        self.attr = [1]


o = Obj()
inner = o.attr
print(sys.getrefcount(inner) - 1)
del o.attr
print(sys.getrefcount(inner) - 1, hasattr(o, "attr"))
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
