import sys
def f():
    yield
def g():
    try:
        raise KeyError('a')
    except Exception:
        yield from f()
gen = g()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))
def h():
    try:
        raise KeyError('b')
    except Exception:
        yield
gen = h(); gen.send(None)
try: gen.throw(ValueError)
except ValueError as e: print(repr(e.__context__))
def f2():
    print("inner sees", sys.exc_info()[1].__repr__())
    yield
    print("inner sees after", repr(sys.exc_info()[1]))
    yield
def g2():
    try:
        raise KeyError('c')
    except Exception:
        yield from f2()
gen = g2(); next(gen); next(gen)
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
def boring():
    yield
gen = boring()
try: gen.throw(E)
except TypeError as e: print(e)
try: next(gen)
except StopIteration: print("stopped")
def gen():
    yield 1
g = gen(); next(g)
try:
    raise KeyError("outer")
except KeyError:
    try: g.throw(ValueError("v"))
    except ValueError as e: print(repr(e.__context__))
def gen2():
    try:
        yield 1
    except ValueError:
        raise
g = gen2(); next(g)
err = ValueError("pre")
try: raise err
except ValueError: pass
try:
    raise KeyError("outer2")
except KeyError:
    try: g.throw(err)
    except ValueError as e: print(repr(e.__context__))
def sub():
    yield 1
def deleg():
    yield from sub()
g = deleg(); next(g)
try:
    raise KeyError("outer3")
except KeyError:
    try: g.throw(ValueError("v3"))
    except ValueError as e: print(repr(e.__context__))
