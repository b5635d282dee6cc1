def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class NotIter:
    pass
attempt(iter, NotIter())
class IterNone:
    __iter__ = None
attempt(iter, IterNone())
class NoNext:
    def __iter__(self): return self
attempt(iter, NoNext())
class Good:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(list(Good()), iter(g := Good()) is g)
