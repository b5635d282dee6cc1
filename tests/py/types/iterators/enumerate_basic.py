# enumerate: start values (negative, huge), keyword forms, reduce, errors.
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate("ab", -1)), list(enumerate([], 5)))
print(list(enumerate("ab", start=2**70)), list(enumerate(iterable="xy", start=True)), list(enumerate(start=3, iterable="z")))
e = enumerate("abc", 5)
print(next(e), e.__reduce__()[0].__name__, list(e))
print(type(enumerate([])).__name__, iter(e) is e)


def t(f):
    try:
        print("ok", f())
    except TypeError as ex:
        print(ex)


t(lambda: enumerate())
t(lambda: enumerate(1))
t(lambda: enumerate([], "a"))
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate(x=[]))
t(lambda: enumerate([], stop=1))
for i, (a, b) in enumerate(zip("xy", "zw")):
    print(i, a, b)
