# Counter: counting, most_common with ties, elements, update/subtract, total
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), c.total(), c["z"], len(c))
c.update("aaz")
c.update({"b": 3})
print(c)
c.subtract("abc")
c.subtract(z=5)
print(c)
print(+c, -c)
del c["nothere"]
del c["a"]
print(c, list(c.keys()))
words = "to be or not to be that is the question to".split()
wc = Counter(words)
print(wc.most_common(3))
print(Counter(a=3, b=1, c=3, d=1).most_common())
print(Counter(), repr(Counter()), Counter(x=0), Counter({"k": 2}, k2=1))
e = Counter(cats=4, dogs=8)
print(sorted(e.elements()), dict(e))
try:
    Counter.fromkeys("ab")
except NotImplementedError as err:
    print("NotImplementedError", err)
print(Counter("aab").copy(), Counter("aab").__reduce__())
