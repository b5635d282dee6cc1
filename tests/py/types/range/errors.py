# CPython's range errors.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1, 2, 0))
t(lambda: range("a"))
t(lambda: range(1.5))
t(lambda: range(x=1))
t(lambda: range(3)[5])
t(lambda: range(3)[-4])
t(lambda: range(3)["a"])
t(lambda: range(3).index(5))
t(lambda: range(3).index("a"))
t(lambda: range(3).count())
t(lambda: range(3)[::0])


class I:
    def __index__(self):
        return 4


print(range(I()), range(1, I()), range(3)[I() - 3] if False else range(10)[I()])
print(range(True), range(False, 3, True))
