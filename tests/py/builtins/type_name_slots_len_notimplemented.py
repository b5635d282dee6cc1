import collections, sys
for name in 'A', 'B.A', '42', '', 'a.b.c':
    A = type(name, (), {})
    print(repr(A.__name__), repr(A.__qualname__), A.__module__, repr(A), repr(A()).split(' at ')[0])
od = collections.OrderedDict([('a', 1), ('b', 2)]); od.move_to_end('a')
for s in [b'x', '']:
    try: type('A', (), {'__slots__': s}); print("ok", s)
    except TypeError as e: print(e)
try: type('A', (), {'__slots__': '1x'})
except TypeError as e: print(e)
class HugeNegativeLen:
    def __len__(self): return -sys.maxsize - 10
try: len(HugeNegativeLen())
except (ValueError, OverflowError) as e: print(type(e).__name__, e)
class D(dict):
    def __getitem__(self, key):
        if key == 'a': return 12
        return dict.__getitem__(self, key)
    def keys(self): return list('xyz')
print(eval('a', {}, D()))
print(bool(NotImplemented))
if NotImplemented: print("yes")
print(not NotImplemented)
