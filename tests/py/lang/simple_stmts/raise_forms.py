def raiser(kind):
    if kind == "class":
        raise ValueError
    if kind == "instance":
        raise ValueError("with message")
    if kind == "from":
        raise ValueError("chained") from KeyError("origin")
    if kind == "bad":
        raise 42
    if kind == "badcause":
        raise ValueError("x") from 42

for kind in ["class", "instance", "from", "bad", "badcause"]:
    try:
        raiser(kind)
    except Exception as e:
        print(kind, type(e).__name__, repr(e), repr(e.__cause__))

class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as e:
    print("TypeError:", e)
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
