"""types.DynamicClassAttribute, in a module of its own so that enum can
subclass it (enum.property does) without importing all of types."""


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    On instances it behaves like a property; looked up on the class it
    raises AttributeError, so that the metaclass's __getattr__ can supply
    a class-level value of the same name (Enum uses this for name/value).
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(
            getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if not self.__isabstractmethod__:
                raise AttributeError()
            return self
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    # Each copy keeps whether its docstring follows the getter's.
    def getter(self, fget):
        new_doc = fget.__doc__ if self.overwrite_doc else None
        clone = type(self)(fget, self.fset, self.fdel, new_doc or self.__doc__)
        clone.overwrite_doc = self.overwrite_doc
        return clone

    def setter(self, fset):
        clone = type(self)(self.fget, fset, self.fdel, self.__doc__)
        clone.overwrite_doc = self.overwrite_doc
        return clone

    def deleter(self, fdel):
        clone = type(self)(self.fget, self.fset, fdel, self.__doc__)
        clone.overwrite_doc = self.overwrite_doc
        return clone


DynamicClassAttribute.__module__ = "types"
