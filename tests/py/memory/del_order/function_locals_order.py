# Order of destruction when a frame's locals are released: by slot, first to last.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def f(p1, p2):
    z = Noisy("z-local")
    a = Noisy("a-local")
    return None


f(Noisy("arg1"), Noisy("arg2"))
print("after f")


def g():
    items = [Noisy("g0"), Noisy("g1")]
    single = Noisy("g-single")


g()
print("after g")


def h():
    return [Noisy("temp")][0].name


print("h returned", h())
print("end")
