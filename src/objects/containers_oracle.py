# Oracle for containers.test.ts: computes, with the real python3 (PYTHONHASHSEED=0), every value
# the container tests compare against, and prints them as one JSON document. Inputs that involve
# randomness are generated here and shipped in the JSON so both sides use the same data.
import gc
import itertools
import json
import random
import sys

out = {}
rnd = random.Random(20240611)
S = sys.getsizeof


def exc_text(f):
    try:
        f()
    except BaseException as e:  # noqa: BLE001
        return f"{type(e).__name__}: {e}"
    return "no error"


# ---------------------------------------------------------------------------------------------
# list sizes
def list_sizes():
    r = {}
    l, s = [], []
    for i in range(200):
        l.append(i)
        s.append(S(l))
    r["append"] = s
    l, s = [], []
    for i in range(60):
        l.insert(0, i)
        s.append(S(l))
    r["insert"] = s
    l, s = list(range(100)), []
    while l:
        l.pop()
        s.append(S(l))
    r["pop"] = s
    l, s = list(range(100)), []
    while l:
        l.pop(0)
        s.append(S(l))
    r["pop0"] = s
    l, s = [], []
    for n in [1, 2, 3, 5, 8, 13, 0, 40, 1, 100]:
        l.extend(tuple(range(n)))
        s.append(S(l))
    r["extend_tuple"] = s
    l, s = [0], []
    for n in [1, 2, 3, 5, 8, 13, 0, 40, 1, 100]:
        l.extend(list(range(n)))
        s.append(S(l))
    r["extend_list"] = s
    r["list_range"] = [S(list(range(n))) for n in range(40)]
    r["list_tuple"] = [S(list(tuple(range(n)))) for n in range(40)]
    r["repeat"] = [S([0] * n) for n in range(40)]
    r["repeat3"] = [S([1, 2, 3] * n) for n in range(20)]
    s = []
    for n in range(6):
        a = [1, 2, 3]
        a *= n
        s.append(S(a))
    r["irepeat"] = s
    r["concat"] = [S(list(range(a)) + list(range(b))) for a in range(6) for b in range(6)]
    r["slices"] = [S(list(range(50))[a:b:c]) for a, b, c in [(0, 50, 2), (1, 9, 1), (None, None, -3), (5, 5, 1), (0, 49, 7)]]
    s = []
    l = list(range(100))
    del l[::2]
    s.append(S(l))
    del l[2:10]
    s.append(S(l))
    l[2:3] = [1, 2, 3, 4, 5]
    s.append(S(l))
    l[::3] = range(len(l[::3]))
    s.append(S(l))
    del l[:]
    s.append(S(l))
    l.append(1)
    s.append(S(l))
    l.clear()
    s.append(S(l))
    r["slice_ops"] = s
    r["slice_ops_result"] = None

    class It:
        def __init__(self, n):
            self.i = 0
            self.n = n

        def __iter__(self):
            return self

        def __next__(self):
            if self.i >= self.n:
                raise StopIteration
            self.i += 1
            return self.i

    r["list_nolen"] = [S(list(It(n))) for n in range(40)]
    l, s = list(range(10)), []
    l.extend(It(30))
    s.append(S(l))
    r["extend_nolen"] = s
    l = [1, 2]
    l.pop()
    l.pop()
    r["pop_to_empty"] = S(l)
    return r


out["list"] = list_sizes()


# ---------------------------------------------------------------------------------------------
# extended slice semantics (values)
def slice_semantics():
    res = []
    specs = [(None, None, 2), (None, None, -1), (1, None, 3), (-1, 2, -2), (8, 2, 1), (2, 8, -1), (-100, 100, 5), (100, -100, -7)]
    base = list(range(12))
    for st in specs:
        sl = slice(*st)
        a = base[:]
        res.append(a[sl])
        a = base[:]
        del a[sl]
        res.append(a)
        a = base[:]
        n = len(a[sl])
        a[sl] = [x * 100 for x in range(n)]
        res.append(a)
        res.append(list(sl.indices(12)))
    res.append(slice(-3, None, None).indices(10**20))
    res.append(list(slice(None, None, -(10**30)).indices(5)))
    return res


out["slice"] = slice_semantics()


