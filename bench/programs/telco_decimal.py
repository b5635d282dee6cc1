# Telephone-bill computation with decimal.Decimal (in the spirit of pyperformance's telco):
# generated call records, rates, quantize with ROUND_HALF_EVEN / ROUND_DOWN, tax, totals.
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal, getcontext

import sys

# tests/py/programs/telco_decimal.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 40000

getcontext().rounding = ROUND_DOWN
RATES = [Decimal("0.0013"), Decimal("0.00894")]
TWODIG = Decimal("0.01")
Banktax = Decimal("0.0675")
Disttax = Decimal("0.0341")


def records(n):
    state = 12345
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state % 4000 + 1, state >> 30 & 1


def bill(n):
    sumT = sumB = sumD = Decimal(0)
    lines = []
    for secs, kind in records(n):
        t = Decimal(secs)
        r = RATES[kind]
        p = (r * t).quantize(TWODIG, rounding=ROUND_HALF_EVEN)
        b = (p * Banktax).quantize(TWODIG, rounding=ROUND_DOWN)
        sumB += b
        t = p + b
        if kind:
            d = (p * Disttax).quantize(TWODIG, rounding=ROUND_DOWN)
            sumD += d
            t += d
        sumT += t
        if len(lines) < 6:
            lines.append("%6d %s %s" % (secs, p, t))
    return sumT, sumB, sumD, lines


t, b, d, lines = bill(SCALE)
print("\n".join(lines))
print(t, b, d)
x = Decimal("1") / Decimal("7")
print(x, x.quantize(Decimal("1e-5")), Decimal("2").sqrt(), Decimal("1.10") + Decimal("2.205"))
print(Decimal("123.456").to_integral_value(), -Decimal("0.5"), Decimal("1e3").normalize(), Decimal(0.1))
