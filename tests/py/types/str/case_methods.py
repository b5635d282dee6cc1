words = ["", "a", "abc", "Hello, World!", "mIxEd CaSe", "ß", "ﬁne", "ǆemal", "İstanbul", "ΣΑΣ Σ", "ŉ", "ᾳ", "𐐨𐐀", "123abc", "they're bill's friends", "a\u0345\u03a3"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
