# Callbacks run when the referent dies, newest first, each receiving its weakref.
import weakref


class A:
    pass


a = A()
names = {}


def make_cb(name):
    def cb(wr):
        print("callback", name, "ref dead:", wr() is None, "is its ref:", names[name] is wr)

    return cb


for name in ["first", "second", "third"]:
    names[name] = weakref.ref(a, make_cb(name))
plain = weakref.ref(a)
print("refs:", weakref.getweakrefcount(a))
print("order in getweakrefs:", [n for w in weakref.getweakrefs(a) for n, v in names.items() if v is w], weakref.getweakrefs(a)[0] is plain)
del a
print("after death")
