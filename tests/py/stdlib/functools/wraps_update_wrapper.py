import functools

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper

@deco
def greet(name: str) -> str:
    """Say hello."""
    return "hi " + name
greet.custom = 1
print(greet("bob"), greet.__name__, greet.__qualname__, greet.__doc__, greet.__annotations__, greet.__module__)
print(greet.__wrapped__.__name__, greet.__wrapped__ is not greet, sorted(greet.__dict__))

def other():
    pass
other.extra = "x"
def w():
    """w doc"""
r = functools.update_wrapper(w, other)
print(r is w, w.__name__, w.__doc__, w.extra, w.__wrapped__ is other)
def w2():
    pass
functools.update_wrapper(w2, other, assigned=("__doc__",), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, "extra"))
class CallableObj:
    def __call__(self):
        return 1
obj = CallableObj()
def w3():
    pass
functools.update_wrapper(w3, obj)
print(w3.__name__, w3.__wrapped__ is obj)
def w4():
    pass
functools.update_wrapper(w4, len)
print(w4.__wrapped__ is len)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def inner():
    pass
inner.__wrapped__ = "old"
def outer():
    pass
functools.update_wrapper(outer, inner)
print(outer.__wrapped__ is inner)
wr = functools.wraps(greet)
print(type(wr).__name__, wr.keywords["wrapped"] is greet)
