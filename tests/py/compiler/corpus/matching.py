def m(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "neg"
        case "s" | b"b":
            return "str"
        case None:
            return "none"
        case True:
            return "true"
        case [a, b]:
            return a + b
        case [a, *rest]:
            return rest
        case [_, _, *_]:
            return "long"
        case [first, *_, last]:
            return first, last
        case {"k": v, "j": w}:
            return v
        case {"k": v, **rest}:
            return rest
        case {}:
            return "empty mapping"
        case Point(x=0, y=yy):
            return yy
        case Point(a, b, c=cc) as p:
            return p
        case str() | bytes():
            return "strlike"
        case [1, [2, q]] if q > 0:
            return q
        case Color.RED:
            return "red"
        case (a, b) | [b, a]:
            return a
        case _:
            return "other"

def m2(x):
    match x:
        case y:
            return y

def m3(x):
    match x:
        case {1: a} if a:
            pass
        case [*_]:
            pass
