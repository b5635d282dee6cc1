import gc

# del removes a name; the object dies when its last reference goes,
# unless it is part of a cycle: then only the collector frees it.


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


print("plain object:")
r = Resource("A")
del r
print("after del A")

print("two references:")
r = Resource("B")
other = r
del r
print("after del r (other still refers to B)")
other = None
print("after other = None")

print("a cycle:")
x = Resource("C")
x.self_ref = x
del x
print("after del C (still alive: it refers to itself)")
print("collected:", gc.collect())
print("done")
