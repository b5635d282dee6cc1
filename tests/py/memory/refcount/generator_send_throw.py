# Values sent into a generator are held by its frame.
import sys


class S:
    pass


s = S()


def echo():
    received = None
    while True:
        received = yield received


g = echo()
next(g)
g.send(s)
print("held by generator local:", sys.getrefcount(s))
g.send(None)
print("released after next send:", sys.getrefcount(s))


def thrower():
    try:
        yield
    except KeyError as e:
        yield e.args[0]


t = thrower()
next(t)
got = t.throw(KeyError(s))
print("thrown exception's arg:", got is s, sys.getrefcount(s))
del got
t.close()
print("closed:", sys.getrefcount(s))
