from fractions import Fraction as F

data = [F(1, 2), F(3, 4), F(5, 6), F(7, 8)]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / (len(data) - 1)
print(mean, var, float(var))
h = 0
for n in range(1, 30):
    h += F(1, n)
print(h, h.numerator.bit_length(), h.denominator.bit_length())
e = F(0)
fact = 1
for k in range(20):
    e += F(1, fact)
    fact *= k + 1
print(e, float(e), e.limit_denominator(1000))
print(sorted(F(n, d) for d in range(1, 6) for n in range(0, d + 1)))
print(len(set(F(n, d) for d in range(1, 8) for n in range(0, d + 1))))
