def guarded():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("handled", e)
            yield "recovered"

g = guarded()
next(g)
g.send(1)
print(g.throw(ValueError("oops")))
next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(g.gi_frame)

def simple():
    yield 1
    yield 2
s = simple()
try:
    s.throw(RuntimeError, "not started")
except RuntimeError as e:
    print("before start:", e)
