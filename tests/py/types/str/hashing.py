# PYTHONHASHSEED=0 for both interpreters: the exact values must agree.
for s in ["", "a", "abc", "hello world", "é" * 3, "\u0100abc", "😀", "x😀y" * 5, "abcdefgh", "abcdefghi"]:
    print(repr(s), hash(s))
print(hash(b"abc"), hash(b""), hash("abc") == hash(b"abc"), hash(bytes(range(20))))
d = {}
for w in ["x", "y", "zz", "é", "😀"]:
    d[w] = len(d)
print(d, {"k" + str(i): i for i in range(5)})
print(set("hello"), frozenset(["a", "b"]) == frozenset("ab"))
