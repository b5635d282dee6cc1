import sys

# Identifiers in source code are interned; strings built at run time are not.
a = "hello_world"
b = "hello_world"
print("same literal:", a is b)
c = "".join(["hello", "_", "world"])
print("built at run time:", c == a, c is a)
d = sys.intern(c)
print("after sys.intern:", d is a)
e = "hello world!"
f = "hello world!"
print("literal with spaces, same code object:", e is f)
g = " ".join(["hello", "world!"])
print("joined:", g is e, sys.intern(g) is sys.intern(e))
single = chr(97)
print("one-character strings are shared:", single is "a")
print("empty string shared:", str() is "")
names = [sys.intern("key" + str(i)) for i in range(3)]
print([n is sys.intern("key" + str(i)) for i, n in enumerate(names)])
