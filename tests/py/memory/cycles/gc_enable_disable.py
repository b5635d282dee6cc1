# Automatic collection can be switched off; explicit collect still works.
import gc

print("enabled at start:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())


class Node:
    __slots__ = ("peer",)


for _ in range(2000):
    a = Node()
    a.peer = a
del a
print("explicit collect finds all cycles:", gc.collect())
gc.enable()
print("re-enabled:", gc.isenabled())