# ---------------------------------------------------------------------------------------------
# sorting
def sorting():
    r = {}
    datasets = []
    for n in [0, 1, 2, 5, 30, 63, 64, 65, 100, 257, 1000]:
        datasets.append([rnd.randrange(-1000, 1000) for _ in range(n)])
    # structured data: galloping and merges
    datasets.append(list(range(300)) + list(range(150)))
    datasets.append(list(range(500, 0, -1)))
    datasets.append([i % 17 for i in range(400)])
    datasets.append(sorted(rnd.randrange(1000) for _ in range(200)) + sorted(rnd.randrange(1000) for _ in range(300)))
    datasets.append([rnd.choice([1, 2]) * 10**20 + i for i in range(100)])
    r["ints"] = datasets
    r["ints_sorted"] = [sorted(d) for d in datasets]
    r["ints_rev"] = [sorted(d, reverse=True) for d in datasets]
    # stability with a key
    pairs = [[rnd.randrange(10), i] for i in range(300)]
    r["pairs"] = pairs
    r["pairs_by_first"] = sorted(pairs, key=lambda p: p[0])
    r["pairs_by_first_rev"] = sorted(pairs, key=lambda p: p[0], reverse=True)

    # the sequence of __lt__ calls, consistent and inconsistent comparisons
    class K:
        __slots__ = ("v",)
        log = None
        mode = 0

        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            K.log.append((self.v, other.v))
            if K.mode == 0:
                return self.v < other.v
            return (self.v * 7 + other.v * 13) % 5 < 2

    calls = []
    for mode in [0, 1]:
        for d in [datasets[4], datasets[8], datasets[11], datasets[14][:120]]:
            K.log = []
            K.mode = mode
            items = [K(v) for v in d]
            items.sort()
            calls.append({"data": d, "mode": mode, "log": K.log, "result": [k.v for k in items]})
    r["calls"] = calls
    strs = ["b", "a", "", "ab", "\xe9", "\u20ac", "\U0001f600", "\uffff", "aa", "B"]
    r["strs"] = strs
    r["strs_sorted"] = sorted(strs)
    r["mixed_error"] = exc_text(lambda: sorted([1, "a"]))
    r["tuples"] = [[rnd.randrange(3), rnd.randrange(3)] for _ in range(80)]
    r["tuples_sorted"] = [list(t) for t in sorted(tuple(x) for x in r["tuples"])]
    return r


out["sort"] = sorting()


# ---------------------------------------------------------------------------------------------
# dict sizes
def dict_sizes():
    r = {}
    d, s = {}, []
    for i in range(100):
        d[i] = i
        s.append(S(d))
    r["int_keys"] = s
    d, s = {}, []
    for i in range(100):
        d["k%d" % i] = i
        s.append(S(d))
    r["str_keys"] = s
    d = {"a": 1, "b": 2}
    s = [S(d)]
    d[1] = 2
    s.append(S(d))
    r["str_then_int"] = s
    d, s = {}, []
    for i in range(10):
        d[i] = i
    for i in range(5):
        del d[i]
        s.append(S(d))
    for i in range(10, 30):
        d[i] = i
        s.append(S(d))
    r["deletions"] = s
    r["deletions_keys"] = list(d)
    r["display"] = [S(eval("{" + ",".join("%d: %d" % (i, i) for i in range(n)) + "}")) for n in range(16)]
    r["display_str"] = [S(eval("{" + ",".join("'k%d': %d" % (i, i) for i in range(n)) + "}")) for n in range(16)]
    r["fromkeys_range"] = [S(dict.fromkeys(range(n))) for n in range(30)]
    r["fromkeys_dict"] = [S(dict.fromkeys({i: i for i in range(n)})) for n in range(30)]
    r["fromkeys_strdict"] = [S(dict.fromkeys({"k%d" % i: i for i in range(n)})) for n in range(30)]
    r["fromkeys_set"] = [S(dict.fromkeys(set(range(n)))) for n in range(30)]
    r["copy"] = [S({i: i for i in range(n)}.copy()) for n in range(30)]
    r["dict_of_dict"] = [S(dict({i: i for i in range(n)})) for n in range(30)]
    dirty = []
    for n in range(1, 30):
        d = {i: i for i in range(n * 2)}
        for i in range(n):
            del d[i]
        dirty.append([S(d.copy()), S(dict(d)), S(d)])
    r["dirty_copy"] = dirty
    r["kwargs"] = [S(eval("dict(" + ",".join("a%d=%d" % (i, i) for i in range(n)) + ")")) for n in range(12)]
    d = {i: i for i in range(20)}
    s = []
    while d:
        d.popitem()
        s.append(S(d))
    r["popitem"] = s
    d = {i: i for i in range(20)}
    d.clear()
    r["clear"] = S(d)
    d = {}
    d.update({i: i for i in range(7)})
    a = S(d)
    d.update({i: i for i in range(7, 20)})
    r["update"] = [a, S(d)]
    d = {}
    d.update([(i, i) for i in range(10)])
    r["update_pairs"] = S(d)
    r["or"] = [S({i: i for i in range(a)} | {i: i for i in range(10, 10 + b)}) for a in range(8) for b in range(8)]
    d = {}
    s = []
    for i in range(12):
        d.setdefault(i, [])
        s.append(S(d))
    r["setdefault"] = s
    r["order_after_ops"] = None
    return r


