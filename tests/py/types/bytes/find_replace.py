b = b"abracadabra"
for sub in [b"a", b"abra", b"", b"z", 97, 122, bytearray(b"ra")]:
    print(repr(sub), b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 2), b.rfind(sub, 0, 5), b.count(sub, 1, -1))
print(b.replace(b"a", b"A"), b.replace(b"a", b"", 2), b.replace(b"", b"-"), b.replace(b"abra", bytearray(b"X")))
print(b.startswith(b"abr"), b.endswith((b"x", b"bra")), b.startswith(b"", 11), b.startswith(b"", 12), b.removeprefix(b"abra"), b.removesuffix(b"bra"))
for bad in [lambda: b.find("a"), lambda: b.find(256), lambda: b.find(1.5), lambda: b.index(b"z"), lambda: b.rindex(120), lambda: b.count(), lambda: b.startswith("a"), lambda: b.startswith(("a",)), lambda: b.replace("a", "b")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
