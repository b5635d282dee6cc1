import weakref, gc
class A: pass
def g(a, b):
    a = weakref.ref(a)
    b = weakref.ref(b)
    gc.collect()
    print(a(), b())
    yield
def f(a, b):
    a = weakref.ref(a)
    gc.collect()
    print(a())
f(A(), A())
next(g(A(), b=A()))
def h(*args, **kw):
    return g(*args, **kw)
next(h(A(), b=A()))
from contextlib import contextmanager
@contextmanager
def woohoo(a, b):
    a = weakref.ref(a)
    b = weakref.ref(b)
    gc.collect()
    print("cm", a(), b())
    yield
with woohoo(A(), b=A()):
    pass
@contextmanager
def two():
    try:
        yield
        yield
    finally:
        print("gen finally")
try:
    with two(): print("body")
except RuntimeError as e: print("RE", e)
print("after")
@contextmanager
def trap():
    try:
        yield
    except Exception:
        print("trapped")
        yield
    finally:
        print("trap finally")
try:
    with trap(): raise TypeError("x")
except RuntimeError as e: print("RE", e)
print("after2")
import asyncio
from contextlib import asynccontextmanager
@asynccontextmanager
async def atwo():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
@asynccontextmanager
async def atrap():
    try:
        yield
    except Exception:
        yield
    finally:
        print("atrap finally")
async def main():
    try:
        async with atwo(): print("abody")
    except RuntimeError as e: print("RE", e)
    print("after3")
    try:
        async with atrap(): raise TypeError
    except RuntimeError as e: print("RE", e)
    print("after4")
asyncio.run(main())
