# hash() equal to int/float/Fraction hashes for equal values; comparisons
# with ints, floats, Fractions, complex; NaN rules; sorting; bool.
import decimal
from decimal import Decimal as D, getcontext, InvalidOperation, FloatOperation
from fractions import Fraction as F

for v in ['0', '-0', '1', '-1', '1.5', '-2.25', '0.1', '100', '1E+3', '1.000', '123456789012345678901234567890',
          '1E-30', '-7.5E+20', '3.14159', '1E+100', '0.5', '2.5E-1', '-0.000']:
    d = D(v)
    print(v, hash(d), hash(d) == hash(float(d)) if d == D(float(d)) else '-', hash(d) == hash(F(d)))
print(hash(D(7)) == hash(7), hash(D('7.0')) == hash(7), hash(D('0.5')) == hash(0.5), hash(D('-1')) == hash(-1), hash(D(-1)))
print(hash(D('Infinity')), hash(D('-Infinity')), hash(D('Infinity')) == hash(float('inf')))
n = D('NaN')
print(hash(n) == hash(n), isinstance(hash(n), int))
try:
    hash(D('sNaN'))
except TypeError as e:
    print('TypeError', e)
print(len({D('1'), D('1.0'), D('1.00'), 1, 1.0, F(1)}), {D('0.5'): 'a', 0.5: 'b', F(1, 2): 'c'})

a, b = D('1.5'), D('2.5')
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == D('1.50'), a != D('1.50'))
print(D(1) == 1, 1 == D(1), D('1.0') == 1, D(2) > 1, 3 > D(2), D('0.5') < 1, D(-0) == 0, D('-0') == D('0'))
print(D('0.1') == 0.1, D('0.5') == 0.5, D('0.1') < 0.1, D('0.1') > 0.1, 0.5 <= D('0.5'), D(1) == 1.0)
print(D('0.5') == F(1, 2), D('0.1') == F(1, 10), D('0.333') < F(1, 3), F(1, 3) < D('0.334'), D('-1.5') >= F(-3, 2), D('Infinity') > F(10 ** 100))
print(D(1) == 1 + 0j, D(1) != 1j, D('1.5') == complex(1.5, 0))
try:
    D(1) < 1j
except TypeError as e:
    print('TypeError', e)
try:
    D(1) < 'a'
except TypeError as e:
    print('TypeError', e)
print(D(1) == 'a', D(1) != None, D(1) == [1])
inf, ninf = D('Infinity'), D('-Infinity')
print(inf > 10 ** 100, ninf < -10 ** 100, inf == float('inf'), ninf < 0.0, inf > D('9E+999999'), inf == inf, ninf < inf)

print(D('NaN') == D('NaN'), D('NaN') != D('NaN'), D('NaN') == 1, D('NaN') != 1, D('NaN') == float('nan'))
for expr in ["D('NaN') < 1", "D('NaN') >= D('NaN')", "1 > D('NaN')", "D('sNaN') == 1", "D('sNaN') != D(1)", "D('NaN') < 1.5", "D(1) < float('nan')"]:
    getcontext().clear_flags()
    try:
        print(expr, eval(expr))
    except InvalidOperation as e:
        print(expr, 'InvalidOperation', e, getcontext().flags[InvalidOperation])
getcontext().traps[InvalidOperation] = False
getcontext().clear_flags()
print(D('NaN') < 1, D('NaN') >= 1, D('sNaN') == 1, getcontext().flags[InvalidOperation])
getcontext().traps[InvalidOperation] = True

getcontext().clear_flags()
print(D('0.1') == 0.1, getcontext().flags[FloatOperation])
getcontext().clear_flags()
print(D('0.1') < 0.2, getcontext().flags[FloatOperation])
getcontext().traps[FloatOperation] = True
print(D('0.5') == 0.5, D('0.5') != 0.25)
try:
    D('0.5') < 0.75
except FloatOperation as e:
    print('FloatOperation', e)
getcontext().traps[FloatOperation] = False

vals = [D('3'), D('-1.5'), D('2.50'), D('2.5'), D('0'), D('-0'), D('1E+1'), D('-Infinity'), D('Infinity'), D('0.001'), 2, 1.5, F(7, 3)]
print(sorted(vals))
print(max(vals), min(vals), sorted([D('1.0'), D('1'), D('1.00')]))
print(bool(D(0)), bool(D('-0.000')), bool(D('0E+5')), bool(D('0.1')), bool(D('NaN')), bool(D('sNaN')), bool(D('-Infinity')))

# compare() and friends return Decimals
c = decimal.Context(traps=[])
for x, y in [('1', '2'), ('2', '1'), ('1.0', '1'), ('-0', '0'), ('NaN', '1'), ('1', 'sNaN'), ('Inf', 'Inf'), ('-Inf', '5')]:
    X, Y = D(x), D(y)
    print(x, y, c.compare(X, Y), c.compare_signal(X, Y), X.compare_total(Y), X.compare_total_mag(Y),
          c.max(X, Y), c.min(X, Y), c.max_mag(X, Y), c.min_mag(X, Y), [s.__name__ for s, v in c.flags.items() if v])
    c.clear_flags()
tot = [D(v) for v in ['-NaN', '-sNaN', '-Infinity', '-2', '-1.0', '-1', '-0', '0', '0E-3', '0E+3', '1.00', '1', '1E+0', '2', 'Infinity', 'sNaN', 'NaN', 'NaN2', 'sNaN3', '-NaN5']]
import functools
print(sorted(tot, key=functools.cmp_to_key(lambda p, q: int(p.compare_total(q)))))
print(D('1').max(D('1.0')), D('1.0').max(D('1')), D('-1').max(D('-1.0')), D('1').min(D('1.0')), D('-0').max(D('0')), D('0').min(D('-0')))
