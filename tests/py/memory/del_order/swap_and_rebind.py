# Tuple-swap and multiple assignment keep objects alive; rebinding drops them.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a, b = Noisy("A"), Noisy("B")
a, b = b, a
print("swapped:", a.name, b.name)
a = b
print("both names on A")
b = None
a = None
print("end")