out["dict"] = dict_sizes()


def dict_semantics():
    r = {}
    d = {i: str(i) for i in range(10)}
    del d[3]
    d[3] = "x"
    d[100] = 1
    d.pop(5)
    d.setdefault(5, "y")
    r["order"] = repr(d)
    r["keys"] = repr(d.keys())
    r["values"] = repr(d.values())
    r["items"] = repr(d.items())
    r["reversed"] = list(reversed(d))
    r["popitem"] = repr(d.popitem())
    r["eq"] = [{1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 2}, {} == {}]
    r["errors"] = [
        exc_text(lambda: {}.popitem()),
        exc_text(lambda: {}[1]),
        exc_text(lambda: {}[(1, 2)]),
        exc_text(lambda: {}.pop("k")),
        exc_text(lambda: dict([1])),
        exc_text(lambda: dict([(1, 2, 3)])),
        exc_text(lambda: dict(1)),
        exc_text(lambda: {}.update([[1]], [2])),
        exc_text(lambda: {}.get()),
        exc_text(lambda: {}.fromkeys()),
        exc_text(lambda: {}.setdefault()),
        exc_text(lambda: {}.pop()),
        exc_text(lambda: {[]: 1}),
    ]
    d = {1: 1, 2: 2}

    def mutate():
        for k in d:
            d[k + 10] = 0

    r["mutate"] = exc_text(mutate)
    a = {1: 1, 2: 2, 3: 3}
    b = {2: 2, 3: 4, 5: 5}
    r["views"] = [
        sorted(a.keys() & b.keys()),
        repr(a.keys() - b.keys()),
        repr(a.keys() | b.keys()),
        repr(a.keys() ^ b.keys()),
        repr(a.items() & b.items()),
        sorted(a.items() ^ b.items()),
        a.keys() == {1, 2, 3},
        a.keys() < {1, 2, 3, 4},
        a.keys().isdisjoint([7, 8]),
        a.items().isdisjoint(b.items()),
        (2, 2) in a.items(),
        (3, 4) in a.items(),
    ]
    return r


out["dict_sem"] = dict_semantics()


