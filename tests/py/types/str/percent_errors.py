cases = [("%d", "a"), ("%s %s", 1), ("%s", (1, 2)), ("%(a)s", 1), ("%z", 1), ("%c", "ab"), ("%c", 11141111), ("%", ()), ("%.*f", (1,)), ("%x", 1.5), ("%*d", ("a", 1)), ("%f", "a"), ("%d", 1j), ("%c", 1.5), ("%(a", {}), ("%5", 1), ("%.", 1), ("%s", ()), ("abc", 1), ("%(a)s %s", {"a": 1}), ("%4.2%", ()), ("%o", 8.0)]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
