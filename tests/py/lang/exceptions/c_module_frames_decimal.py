# decimal is C (_decimal) in CPython: an uncaught InvalidOperation/DivisionByZero shows no
# frames inside the decimal module.
import decimal
from decimal import Decimal, localcontext

with localcontext() as ctx:
    ctx.traps[decimal.DivisionByZero] = True
    try:
        Decimal(1) / Decimal(0)
    except decimal.DivisionByZero as e:
        tb = e.__traceback__
        depth = 0
        while tb is not None:
            depth += 1
            tb = tb.tb_next
        print(type(e).__name__, depth)


def to_decimal(s):
    return Decimal(s)


values = ["1.5", "2.25", "abc"]
print([str(to_decimal(v)) for v in values[:2]])
total = sum(to_decimal(v) for v in values)
