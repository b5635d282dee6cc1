# inspect predicates, getmembers, getsource/getsourcelines, getdoc/cleandoc, frames/stack, unwrap, getattr_static, getmodule/getfile
import abc
import functools
import inspect
import os
import sys


class Base(abc.ABC):
    """Base docstring.

        Indented detail.
    """

    x = 1

    @abc.abstractmethod
    def run(self):
        """Run it."""

    @property
    def prop(self):
        return 5


class Impl(Base):
    def run(self):
        return 1


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


def decorated(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner


@decorated
def target(a, b):
    """Target doc."""
    total = a + b
    return total


def one_liner(): return 42


def multi_line_header(a,
                      b=2):
    # a comment
    return a


objs = [Base, Impl, Impl(), Impl.run, Impl().run, gen, gen(), coro, agen, len, inspect, abc.ABCMeta, target, print,
        str.join, "abc".join, int.real, Impl.prop, lambda: 0, sys._getframe(), coro.__code__]
preds = ["ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction", "isgenerator", "iscoroutinefunction",
         "isasyncgenfunction", "isbuiltin", "isroutine", "isabstract", "ismethoddescriptor", "isdatadescriptor",
         "isframe", "iscode", "isgetsetdescriptor", "ismethodwrapper", "isawaitable"]
for o in objs:
    print(type(o).__name__, [p for p in preds if getattr(inspect, p)(o)])
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
g = gen()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g), g.close(), inspect.getgeneratorstate(g))
print([name for name, _ in inspect.getmembers(Impl) if not name.startswith("__")])
print([n for n, v in inspect.getmembers(Impl(), inspect.ismethod)])
print(inspect.getmro(Impl))
print(inspect.getdoc(Base))
print(repr(inspect.getdoc(Impl)), repr(inspect.getdoc(Impl.run)), inspect.getdoc(target))
print(repr(inspect.cleandoc("  first\n      second\n        third\n\n")))
print(repr(inspect.cleandoc("\n\n  only\n   lines\n")))
print(inspect.getsource(one_liner), end="")
print(inspect.getsource(multi_line_header), end="")
print(inspect.getsource(target), end="")
lines, start = inspect.getsourcelines(Impl)
print(start, lines)
print(inspect.getsourcelines(Impl.run)[1], inspect.getsource(Base.prop.fget), end="")
print(inspect.unwrap(target) is not target, inspect.unwrap(target).__name__, inspect.unwrap(len) is len)
print(os.path.basename(inspect.getfile(target)), os.path.basename(inspect.getsourcefile(Impl)), inspect.getmodule(target).__name__)
print(inspect.getmodule(Impl) is sys.modules[__name__], inspect.getmodule(os.path.join).__name__, inspect.ismodule(inspect.getmodule(inspect)))
for bad in [lambda: inspect.getfile(sys), lambda: inspect.getfile(42), lambda: inspect.getsource(len), lambda: inspect.getfile(int)]:
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)


def where():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    outer = inspect.stack()
    return (frame.f_code.co_name, info.lineno, info.function, info.code_context, info.index,
            [(fi.function, fi.lineno, fi.code_context) for fi in outer],
            os.path.basename(outer[0].filename), outer[0][3], len(outer[0]))


def caller():
    return where()


print(caller())


class Slots:
    __slots__ = ("a",)

    def __getattr__(self, name):
        return "dynamic"


class WithProp:
    y = 10

    @property
    def p(self):
        raise RuntimeError("should not run")


obj = WithProp()
obj.__dict__["z"] = 3
print(type(inspect.getattr_static(obj, "p")).__name__, inspect.getattr_static(obj, "y"), inspect.getattr_static(obj, "z"))
print(inspect.getattr_static(obj, "missing", "default"), getattr(Slots(), "anything"))
try:
    inspect.getattr_static(Slots(), "anything")
except AttributeError as e:
    print("AttributeError", e)
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.txt"))
try:
    inspect.nonexistent_function
except AttributeError as e:
    print(e)
