class P:
    __slots__ = ('__x', '_y', '__z__', 'w')
    def __init__(self): self.__x = 1; self._y = 2; self.__z__ = 3; self.w = 4
    def get(self): return self.__x
p = P()
print(p.get(), p._P__x, p._y, p.__z__, p.w, sorted(k for k in P.__dict__ if not k.startswith('__') or k == '__z__'), P.__slots__)
print(P._P__x)
class _Q:
    __slots__ = ['__a']
    def __init__(self): self.__a = 5
print(_Q()._Q__a, '_Q__a' in _Q.__dict__)
class __R:
    __slots__ = '__b'
print('_R__b' in __R.__dict__, __R.__slots__)
try:
    class S:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e: print(e)
try:
    class T:
        __slots__ = ('__x',)
        __x = 1
except ValueError as e: print(e)
for bases, slots in [((), ('__weakref__', '__weakref__')), ((int,), ('__weakref__',)), ((object,), ('__dict__', 'a')), ((), ())]:
    class Base: pass
    for b in (bases or (Base,)):
        try:
            C = type('C', (b,), {'__slots__': slots})
            print(b.__name__, slots, 'ok', hasattr(C(), '__dict__'))
        except TypeError as e: print(b.__name__, slots, e)
for b in (int, bytes, tuple, str, float, list, dict):
    try:
        C = type('C', (b,), {'__slots__': ('a',)})
        print(b.__name__, 'ok')
    except TypeError as e: print(b.__name__, e)
