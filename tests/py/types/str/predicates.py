samples = ["", "abc", "ABC", "Abc Def", "abc1", "123", "١٢٣", "²", "½", "Ⅻ", "一", " \t\n", "\x1c\x1d", "\u00a0", "\u200b", "a b", "_x1", "1x", "é", "😀", "\x7f", "Title Case", "TitLe", "ǅ"]
preds = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "isidentifier", "islower", "isupper", "istitle", "isascii"]
for s in samples:
    print(repr(s), " ".join("%s=%d" % (p, getattr(s, p)()) for p in preds))
