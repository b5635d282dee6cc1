# throw() into a generator unwinds its frame; locals die when the frame finishes.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen():
    a = Noisy("gen-local")
    try:
        yield 1
    except KeyError:
        print("caught in generator")
        b = Noisy("handler-local")
        yield 2
    print("generator body ends")


g = gen()
next(g)
print("throw ->", g.throw(KeyError))
print("next ->", next(g, "exhausted"))
print("after exhaustion")
del g
print("end")
