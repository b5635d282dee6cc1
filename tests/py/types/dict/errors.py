# KeyError carries the key; CPython's messages for bad updates and calls.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e.args), e)


d = {"a": 1}
t(lambda: d["b"])
t(lambda: d[(1, 2)])
t(lambda: d[()])
t(lambda: {}.popitem())
t(lambda: d.pop("zz"))
t(lambda: d.pop())
t(lambda: dict([1]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict(["ab", "cde"]))
t(lambda: dict(1))
t(lambda: dict(1, 2))
t(lambda: d.update(1))
t(lambda: d.update([[1]], [2]))
t(lambda: d.get())
t(lambda: d.setdefault())
t(lambda: dict.fromkeys())
t(lambda: d | 1)
t(lambda: {[]: 1})
t(lambda: d[[]])
t(lambda: d < d)
t(lambda: hash(d))


def delete():
    del d["nope"]


t(delete)


def mutate():
    for k in d:
        d[k + "x"] = 0


t(mutate)
d = {1: 1, 2: 2}


def mutate2():
    for k in d:
        del d[k]
        d[k + 10] = 0


t(mutate2)
