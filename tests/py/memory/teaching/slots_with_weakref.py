import weakref

# Slotted classes need '__weakref__' in __slots__ to be weakly referenceable.


class NoWeak:
    __slots__ = ("v",)


class WithWeak:
    __slots__ = ("v", "__weakref__")


try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
w = WithWeak()
r = weakref.ref(w)
print(r() is w)
del w
print(r())
print(hasattr(WithWeak(), "__dict__"))
