# A property object stored on an instance of the class that defines it: no cycle;
# a property whose fget closes over the class: cycle through the class.
import gc


class N:
    __slots__ = ("peer",)


gc.collect()


def make():
    class C:
        @property
        def me(self):
            return C

    return C


C = make()
del C
print("class whose property closes over it:", gc.collect() > 0)
