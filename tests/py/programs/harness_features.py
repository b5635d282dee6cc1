# What standalone benchmark scripts do around their kernels: argparse options, perf_counter
# timing loops (timings not printed), __main__ guards, namedtuples, deques, Counters,
# lru_cache, itertools, struct/array packing, hashing, dataclass ordering, enums, match.
import argparse
import array
import bisect
import collections
import dataclasses
import enum
import functools
import hashlib
import heapq
import itertools
import math
import operator
import struct
import sys
import time
from fractions import Fraction


def parse_args(argv):
    p = argparse.ArgumentParser(description="a benchmark")
    p.add_argument("-n", "--iterations", type=int, default=3)
    p.add_argument("--size", type=int, default=200)
    p.add_argument("--verbose", action="store_true")
    p.add_argument("names", nargs="*", default=["a", "b"])
    return p.parse_args(argv)


Point = collections.namedtuple("Point", "x y")


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Flag(enum.IntFlag):
    R = 4
    W = 2
    X = 1


@dataclasses.dataclass(order=True, frozen=True)
class Item:
    priority: int
    name: str = dataclasses.field(compare=False)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%s)" % ".".join(map(str, self.parts))


def describe(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case [first, *rest] if len(rest) > 1:
            return f"list starting {first!r} with {len(rest)} more"
        case {"kind": kind, **others}:
            return f"mapping of kind {kind} (+{len(others)})"
        case Color.RED | Color.GREEN:
            return "warm-ish color"
        case int(n) if n < 0:
            return "negative"
        case str() as s:
            return "string " + s.upper()
        case _:
            return "other"


def kernel(size):
    dq = collections.deque(maxlen=50)
    counts = collections.Counter()
    dd = collections.defaultdict(list)
    for i in range(size):
        dq.append(i * i % 97)
        counts[i % 13] += 1
        dd[i % 5].append(i)
    heap = [(-(i * 7919 % size), i) for i in range(size)]
    heapq.heapify(heap)
    top = [heapq.heappop(heap)[1] for _ in range(5)]
    sorted_vals = sorted(range(size), key=lambda v: (v % 7, -v))
    pos = bisect.bisect_left(sorted(dq), 50)
    return sum(dq), counts.most_common(3), len(dd[3]), top, sorted_vals[:6], pos


def main(argv):
    args = parse_args(argv)
    times = []
    for _ in range(args.iterations):
        t0 = time.perf_counter()
        result = kernel(args.size)
        times.append(time.perf_counter() - t0)
    assert all(t >= 0 for t in times) and len(times) == args.iterations
    print(args.iterations, args.size, args.verbose, args.names)
    print(result)
    print(fib(90), fib.cache_info().hits > 0)
    print(list(itertools.permutations("abc", 2))[:4], list(itertools.combinations(range(5), 3))[-2:])
    print(list(itertools.product([0, 1], repeat=3))[5], list(itertools.islice(itertools.count(10, 3), 4)))
    print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdddd")], list(itertools.accumulate([1, 2, 3, 4])))
    print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
    data = struct.pack("<IhdQ", 0xDEADBEEF, -2, 3.5, 2**60)
    print(data.hex(), struct.unpack("<IhdQ", data), struct.calcsize(">3sHf"))
    arr = array.array("d", [1.5, 2.5, 3.0])
    arr.append(4.25)
    print(arr, arr.tobytes()[:8].hex(), sum(arr))
    print(hashlib.md5(b"hello world").hexdigest(), hashlib.sha256(b"abc").hexdigest()[:16])
    items = sorted([Item(3, "c"), Item(1, "a"), Item(2, "b")])
    print(items, Item(1, "x") == Item(1, "y"))
    print(Color.RED, Color(2), Color["BLUE"].value, list(Color), Flag.R | Flag.W, Flag(7))
    print(sorted([Version("1.10"), Version("1.2"), Version("1.2.1")]), Version("2.0") >= Version("1.9"))
    for o in [Point(0, 0), Point(3, 0), [1, 2, 3], {"kind": "k", "a": 1}, Color.GREEN, -5, "hi", 3.5]:
        print(describe(o))
    getter = operator.itemgetter(1, 0)
    print(getter("xy"), operator.attrgetter("x")(Point(7, 8)), functools.reduce(operator.mul, range(1, 10)))
    print(Fraction(3, 4) + Fraction(1, 6), math.comb(30, 12), math.isqrt(10**20 + 12345), math.gcd(462, 1071))
    print(f"{math.pi:10.4f}|{12345678:,}|{0.000123:e}|{255:#x}|{'mid':^9}|{-3.5:+.1f}|{1e16}|{1/3!r}")
    print("%5.2f%% %-6s| %03d %x %o %e %g %r" % (99.5, "ab", 7, 255, 8, 12345.678, 1e-5, "q"))
    print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), divmod(-7, 2), pow(3, 200, 1000007), 7 // -2)
    print(int.from_bytes(b"\x01\x02", "little"), (1024).to_bytes(4, "big"), (255).bit_length(), (-1) >> 3)
    print(complex(1, 2) * complex(3, -1), abs(3 + 4j), 1e300 * 1e10, -0.0, float("nan") != float("nan"))
    sys.stdout.write("written %d\n" % len(times))


if __name__ == "__main__":
    main(["-n", "4", "--size", "300", "x", "y", "z"])
