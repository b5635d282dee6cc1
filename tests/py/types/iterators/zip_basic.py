# zip: shortest wins, strict=True checks lengths with PEP 618's messages.
print(list(zip()), list(zip("ab")), list(zip("ab", [1, 2, 3], (True,))), list(zip(range(3), range(10, 13))))
print(list(zip("ab", "cd", strict=True)), list(zip(strict=False)))


def t(f):
    try:
        print("ok", f())
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)


t(lambda: list(zip([1], [], strict=True)))
t(lambda: list(zip([], [1], strict=True)))
t(lambda: list(zip([1], [1], [], strict=True)))
t(lambda: list(zip([1], [1], [1, 2], strict=True)))
t(lambda: zip(1))
t(lambda: zip([], x=1))
t(lambda: zip([], strict=1, y=2))
z = zip("ab", "cd", strict=True)
print(z.__reduce__()[2], [type(i).__name__ for i in z.__reduce__()[1]], next(z))
z.__setstate__(False)
print(len(z.__reduce__()), list(z))
it = iter([1, 2, 3])
print(list(zip(it, "a")), list(it))