# ---------------------------------------------------------------------------------------------
# set iteration orders
def set_orders():
    r = {}
    cases = []
    for n in [0, 1, 3, 5, 8, 20, 50, 200]:
        cases.append([rnd.randrange(-50, 1000) for _ in range(n)])
    cases.append([rnd.randrange(-(2**40), 2**40) for _ in range(60)])
    cases.append([rnd.randrange(-(2**70), 2**70) for _ in range(60)])
    cases.append([rnd.choice([-1, 1]) * rnd.randrange(2**61 - 10, 2**61 + 10) for _ in range(30)])
    cases.append([-(2**63), 2**63 - 1, -(2**63) - 1, 2**64, -1, -2, 2**61 - 1, 2**61, -(2**61)])
    cases.append([i * 1024 for i in range(100)])
    cases.append([i << 32 for i in range(40)])
    r["cases"] = [[str(x) for x in c] for c in cases]
    r["repr"] = [repr(set(c)) for c in cases]
    reprs = []
    for c in cases:
        s = set()
        for x in c:
            s.add(x)
        reprs.append(repr(s))
    r["repr_added"] = reprs
    r["frozen_hash"] = [hash(frozenset(c)) for c in cases]
    # deletions and re-insertions
    steps = []
    s = set(range(20))
    for i in range(0, 20, 3):
        s.discard(i)
    steps.append(repr(s))
    for i in range(100, 130):
        s.add(i)
        steps.append(repr(s))
    for i in range(100, 125):
        s.remove(i)
    steps.append(repr(s))
    s.add(3)
    s.add(1000003)
    steps.append(repr(s))
    pops = []
    while s:
        pops.append(s.pop())
    steps.append(pops)
    r["steps"] = steps
    a_list = [rnd.randrange(200) for _ in range(40)]
    b_list = [rnd.randrange(200) for _ in range(25)]
    c_list = [rnd.randrange(200) for _ in range(3)]
    r["ops_inputs"] = [a_list, b_list, c_list]
    a, b, c = set(a_list), set(b_list), set(c_list)
    r["ops"] = [
        repr(a | b),
        repr(b | a),
        repr(a & b),
        repr(b & a),
        repr(a - b),
        repr(b - a),
        repr(a ^ b),
        repr(b ^ a),
        repr(a - c),
        repr(a.union(b, c)),
        repr(a.intersection(b, c_list)),
        repr(a.difference(b_list, c)),
        repr(a.symmetric_difference(b_list)),
        repr(a & set(range(1000))),
        repr(a - set(range(0, 1000, 2))),
        a <= b,
        a < a | b,
        a >= a & b,
        a == set(a_list),
        a != b,
        a.isdisjoint(c),
        a.issubset(range(300)),
        a.issuperset(b_list),
        repr(frozenset(a) | b),
        repr(b | frozenset(a)),
    ]
    upd = []
    x = set(a)
    x |= b
    upd.append(repr(x))
    x &= set(b_list + c_list)
    upd.append(repr(x))
    x -= c
    upd.append(repr(x))
    x ^= set(range(50))
    upd.append(repr(x))
    x.intersection_update(range(40))
    upd.append(repr(x))
    x.difference_update(range(0, 40, 3))
    upd.append(repr(x))
    x.symmetric_difference_update({1: 1, 2: 2, 999: 0})
    upd.append(repr(x))
    r["updates"] = upd
    words = ["alpha", "beta", "gamma", "delta", "", "a", "b", "é", "\u20ac", "\U0001f600", "alpha2", "x" * 100]
    r["words"] = words
    r["words_repr"] = repr(set(words))
    r["words_hash"] = hash(frozenset(words))
    r["from_dict"] = repr(set({k: 1 for k in cases[5]}))
    r["set_sizes"] = [S(set(range(n))) for n in range(60)]
    r["frozen_sizes"] = [S(frozenset(range(n))) for n in range(60)]
    s = set()
    grow = []
    for i in range(60):
        s.add(i)
        grow.append(S(s))
    r["add_sizes"] = grow
    r["errors"] = [
        exc_text(lambda: set().pop()),
        exc_text(lambda: set().remove(1)),
        exc_text(lambda: set().remove((1, 2))),
        exc_text(lambda: set([[1]])),
        exc_text(lambda: set(1)),
        exc_text(lambda: {1} < 1),
    ]

    def mutate():
        s = {1, 2, 3}
        for x in s:
            s.add(x + 10)

    r["mutate"] = exc_text(mutate)
    r["misc"] = [repr(set()), repr(frozenset()), repr(frozenset({1})), hash(frozenset()), {1, 2} == frozenset({2, 1}), {frozenset({1})} == {frozenset([1])}, frozenset({1}) in {frozenset({1})}, {1} in [{1}]]
    return r


out["set"] = set_orders()


# ---------------------------------------------------------------------------------------------
# tuples
def tuples():
    r = {}
    samples = [(), (1,), (1, 2, 3), (-1,), (-2,), (2**61 - 1,), (2**61,), (-(2**63),), (2**100, -(2**100)), ((1, 2), (3,)), ((),), ("a", "b"), ("",), (1.5, -2.25, 0.0), (True, False), tuple(range(100)), (((((1,),),),),)]
    r["hash"] = [hash(t) for t in samples]
    r["repr"] = [repr(t) for t in samples]
    r["sizes"] = [S(tuple(range(n))) for n in range(10)]
    r["cmp"] = [[(1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 5), (1, 2) == (1, 2), (1, 2) != (1, 2.0), (1, 2) <= (1, 2)]]
    t = (1, 2, 3, 2, 1)
    r["methods"] = [t.count(2), t.index(2), t.index(1, 1), t[::-1], t[1:4], t[::2], t * 2, t + (9,)]
    r["errors"] = [exc_text(lambda: (1,).index(2)), exc_text(lambda: (1,)[5]), exc_text(lambda: (1,) + [1]), exc_text(lambda: hash(([],)))]
    return r


