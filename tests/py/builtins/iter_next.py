def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
attempt(next, it)
attempt(next, [1])
attempt(iter, 5)
attempt(iter)
attempt(next)
s = iter("ab")
print(list(s), list(s))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(iter(Seq())), type(iter(Seq())).__name__)
class BadIter:
    def __iter__(self): return 5
attempt(iter, BadIter())
