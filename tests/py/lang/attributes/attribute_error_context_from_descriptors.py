# An AttributeError leaving obj.attr knows the name and the object (CPython's LOAD_ATTR goes
# through PyObject_GetAttr, which sets them) when a descriptor raised it: an unset or deleted
# __slots__ member, a property getter, a data or non-data descriptor's __get__; an
# AttributeError that already names something keeps it. Also the references e.obj holds, the
# traceback's lines, and the same reads in a loop (the unset slot is raised without a throw).
import sys


class Slotted:
    __slots__ = ("a", "b", "__private")

    def read_private(self):
        return self.__private


class Prop:
    @property
    def p(self):
        raise AttributeError("inner")

    @property
    def q(self):
        return self.missing_here

    @property
    def named(self):
        raise AttributeError("preset", name="other", obj=None)


class Raising:
    def __get__(self, obj, owner=None):
        raise AttributeError(f"no {obj is not None}")

    def __set__(self, obj, value):
        pass


class NonData:
    def __get__(self, obj, owner=None):
        raise AttributeError("nondata")


class SubError(AttributeError):
    pass


class RaisesSub:
    def __get__(self, obj, owner=None):
        raise SubError("sub")


class Holder:
    data = Raising()
    nondata = NonData()
    sub = RaisesSub()


def show(label, thunk, target):
    try:
        thunk()
    except AttributeError as e:
        print(label, type(e).__name__, repr(e), e.name, e.obj is target, e.args,
              e.__traceback__.tb_next is not None)


s = Slotted()
show("slot", lambda: s.a, s)
s.b = 1
del s.b
show("deleted slot", lambda: s.b, s)
show("private slot", s.read_private, s)
print(sys.getrefcount(s))
p = Prop()
show("property", lambda: p.p, p)
show("property inner", lambda: p.q, p)
show("preset", lambda: p.named, p)
h = Holder()
show("data descriptor", lambda: h.data, h)
show("non-data descriptor", lambda: h.nondata, h)
show("subclass", lambda: h.sub, h)
show("on the class", lambda: Holder.data, Holder)

# a loop over the idiom: the cached value is made on the first miss
class Cached:
    __slots__ = ("_value", "n")

    def __init__(self, n):
        self.n = n

    @property
    def value(self):
        try:
            return self._value
        except AttributeError:
            self._value = self.n * 2
            return self._value


objs = [Cached(i) for i in range(200)]
print(sum(o.value for o in objs), sum(o.value for o in objs))
try:
    s.a
except AttributeError as e:
    err = e
print(sys.getrefcount(s), err.obj is s, err.__traceback__.tb_lineno)
del err
print(sys.getrefcount(s), getattr(s, "a", "default"), hasattr(s, "a"))
