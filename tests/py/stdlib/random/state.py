import random

r = random.Random(1)
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], st[1][:4], st[2])
seq = [r.random() for _ in range(700)]
r.setstate(st)
print(seq == [r.random() for _ in range(700)])
r2 = random.Random()
r2.setstate(r.getstate())
print(r.random() == r2.random())
internal = list(st[1])
v2 = (2, tuple(x - 2 ** 32 if x >= 2 ** 31 else x for x in internal), None)
r3 = random.Random()
r3.setstate(v2)
r.setstate(st)
print(r3.random() == r.random())
for bad in [(1,), (3, (1, 2), None), (3, tuple(range(624)) + (625,), None), (3, tuple(range(624)) + (-1,), None),
            (3, (-1,) + tuple(range(624)), None), (3, [0] * 625, None), (3, ("x",) * 625, None), (4, (), None)]:
    try:
        random.Random().setstate(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    random.Random().setstate(5)
except TypeError as e:
    print("TypeError", e)
big = (3, tuple([2 ** 40 + 5] * 624) + (624,), None)
r4 = random.Random()
r4.setstate(big)
print(r4.getstate()[1][0], r4.random())
print(r.__reduce__()[0].__name__, len(r.__reduce__()[2][1]))
