"""Tools for working with functions and callable objects.

heapstack: reduce, partial, cmp_to_key and the lru_cache wrapper type are the TypeScript
module _functools; the rest of the public API (wraps/update_wrapper, total_ordering,
lru_cache/cache, partialmethod, singledispatch/singledispatchmethod, cached_property) is
written here on top of it, following CPython 3.11's documented behaviour.
"""

from _functools import _lru_cache_wrapper, cmp_to_key, partial, reduce
from abc import get_cache_token
from collections import namedtuple
from types import GenericAlias

__all__ = [
    "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
    "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
    "partial", "partialmethod", "singledispatch", "singledispatchmethod",
    "cached_property",
]


# ==== wrapper metadata ======================================================================

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Copy the metadata of `wrapped` onto `wrapper` and return `wrapper`.

    Attributes named in `assigned` are copied when `wrapped` has them; the
    mappings named in `updated` are merged into the wrapper's own; finally
    wrapper.__wrapped__ is set to `wrapped`.
    """
    missing = object()
    for attr in assigned:
        found = getattr(wrapped, attr, missing)
        if found is not missing:
            setattr(wrapper, attr, found)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Done last: a __wrapped__ that came along in __dict__ must not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(f) applied to a wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ==== total_ordering ========================================================================

# For a root comparison R (the one the class defines), each other comparison is derived by
# one of five formulas over r = type(self).R(self, other).  NotImplemented from the root is
# passed through unchanged.
_SYMBOL = {"__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}

_DERIVATIONS = {
    # root: ((derived, formula), ...) in the order the methods are added to the class
    "__lt__": (("__gt__", "neither"), ("__le__", "either"), ("__ge__", "negate")),
    "__le__": (("__ge__", "negate_or_eq"), ("__lt__", "and_ne"), ("__gt__", "negate")),
    "__gt__": (("__lt__", "neither"), ("__ge__", "either"), ("__le__", "negate")),
    "__ge__": (("__le__", "negate_or_eq"), ("__gt__", "and_ne"), ("__lt__", "negate")),
}

_FORMULA_TEXT = {
    "neither": "(not a {r} b) and (a != b)",
    "either": "(a {r} b) or (a == b)",
    "negate": "(not a {r} b)",
    "negate_or_eq": "(not a {r} b) or (a == b)",
    "and_ne": "(a {r} b) and (a != b)",
}


def _derived_comparison(root, derived, formula):
    if formula == "neither":
        def compare(self, other):
            r = getattr(type(self), root)(self, other)
            if r is NotImplemented:
                return r
            return not r and self != other
    elif formula == "either":
        def compare(self, other):
            r = getattr(type(self), root)(self, other)
            if r is NotImplemented:
                return r
            return r or self == other
    elif formula == "negate":
        def compare(self, other):
            r = getattr(type(self), root)(self, other)
            if r is NotImplemented:
                return r
            return not r
    elif formula == "negate_or_eq":
        def compare(self, other):
            r = getattr(type(self), root)(self, other)
            if r is NotImplemented:
                return r
            return not r or self == other
    else:  # "and_ne"
        def compare(self, other):
            r = getattr(type(self), root)(self, other)
            if r is NotImplemented:
                return r
            return r and self != other
    compare.__name__ = compare.__qualname__ = f"_{derived[2:-2]}_from_{root[2:-2]}"
    how = _FORMULA_TEXT[formula].format(r=_SYMBOL[root])
    compare.__doc__ = f"Return a {_SYMBOL[derived]} b.  Computed by @total_ordering from {how}."
    return compare


_convert = {
    root: [(derived, _derived_comparison(root, derived, formula)) for derived, formula in plan]
    for root, plan in _DERIVATIONS.items()
}

# Each derived comparison is also a module global under its qualified name (_gt_from_lt ...), as
# in CPython, so pickle finds it by reference.
for _plan in _convert.values():
    for _derived, _method in _plan:
        globals()[_method.__qualname__] = _method
del _plan, _derived, _method


def total_ordering(cls):
    """Class decorator: given one of __lt__/__le__/__gt__/__ge__ (and __eq__), add the rest."""
    own = [op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)]
    if not own:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    # Preference among the defined ones: __lt__, __le__, __gt__, __ge__ (max by name).
    root = max(own)
    for name, method in _convert[root]:
        if name not in own:
            method.__name__ = name
            setattr(cls, name, method)
    return cls


# ==== lru_cache / cache =====================================================================

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


class _HashedSeq(list):
    """List of key parts that computes its hash once (kept for _make_key)."""

    __slots__ = "hashvalue"

    def __init__(self, tup, hash=hash):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


_KWD_MARK = (object(),)


def _make_key(args, kwds, typed):
    """The key lru_cache would build for a call (the cache itself does this natively)."""
    parts = args
    if kwds:
        parts = parts + _KWD_MARK
        for pair in kwds.items():
            parts = parts + pair
    if typed:
        parts = parts + tuple(map(type, args))
        if kwds:
            parts = parts + tuple(map(type, kwds.values()))
    elif len(parts) == 1 and type(parts[0]) in (int, str):
        return parts[0]
    return _HashedSeq(parts)


def _cached(function, maxsize, typed):
    wrapper = _lru_cache_wrapper(function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    return update_wrapper(wrapper, function)


def lru_cache(maxsize=128, typed=False):
    """Memoizing decorator that evicts the least recently used entry when full.

    maxsize=None makes the cache unbounded; typed=True keeps arguments of
    different types (3 and 3.0) apart.  The decorated function gains
    cache_info(), cache_clear() and cache_parameters(), and __wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Bare @lru_cache: the "maxsize" is the function being decorated.
        return _cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _cached(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    """Unbounded memoizing decorator: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ==== partialmethod =========================================================================

class partialmethod(object):
    """Descriptor version of partial: the stored arguments follow self/cls.

    Wraps other descriptors (classmethod, staticmethod, ...) by binding them
    first; a plain callable behaves like an instance method.
    """

    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or hasattr(func, "__get__")):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            # Flatten nested partialmethods so self/cls stays the first argument.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        shown = [repr(a) for a in self.args]
        named = [f"{k}={v!r}" for k, v in self.keywords.items()]
        kind = self.__class__
        return f"{kind.__module__}.{kind.__qualname__}({self.func}, {', '.join(shown)}, {', '.join(named)})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            merged = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **merged)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # The wrapped descriptor made something new: apply our arguments to that.
                applied = partial(bound, *self.args, **self.keywords)
                try:
                    applied.__self__ = bound.__self__
                except AttributeError:
                    pass
                return applied
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# ==== singledispatch ========================================================================

def _c3_merge(sequences):
    # C3 linearization: repeatedly take the first head that is in no sequence's tail.
    merged = []
    pending = [seq for seq in sequences if seq]
    while pending:
        for seq in pending:
            head = seq[0]
            if all(head not in other[1:] for other in pending):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        merged.append(head)
        for seq in pending:
            if seq[0] == head:
                del seq[0]
        pending = [seq for seq in pending if seq]
    return merged


def _c3_mro(cls, abcs=None):
    # The C3 MRO of cls, with those of `abcs` that cls implements (without a base that
    # already does) spliced in right after the explicitly listed ABC bases.
    bases = cls.__bases__
    cut = 0
    for position in range(len(bases), 0, -1):
        if hasattr(bases[position - 1], "__abstractmethods__"):
            cut = position
            break
    remaining = list(abcs) if abcs else []
    leading = list(bases[:cut])
    trailing = list(bases[cut:])
    virtual = [
        abc for abc in remaining
        if issubclass(cls, abc) and not any(issubclass(b, abc) for b in bases)
    ]
    for abc in virtual:
        remaining.remove(abc)
    groups = (leading, virtual, trailing)
    sub_mros = [_c3_mro(base, abcs=remaining) for group in groups for base in group]
    return _c3_merge([[cls], *sub_mros, *groups])


def _compose_mro(cls, types):
    # cls's MRO extended with the registered types that are virtual bases of it (ABCs).
    real = set(cls.__mro__)
    related = [
        t for t in types
        if t not in real and hasattr(t, "__mro__")
        and not isinstance(t, GenericAlias) and issubclass(cls, t)
    ]
    # Drop those that are bases of another candidate: they come in through it.
    candidates = [
        t for t in related
        if not any(t != u and t in u.__mro__ for u in related)
    ]
    chosen = set(candidates)
    order = []
    for abc in candidates:
        # Subclasses of this ABC that cls also implements fix a stable relative order.
        chains = [
            [s for s in sub.__mro__ if s in chosen]
            for sub in abc.__subclasses__()
            if sub not in real and issubclass(cls, sub)
        ]
        if not chains:
            order.append(abc)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            order.extend(s for s in chain if s not in order)
    return _c3_mro(cls, abcs=order)


def _find_impl(cls, registry):
    # The registered implementation for the first matching class in the composed MRO.
    best = None
    for candidate in _compose_mro(cls, registry.keys()):
        if best is None:
            if candidate in registry:
                best = candidate
            continue
        # Two unrelated implicit (ABC) matches at the same level: refuse to guess.
        if (candidate in registry and candidate not in cls.__mro__
                and best not in cls.__mro__ and not issubclass(best, candidate)):
            raise RuntimeError(f"Ambiguous dispatch: {best} or {candidate}")
        break
    return registry.get(best)


def _typing():
    # typing is only consulted when a program already uses it; otherwise no typing.Union or
    # forward-reference objects can exist and the plain rules below are exact.
    import sys
    return sys.modules.get("typing")


def _union_members(tp):
    typing = _typing()
    return typing.get_args(tp) if typing is not None else tp.__args__


def _first_hint(func):
    # (parameter name, resolved annotation) of the first annotated name, as
    # typing.get_type_hints(func) would report it.
    typing = _typing()
    if typing is not None:
        return next(iter(typing.get_type_hints(func).items()))
    name, hint = next(iter(func.__annotations__.items()))
    if isinstance(hint, str):
        scope = func
        while hasattr(scope, "__wrapped__"):
            scope = scope.__wrapped__
        hint = eval(hint, getattr(scope, "__globals__", {}))
    if hint is None:
        hint = type(None)
    return name, hint


def singledispatch(func):
    """Turn a function into a generic function dispatching on its first argument's class.

    The decorated function becomes the default implementation; register()
    adds implementations chosen by the class of the first argument.
    """
    import types
    import weakref

    registry = {}
    dispatch_cache = weakref.WeakKeyDictionary()
    # Set once an ABC is registered: any ABC registration anywhere changes the token, and
    # then cached dispatch results may be stale.
    cache_token = None

    def dispatch(cls):
        """Return the implementation the dispatch algorithm picks for class `cls`."""
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = registry[cls] if cls in registry else _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    # The type checks are closures (over `types`), as CPython's are: register's cells are
    # then CPython's, which a collection counts once a dispatcher becomes garbage.
    def _is_union_type(tp):
        typing = _typing()
        if typing is not None:
            return typing.get_origin(tp) in {typing.Union, types.UnionType}
        return isinstance(tp, types.UnionType)

    def _is_valid_dispatch_type(tp):
        if isinstance(tp, type):
            return True
        return _is_union_type(tp) and all(isinstance(m, type) for m in _union_members(tp))

    def register(cls, func=None):
        """Register func as an implementation and return it.

        Registers func as the implementation for cls (a class or a union of
        classes); with a single annotated function, its first annotation.
        """
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        elif func is not None:
            raise TypeError(
                "Invalid first argument to `register()`. "
                f"{cls!r} is not a class or union type."
            )
        else:
            func = cls
            if not getattr(func, "__annotations__", {}):
                raise TypeError(
                    f"Invalid first argument to `register()`: {func!r}. Use either "
                    "`@register(some_class)` or plain `@register` on an annotated function."
                )
            argname, cls = _first_hint(func)
            if not _is_valid_dispatch_type(cls):
                problem = ("not all arguments are classes" if _is_union_type(cls)
                           else "is not a class")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} {problem}.")

        targets = _union_members(cls) if _is_union_type(cls) else (cls,)
        for target in targets:
            registry[target] = func
        if cache_token is None and hasattr(cls, "__abstractmethods__"):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor (dispatches on the first
    argument after self/cls)."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, "__get__")):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method as the implementation for cls (see singledispatch)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            chosen = self.dispatcher.dispatch(args[0].__class__)
            return chosen.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# ==== cached_property =======================================================================

class _NoLock:
    # heapstack runs one thread; cached_property keeps a lock attribute all the same.
    __slots__ = ()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        return False


_NOT_FOUND = object()


class cached_property:
    # Like property, but the value is computed once and then stored in the instance's
    # __dict__ under the same name, where later lookups find it. (No docstring, as CPython.)

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = _NoLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif self.attrname != name:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            kind = type(instance).__name__
            raise TypeError(
                f"No '__dict__' attribute on {kind!r} instance to cache {name!r} property."
            ) from None
        value = store.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            with self.lock:
                value = store.get(name, _NOT_FOUND)
                if value is _NOT_FOUND:
                    value = self.func(instance)
                    try:
                        store[name] = value
                    except TypeError:
                        kind = type(instance).__name__
                        raise TypeError(
                            f"The '__dict__' attribute on {kind!r} instance does not support "
                            f"item assignment for caching {name!r} property."
                        ) from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