out["tuple"] = tuples()


# ---------------------------------------------------------------------------------------------
# ranges
def ranges():
    r = {}
    samples = [(0,), (5,), (-3,), (1, 10), (1, 10, 3), (10, 1, -2), (0, 0), (5, 5, -1), (0, 10**20, 7), (-(10**20), 10**20, 10**19), (2**63 - 5, 2**63 + 5), (0, 1), (3, 4, 100)]
    res = []
    for a in samples:
        rg = range(*a)
        res.append(
            {
                "repr": repr(rg),
                "len": rg.__len__() if rg.stop - rg.start < 2**53 and rg.start - rg.stop < 2**53 else None,
                "bool": bool(rg),
                "hash": hash(rg),
                "items": [str(x) for x in list(rg[:5])] + [str(x) for x in list(rg[-3:])],
                "contains": [x in rg for x in [0, 1, 3, 4, 9, 10, -1, 10**19, 7 * 3, 7 * 10**18]],
                "slice": [repr(rg[1:]), repr(rg[::-1]), repr(rg[::2]), repr(rg[1:-1:3]), repr(rg[5:2])],
                "reversed": [str(x) for x in itertools.islice(reversed(rg), 4)],
                "iter": [str(x) for x in itertools.islice(iter(rg), 4)],
                "itype": type(iter(rg)).__name__,
                "rtype": type(reversed(rg)).__name__,
            }
        )
    r["samples"] = [[str(x) for x in a] for a in samples]
    r["res"] = res
    r["eq"] = [range(0) == range(5, 5), range(1, 2) == range(1, 3, 5), range(0, 10, 2) == range(0, 9, 2), range(1, 3) == range(1, 4), range(3) != range(3)]
    r["index"] = [range(1, 10, 2).index(5), range(10, 0, -3).index(4), range(1, 10, 2).count(3), range(1, 10, 2).count(4), range(10).count(True)]
    r["errors"] = [exc_text(lambda: range(3)[5]), exc_text(lambda: range(3).index(5)), exc_text(lambda: range(1, 2, 0)), exc_text(lambda: len(range(2**64))), exc_text(lambda: range(3)["a"])]
    return r


out["range"] = ranges()


# ---------------------------------------------------------------------------------------------
# reprs, tracking, dealloc order
def misc():
    r = {}
    l = [1, [2, 3]]
    l.append(l)
    d = {"a": 1}
    d["self"] = d
    r["recursive"] = [repr(l), repr(d), repr([[]]), repr({1: {2: [3, (4,)]}}), repr(({},)), repr([{1}, frozenset(), set()])]
    r["tracked"] = [
        gc.is_tracked({}),
        gc.is_tracked({1: 1}),
        gc.is_tracked({1: []}),
        gc.is_tracked({"a": "b"}),
        gc.is_tracked({(1, 2): 3}),
        gc.is_tracked({1: 1}.copy()),
        gc.is_tracked({1: []}.copy()),
        gc.is_tracked(dict({1: []})),
        gc.is_tracked([]),
        gc.is_tracked(()),
        gc.is_tracked(set()),
    ]
    order = []

    class D:
        def __init__(self, n):
            self.n = n

        def __del__(self):
            order.append(self.n)

    l = [D(i) for i in range(5)]
    del l
    t = tuple(D(i) for i in range(5, 10))
    del t
    d = {D(10): D(11), D(12): D(13)}
    del d
    s = set()
    for i in range(14, 20):
        s.add(D(i))
    keys = [x.n for x in s]
    del s
    r["del_order"] = order
    r["set_del_iter"] = keys
    return r


out["misc"] = misc()

def safe(x):
    """Ints beyond JS's safe range travel as strings."""
    if isinstance(x, bool) or x is None:
        return x
    if isinstance(x, int):
        return x if -(2**53) < x < 2**53 else str(x)
    if isinstance(x, (list, tuple)):
        return [safe(v) for v in x]
    if isinstance(x, dict):
        return {k: safe(v) for k, v in x.items()}
    return x


print(json.dumps(safe(out)))
