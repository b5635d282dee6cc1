tests = ["a b  c", "  lead and trail  ", "a,b,,c", ",", "", "no-sep", "x\u3000y\u2003z\x1cw", "a\tb\nc\rd\x0be\x0cf"]
for s in tests:
    print(repr(s))
    print("  ", s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
    print("  ", s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", -5), s.rsplit(",", 0))
    print("  ", s.split(" "), s.split("  "), s.rsplit(" ", 2))
for bad in [lambda: "abc".split(""), lambda: "abc".split(1), lambda: "abc".split(" ", "x"), lambda: "abc".split(x=1), lambda: "abc".rsplit("a", 1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
