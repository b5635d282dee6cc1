# getweakrefcount/getweakrefs follow weakref deaths; non-weakrefable objects give 0 and [].
import weakref


class A:
    pass


a = A()
refs = [weakref.ref(a, lambda r: None) for _ in range(4)]
print("four:", weakref.getweakrefcount(a))
del refs[1]
print("three:", weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
refs.clear()
print("zero:", weakref.getweakrefcount(a), weakref.getweakrefs(a))
print("int:", weakref.getweakrefcount(5), weakref.getweakrefs(5))
print("list:", weakref.getweakrefcount([]))
