s = "hello world"
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.endswith("ld"), s.endswith(("lo", "wor"), 0, 9), s.startswith("", 11), s.startswith("", 12), s.endswith("o", -7, -5))
for f in [lambda: s.startswith(1), lambda: s.startswith((1,)), lambda: s.endswith(("a", 2)), lambda: s.startswith()]:
    try:
        f()
    except TypeError as e:
        print(e)
for t in ["a.b.c", "abc", ".", "", "a..b"]:
    print(t.partition("."), t.rpartition("."), t.partition(".."), t.rpartition("b"))
try:
    "x".partition("")
except ValueError as e:
    print(e)
print("k=v=w".partition("="), "k=v=w".rpartition("="))
