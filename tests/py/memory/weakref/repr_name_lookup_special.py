import weakref
class MyConfig(dict):
    def __getattr__(self, x):
        return self[x]
obj = MyConfig(offset=5)
r = weakref.ref(obj)
print(repr(r).split(';')[1].split(' at ')[0])
class A:
    __name__ = "inst-name"
a = A()
print(repr(weakref.ref(a)).split(';')[1].split(' at ')[0], repr(weakref.ref(a)).endswith('(inst-name)>'))
class C:
    @property
    def __name__(self): return 42
c = C()
print(repr(weakref.ref(c)).split(';')[1].split(' at ')[0])
def f(): pass
print(repr(weakref.ref(f)).endswith('(f)>'), repr(weakref.ref(A)).endswith('(A)>'))
p = weakref.proxy(a)
print(repr(p).split(' at ')[0])
