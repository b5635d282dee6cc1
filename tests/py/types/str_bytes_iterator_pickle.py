# str / bytes / bytearray / callable iterators pickle and copy mid-iteration
import copy
import pickle

for s in ["abc", "\u1234bc", "\U0001F680x\U0001F680", b"abc", bytearray(b"ab")]:
    it = iter(s)
    print(it.__reduce__())
    next(it)
    print(it.__reduce__())
    for p in range(6):
        print(list(pickle.loads(pickle.dumps(it, p))), end=" ")
    print(list(copy.copy(it)), list(copy.deepcopy(it)))
    list(it)
    print(it.__reduce__(), list(pickle.loads(pickle.dumps(it))))

it = iter("\U0001F680\U0001F680xyz")
it.__setstate__(2)
print(list(it))
for seq in ["abc", b"abc", bytearray(b"abc")]:
    for idx in (-5, 1, 10):
        it = iter(seq)
        it.__setstate__(idx)
        print(repr(seq), idx, it.__length_hint__(), list(it))
for bad in [lambda: iter("abc").__setstate__("x"), lambda: iter(b"").__setstate__(),
            lambda: iter(b"").__reduce__(1), lambda: iter("").__setstate__(1, 2),
            lambda: iter(bytearray()).__setstate__(1.5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

c = iter(int, 1)
print(c.__reduce__())
c2 = pickle.loads(pickle.dumps(iter(list, [1])))
print(type(c2).__name__, next(c2))
c = iter([1].pop, 1)
print(next(c, None), c.__reduce__())
