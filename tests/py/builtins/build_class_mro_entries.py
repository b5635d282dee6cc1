def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Fake:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (int,)
class C(Fake()):
    pass
print(C.__bases__, C.__orig_bases__ == C.__orig_bases__, type(C.__orig_bases__[0]).__name__)
class Bad:
    def __mro_entries__(self, bases): return 5
try:
    class E(Bad()): pass
except TypeError as e:
    print("TypeError:", e)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
def not_a_mapping(*a, **k): return 5
class P(type):
    __prepare__ = not_a_mapping
try:
    class Q(metaclass=P): pass
except TypeError as e:
    print("TypeError:", e)
