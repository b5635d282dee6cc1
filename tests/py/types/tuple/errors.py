# CPython's exceptions for tuple operations.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


x = (1, 2, 3)
t(lambda: x[3])
t(lambda: x["a"])
t(lambda: x + [1])
t(lambda: x * "a")
t(lambda: x.index(9))
t(lambda: x.index())
t(lambda: x.count())
t(lambda: tuple(1))
t(lambda: tuple([], []))
t(lambda: tuple(x=1))
t(lambda: x < ("a",))
t(lambda: x.__setitem__(0, 1))


def assign():
    x[0] = 5


t(assign)


def delete():
    del x[0]


t(delete)
