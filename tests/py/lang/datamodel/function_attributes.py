def documented(a, b=2, *args, c, d=4, **kw) -> int:
    """Adds things."""
    return a

print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__annotations__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount)
print(documented.__code__.co_varnames)
print(documented.__module__)

def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)

documented.custom = "attribute"
print(documented.custom, documented.__dict__)
try:
    documented.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
lam = lambda x: x
print(lam.__name__, lam.__code__.co_name)
