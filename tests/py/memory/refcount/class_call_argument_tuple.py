# Calling a class whose __new__ or __init__ is not the plain fast path goes through
# type.__call__ with the arguments in a tuple: during __new__, __init__ and a native __new__
# (str(), int() of an object with __str__/__index__), that tuple holds one more reference to
# each argument. A warm str(x) (CPython 3.11's specialised PRECALL_NO_KW_STR_1) has no tuple.
import sys


class WithNew:
    def __new__(cls, value, other=None):
        print("  __new__", sys.getrefcount(value))
        return super().__new__(cls)

    def __init__(self, value, other=None):
        print("  __init__ (after __new__)", sys.getrefcount(value))


class WithInit:
    def __init__(self, value):
        print("  __init__", sys.getrefcount(value), sys.getrefcount(self))


class Shown:
    def __str__(self):
        return "str:%d" % sys.getrefcount(self)

    def __repr__(self):
        return "repr:%d" % sys.getrefcount(self)

    def __index__(self):
        print("  __index__", sys.getrefcount(self))
        return 7


class MyError(Exception):
    def __init__(self, value):
        print("  exception __init__", sys.getrefcount(value))
        super().__init__(value)


arg = object()
shown = Shown()
print("before", sys.getrefcount(arg))
WithNew(arg)
WithNew(arg, other=1)
WithNew(value=arg)
WithInit(arg)
MyError(arg)
print("cold:", str(shown), repr(shown), bytes(shown), range(shown))


def warm_calls():
    out = []
    for _ in range(12):
        out.append(str(shown))
    return out


print("warm:", warm_calls()[-1], warm_calls()[-1])
print("after", sys.getrefcount(arg), sys.getrefcount(shown))


# Keyword arguments: type.__call__'s keyword dict and the unpacked array of
# _PyObject_Call_Prepend (slot __new__/__init__/__call__) hold one more reference each.
class WithInitKw:
    def __init__(self, value, other=None):
        print("  __init__", sys.getrefcount(value))


class Callable:
    def __call__(self, *args, **kwargs):
        value = args[0] if args else kwargs["value"]
        print("  __call__", sys.getrefcount(value) - 1)


print("keywords:")
WithInitKw(arg, other=1)
WithInitKw(value=arg)
WithNew(arg, other=1)
instance = Callable()
instance(arg)
instance(arg, other=1)
instance(value=arg)
print("unpacked (the call's own tuple and dict):")
instance(*[arg])
instance(*(arg,))
instance(**{"value": arg})
print("from native code:")
list(map(instance, [arg]))
sorted([arg], key=instance)
