# marshal's bytes as python3 writes them (type codes, FLAG_REF where an object is shared, back-references,
# versions 0-4), round trips, dump/load on a file object, and the errors.
import marshal, io
x = [1, 2]; s = 'abc'
t = (1, 'a', 2.5, None, True, b'x', 1+2j, {1: 2}, {3}, frozenset([4]), 10**20, -7, chr(233), 'x' * 300, (), ..., StopIteration, False, -2**40, 2**31, -2**31, 0.1, -0.0, float('inf'))
print(marshal.dumps(1), marshal.dumps(1000), marshal.dumps([1, 2]), marshal.dumps(x), marshal.dumps(s), marshal.dumps('a b'), marshal.dumps(t))
for v in range(5):
    print(v, marshal.dumps(t, v))
print(marshal.version, marshal.dumps(x, 0))
y = [x, x, s, s, 'a b', 'a b']
print(marshal.dumps(y), marshal.loads(marshal.dumps(y)))
for v in [t, y, {'k': [1, {2: (3,)}], 'n': None}, 'héllo\U0001f600', '\ud800x', b'', bytearray(b'ab'), 2**200, -2**200, set(), frozenset()]:
    for ver in range(5):
        r = marshal.loads(marshal.dumps(v, ver))
        assert r == v or v != v, (v, ver, r)
    print(repr(marshal.loads(marshal.dumps(v)))[:80])
for bad in [lambda: marshal.dumps(object()), lambda: marshal.dumps([1, object()]), lambda: marshal.loads(b''), lambda: marshal.loads(b'\x99'), lambda: marshal.loads(b'i\x01'), lambda: marshal.loads(b'r\x05\x00\x00\x00'), lambda: marshal.loads('str'), lambda: marshal.dumps(), lambda: marshal.dumps(1, 2, 3), lambda: marshal.loads(), lambda: marshal.dumps(1, version=2), lambda: marshal.dumps(True.__class__), lambda: marshal.dumps(MyInt := type('MyInt', (int,), {})(3))]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
deep = []
for _ in range(3000): deep = [deep]
try: marshal.dumps(deep)
except ValueError as e: print(e)
f = io.BytesIO(); marshal.dump({'a': 1}, f); marshal.dump([2, 3], f); marshal.dump('end', f); f.seek(0)
print(marshal.load(f), marshal.load(f), marshal.load(f))
try: marshal.load(f)
except EOFError as e: print('EOFError', e)
print(marshal.loads(marshal.dumps(t) + b'extra'))



import sys
words = 'the quick brown fox the end'.split()
rec = {'name': 'Ann', 'tags': words, 'n': len(words), 'ratio': 0.5, 'key': sys.intern('-'.join(['a', 'b'])), 'loose': '-'.join(['c', 'd'])}
print(marshal.dumps(rec))
print(marshal.dumps([words[0], words[0], words[4]]), marshal.dumps((words, words)))
print(marshal.loads(marshal.dumps(rec)) == rec, marshal.dumps(list(range(250, 260))), marshal.dumps([x * 1.5 for x in range(3)]))
print(marshal.dumps(2.5, 1), marshal.dumps(1e100, 0), marshal.dumps(-1.25e-7, 1), marshal.dumps(1/3, 0), marshal.dumps(complex(1.5, -2), 1), marshal.dumps(float('nan'), 0), marshal.dumps(123456.0, 0))
print(marshal.loads(marshal.dumps(1/3, 0)) == 1/3, marshal.loads(b'f\x03nan'), marshal.loads(b'f\x04-inf'))
