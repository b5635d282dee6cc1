import types
def f(a, b=2): return a + b
def mk():
    x = 1
    def g(): return x
    return g
g = mk()
tests = [
  lambda: types.FunctionType(1, {}),
  lambda: types.FunctionType(f.__code__, 1),
  lambda: types.FunctionType(f.__code__, {}, 1),
  lambda: types.FunctionType(f.__code__, {}, None, [1]),
  lambda: types.FunctionType(f.__code__, {}, None, None, 1),
  lambda: types.FunctionType(g.__code__, {}),
  lambda: types.FunctionType(g.__code__, {}, None, None, ()),
  lambda: types.FunctionType(g.__code__, {}, None, None, (1,)),
  lambda: types.FunctionType(f.__code__, {}, None, None, 1, 2),
  lambda: types.FunctionType(),
  lambda: types.FunctionType(f.__code__),
  lambda: types.FunctionType(f.__code__, {}, foo=1),
  lambda: types.FunctionType(code=f.__code__, globals={}, name='zz', argdefs=(1,2)),
  lambda: types.FunctionType(f.__code__, {}, closure=()),
]
for t in tests:
    try:
        r = t()
        print('ok', r.__name__, r.__qualname__, r.__defaults__, r.__closure__, r.__module__, r.__doc__)
    except Exception as e:
        print(type(e).__name__, e)
h = types.FunctionType(g.__code__, {}, 'h', None, g.__closure__)
print(h(), h.__name__, h.__qualname__)
ff = types.FunctionType(f.__code__, {'__name__': 'mymod'})
print(ff.__module__, ff(1, 2), ff.__builtins__ is __builtins__.__dict__)
try: ff(1)
except TypeError as e: print(e)
def usesglob(): return zzz
u = types.FunctionType(usesglob.__code__, {'zzz': 42})
print(u())
u2 = types.FunctionType(usesglob.__code__, {'zzz': 42, '__builtins__': {'len': len}})
print(u2(), u2.__builtins__)
def uselen(): return len('abc')
u3 = types.FunctionType(uselen.__code__, {'__builtins__': {}})
try: u3()
except NameError as e: print(e)
class Sub: pass
try:
    class F(types.FunctionType): pass
except TypeError as e: print(e)
def doc():
    "docstr"
print(types.FunctionType(doc.__code__, {}).__doc__)
