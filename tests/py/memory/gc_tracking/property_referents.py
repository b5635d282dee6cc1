# gc.get_referents() of property objects: CPython 3.11 keeps the getter's __doc__ as the
# property's doc even when it is None (then None is a referent), and a property subclass's
# instance dict is visited once, by the subclass's traverse.
import gc


def nodoc(self):
    return 1


def withdoc(self):
    "getter doc"
    return 2


def kinds(p):
    return sorted(type(x).__name__ for x in gc.get_referents(p))


for label, p in [
    ("empty", property()),
    ("lambda", property(lambda s: 1)),
    ("no docstring", property(nodoc)),
    ("docstring", property(withdoc)),
    ("explicit doc", property(nodoc, doc="d")),
    ("doc=None", property(nodoc, doc=None)),
    ("only doc", property(doc="x")),
    ("setter only", property(None, nodoc)),
]:
    print(label, kinds(p), repr(p.__doc__))

p = property(withdoc)
print("getter copy", kinds(p.getter(nodoc)), repr(p.getter(nodoc).__doc__))
print("setter copy", kinds(p.setter(nodoc)), repr(p.setter(nodoc).__doc__))
print("getter copy with doc", kinds(property(nodoc).getter(withdoc)))


class Temperature:
    @property
    def celsius(self):
        return 21

    @celsius.setter
    def celsius(self, value):
        pass


print("in a class", kinds(Temperature.__dict__["celsius"]))


class LoudProperty(property):
    pass


lp = LoudProperty(nodoc)
print("subclass", kinds(lp), repr(lp.__doc__), lp.__dict__)
lp2 = LoudProperty(withdoc)
print("subclass with doc", kinds(lp2), repr(lp2.__doc__))

gc.collect()
lp.me = lp
del lp
print("subclass cycle collected", gc.collect())
cyc = property(nodoc)
holder = [cyc]
cyc2 = property(lambda s, h=holder: h)
holder.append(cyc2)
del cyc, cyc2, holder
print("property cycle collected", gc.collect())
