import gc
import weakref

# A cache that does not keep its values alive: entries vanish with their last reference.


class Image:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Image(%r)" % self.name


cache = weakref.WeakValueDictionary()


def load(name):
    img = cache.get(name)
    if img is None:
        print("loading", name)
        img = Image(name)
        cache[name] = img
    return img


a = load("cat.png")
b = load("cat.png")
print(a is b, len(cache))
c = load("dog.png")
print(sorted(cache.keys()))
del a, b
print("after dropping cat:", sorted(cache.keys()))
del c
print("after dropping dog:", sorted(cache.keys()))
d = load("cat.png")
d.me = d  # a cycle: the entry stays until the collector runs
del d
print("cycle keeps it:", sorted(cache.keys()))
gc.collect()
print("after collect:", sorted(cache.keys()))
