import sys

# A dict's table grows in steps; deleting keys does not shrink it.
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(1, 100):
    d["k%d" % i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(i, size)
        last = size
for k in list(d)[:90]:
    del d[k]
print("after deleting 90 keys:", len(d), sys.getsizeof(d))
print("a copy is compact:", sys.getsizeof(dict(d)))
d.clear()
print("after clear:", sys.getsizeof(d))
ints = {}
print("int keys:", [sys.getsizeof({i: i for i in range(n)}) for n in (0, 1, 5, 6, 11, 22)])
