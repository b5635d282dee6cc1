# A comparison method whose lookup itself fails (a property that raises) makes the comparison
# NotImplemented, as CPython's slot_tp_richcompare clears the lookup's error; an error raised by
# the method once called still propagates.
def booh(self):
    raise AttributeError("booh")


class E:
    __eq__ = property(booh)


e = E()
print(E() == E(), e == e, e != e)
print([E()].count(e), e in [e], E() in [E()])


def boom(self):
    raise KeyError("boom")


class F:
    __lt__ = property(boom)
    __gt__ = property(boom)


try:
    F() < F()
except TypeError as x:
    print("TypeError:", x)


class G:
    def __eq__(self, other):
        raise KeyError("called")


try:
    G() == 1
except KeyError as x:
    print("KeyError:", x)


class H:
    @property
    def __eq__(self):
        print("__eq__ looked up")
        return lambda other: "from property"


print(H() == 1, 1 == H())
