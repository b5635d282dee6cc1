# Static types without __new__ refuse instantiation; builtin functions, method-wrappers and types.MethodType; AttributeError name/obj.
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))
attempt("list_iterator()", lambda: type(iter([]))())
attempt("dict_keys()", lambda: type({}.keys())())
attempt("gen()", lambda: type((x for x in ()))())
attempt("method-wrapper", lambda: type((1).__add__)())
attempt("builtin_function_or_method", lambda: type(len)())
attempt("len.__name__", lambda: (len.__name__, len.__qualname__, len.__self__, len.__module__))
attempt("[].append", lambda: ([].append.__name__, [].append.__qualname__, type([].append.__self__)))
attempt("mw self", lambda: ((5).__add__.__self__, (5).__add__.__name__, (5).__add__.__qualname__))
import types
class C:
    def m(self): return self
c = C()
attempt("MethodType", lambda: types.MethodType(C.m, c)() is c)
attempt("MethodType bad", lambda: types.MethodType(C.m))
attempt("MethodType nc", lambda: types.MethodType(1, c))
try:
    c.missing
except AttributeError as e:
    print(e.name, e.obj is c)
try:
    getattr(5, "nope")
except AttributeError as e:
    print(e.name, e.obj)
