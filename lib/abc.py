"""Abstract Base Classes (ABCs) according to PEP 3119.

heapstack's own implementation: the bookkeeping (registry, positive and
negative caches, invalidation token) lives in the TypeScript module _abc.
"""

import _abc
from _abc import get_cache_token
_abc_init = _abc._abc_init
_abc_register = _abc._abc_register
_abc_instancecheck = _abc._abc_instancecheck
_abc_subclasscheck = _abc._abc_subclasscheck
_get_dump = _abc._get_dump
_reset_registry = _abc._reset_registry
_reset_caches = _abc._reset_caches

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token",
           "update_abstractmethods"]


def abstractmethod(funcobj):
    """Decorator marking a method as abstract.

    A class whose metaclass derives from ABCMeta cannot be instantiated
    while any of its abstract methods is left without an override.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


def _flag_abstract(func):
    func.__isabstractmethod__ = True
    return func


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated: stack
    classmethod on top of abstractmethod instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(_flag_abstract(callable))


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated: stack
    staticmethod on top of abstractmethod instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(_flag_abstract(callable))


class abstractproperty(property):
    """A property that is also abstract (deprecated: stack property
    on top of abstractmethod instead)."""

    __isabstractmethod__ = True


































class ABCMeta(type):
    """The metaclass of Abstract Base Classes (ABCs).

    Classes built with it may be subclassed directly, or be given
    'virtual subclasses' through register(): issubclass() and
    isinstance() then accept the registered classes and their
    descendants, although the ABC does not appear in their MRO.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        new_class = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(new_class)
        return new_class

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns it
        unchanged, so register can be used as a class decorator.
        """

        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls) for ABCs."""
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls) for ABCs."""
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        """Print this ABC's registry and caches (debugging aid)."""
        state = _get_dump(cls)
        lines = ["Class: %s.%s" % (cls.__module__, cls.__qualname__),
                 "Inv. counter: %s" % (get_cache_token(),)]
        labels = ("_abc_registry", "_abc_cache", "_abc_negative_cache",
                  "_abc_negative_cache_version")
        for label, value in zip(labels, state):
            lines.append("%s: %r" % (label, value))
        for line in lines:
            print(line, file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass (tests only)."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Empty both subclass caches (tests only)."""
        _reset_caches(cls)


def _is_abstract(obj):
    return bool(getattr(obj, "__isabstractmethod__", False))


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ from its current namespace.

    Call it after methods were added to (or removed from) a class once it
    was created, e.g. from a class decorator. Classes that do not carry
    __abstractmethods__ are returned untouched. Returns cls.
    """
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    pending = {attr for attr, value in vars(cls).items() if _is_abstract(value)}
    for base in cls.__bases__:
        inherited = getattr(base, "__abstractmethods__", ())
        pending.update(attr for attr in inherited
                       if _is_abstract(getattr(cls, attr, None)))
    cls.__abstractmethods__ = frozenset(pending)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
