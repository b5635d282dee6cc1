# Classes are in reference cycles with their own MRO and descriptors: deleting one needs gc.
import gc

gc.collect()


class A:
    pass


del A
print("plain class:", gc.collect())


class B:
    def f(self):
        pass

    def g(self):
        pass


del B
print("class with two methods:", gc.collect())


class C:
    __slots__ = ()


del C
print("class with empty __slots__:", gc.collect())


class D(Exception):
    pass


del D
print("exception subclass:", gc.collect())
