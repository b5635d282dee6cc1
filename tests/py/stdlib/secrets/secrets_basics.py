# secrets: token sizes/alphabets, randbelow/choice/randbits ranges, compare_digest semantics and errors
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__, secrets.token_bytes(0))
h = secrets.token_hex(16)
print(len(h), set(h) <= set(string.hexdigits.lower()), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), set(u) <= set(string.ascii_letters + string.digits + "-_"), len(secrets.token_urlsafe()), len(secrets.token_urlsafe(1)))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), {secrets.randbelow(1) for _ in range(5)})
print(all(secrets.choice("abc") in "abc" for _ in range(50)), all(0 <= secrets.randbits(8) < 256 for _ in range(50)))
print(secrets.DEFAULT_ENTROPY, isinstance(secrets.SystemRandom(), secrets.SystemRandom))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3), lambda: secrets.choice([])]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest("abc", "abd"), secrets.compare_digest("abc", "ab"))
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest(b"abc", bytearray(b"abc")), secrets.compare_digest(b"", b""))
for a, b in [("é", "é"), ("a", b"a"), (1, 1), (b"a", "a")]:
    try:
        print(secrets.compare_digest(a, b))
    except TypeError as e:
        print("TypeError", e)
print(sorted(secrets.__all__))
