# An instance's attributes are released in insertion order when it dies.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Owner:
    def __init__(self):
        self.third = Noisy("third")
        self.first = Noisy("first")
        self.second = Noisy("second")

    def __del__(self):
        print("del owner")


o = Owner()
del o.first
o.first = Noisy("first-again")
del o
print("-- slots")


class SlotOwner:
    __slots__ = ("b", "a")

    def __init__(self):
        self.a = Noisy("slot-a")
        self.b = Noisy("slot-b")


s = SlotOwner()
del s
print("end")
