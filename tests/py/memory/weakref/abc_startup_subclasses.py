# An isinstance() check against a collections.abc ABC walks the ABC's registry and subclasses,
# leaving a weak reference in the negative cache of each class it visits. python3's start has
# imported os, pathlib and weakref, whose classes are among those subclasses (os._Environ,
# pathlib._PathParents, weakref.WeakValueDictionary...), and collections defines views for its
# pure-Python OrderedDict: a check visits them all, though the program imported none of them.
# (Counted with tracemalloc: blocks CPython's start made and a check frees are not counted. Checks
# that walk many classes, like Sized's, are left out: the method cache entries their
# "__subclasses__" names land on collide by address, which moves with python3's environment.)
import abc
import collections
import collections.abc as cabc
import tracemalloc

token = abc.get_cache_token()
tracemalloc.start()


def traced_blocks():
    return len(tracemalloc._get_traces())


def check(label, obj, cls):
    before = traced_blocks()
    result = isinstance(obj, cls)
    after = traced_blocks()
    print(label, result, after - before)


check("int vs Sequence", 3, cabc.Sequence)
check("int vs Mapping", 3, cabc.Mapping)
check("int vs Sequence, again", 3, cabc.Sequence)
tracemalloc.stop()


def names(refs):
    return sorted(r().__qualname__ for r in refs if r() is not None)


for cls in (cabc.Sequence, cabc.MutableMapping, cabc.MutableSet, cabc.KeysView):
    registry, cache, negative, version = abc._get_dump(cls)
    print(cls.__name__, names(registry), len(cache), len(negative), version == token)
print(sorted(c.__qualname__ for c in cabc.MutableMapping.__subclasses__()))
print(sorted(c.__qualname__ for c in cabc.ItemsView.__subclasses__()))

# importing the modules python3 had imported registers nothing new: the token stays
import os
import pathlib
import weakref

print("token", abc.get_cache_token() == token)
isinstance(1.5, cabc.Set)
for cls in (pathlib._PathParents, os._Environ, weakref.WeakKeyDictionary, cabc.MutableSequence,
            collections._OrderedDictKeysView, collections._OrderedDictItemsView):
    print(cls.__qualname__, names(abc._get_dump(cls)[2]))
print(isinstance(pathlib.PurePath("/a/b").parents, cabc.Sequence), isinstance(os.environ, cabc.MutableMapping))
print(issubclass(weakref.WeakSet, cabc.MutableSet))
