class Foo: pass
Foo.__repr__ = Foo.__str__
foo = Foo()
try: str(foo)
except RecursionError as e: print("RE", e)
try: repr(foo)
except RecursionError as e: print("RE", e)
class Bar:
    def __repr__(self): return object.__repr__(self)[:5]
print(repr(Bar()), str(Bar()))
class Baz: pass
Baz.__str__ = Baz.__repr__
print(str(Baz())[:9])
