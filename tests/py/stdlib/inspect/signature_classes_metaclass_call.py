import inspect
class Meta(type):
    __call__ = dict
class Base(metaclass=Meta):
    pass
class C(Base): pass
try:
    print(inspect.signature(C))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(inspect.signature(dict))
except Exception as e:
    print(type(e).__name__, e)
for f in (len, print, sorted, max, int, str.join, dict.get, list.append, range, zip, map, open, divmod, iter, next, getattr, isinstance, round, sum, enumerate, object, type, dict.fromkeys, str.split, min):
    try:
        print(f.__name__, inspect.signature(f))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(print.__text_signature__, len.__text_signature__, dict.__text_signature__)
import functools, dataclasses, collections, enum
class P:
    def __init__(self, a, b=2, *args, c, **kw): pass
class Q(P): pass
class N:
    def __new__(cls, x, y): return super().__new__(cls)
class Both:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, z): pass
class CallMe:
    def __call__(self, q, *, r=1): pass
class PartCall:
    __call__ = functools.partial(lambda self, a, b: 0, 1)
class MErr(Exception): pass
class MInt(int): pass
class MList(list):
    def __init__(self, *items): pass
class MetaC(type):
    def __call__(cls, k, l=3): pass
class UsesMeta(metaclass=MetaC): pass
class CM:
    @classmethod
    def build(cls, a): pass
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def wrapped(x, y=5): pass
@dataclasses.dataclass
class DC:
    x: int
    y: str = "a"
class KwFirst:
    def __init__(*, a): pass
Point = collections.namedtuple("Point", "x y")
class Col(enum.Enum):
    A = 1
for o in (P, Q, N, Both, CallMe(), PartCall(), MErr, MInt, MList, UsesMeta, MetaC, CM.build, wrapped, DC, KwFirst, Point, Col, functools.partial(P, 1), object, type, enum.Enum, Exception, ValueError, collections.OrderedDict, collections.Counter, collections.defaultdict, property, staticmethod, super, slice, complex, bool):
    try:
        print(getattr(o, "__name__", type(o).__name__), inspect.signature(o))
    except Exception as e:
        print(getattr(o, "__name__", type(o).__name__), type(e).__name__, e)
print(DC.__doc__, Point.__doc__)
for o in (P, Q, CallMe(), len, DC):
    try:
        print(inspect.getfullargspec(o))
    except Exception as e:
        print(type(e).__name__, e)
