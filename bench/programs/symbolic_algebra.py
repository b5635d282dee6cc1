# A sympy-flavoured symbolic algebra kernel: immutable expression trees with structural
# __hash__/__eq__ and hash-consing, operator overloading, canonical ordering of sums and
# products, differentiation, substitution, expansion and numeric evaluation with Fractions.
import hashlib
import sys
from fractions import Fraction
from functools import reduce

# tests/py/bench_like/symbolic_algebra.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 12


class Expr:
    __slots__ = ("args", "_hash")
    _cache = {}
    order = 0

    def __new__(cls, *args):
        key = (cls, args)
        obj = Expr._cache.get(key)
        if obj is None:
            obj = object.__new__(cls)
            obj.args = args
            obj._hash = hash(key)
            Expr._cache[key] = obj
        return obj

    def __hash__(self):
        return self._hash

    def __eq__(self, other):
        return self is other or (type(self) is type(other) and self.args == other.args)

    def __lt__(self, other):
        return sort_key(self) < sort_key(other)

    def __add__(self, other):
        return add(self, sympify(other))

    __radd__ = __add__

    def __sub__(self, other):
        return add(self, mul(Num(-1), sympify(other)))

    def __rsub__(self, other):
        return add(sympify(other), mul(Num(-1), self))

    def __mul__(self, other):
        return mul(self, sympify(other))

    __rmul__ = __mul__

    def __neg__(self):
        return mul(Num(-1), self)

    def __pow__(self, other):
        return power(self, sympify(other))

    def __truediv__(self, other):
        return mul(self, power(sympify(other), Num(-1)))

    def __repr__(self):
        return str(self)


class Num(Expr):
    order = 0

    def __str__(self):
        v = self.args[0]
        return str(v) if v >= 0 else f"({v})"


class Sym(Expr):
    order = 1

    def __str__(self):
        return self.args[0]


class Add(Expr):
    order = 4

    def __str__(self):
        return "(" + " + ".join(map(str, self.args)) + ")"


class Mul(Expr):
    order = 3

    def __str__(self):
        return "*".join(map(str, self.args))


class Pow(Expr):
    order = 2

    def __str__(self):
        return f"{self.args[0]}^{self.args[1]}"


class Fn(Expr):
    order = 2

    def __str__(self):
        return f"{self.args[0]}({self.args[1]})"


def sort_key(e):
    if isinstance(e, Num):
        return (0, e.args[0])
    if isinstance(e, Sym):
        return (1, e.args[0])
    return (e.order, tuple(sort_key(a) for a in e.args if not isinstance(a, str)), str(e.args[0]) if isinstance(e, Fn) else "")


def sympify(x):
    if isinstance(x, Expr):
        return x
    if isinstance(x, (int, Fraction)):
        return Num(Fraction(x))
    raise TypeError(f"cannot sympify {type(x).__name__}")


ZERO = Num(Fraction(0))
ONE = Num(Fraction(1))


def coeff_term(e):
    if isinstance(e, Num):
        return e.args[0], ONE
    if isinstance(e, Mul) and isinstance(e.args[0], Num):
        rest = e.args[1:]
        return e.args[0].args[0], rest[0] if len(rest) == 1 else Mul(*rest)
    return Fraction(1), e


def add(*terms):
    coeffs = {}
    for t in terms:
        parts = t.args if isinstance(t, Add) else (t,)
        for p in parts:
            c, term = coeff_term(p)
            coeffs[term] = coeffs.get(term, 0) + c
    out = []
    for term, c in coeffs.items():
        if c == 0:
            continue
        if term is ONE:
            out.append(Num(Fraction(c)))
        elif c == 1:
            out.append(term)
        else:
            out.append(mul(Num(Fraction(c)), term))
    if not out:
        return ZERO
    if len(out) == 1:
        return out[0]
    return Add(*sorted(out))


def base_exp(e):
    if isinstance(e, Pow) and isinstance(e.args[1], Num):
        return e.args[0], e.args[1].args[0]
    return e, Fraction(1)


def mul(*factors):
    coeff = Fraction(1)
    powers = {}
    for f in factors:
        parts = f.args if isinstance(f, Mul) else (f,)
        for p in parts:
            if isinstance(p, Num):
                coeff *= p.args[0]
            else:
                b, ex = base_exp(p)
                powers[b] = powers.get(b, 0) + ex
    if coeff == 0:
        return ZERO
    out = [b if ex == 1 else Pow(b, Num(Fraction(ex))) for b, ex in powers.items() if ex != 0]
    out.sort()
    if coeff != 1 or not out:
        out.insert(0, Num(coeff))
    return out[0] if len(out) == 1 else Mul(*out)


