# Subclasses of builtin containers with __del__.
class L(list):
    def __del__(self):
        print("L.__del__ with", len(self), "items")


class D(dict):
    def __del__(self):
        print("D.__del__ with keys", sorted(self))


l = L([1, 2, 3])
d = D(a=1, b=2)
del l
del d
print("end")
