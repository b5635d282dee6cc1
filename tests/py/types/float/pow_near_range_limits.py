import math
v = [2.**n - 2.**(n+50) + 2.**(n+52) for n in range(-1074, 972, 2)] + [-2.**1022]
print(math.fsum(v), float.fromhex('0x1.5555555555555p+970'))
print(math.fsum([1e308, 1e308, -1e308, -1e308]))
print(math.fsum([2.**1023, 2.**1023, -2.**1023]))
print(math.fsum([2.**1023, -2.**1022, 2.**1023, -2.**1023]))
v = [2.**n - 2.**(n+50) + 2.**(n+52) for n in range(-1074, 972, 2)]
bad = [i for i, x in enumerate(v) if x != x]
print(bad[:5], len(bad))
n = -1074 + 2 * bad[0] if bad else 0
print(n, 2.**n, 2.**(n+50), 2.**(n+52))
print(2.**-998, 2.0**-998, 2.0**(-1050+52))
for e in range(-1000, -990): print(e, 2.0**e)
print(2.0 ** 999.5, 540.3104825220843 ** -110, 372.8961609480817 ** -117, 0.5 ** -998, 0.5 ** 998, 10.0 ** -300, 10.0 ** 300, 3.0 ** -630)
