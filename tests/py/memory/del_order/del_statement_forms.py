# del on names, attributes, items and slices.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Box:
    pass


b = Box()
b.attr = Noisy("attr")
del b.attr
print("after del attr")
d = {"k": Noisy("item")}
del d["k"]
print("after del item")
lst = [Noisy("s0"), Noisy("s1"), Noisy("s2")]
del lst[::2]
print("after del extended slice")
n1, n2 = Noisy("n1"), Noisy("n2")
del n1, n2
print("after del tuple of names")
del lst
print("end")
