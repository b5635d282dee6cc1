cases = ["{", "}", "{0}", "{x}", "{0.a}", "{0[a]}", "{!x}", "{:d}", "{0:=5}", "{:>{}}", "{0}{}", "{}{0}", "{0[}", "{0.}", "{0[]}", "{0[0]x}", "{0!}", "{0!r", "{0!rr}", "{0:{1}", "{a{}", "{0:{1:{2}}}", "{:+}", "{:#}", "{: }", "{:,}", "{:_}", "{:.}", "{:ss}", "{:z}", "{:c}", "{:\x01}"]
for c in cases:
    try:
        print(repr(c), repr(c.format("ab", "s", "")))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
try:
    "{:99999999999999999999}".format("a")
except ValueError as e:
    print(e)
