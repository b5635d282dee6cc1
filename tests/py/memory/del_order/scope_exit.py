# Locals die when their function returns, in the order the frame releases them.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def f():
    a = Noisy("a")
    b = Noisy("b")
    c = Noisy("c")
    print("returning")


f()
print("after f")


def g():
    x = Noisy("x")
    y = Noisy("y")
    return y


kept = g()
print("after g, kept", kept.name)
del kept
print("end")
