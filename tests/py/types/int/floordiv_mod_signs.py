# Floor division and modulo follow the sign of the divisor (Python's rules, not C's).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 10), (-1, 10), (10, 1), (2**64 + 5, 7),
         (-(2**64) - 5, 7), (2**64 + 5, -7), (10**30, 10**15 + 1), (-(10**30), 10**15 + 1), (3, 2**70), (-3, 2**70)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r, q * b + r == a)
for a in range(-6, 7):
    print(a, [a // b for b in (-3, -2, -1, 1, 2, 3)], [a % b for b in (-3, -2, -1, 1, 2, 3)])
for a, b in [(1, 0), (0, 0), (2**100, 0)]:
    for name, op in [("//", lambda: a // b), ("%", lambda: a % b), ("divmod", lambda: divmod(a, b)), ("/", lambda: a / b)]:
        try:
            op()
        except ZeroDivisionError as e:
            print(name, type(e).__name__, e)
