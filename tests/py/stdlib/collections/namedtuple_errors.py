# namedtuple validation errors
from collections import namedtuple


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


attempt("dup", lambda: namedtuple("X", "a a"))
attempt("keyword", lambda: namedtuple("X", "a class"))
attempt("underscore", lambda: namedtuple("X", "_a"))
attempt("identifier", lambda: namedtuple("X", "a 1b"))
attempt("typename", lambda: namedtuple("for", "a"))
attempt("defaults", lambda: namedtuple("X", "a", defaults=[1, 2]))
P = namedtuple("P", "x y")
attempt("too many", lambda: P(1, 2, 3))
attempt("_make", lambda: P._make([1]))
attempt("_replace", lambda: P(1, 2)._replace(z=3))
attempt("attr", lambda: setattr(P(1, 2), "x", 5))
attempt("ok", lambda: P(x=1, y=2))
