print(b"-".join([b"a", bytearray(b"b"), b"c"]), b"".join([]), bytearray(b", ").join([b"x", b"y"]), b"".join(x for x in [b"p", b"q"]))
for bad in [lambda: b"-".join(["a"]), lambda: b"-".join([b"a", 1]), lambda: b"-".join(1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
it = iter(b"abc")
print(type(it).__name__, it.__length_hint__(), next(it), list(it))
ba = bytearray(b"xyz")
it2 = iter(ba)
print(type(it2).__name__, next(it2))
ba.append(33)
print(list(it2), sum(b"\x01\x02\x03"), max(b"az"), sorted(b"cab"), list(reversed(b"ab")), dict(enumerate(b"hi")))
