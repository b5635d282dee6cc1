# The basic ref and basic proxy come first in getweakrefs; refs with callbacks follow, newest first.
import weakref


class A:
    pass


a = A()
cb1 = weakref.ref(a, lambda r: None)
p = weakref.proxy(a)
basic = weakref.ref(a)
cb2 = weakref.ref(a, lambda r: None)
pcb = weakref.proxy(a, lambda r: None)
refs = weakref.getweakrefs(a)
names = {id(basic): "basic", id(p): "proxy", id(cb1): "cb1", id(cb2): "cb2", id(pcb): "pcb"}
print([names[id(r)] for r in refs])
print(weakref.getweakrefcount(a))
