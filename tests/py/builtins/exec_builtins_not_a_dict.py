# exec/eval/FunctionType with a globals '__builtins__' that is not a dict: CPython keeps the
# object as the frame's builtins (_PyEval_BuiltinsFromGlobals) and looks names up in it by
# subscript, so an int gives "'int' object is not subscriptable", a mapping's __getitem__ is
# called (KeyError meaning "not defined"), a dict subclass's __missing__ runs, `class` asks it
# for __build_class__, and `import` (which needs a real dict there) fails with SystemError.
import builtins
import types


class Missing(dict):
    def __missing__(self, key):
        print("missing", key)
        raise KeyError(key)


class Lookup:
    def __getitem__(self, key):
        print("getitem", key)
        return getattr(builtins, key)


cases = [
    "exec('x = 1', {'__builtins__': 123}); print('assignment ok')",
    "exec('print(1)', {'__builtins__': 123})",
    "exec('len([])', {'__builtins__': {}})",
    "exec('len([])', {'__builtins__': None})",
    "exec('x', {'__builtins__': 123})",
    "print(eval('1+1', {'__builtins__': 123}))",
    "eval('abs(1)', {'__builtins__': 123})",
    "exec('class A: pass', {'__builtins__': {}})",
    "exec('class A: pass', {'__builtins__': 123})",
    "exec('class A: pass', {'__builtins__': Lookup()}); print('class ok')",
    "exec('print(abs(-1))', {'__builtins__': {'print': print, 'abs': abs}})",
    "exec('import os', {'__builtins__': 123})",
    "exec('import os', {'__builtins__': Lookup()})",
    "exec('from os import path', {'__builtins__': {}})",
    "exec('print(len([1]))', {'__builtins__': Lookup()})",
    "exec('print(len([1]))', {'__builtins__': Missing(print=print)})",
    "exec('def f(): return len([1, 2])\\nprint(f())', {'__builtins__': Lookup()})",
    "exec('def f(): return lenn\\nf()', {'__builtins__': Missing()})",
    "exec('lenn', {'__builtins__': Missing(lenx=1)})",
    "g = {'__builtins__': 123}; exec('def f(): return 1', g); print(g['f'].__builtins__, g['f']())",
    "g = {'__builtins__': 123}; exec('def f(): return x', g); g['f']()",
    "f = types.FunctionType((lambda: len).__code__, {'__builtins__': 5}); print(f.__builtins__); f()",
    "f = types.FunctionType((lambda: len).__code__, {'__builtins__': Lookup()}); print(f())",
    "exec('x = [i for i in range(3)]', {'__builtins__': 123})",
    "exec('x = [i for i in (1, 2)]; print(x)', {'__builtins__': {'print': print}})",
    "print(eval('x', {'__builtins__': 123}, {'x': 5}))",
    "exec('assert 0', {'__builtins__': 123})",
    "g = {}; exec('pass', g); print(type(g['__builtins__']))",
]
for case in cases:
    try:
        exec(case)
    except BaseException as e:
        print(case, "->", type(e).__name__, e)
