import sys

class Thing:
    pass

t = Thing()
print(sys.getrefcount(t))
alias = t
print(sys.getrefcount(t))
items = [t, t, t]
print(sys.getrefcount(t))
del items
print(sys.getrefcount(t))

def takes(obj):
    return sys.getrefcount(obj)
print(takes(t))

def holds(obj):
    local = obj
    return sys.getrefcount(obj)
print(holds(t))

d = {"k": t}
print(sys.getrefcount(t))
d.clear()
del alias
print(sys.getrefcount(t))
