# Arithmetic and in-place operators through proxies unwrap both sides.
import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __mul__(self, o):
        return Num(self.v * o)

    def __neg__(self):
        return Num(-self.v)

    def __iadd__(self, o):
        self.v += o
        return self

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __index__(self):
        return self.v

    def __float__(self):
        return float(self.v)

    def __int__(self):
        return self.v


n = Num(4)
m = Num(10)
p = weakref.proxy(n)
q = weakref.proxy(m)
print((p + 1).v, (1 + p).v, (p * 3).v, (-p).v, (p + q).v)
print(p < q, p < 100, float(p), int(p), [0, 1, 2, 3, 4, 5][p])
p += 2
print("in-place through proxy returns the referent:", type(p).__name__, p.v, n.v)
