# Generators: finally blocks run on close(), on deletion, and locals die with the frame.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen(tag):
    local = Noisy("local-" + tag)
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


g = gen("a")
next(g)
print("closing a")
g.close()
print("closed a")
del g
print("deleted a")

g = gen("b")
next(g)
print("deleting b while suspended")
del g
print("deleted b")

g = gen("c")
print("never started c")
del g
print("deleted c")

g = gen("d")
for v in g:
    print("got", v)
print("exhausted d")
del g


def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise


c = catcher()
next(c)
c = None
print("end")