def power(b, ex):
    if isinstance(ex, Num):
        if ex.args[0] == 0:
            return ONE
        if ex.args[0] == 1:
            return b
        if isinstance(b, Num) and ex.args[0].denominator == 1:
            return Num(b.args[0] ** int(ex.args[0]))
        if isinstance(b, Pow) and isinstance(b.args[1], Num):
            return power(b.args[0], Num(b.args[1].args[0] * ex.args[0]))
    return Pow(b, ex)


def sin(e):
    return Fn("sin", e)


def cos(e):
    return Fn("cos", e)


def exp(e):
    return Fn("exp", e)


def diff(e, x):
    if isinstance(e, Num):
        return ZERO
    if isinstance(e, Sym):
        return ONE if e == x else ZERO
    if isinstance(e, Add):
        return add(*(diff(a, x) for a in e.args))
    if isinstance(e, Mul):
        terms = []
        for i, a in enumerate(e.args):
            d = diff(a, x)
            if d is not ZERO:
                terms.append(mul(*(e.args[:i] + (d,) + e.args[i + 1:])))
        return add(*terms) if terms else ZERO
    if isinstance(e, Pow):
        b, ex = e.args
        if isinstance(ex, Num):
            return mul(ex, power(b, Num(ex.args[0] - 1)), diff(b, x))
        raise NotImplementedError("symbolic exponent")
    if isinstance(e, Fn):
        name, arg = e.args
        inner = diff(arg, x)
        if name == "sin":
            return mul(cos(arg), inner)
        if name == "cos":
            return mul(Num(Fraction(-1)), sin(arg), inner)
        if name == "exp":
            return mul(e, inner)
    raise TypeError(e)


def expand(e):
    if isinstance(e, Add):
        return add(*(expand(a) for a in e.args))
    if isinstance(e, Mul):
        result = [ONE]
        for f in e.args:
            f = expand(f)
            terms = f.args if isinstance(f, Add) else (f,)
            result = [mul(r, t) for r in result for t in terms]
        return add(*result)
    if isinstance(e, Pow) and isinstance(e.args[1], Num) and e.args[1].args[0].denominator == 1 \
            and 1 < e.args[1].args[0] <= 6 and isinstance(e.args[0], Add):
        return expand(Mul(*([e.args[0]] * int(e.args[1].args[0]))))
    return e


def subs(e, mapping):
    if e in mapping:
        return mapping[e]
    if isinstance(e, (Num, Sym)):
        return e
    if isinstance(e, Add):
        return add(*(subs(a, mapping) for a in e.args))
    if isinstance(e, Mul):
        return mul(*(subs(a, mapping) for a in e.args))
    if isinstance(e, Pow):
        return power(subs(e.args[0], mapping), subs(e.args[1], mapping))
    return Fn(e.args[0], subs(e.args[1], mapping))


def count_nodes(e):
    if isinstance(e, (Num, Sym)):
        return 1
    return 1 + sum(count_nodes(a) for a in e.args if isinstance(a, Expr))


def main():
    x, y, z = Sym("x"), Sym("y"), Sym("z")
    h = hashlib.sha1()
    total_nodes = 0
    for rep in range(SCALE):
        Expr._cache.clear()
        x, y, z = Sym("x"), Sym("y"), Sym("z")
        p = (x + y + rep + 1) ** 4
        q = expand(p * (x - z) ** 2)
        h.update(str(q).encode())
        total_nodes += count_nodes(q)
        dq = diff(q, x)
        d2 = diff(dq, y)
        h.update(str(d2).encode())
        f = sin(x * y) * exp(x ** 2) + cos(z) / (x + 1)
        for _ in range(3):
            f = diff(f, x)
        h.update(str(f).encode())
        total_nodes += count_nodes(f)
        val = subs(q, {x: Num(Fraction(1, 2)), y: Num(Fraction(-3)), z: Num(Fraction(rep, 7))})
        h.update(str(val).encode())
        poly = reduce(lambda a, b: a * b, [x - k for k in range(1, 7)])
        ep = expand(poly)
        assert subs(ep, {x: Num(Fraction(3))}) == ZERO
        h.update(str(ep).encode())
        if rep == 0:
            print(q.args[:4])
            print(ep)
            print(val, len(Expr._cache))
            print(sorted([x * 2, y, Num(Fraction(3)), x ** 2, x + y])[:3])
    print(total_nodes, h.hexdigest())
    try:
        x + 1.5
    except TypeError as e:
        print("TypeError:", e)


main()
