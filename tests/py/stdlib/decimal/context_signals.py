# Contexts (construction, validation, repr, copy, flags/traps dicts,
# localcontext with 3.11 keywords, setcontext) and the signal classes.
import copy
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, InvalidOperation, DivisionByZero, Overflow,
                     Underflow, Inexact, Rounded, Subnormal, Clamped, FloatOperation, ConversionSyntax,
                     DivisionImpossible, DivisionUndefined, InvalidContext, DecimalException)

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)
print(decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_HALF_UP,
      decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP)

c = Context(prec=10, rounding=decimal.ROUND_DOWN, Emin=-99, Emax=99, capitals=0, clamp=1,
            flags=[Inexact], traps=[Overflow, DivisionByZero])
print(c, c.Etiny(), c.Etop(), c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)
print(c.flags)
print(c.traps[Overflow], c.traps[InvalidOperation], c.flags[Inexact], len(c.flags), list(c.traps) == list(c.flags))
print(Context(flags={s: (s is Rounded) for s in c.flags}, traps=c.traps))
c2 = c.copy()
c2.prec = 3
c2.traps[InvalidOperation] = True
print(c.prec, c2.prec, c.traps[InvalidOperation], c2.traps[InvalidOperation])
print(copy.copy(c), copy.deepcopy(c))
print(c.__reduce__())
c.clear_flags()
c.clear_traps()
print(c)

for kw in [dict(prec=0), dict(prec=-1), dict(prec='a'), dict(prec=1.5), dict(rounding='x'), dict(rounding=1),
           dict(Emin=1), dict(Emax=-1), dict(capitals=2), dict(clamp=3), dict(flags=3), dict(traps={1: 2}),
           dict(traps=[ValueError]), dict(Emin=decimal.MIN_EMIN - 1)]:
    try:
        Context(**kw)
        print(kw, 'ok')
    except (ValueError, TypeError, KeyError) as e:
        print(kw, type(e).__name__, e)
try:
    getcontext().prec = 0
except ValueError as e:
    print('ValueError', e)
try:
    getcontext().flags[ValueError]
except KeyError as e:
    print('KeyError', e)

with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, getcontext() is ctx)
print(Decimal(1) / 7)
with localcontext(prec=4, rounding=decimal.ROUND_UP, traps=[]) as ctx:
    print(ctx, Decimal(2) / 3, Decimal(1) / 0)
with localcontext(Context(prec=3), Emax=5) as ctx:
    print(ctx.prec, ctx.Emax, Decimal('12345') + 0)
for kw in [dict(foo=1), dict(prec='a'), dict(rounding='bad'), dict(Emin=5)]:
    try:
        with localcontext(**kw):
            pass
    except (TypeError, ValueError) as e:
        print(kw, type(e).__name__, e)
try:
    localcontext(5)
except TypeError as e:
    print('TypeError', e)

saved = getcontext()
new = Context(prec=6)
setcontext(new)
print(getcontext() is new, Decimal(2).sqrt())
setcontext(saved)
print(Decimal(2).sqrt())
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec)
setcontext(saved)
try:
    setcontext(5)
except TypeError as e:
    print('TypeError', e)

# the class tree
for cls in [DecimalException, Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal,
            Overflow, Underflow, FloatOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext]:
    print(cls, [b.__name__ for b in cls.__mro__[1:]], cls.__module__)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError), issubclass(DivisionUndefined, ZeroDivisionError))

# flags accumulate, traps raise with the conditions list
ctx = getcontext()
ctx.clear_flags()
print(Decimal(1) / 3, ctx.flags[Inexact], ctx.flags[Rounded])
print(ctx)
ctx.clear_flags()
ctx.traps[Inexact] = True
try:
    Decimal(1) / 3
except Inexact as e:
    print('Inexact raised', e.args, ctx.flags[Inexact])
ctx.traps[Inexact] = False
ctx.traps[Rounded] = True
try:
    Decimal('1.23456789012345678901234567890') + 0
except Rounded as e:
    print('Rounded raised', e)
ctx.traps[Rounded] = False
try:
    Decimal('1E+999999') * 100
except Overflow as e:
    print('Overflow raised', e, isinstance(e, Inexact), isinstance(e, Rounded))
ctx.traps[Underflow] = True
try:
    Decimal('1E-999999') / 10 ** 30
except Underflow as e:
    print('Underflow raised', e)
ctx.traps[Underflow] = False
ctx.traps[Subnormal] = True
try:
    Decimal('1E-999999') / 10
except Subnormal as e:
    print('Subnormal raised', e)
ctx.traps[Subnormal] = False
ctx.traps[Clamped] = True
try:
    Decimal('0E+1000000') + 0
except Clamped as e:
    print('Clamped raised', e)
ctx.traps[Clamped] = False
ctx.clear_flags()
try:
    Decimal('x')
except InvalidOperation as e:
    print(type(e).__name__, e)
try:
    Decimal(5) // Decimal('1E-30')
except DecimalException as e:
    print(type(e).__name__, e, ctx.flags[InvalidOperation])
print(ctx)
ctx.clear_flags()
t = Context(traps=[Inexact, Rounded, Overflow])
try:
    t.power(Decimal(10), 99999999)
except DecimalException as e:
    print(type(e).__name__, e)
print(t)
t = Context(traps=[Inexact, Rounded])
try:
    t.divide(1, 3)
except DecimalException as e:
    print(type(e).__name__, e)
try:
    t.divide(1, 0)
except DecimalException as e:
    print(type(e).__name__, e)
print(t.flags)
c = Context()
try:
    c.add(1, 1.5)
except TypeError as e:
    print('TypeError', e)
try:
    c.add('1', 2)
except TypeError as e:
    print('TypeError', e)
print(c.create_decimal('1.234567890123456789012345678901'), c.create_decimal(10 ** 30), c.create_decimal(), c.flags[Rounded])
for v in [' 1', '1_0', 'NaN' + '1' * 30]:
    try:
        print(c.create_decimal(v))
    except InvalidOperation as e:
        print(repr(v), e)
print(c.create_decimal_from_float(0.1), c.create_decimal(Decimal('NaN123')), Context(prec=3).create_decimal('1234'))
print(c.radix(), c.Etiny(), c.Etop())

# the signal dicts are MutableMappings; contexts deep-copy through __reduce__
f = decimal.getcontext().flags
print(type(f), f.keys(), type(f.items()), list(f.values())[:2], len(f), decimal.InvalidOperation in f, f.copy() == f, f == f.copy(), dict(f) == f)
try: f.pop(decimal.Inexact)
except Exception as e: print(type(e).__name__, e)
f.update({decimal.Inexact: True}); print(f[decimal.Inexact], f.get(decimal.Rounded), f.get('x', 5))
c = decimal.Context(prec=3, flags=[decimal.Inexact]); d = copy.deepcopy(c); print(d, d is c)

# the module namespace lists only the C module's names
print([n for n in dir(decimal) if not n.startswith("__")])
