def fetch(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"missing {k!r}")

try:
    fetch({}, "x")
except ValueError as e:
    print("caught:", e)
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)

fetch({}, "y")
