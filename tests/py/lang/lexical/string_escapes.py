print("tab:\t|", "newline:\n|", "backslash:\\|", "quote:\"|", 'apos:\'|')
print("\x41\x42\x43", "\101\102", "\u03a9", "\U0001F600" == "😀", len("\U0001F600"))
print(repr("\0\a\b\f\v"), repr("\x7f"), repr("é"), ascii("é😀"))
print(r"\d+\.\d+", len(r"\n"), rb"\x00".hex())
print("multi\
line")
