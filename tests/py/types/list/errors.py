# CPython's exception types and messages for list operations.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


l = [1, 2, 3]
t(lambda: [].pop())
t(lambda: l.pop(10))
t(lambda: l.pop("a"))
t(lambda: l.pop(2**70))
t(lambda: l.index(42))
t(lambda: l.index("x", 0, 2))
t(lambda: l.index(1, "a"))
t(lambda: l.remove(42))
t(lambda: l.insert(1))
t(lambda: l.append())
t(lambda: l.append(1, 2))
t(lambda: l.count())
t(lambda: l[3])
t(lambda: l[-4])
t(lambda: l["a"])
t(lambda: l[1.0])
t(lambda: l + (1,))
t(lambda: l * "a")
t(lambda: l < "a")
t(lambda: l.sort(1))
t(lambda: l.sort(key=1, reverse=2, x=3))
t(lambda: l.sort(reverse=None))
t(lambda: list(1))
t(lambda: list([], []))
t(lambda: list(x=1))
t(lambda: l[::0])
t(lambda: l.__setitem__(slice(0, 3, 2), [1]))
t(lambda: l.__setitem__(slice(0, 3, 2), 1))
t(lambda: l.__setitem__(slice(0, 3, 1), 1))
t(lambda: l.__setitem__(5, 1))
t(lambda: l.__delitem__(5))
t(lambda: hash(l))
t(lambda: l.index())


def delete():
    del l[10]


t(delete)
print(l)
