def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def g():
    yield 1
    return "retval"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
print(next(it, "default"))
it2 = iter([])
try:
    next(it2)
except StopIteration as e:
    print(repr(e), e.args)
class Bad:
    def __next__(self): raise ValueError("inner")
attempt(next, Bad())
attempt(next, Bad(), 1)
