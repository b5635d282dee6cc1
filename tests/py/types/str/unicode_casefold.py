pairs = [("Straße", "STRASSE"), ("ﬁ", "FI"), ("Σίσυφος", "ΣΊΣΥΦΟΣ"), ("İ", "i̇"), ("ǅ", "ǆ"), ("ꭰ", "Ꭰ"), ("ſ", "s")]
for a, b in pairs:
    print(a, b, a.casefold() == b.casefold(), a.lower(), b.lower(), a.upper(), a.casefold(), b.casefold())
print("ΌΣΟΣ".lower(), "ΑΣ.Σ".lower(), "Σ".lower(), "AΣ b".lower(), "A\u0345Σ".lower(), "aΣ'".lower())
print("hello wORLD".title(), "they're".title(), "ǆungla".title(), "ß".title(), "ﬁsh".capitalize(), "ŉ".upper())
print([c.upper() for c in "ßﬀﬁﬂﬃﬄﬅﬆ"])
