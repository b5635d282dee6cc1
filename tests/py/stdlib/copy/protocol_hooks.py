# __copy__, __deepcopy__, __reduce__, __getstate__/__setstate__, __getnewargs_ex__
import copy


class C:
    def __copy__(self):
        return "copied"

    def __deepcopy__(self, memo):
        return "deep"


print(copy.copy(C()), copy.deepcopy(C()))


class R:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (R, (self.v * 2,))


print(copy.copy(R(2)).v, copy.deepcopy(R(3)).v)


class G:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {"a": 100}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


g = copy.copy(G())
print(g.a, g.restored)


class N:
    def __new__(cls, a, *, b):
        o = object.__new__(cls)
        o.made_with = (a, b)
        return o

    def __init__(self, a, *, b):
        self.a = a

    def __getnewargs_ex__(self):
        return ((self.a,), {"b": 7})


n = copy.copy(N(1, b=2))
print(n.made_with, n.a)


class Args(tuple):
    pass


print(type(copy.deepcopy(Args([1, [2]]))).__name__, copy.deepcopy(Args([1, [2]])))
try:
    copy.copy(iter([]))
    print("iterator copied")
except TypeError as e:
    print("TypeError", e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
