# Rebinding a name releases the old object immediately.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


x = Noisy("first")
print("rebinding")
x = Noisy("second")
print("rebound")
x = None
print("set to None")
lst = [Noisy("item0"), Noisy("item1")]
lst[0] = Noisy("replacement")
print("replaced item0")
lst[1:] = []
print("sliced away item1")
d = {"k": Noisy("v1")}
d["k"] = Noisy("v2")
print("dict value replaced")
d.clear()
print("dict cleared")
lst = None
print("end")
