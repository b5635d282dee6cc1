# del o[key] on an object that does not support it: an int key on a type with tp_as_sequence
# (every class statement's type) fails in PySequence_DelItem ("doesn't support item deletion");
# other keys, and static types without sequence methods (int, None, datetime.date), say "does not".
import datetime, decimal, fractions
class A: pass
class B:
    def __getitem__(self, i): return i
class C:
    def __setitem__(self, k, v): pass
class D(dict): pass
for o in [A(), B(), C(), D(), fractions.Fraction(1), 5, "s", (1,), None, datetime.date(2020, 1, 1), decimal.Decimal(1)]:
    for k in [0, "k", 1.5]:
        try:
            del o[k]
        except Exception as e:
            print(type(o).__name__, repr(k), type(e).__name__, e)
class E:
    pass
del E()[0]
