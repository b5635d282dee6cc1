# True division of ints is correctly rounded, even for huge operands.
pairs = [(1, 3), (2, 3), (-1, 3), (10, 4), (0, -5), (7, 7), (2**53 + 1, 1), (2**54 + 3, 1), (2**60 + 1, 3), (10**30, 3),
         (2**1100 // 3, 2**1050), (10**400 // 7, 10**390), (1, 10**330), (-(10**308), 10**-0 * 7), (3**700, 5**400)]
for a, b in pairs:
    print(a / b)
for a, b in [(2**1024, 1), (10**400, 3), (1, 0)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
x = 7
x /= 2
print(x, type(x).__name__)
