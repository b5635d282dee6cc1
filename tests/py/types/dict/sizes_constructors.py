# Sizes from displays, dict(), fromkeys, copy, comprehension, |, update.
import sys

S = sys.getsizeof
for n in range(0, 14):
    src = {i: i for i in range(n)}
    disp = eval("{" + ",".join("%d: 0" % i for i in range(n)) + "}")
    sdisp = eval("{" + ",".join("'k%d': 0" % i for i in range(n)) + "}")
    kw = eval("dict(" + ",".join("a%d=0" % i for i in range(n)) + ")")
    print(n, S(src), S(disp), S(sdisp), S(kw), S(dict(src)), S(src.copy()), S(dict.fromkeys(range(n))),
          S(dict.fromkeys(src)), S(dict.fromkeys(set(range(n)))), S(dict(zip(range(n), range(n)))), S(src | {}))
d = {}
d.update({i: i for i in range(7)})
print(S(d), end=" ")
d.update([(i, i) for i in range(7, 30)])
print(S(d))
