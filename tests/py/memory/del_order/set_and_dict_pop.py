# Removing from sets and dicts releases exactly the removed object.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __hash__(self):
        return len(self.name)

    def __eq__(self, other):
        return self is other


s = {Noisy("a"), Noisy("bb"), Noisy("ccc")}
x = next(iter(sorted(s, key=lambda n: n.name)))
s.discard(x)
print("discarded", x.name)
del x
print("-- set clear")
s.clear()
print("-- dict pop / popitem")
d = {1: Noisy("one"), 2: Noisy("two"), 3: Noisy("three")}
d.pop(2)
print("popped 2")
d.popitem()
print("popitem")
del d
print("end")
