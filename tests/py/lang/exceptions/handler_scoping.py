def f():
    try:
        raise ValueError("first")
    except ValueError as exc:
        saved = exc
    try:
        print(exc)
    except NameError as e:
        print("NameError:", e)
    return saved

err = f()
print(type(err).__name__, err, err.__traceback__ is not None)

try:
    raise KeyError("a")
except KeyError as outer:
    try:
        raise IndexError("b")
    except IndexError as inner:
        print(repr(inner.__context__))
    print(repr(outer))
