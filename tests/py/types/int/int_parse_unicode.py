# Unicode decimal digits and whitespace are accepted by int() and float().
samples = ["\u0661\u0662\u0663", "\uff11\uff12", "\u096a\u0968", " \u2003 42 \u3000", "\U0001d7ce\U0001d7cf",
           "-\u0669", "\u0e51\u0e52\u0e53"]
for s in samples:
    print(ascii(s), int(s), float(s))
print(float("\u0661.\u0665"), int("\u0661_\u0662"))
for s in ["\u00bd", "\u2155", "1\u00b2", "\u2460"]:
    try:
        int(s)
    except ValueError as e:
        print(ascii(str(e)))
