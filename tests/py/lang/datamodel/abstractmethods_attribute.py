# type.__abstractmethods__: getting, setting and deleting it on classes, with python3's errors.
import abc


class X:
    pass


for action in ("get", "del"):
    try:
        if action == "get":
            X.__abstractmethods__
        else:
            del X.__abstractmethods__
    except AttributeError as e:
        print(action, "AttributeError", e)
for t in (type, abc.ABCMeta):
    try:
        getattr(t, "__abstractmethods__")
    except AttributeError as e:
        print(t.__name__, "AttributeError", e)


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


try:
    X.__abstractmethods__ = Bad()
except ValueError as e:
    print("set", e, "__abstractmethods__" in X.__dict__)
X.__abstractmethods__ = frozenset({"m"})
try:
    X()
except TypeError as e:
    print(e)
del X.__abstractmethods__
print(type(X()).__name__, "__abstractmethods__" in X.__dict__)
X.__abstractmethods__ = ()
print(type(X()).__name__, X.__abstractmethods__)


class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...


print(sorted(A.__abstractmethods__))
del A.__abstractmethods__
print(type(A()).__name__)
try:
    int.__abstractmethods__ = frozenset()
except TypeError as e:
    print(e)
