"""Module contains faster C implementation of abc.ABCMeta

heapstack writes this accelerator module in Python: the per-class state of an abstract base
class lives in an `_abc_data` object stored as `cls._abc_impl` (as CPython's C version does), with
weak sets for the registry and the positive and negative caches.
"""

from _weakrefset import WeakSet

# A global counter that is incremented each time a class is registered as a virtual subclass of
# anything.  It forces the negative cache to be cleared before its next use.
_abc_invalidation_counter = 0


class _abc_data:
    """Internal state held by ABC machinery."""

    __slots__ = ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                 '_abc_negative_cache_version', '__weakref__')

    def __init__(self):
        self._abc_registry = None
        self._abc_cache = None
        self._abc_negative_cache = None
        self._abc_negative_cache_version = _abc_invalidation_counter


_abc_data.__module__ = '_abc'


def get_cache_token():
    """Returns the current ABC cache token.

    The token is an opaque object (supporting equality testing) identifying the
    current version of the ABC cache for virtual subclasses. The token changes
    with every call to register() on any ABC.
    """
    return _abc_invalidation_counter


def _get_impl(cls):
    try:
        impl = cls.__dict__['_abc_impl']
    except (KeyError, AttributeError):
        raise TypeError("_abc_impl is set to a wrong type")
    if type(impl) is not _abc_data:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl


def _compute_abstract_methods(cls):
    abstracts = set()
    ns = cls.__dict__
    for name, value in list(ns.items()):
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    bases = cls.__bases__
    if not isinstance(bases, tuple):
        raise TypeError("__bases__ is not tuple")
    for base in bases:
        base_abstracts = getattr(base, "__abstractmethods__", ())
        for name in base_abstracts:
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


def _abc_init(cls):
    """Internal ABC helper for class set-up. Should be never used outside abc module."""
    _compute_abstract_methods(cls)
    cls._abc_impl = _abc_data()
    # __abc_tpflags__ only marks classes for pattern matching in CPython's C code.
    if '__abc_tpflags__' in cls.__dict__:
        try:
            delattr(cls, '__abc_tpflags__')
        except (AttributeError, TypeError):
            pass


def _add_to(impl, attr, subclass):
    s = getattr(impl, attr)
    if s is None:
        s = WeakSet()
        setattr(impl, attr, s)
    s.add(subclass)


def _in(s, subclass):
    return s is not None and subclass in s


def _abc_register(cls, subclass):
    """Internal ABC helper for subclasss registration. Should be never used outside abc module."""
    global _abc_invalidation_counter
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass  # Already a subclass
    # Subtle: test for cycles *after* testing for "already a subclass";
    # this means we allow X.register(X) and interpret it as a no-op.
    if issubclass(cls, subclass):
        # This would create a cycle, which is bad for the algorithm below
        raise RuntimeError("Refusing to create an inheritance cycle")
    impl = _get_impl(cls)
    _add_to(impl, '_abc_registry', subclass)
    _abc_invalidation_counter += 1  # Invalidate negative cache
    return subclass


def _abc_instancecheck(cls, instance):
    """Internal ABC helper for instance checks. Should be never used outside abc module."""
    impl = _get_impl(cls)
    subclass = instance.__class__
    if _in(impl._abc_cache, subclass):
        return True
    subtype = type(instance)
    if subtype is subclass:
        if (impl._abc_negative_cache_version == _abc_invalidation_counter and
                _in(impl._abc_negative_cache, subclass)):
            return False
        # Fall back to the subclass check.
        return cls.__subclasscheck__(subclass)
    return any(cls.__subclasscheck__(c) for c in (subclass, subtype))


def _abc_subclasscheck(cls, subclass):
    """Internal ABC helper for subclasss checks. Should be never used outside abc module."""
    if not isinstance(subclass, type):
        raise TypeError('issubclass() arg 1 must be a class')
    impl = _get_impl(cls)
    # 1. Check cache.
    if _in(impl._abc_cache, subclass):
        return True
    # 2. Check negative cache; may have to invalidate.
    if impl._abc_negative_cache_version < _abc_invalidation_counter:
        # Invalidate the negative cache
        if impl._abc_negative_cache is not None:
            impl._abc_negative_cache.clear()
        impl._abc_negative_cache_version = _abc_invalidation_counter
    elif _in(impl._abc_negative_cache, subclass):
        return False
    # 3. Check the subclass hook.
    ok = cls.__subclasshook__(subclass)
    if ok is not NotImplemented:
        if ok is not True and ok is not False:
            raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
        if ok:
            _add_to(impl, '_abc_cache', subclass)
        else:
            _add_to(impl, '_abc_negative_cache', subclass)
        return ok
    # 4. Check if it's a direct subclass.
    if cls in getattr(subclass, '__mro__', ()):
        _add_to(impl, '_abc_cache', subclass)
        return True
    # 5. Check if it's a subclass of a registered class (recursive).
    if impl._abc_registry is not None:
        for rcls in list(impl._abc_registry):
            if issubclass(subclass, rcls):
                _add_to(impl, '_abc_cache', subclass)
                return True
    # 6. Check if it's a subclass of a subclass (recursive).
    subclasses = cls.__subclasses__()
    if not isinstance(subclasses, list):
        raise TypeError("__subclasses__() must return a list")
    for scls in subclasses:
        if issubclass(subclass, scls):
            _add_to(impl, '_abc_cache', subclass)
            return True
    # No dice; update negative cache.
    _add_to(impl, '_abc_negative_cache', subclass)
    return False


def _get_dump(cls):
    """Internal ABC helper for cache and registry debugging.

    Return shallow copies of registry, of both caches, and
    negative cache version. Don't call this function directly,
    instead use ABC._dump_registry() for a nice repr."""
    impl = _get_impl(cls)
    def refs(s):
        from _weakref import ref
        return set() if s is None else {ref(x) for x in s}
    return (refs(impl._abc_registry), refs(impl._abc_cache),
            refs(impl._abc_negative_cache), impl._abc_negative_cache_version)


def _reset_registry(cls):
    """Internal ABC helper to reset registry of a given class.

    Should be only used by refleak.py"""
    impl = _get_impl(cls)
    if impl._abc_registry is not None:
        impl._abc_registry.clear()


def _reset_caches(cls):
    """Internal ABC helper to reset both caches of a given class.

    Should be only used by refleak.py"""
    impl = _get_impl(cls)
    if impl._abc_cache is not None:
        impl._abc_cache.clear()
    if impl._abc_negative_cache is not None:
        impl._abc_negative_cache.clear()
