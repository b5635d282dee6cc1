"""Helper to provide extensibility for pickle.

This is only useful to add pickle support for extension types defined in
C, not for instances of user-defined classes.
"""

# heapstack's own copyreg. Besides the public registry it holds the helpers
# that reductions name (_reconstructor, __newobj__, __newobj_ex__) and
# _reduce_newobj(), our Python rendering of what object.__reduce_ex__ returns
# for protocols 2 and up; the copy module relies on it.

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def _require_callable(obj, message):
    if not callable(obj):
        raise TypeError(message)


def pickle(ob_type, pickle_function, constructor_ob=None):
    _require_callable(pickle_function, "reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # constructor_ob is accepted for compatibility; it is only validated.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    _require_callable(object, "constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(complex, pickle_complex, complex)
pickle(type(int | str), pickle_union)


# ---------------------------------------------------------------------------
# Reconstruction helpers named by reductions

def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    instance = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(instance, state)
    return instance


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Protocol 4 helper: like __newobj__ but passes keyword arguments too."""
    return cls.__new__(cls, *args, **kwargs)


_IS_HEAPTYPE = 1 << 9
_builtin_new_type = type(int.__new__)


def _first_native_base(cls):
    # The nearest class of the MRO that is not a Python-defined class, or
    # that defines its own builtin __new__.
    for klass in cls.__mro__:
        flags = getattr(klass, "__flags__", None)
        if flags is not None and not (flags & _IS_HEAPTYPE):
            return klass
        maker = klass.__new__
        if isinstance(maker, _builtin_new_type) and maker.__self__ is klass:
            return klass
    return object


def _reduce_ex(self, proto):
    # object.__reduce_ex__ for the old protocols 0 and 1.
    assert proto < 2
    cls = self.__class__
    base = _first_native_base(cls)
    if base is object:
        base_state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        base_state = base(self)
    recon_args = (cls, base, base_state)
    getstate = getattr(self, "__getstate__", None)
    if getstate is None:
        if getattr(self, "__slots__", None):
            raise TypeError(
                f"cannot pickle {cls.__name__!r} object: a class that "
                "defines __slots__ without defining __getstate__ cannot "
                f"be pickled with protocol {proto}")
        extra = getattr(self, "__dict__", None)
    else:
        if (getattr(cls, "__getstate__", None) is _object_getstate
                and getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        extra = getstate()
    if not extra:
        return _reconstructor, recon_args
    return _reconstructor, recon_args, extra


def _mangle(owner, attr):
    if attr.startswith("__") and not attr.endswith("__"):
        prefix = owner.__name__.lstrip("_")
        if prefix:
            return "_" + prefix + attr
    return attr


def _slotnames(cls):
    """Return the names of the slots of cls and of its bases (mangled as
    stored), caching the list in cls.__slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__", _MISSING)
            if declared is _MISSING:
                continue
            if isinstance(declared, str):
                declared = [declared]
            found.extend(_mangle(klass, attr) for attr in declared
                         if attr not in ("__dict__", "__weakref__"))
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


_MISSING = object()


_MANAGED_DICT = 1 << 4
_HEAPTYPE = 1 << 9


def _tp_name(cls):
    # The name a C type was declared with: 'itertools.pairwise', 'dict_keys'.
    if cls.__flags__ & _HEAPTYPE or cls.__module__ == "builtins":
        return cls.__name__
    return f"{cls.__module__}.{cls.__name__}"


def _holds_more_than_slots(cls, slot_count):
    # An instance whose C layout has fields beyond object's header, its
    # dict and weakref pointers and its __slots__ keeps state that the
    # default reduction cannot see.
    words = slot_count
    if cls.__dictoffset__ and not cls.__flags__ & _MANAGED_DICT:
        words += 1
    if cls.__weakrefoffset__:
        words += 1
    return cls.__basicsize__ > object.__basicsize__ + 8 * words


def _default_getstate(obj, required):
    # object.__getstate__ when the class does not override it.
    cls = type(obj)
    if required and getattr(cls, "__itemsize__", 0):
        raise TypeError(f"cannot pickle {_tp_name(cls)} objects")
    namespace = getattr(obj, "__dict__", None)
    # the instance dict itself, as CPython's object.__getstate__ returns it
    state = namespace if namespace else None
    slots = _slotnames(cls)
    if required and _holds_more_than_slots(cls, len(slots)):
        raise TypeError(f"cannot pickle {_tp_name(cls)!r} object")
    slot_values = {}
    for attr in slots:
        value = getattr(obj, attr, _MISSING)
        if value is not _MISSING:
            slot_values[attr] = value
    if slot_values:
        return (state, slot_values)
    return state


def _type_name(obj):
    return type(obj).__name__


def _new_arguments(obj):
    # (args, kwargs) from __getnewargs_ex__ / __getnewargs__, or (None, None).
    hook = getattr(obj, "__getnewargs_ex__", None)
    if hook is not None:
        pair = hook()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            f"not '{_type_name(pair)}'")
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             f"length 2, not {len(pair)}")
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, "
                            f"not '{_type_name(args)}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, "
                            f"not '{_type_name(kwargs)}'")
        return args, kwargs
    hook = getattr(obj, "__getnewargs__", None)
    if hook is not None:
        args = hook()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, "
                            f"not '{_type_name(args)}'")
        return args, None
    return None, None


_object_getstate = getattr(object, "__getstate__", None)


def _reduce_newobj(obj, proto=4):
    # What object.__reduce_ex__(proto) returns for proto >= 2.
    if proto < 2:
        return _reduce_ex(obj, proto)
    cls = type(obj)
    if getattr(cls, "__new__", None) is None:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    args, kwargs = _new_arguments(obj)
    if kwargs:
        maker, maker_args = __newobj_ex__, (cls, args, kwargs)
    else:
        maker, maker_args = __newobj__, (cls,) + tuple(args or ())
    if getattr(cls, "__getstate__", None) not in (None, _object_getstate):
        state = obj.__getstate__()
    else:
        needs_state = args is None and not isinstance(obj, (list, dict))
        state = _default_getstate(obj, needs_state)
    items = iter(obj) if isinstance(obj, list) else None
    pairs = iter(obj.items()) if isinstance(obj, dict) else None
    return maker, maker_args, state, items, pairs


# ---------------------------------------------------------------------------
# Extension codes: (module, name) <-> small positive integer. pickle keeps
# references to these three dicts, so they are never rebound.

_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    known_code = _extension_registry.get(key)
    known_key = _inverted_registry.get(code)
    if known_code == code and known_key == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, known_code))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, known_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    _extension_registry.pop(key)
    _inverted_registry.pop(code)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
