# __getitem__ and rich comparisons written in Python: results, NotImplemented chains,
# reflected methods (subclass first), exceptions inside the method, recursion limit, __del__.
import sys
import traceback


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i >= self.n:
            raise IndexError("Seq index out of range")
        return i * i


s = Seq(5)
print([s[i] for i in range(5)], s[1:3], list(s))
try:
    s[7]
except IndexError as e:
    print("IndexError", e)


class GenGet:
    def __getitem__(self, i):
        yield i


print(type(GenGet()[0]).__name__)


class KwGet:
    def __getitem__(self, i, extra=10):
        return i + extra


print(KwGet()[1])


class Meta(type):
    def __getitem__(cls, k):
        return (cls.__name__, k)


class WithMeta(metaclass=Meta):
    pass


print(WithMeta[3])


class V:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        print("V.__eq__", self.x, type(other).__name__)
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x

    def __lt__(self, other):
        print("V.__lt__", self.x)
        if not isinstance(other, V):
            return NotImplemented
        return self.x < other.x

    def __gt__(self, other):
        print("V.__gt__", self.x)
        if not isinstance(other, V):
            return NotImplemented
        return self.x > other.x

    __hash__ = None


a, b = V(1), V(2)
print(a == b, a == V(1), a < b, b < a, a > b)
print(a == 1, a != 1, a == a)
try:
    a < 1
except TypeError as e:
    print("TypeError", e)
if a < b:
    print("branch taken")
while not (b < a):
    b = V(b.x - 1)
print("loop ended at", b.x)


class W(V):
    def __gt__(self, other):
        print("W.__gt__", self.x)
        return "W-gt"

    def __eq__(self, other):
        print("W.__eq__", self.x)
        return NotImplemented


print(a < W(5))
print(a == W(1))
print(W(1) == a)


class Other:
    def __gt__(self, other):
        print("Other.__gt__")
        return "other-gt"

    def __eq__(self, other):
        print("Other.__eq__")
        return NotImplemented


print(a < Other())
print(a == Other(), Other() == a)


class NI:
    def __lt__(self, other):
        return NotImplemented

    def __le__(self, other):
        return NotImplemented

    def __eq__(self, other):
        return NotImplemented


n1, n2 = NI(), NI()
print(n1 == n2, n1 == n1, n1 != n2)
for cmp in (lambda x, y: x < y, lambda x, y: x <= y, lambda x, y: x > y, lambda x, y: x >= y):
    try:
        cmp(n1, n2)
    except TypeError as e:
        print("TypeError", e)


class Boom:
    def __eq__(self, other):
        raise ValueError("boom in __eq__")

    def __getitem__(self, k):
        return {}[k]


try:
    Boom() == 1
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    Boom()["missing"]
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("KeyError", e, names)


class Back:
    def __eq__(self, other):
        f = sys._getframe(1)
        return f.f_code.co_name

    def __getitem__(self, k):
        return sys._getframe(1).f_code.co_name


def caller():
    return Back() == 0, Back()[0]


print(caller())


class Deep:
    def __init__(self, child):
        self.child = child

    def __eq__(self, other):
        return self.child == other

    def __getitem__(self, k):
        return self.child[k]


d = 0
for _ in range(3000):
    d = Deep(d)
try:
    d == 0
except RecursionError as e:
    print("RecursionError", e)
try:
    d[0]
except RecursionError as e:
    print("RecursionError", e)
for probe in (lambda: d == 0, lambda: d[0], lambda: (lambda: d == 0)(), lambda: (lambda: d[0])()):
    try:
        probe()
    except RecursionError as e:
        print("RecursionError", e)


def depth_at_limit(make):
    depth = 0

    class R:
        def __eq__(self, other):
            nonlocal depth
            depth += 1
            return R() == other

        def __getitem__(self, k):
            nonlocal depth
            depth += 1
            return R()[k]

    try:
        make(R())
    except RecursionError as e:
        return depth, str(e)


print(depth_at_limit(lambda r: r == 1))
print(depth_at_limit(lambda r: r[1]))
print((lambda: depth_at_limit(lambda r: r == 1))())
print((lambda: depth_at_limit(lambda r: r[1]))())


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __eq__(self, other):
        return Loud("eq-result")

    def __getitem__(self, k):
        return Loud("item-" + k.name)


print((Loud("l") == Loud("r")).name)
print(Loud("c")[Loud("k")].name)
try:
    raise_in = Boom() == 2
except ValueError:
    traceback.print_exc(file=sys.stdout)


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("__eq__", "__lt__", "__getitem__"):
        print("trace", event, frame.f_code.co_name, frame.f_back.f_code.co_name)
    return tracer


def traced():
    return V(3) < V(4), Seq(3)[2], NI() == NI()


sys.settrace(tracer)
r = traced()
sys.settrace(None)
print(r)
print("done")
