# Shared and repeated substructures, recursion met through shared parts,
# depth limits, printers that override format(), reprs that change each
# call, and dict/set key orderings (str, int/float, nan, mixed types).
import collections
import pprint
import re


def noids(text):
    return re.sub(r'id=\d+', 'id=N', text)


shared = {'key%d' % i: (i, str(i), [i] * 3, {'a': i}) for i in range(12)}
data = [shared] * 5
print(pprint.pformat(data))
print(pprint.pformat(data, width=40, compact=True))
print(pprint.pformat(data, depth=3))
print(pprint.pformat(data, sort_dicts=False, underscore_numbers=True))
print(pprint.saferepr(data) == pprint.saferepr(data))

printable = [('string', (1, 2), [3, 4], {5: 6, 7: 8})] * 300
text = pprint.pformat(printable)
print(len(text), text[:200])
p = pprint.PrettyPrinter()
r = p._safe_repr(printable, {}, None, 0)
print(len(r[0]), r[1], r[2], r[0][:120])

# a list seen first inside a cycle, then on its own
a = [1, 2]
b = [a, 'x' * 30]
a.append(b)
top = [a, b, a, [b, b], {'k': b}]
print(noids(pprint.pformat(top, width=30)))
print(noids(pprint.saferepr(top)))
print(pprint.isrecursive(top), pprint.isreadable(top))
print(pprint.isrecursive([b[1:], (1, 2)] * 3), pprint.isreadable([(1, 2)] * 3))

# a dict reached at two depths with a depth limit
inner = {'z': [1, [2, [3, [4]]]]}
print(pprint.pformat([inner, [inner, [inner]]], depth=3, width=20))
print(pprint.pformat([inner, [inner, [inner]]], width=20))


class Ticker:
    n = 0

    def __repr__(self):
        Ticker.n += 1
        return 'Ticker(%d)' % Ticker.n


t = Ticker()
holder = [t, (t, t)]
print(pprint.pformat([holder] * 3, width=20))
print(pprint.pformat([[1, 2, 3] * 10, holder] * 2, width=30))


class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


print(Upper(width=30).pformat([{'ab': ['cd', 'ef']}] * 3))


class Nines(pprint.PrettyPrinter):
    def _safe_repr(self, object, context, maxlevels, level):
        if object == 9:
            return 'NINE', True, False
        return super()._safe_repr(object, context, maxlevels, level)


print(Nines(width=20).pformat([[9, 8, (9,)]] * 3))

# key orderings
nan1, nan2 = float('nan'), float('nan')
dicts = [
    {'b': 1, 'a': 2, 'c': [3] * 30},
    {3: 'x', 1.5: 'y', -2: 'z', True: 'w', 10 ** 20: 'v'},
    {nan1: 1, 2.0: 2, nan2: 3, -1: 4},
    {'a': 1, 2: 'b', (1,): 3, None: 4, 1.5: 5},
    {b'x': 1, 'x': 2, 3: 3},
    {(2, 'a'): 1, (1, 'b'): 2, (1, 'a'): 3},
]
for d in dicts:
    print(pprint.pformat(d), pprint.pformat(d, width=10))
    print(pprint.saferepr(d), pprint.pformat(d, sort_dicts=False))
for s in [{3, 1.5, -2}, {'b', 'a'}, {1, 'a', None}, frozenset({-1.5, 0, 2})]:
    print(pprint.pformat(s, width=8))


class D(dict):
    pass


class L(list):
    pass


sub = D(b=L([1, 2]), a=(L(), D()))
print(pprint.pformat([sub, sub, sub], width=25))
od = collections.OrderedDict([('x' * 20, [1] * 20), ('y', (2, 3))])
print(pprint.pformat([od, od], width=40))
print(pprint.pformat({'dd': collections.defaultdict(list, {1: [2] * 40})}))
print(pprint.pformat(collections.Counter('abracadabra' * 5), width=20))
print(pprint.pformat((((),),) * 4 + ((1,),), width=10))
print(pprint.pformat([[[]] * 3, [{}] * 3, [()] * 3] * 3, width=15))
