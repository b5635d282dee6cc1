# Decimal.quantize: the inline common case and the general path agree with python3 on every
# rounding mode, precision, clamp and exponent bound (results and the flags raised).
from decimal import *
import decimal
vals = ["1.2345", "0.005", "-0.015", "123456789.987654321", "1E+10", "9.999", "0.0000001", "-0", "0", "1e-5", "99999.5"]
exps = ["0.01", "1", "1E+2", "0.00001", "1e-30", "1E+5"]
modes = [None, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_05UP]
for prec in (28, 3):
    for clamp in (0, 1):
        ctx = Context(prec=prec, Emax=12, Emin=-12, clamp=clamp, traps=[])
        setcontext(ctx)
        for v in vals:
            for e in exps:
                for m in modes:
                    ctx.clear_flags()
                    try:
                        r = Decimal(v).quantize(Decimal(e), rounding=m) if m else Decimal(v).quantize(Decimal(e))
                        print(v, e, m, r, sorted(k.__name__ for k, f in ctx.flags.items() if f))
                    except Exception as ex:
                        print(v, e, m, type(ex).__name__)
setcontext(Context(traps=[Inexact]))
try:
    Decimal("1.234").quantize(Decimal("0.1"))
except Inexact as e:
    print("trapped", type(e).__name__)
try:
    Decimal("1.234").quantize(Decimal("0.1"), rounding="bogus")
except TypeError as e:
    print(e)
setcontext(Context())
print(Decimal("1.25").quantize(Decimal("0.1"), ROUND_UP), Decimal("1.25").quantize(Decimal("0.1"), context=ExtendedContext))
print(getcontext().flags[Inexact], getcontext().flags[Rounded])
