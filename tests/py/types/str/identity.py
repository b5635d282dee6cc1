import sys
a = chr(97)
k = "a"
X = "abc" + str(len("x"))
E = "é"
print(k is a, X[0] is a, X[:] is X, X[0:4] is X, X[::1] is X, str(X) is X, format(X) is X, X + "" is X, "" + X is X, X * 1 is X)
print(X.strip() is X, X.replace("z", "y") is X, X.center(2) is X, X.zfill(2) is X, X.split()[0] is X, X.partition(",")[0] is X)
print(X.upper() is X, X.lower() is X, "A".lower() is a, "-".join([X]) is X, "-".join([a, ""]) is a, "%s" % X is X, "{}".format(X) is X, f"{X}" is X)
print(sys.intern(X) is sys.intern("abc" + "1"), E[0] is E[0], chr(233) is E[0], X[1:2] is chr(98))
empty = ""
print(empty is str(), empty is X[:0], empty is "".join([]), empty is X * 0)
