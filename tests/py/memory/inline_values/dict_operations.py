# Operations on an instance's __dict__ while it shares its class's keys: copies, merges, popitem,
# setdefault, deletions; sizes and orders as python3's.
import copy
import gc
import sys

class A:
    def __init__(self): self.a=1; self.b=2
x=A()
d=x.__dict__
print(sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
y=copy.copy(x)
print(sys.getsizeof(y.__dict__), vars(y))
z=copy.deepcopy(x)
print(sys.getsizeof(z.__dict__))
w=A()
wd=w.__dict__
print(wd.popitem(), sys.getsizeof(wd), wd)
v=A(); vd=v.__dict__
vd.setdefault('c', 3); print(sys.getsizeof(vd), vd)
vd.update(e=5, f=6); print(sys.getsizeof(vd))
u=A(); ud=u.__dict__; del ud['a']; print(sys.getsizeof(ud), ud, u.b)
ud.pop('b'); print(sys.getsizeof(ud), ud)
class L(list): pass
l=L(); l.a=1; l.b=2
print(sys.getsizeof(l.__dict__), gc.is_tracked(l.__dict__))
t=A(); t.a=[]; print(gc.is_tracked(t.__dict__))
print(repr(A().__dict__), A().__dict__ == {'a':1,'b':2})

class B:
    pass

p=B(); p.a=1; p.b=2
q=B(); q.b=3; q.a=4
d=vars(q)
print(list(d), dict(d), {**d}, d.copy(), list(d.copy()))
n={}; n.update(d); print(n)
print(vars(copy.copy(q)))
