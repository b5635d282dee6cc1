# deque error messages and mutation detection
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque()
attempt("pop", d.pop)
attempt("popleft", d.popleft)
attempt("index", lambda: d[0])
attempt("remove", lambda: d.remove(1))
attempt("index()", lambda: d.index(1))
attempt("maxlen<0", lambda: deque([1], maxlen=-1))
attempt("maxlen str", lambda: deque([1], maxlen="a"))
attempt("not iterable", lambda: deque(1))
attempt("rotate str", lambda: deque("abc").rotate("x"))
attempt("str index", lambda: deque([1])["a"])
attempt("slice", lambda: deque([1, 2])[0:1])
attempt("full insert", lambda: deque([1, 2], maxlen=2).insert(0, 3))
attempt("concat", lambda: deque([1]) + [1])
attempt("hash", lambda: hash(deque()))
attempt("missing value", lambda: deque([1, 2, 3]).index(3, 0, 2))
attempt("out of range", lambda: deque(range(5))[5])
attempt("set out of range", lambda: deque(range(5)).__setitem__(-6, 0))

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)

d = deque([1, 2, 3])
it = iter(d)
next(it)
d.popleft()
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
