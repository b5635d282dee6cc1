import sys
class A:
    def __del__(self): print("del A")
def gk(*, b):
    print("in gen", sys.getrefcount(b))
    yield
    print("resumed")
def gp(b):
    print("in gen p", sys.getrefcount(b))
    yield
def run(kind):
    print("==", kind)
    if kind == 1: it = gk(**{'b': A()})
    elif kind == 2: it = gk(b=A())
    elif kind == 3: it = gp(**{'b': A()})
    else: it = gp(*(A(),))
    next(it)
    print("closing")
    it.close()
    del it
    print("end")
for k in (1, 2, 3, 4): run(k)
