it = iter("hé😀")
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
it2 = iter("abc")
print(type(it2).__name__, list(it2), list(it2))
print(list(enumerate("ab")), list(zip("ab", "xyz")), list(map(str.upper, "ab")), "".join(reversed("abc")))
total = 0
for ch in "counting characters":
    total += ord(ch)
print(total, sum(1 for c in "mississippi" if c == "s"), dict.fromkeys("aab"), {c: "abc".index(c) for c in "cba"})
print(*"xyz", sep="-")
a, b, *c = "hello"
print(a, b, c)
