def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true!"
        case float():
            return "a float"
        case _:
            return "something else"

for v in [0, 2, "hello", None, True, 3.5, [1]]:
    print(repr(v), "->", describe(v))
