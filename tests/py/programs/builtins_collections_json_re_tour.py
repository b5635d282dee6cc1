# Slice assignment, deleting while iterating, stable sorts with keys, Counter arithmetic,
# deque/ChainMap/namedtuple, json and re edge cases with their errors, int digit limits.
import sys, collections, json, re, string
# slice assignment & del in loops
a = list(range(10)); a[2:5] = ['x']; print(a); a[::2] = 'ABCD'; print(a)
try: a[::2] = [1]
except ValueError as e: print(e)
del a[::3]; print(a); a[1:1] = [9, 9]; print(a); a[-1:] = []; print(a)
b = [1, 2, 3, 4, 5, 6]
for x in b[:]:
    if x % 2: b.remove(x)
print(b)
d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2: del d[k]
print(d)
try:
    for k in d: del d[k]
except RuntimeError as e: print(e)
s = sorted([('b', 2), ('a', 2), ('c', 1), ('a', 1)], key=lambda t: t[1]); print(s)
print(sorted(['B', 'a', 'C', 'b'], key=str.lower), sorted('hello world', reverse=True), sorted([3, 1, 2], key=lambda x: -x, reverse=True))
c = collections.Counter('abracadabra'); c2 = collections.Counter('alakazam')
print(c + c2, c - c2, c & c2, c | c2, c.most_common(3), c.total(), +collections.Counter(a=-1, b=2), -collections.Counter(a=-1), sorted(c.elements())[:5])
c.subtract('aaa'); print(c, c['zz'], collections.Counter(a=1) == collections.Counter(a=1, b=0), collections.Counter(a=2) <= collections.Counter(a=3))
dd = collections.defaultdict(list); dd['x'].append(1); print(dd, dict(dd), repr(collections.defaultdict(int)))
od = collections.OrderedDict.fromkeys('abc'); od.move_to_end('a'); print(od, list(reversed(od)), od.popitem(last=False))
dq = collections.deque(range(5), maxlen=4); dq.appendleft(-1); dq.rotate(2); print(dq, dq.maxlen, dq.count(2), dq[1])
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm.new_child({'c': 4}), list(cm.keys()))
P = collections.namedtuple('P', 'x y', defaults=[0]); p = P(1); print(p, p._fields, P._make([3, 4]), p._asdict(), P.__doc__)
try: P(1, 2, 3)
except TypeError as e: print(e)
print(json.dumps({'a': [1, 2.5, None, True], 'b': {'c': 'é'}}, indent=2, sort_keys=True), json.dumps('é\n', ensure_ascii=False), json.dumps([1, 2], separators=(',', ':')))
print(json.loads('{"a": NaN, "b": 1e400, "c": -Infinity}'), json.dumps(float('nan')), json.loads('[1.0, 10000000000000000000000, "\\u00e9"]'))
for bad in ['{"a" 1}', '[1, 2', '{"a": 1,}', 'tru', '"abc', '', '[1] x']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(bad, '->', e, e.pos, e.lineno, e.colno)
try: json.dumps({1, 2})
except TypeError as e: print(e)
try: json.dumps({(1, 2): 3})
except TypeError as e: print(e)
print(json.dumps({1: 'a', True: 'b', None: 'c', 1.5: 'd'}))
class E(json.JSONEncoder):
    def default(self, o): return sorted(o) if isinstance(o, set) else super().default(o)
print(json.dumps({'s': {3, 1}}, cls=E), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('1.5', parse_float=str))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'), re.findall(r'(\d)(\w)', '1a 2b 3c'), re.split(r'(,)\s*', 'a, b,c'), re.fullmatch(r'\d+', '123x'), re.search(r'(?P<y>\d{4})-(?P<m>\d\d)', 'on 2024-05-06').groupdict())
m = re.match(r'(a)(b)?(c)', 'ac'); print(m.groups(), m.groups('-'), m.span(3), m.group(0, 1), m.lastindex, m.re.pattern, m[1], repr(m))
print(re.sub(r'\d', lambda m: str(int(m[0]) * 2), 'a1b2c3'), re.subn('a', 'b', 'aaa', count=2), re.escape('a.b*c'), [m.start() for m in re.finditer('o', 'foo boo')])
print(re.findall(r'(?i)HELLO', 'hello Hello'), re.findall(r'^\w', 'ab\ncd', re.M), re.findall(r'a.b', 'a\nb', re.S), re.compile(r'''\d+ # digits
  \s*''', re.X).findall('12 34'), re.findall(r'(?<=a)b', 'ab cb ab'), re.findall(r'\bfoo\b', 'foo foobar'), re.findall(r'(a|b)*', 'abab'))
for pat in ['a**', '(?P<x>a)(?P<x>b)', '[z-a]', '\\', '(?<=a+)b', 'a{2,1}']:
    try: re.compile(pat)
    except re.error as e: print(pat, '->', e)
print(string.Template('${a}$$').substitute(a=1), '{:>{}}'.format('x', 5), '{!a}'.format('é'), '{0:{1}}'.format(3.14159, '.2f'))
print(sys.maxsize, sys.float_info.max, sys.float_info.epsilon, sys.int_info, sys.byteorder, sys.version_info[:2], sys.implementation.name == 'cpython' or True, sys.getrecursionlimit(), sys.hash_info.width)
print(int('9' * 4300) % 7)
try: int('9' * 4301)
except ValueError as e: print(e)
try: str(10 ** 5000)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0); print(len(str(10 ** 5000)))
