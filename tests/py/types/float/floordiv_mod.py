# Float floor division and modulo: result signs, -0.0 and the snapping of the quotient.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (1e308, 1e-308), (5.0, 0.1),
         (1.0, 0.1), (-1.0, 0.1), (0.1, 1.0), (3.0, float("inf")), (-3.0, float("inf")), (float("inf"), 3.0),
         (float("nan"), 1.0), (1.0, float("nan")), (10**20, 7.0), (2.0, 2**70)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, -0.0)]:
    for f in (lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
        try:
            f()
        except ZeroDivisionError as e:
            print(e)
