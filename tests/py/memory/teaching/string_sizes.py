import sys

# The size of a str depends on its widest character.
for text in ["", "a", "ab", "abcdefgh", "é", "éa", "€", "€€", "😀", "😀😀", "a" * 100]:
    print(repr(text), len(text), sys.getsizeof(text))
print(sys.getsizeof("a" * 1000) - sys.getsizeof("a" * 999))
print(sys.getsizeof("é" * 1000) - sys.getsizeof("é" * 999))
print(sys.getsizeof("€" * 1000) - sys.getsizeof("€" * 999))
print(sys.getsizeof("😀" * 1000) - sys.getsizeof("😀" * 999))
s = "ascii" + "€"
print("mixed becomes wide:", sys.getsizeof(s))
print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytearray(b"abc")))
