# A bounded lru_cache evicting its oldest entry removes it with the hash it stored: the evicted
# key's __hash__ is not called again (CPython's bounded_lru_cache_wrapper pops with the link's
# known hash), so a key's __hash__ runs once per call that uses it, never on eviction.
import functools


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v


for maxsize in (None, 0, 1, 2, 128):
    print("maxsize", maxsize)

    @functools.lru_cache(maxsize=maxsize)
    def add(x, y=0):
        return x.v + y

    print(add(Key(1)), add(Key(1)), add(Key(2), y=3), add(Key(2), y=3), add(Key(3)), add(Key(1)))
    print(add(Key(4), 1), add(Key(5)), add(Key(4), 1))
    print(add.cache_info())
    add.cache_clear()
    print(add.cache_info())


@functools.lru_cache(maxsize=1, typed=True)
def ident(x):
    return x.v


print(ident(Key(7)), ident(Key(8)), ident(Key(7)), ident.cache_info())
