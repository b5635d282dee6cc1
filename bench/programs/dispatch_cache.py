# functools-heavy code: lru_cache'd recursive functions with cache_info, singledispatch
# serializers with registered types and ABCs, singledispatchmethod, partial/partialmethod,
# reduce, total_ordering, cached_property and cmp_to_key sorting.
import collections.abc
import decimal
import fractions
import functools
import hashlib
import operator
import sys

# tests/py/bench_like/dispatch_cache.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 300


@functools.lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@functools.lru_cache(maxsize=128)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


@functools.singledispatch
def dump(obj):
    raise TypeError(f"cannot dump {type(obj).__name__}")


@dump.register
def _(obj: int):
    return f"i{obj}"


@dump.register
def _(obj: float):
    return f"f{obj!r}"


@dump.register(str)
def _(obj):
    return "s" + obj.replace("\\", "\\\\").replace(",", "\\,")


@dump.register(collections.abc.Mapping)
def _(obj):
    return "{" + ",".join(dump(k) + ":" + dump(v) for k, v in sorted(obj.items(), key=lambda kv: str(kv[0]))) + "}"


@dump.register(list)
@dump.register(tuple)
def _(obj):
    return "[" + ",".join(map(dump, obj)) + "]"


@dump.register(type(None))
def _(obj):
    return "n"


@dump.register(bool)
def _(obj):
    return "T" if obj else "F"


@dump.register(decimal.Decimal)
@dump.register(fractions.Fraction)
def _(obj):
    return f"q{obj}"


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @functools.cached_property
    def area(self):
        self.computed = getattr(self, "computed", 0) + 1
        return self.w * self.h

    @functools.singledispatchmethod
    def scale(self, factor):
        raise NotImplementedError

    @scale.register
    def _(self, factor: int):
        return Shape(self.w * factor, self.h * factor)

    @scale.register
    def _(self, factor: tuple):
        return Shape(self.w * factor[0], self.h * factor[1])

    def resize(self, dw, dh):
        return Shape(self.w + dw, self.h + dh)

    widen = functools.partialmethod(resize, dh=0)


def cmp_len_then_alpha(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


def main():
    h = hashlib.md5()
    print(partitions(60, 60), partitions.cache_info())
    words = ["kitten", "sitting", "saturday", "sunday", "rosettacode", "raisethysword", "intention", "execution"]
    print([edit_distance(a, b) for a, b in zip(words[::2], words[1::2])], edit_distance.cache_info().maxsize)
    edit_distance.cache_clear()
    print(edit_distance.cache_info())
    data = {"a": [1, 2.5, "x,y"], "b": {"n": None, "t": True}, 3: (fractions.Fraction(1, 3), decimal.Decimal("1.10"))}
    print(dump(data))
    try:
        dump({1, 2})
    except TypeError as e:
        print("TypeError:", e)
    print(dump.dispatch(bool).__name__, sorted(t.__name__ for t in dump.registry if t is not object)[:5])
    vs = sorted(Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.10.0"])
    print(vs, Version("1.2") <= Version("1.10"), Version("2.0") >= Version("1.99"), Version("1.0") != Version("1.0"))
    s = Shape(3, 4)
    print(s.area, s.area, s.computed, s.scale(2).area, s.scale((1, 5)).area, s.widen(2).w, "area" in vars(s))
    add3 = functools.partial(operator.add, 3)
    print(add3(4), add3.func is operator.add, add3.args, functools.reduce(operator.mul, range(1, 15)),
          functools.reduce(lambda a, b: a + [b * 2], range(4), []))
    print(sorted(words, key=functools.cmp_to_key(cmp_len_then_alpha)))
    total = 0
    for rep in range(SCALE):
        partitions.cache_clear()
        total += partitions(40 + rep % 20, 40 + rep % 20)
        item = {"id": rep, "vals": [rep * 0.5, str(rep), None, rep % 2 == 0], "meta": {"k": (rep, -rep)}}
        h.update(dump(item).encode())
        total += edit_distance(words[rep % 8][: 4 + rep % 5], words[(rep + 3) % 8][:6])
        total += Shape(rep, 2).scale(3).area
    print(total, partitions.cache_info().currsize, h.hexdigest())


main()
