def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(chr(65), chr(0x20ac), chr(0x1F600) == "\U0001F600", ord("A"), ord("\u20ac"), ord(b"a"), ord(bytearray(b"z")))
print([chr(i) for i in range(97, 102)])
attempt(chr, -1)
attempt(chr, 0x110000)
attempt(chr, 2**40)
attempt(chr, "a")
attempt(ord, "ab")
attempt(ord, "")
attempt(ord, 5)
attempt(ord, b"ab")
