import sys

# A reference-count walkthrough: every name, container slot and argument is a reference.
data = [1, 2, 3]
print("one name:", sys.getrefcount(data) - 1)
alias = data
print("two names:", sys.getrefcount(data) - 1)
box = [data, data]
print("plus two list slots:", sys.getrefcount(data) - 1)
mapping = {"k": data}
print("plus a dict value:", sys.getrefcount(data) - 1)


def inspect(obj):
    # the parameter is one more reference while the call runs
    return sys.getrefcount(obj) - 1


print("inside a call:", inspect(data))
del alias
print("after del alias:", sys.getrefcount(data) - 1)
box.clear()
print("after box.clear():", sys.getrefcount(data) - 1)
mapping.pop("k")
print("after pop:", sys.getrefcount(data) - 1)
t = (data,)
print("in a tuple:", sys.getrefcount(data) - 1)
del t
print("tuple gone:", sys.getrefcount(data) - 1)
