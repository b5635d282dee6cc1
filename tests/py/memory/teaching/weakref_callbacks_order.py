import weakref

# Weak reference callbacks run when the referent dies, newest reference first.


class Target:
    pass


def callback(label):
    def cb(ref):
        print("callback", label, "ref now dead:", ref() is None)

    return cb


t = Target()
r1 = weakref.ref(t, callback("r1"))
r2 = weakref.ref(t, callback("r2"))
r3 = weakref.ref(t)
print("count:", weakref.getweakrefcount(t))
print("same plain ref reused:", weakref.ref(t) is r3)
del t
print("after del:", r1(), r2(), r3())
proxy_target = Target()
proxy_target.value = 42
p = weakref.proxy(proxy_target)
print(p.value)
del proxy_target
try:
    p.value
except ReferenceError as e:
    print("ReferenceError:", e)
