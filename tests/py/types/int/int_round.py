# round() on ints: ndigits >= 0 is the identity; negative ndigits round half to even.
for v in (0, 5, 15, 25, 35, 45, -25, -35, 12345, 12355, -12345, 150, 250, 10**20 + 5 * 10**19, 2**80 + 5 * 10**10):
    print(v, round(v), round(v, 0), round(v, 2), round(v, -1), round(v, -2), round(v, -5), round(v, -30))
print(type(round(5)), type(round(5, -1)), type(round(True)), round(True, -1))
try:
    round(5, 1.5)
except TypeError as e:
    print(e)
try:
    (5).__round__(None)
except TypeError as e:
    print(e)
print(round(5, None))
