# Coefficients beyond int's 4300-digit str limit: parsing, printing, hashing,
# arithmetic and the math functions at thousands of digits.
from decimal import Decimal as D, Context, localcontext
s = '7' * 5000 + '.' + '3' * 3000
d = D(s)
print(len(str(d)), str(d)[:20], str(d)[-20:], d.adjusted(), hash(d), len(d.as_tuple().digits))
with localcontext(prec=9000):
    e = d * d
    print(len(str(e)), str(e)[:30], str(e)[-30:])
    f = d / 7
    print(str(f)[:30], str(f)[-30:])
    print(str(D(2).sqrt())[-40:])
print(D(s) + 1, D(s) == D(s), D(s) < D(s + '1'))
print(int(D('1E+5000')) == 10 ** 5000, D(10 ** 5000) == D('1E+5000'), D(10 ** 5000).adjusted())
print(format(D(s), '.5e'), format(D('1E+5000'), 'f')[:10], len(format(D('1E+5000'), 'f')))
with localcontext(prec=2000):
    x = D(1) / 3
    print(str(x.exp())[-30:], str(x.ln())[-30:], str((x ** D('0.7')))[-30:], str(x.log10())[-30:])
