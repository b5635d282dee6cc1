"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y

For module specific errors, copy.Error is raised.

A shallow copy builds a new container holding the very same items; a deep
copy recursively copies the items too, remembering (in the memo dict) what
it already copied so that shared and recursive structures survive.
Classes customise both with __copy__/__deepcopy__, or through the pickle
protocol (__reduce_ex__, __reduce__, __getstate__, __setstate__, ...).
"""

import copyreg
import types as _types
import weakref as _weakref


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _identity(x):
    return x


def _identity_deep(x, memo):
    return x


# Types whose values are never copied (immutable or copied by identity).
_ATOMIC = (type(None), type(Ellipsis), type(NotImplemented), int, float,
           bool, complex, str, bytes, type, range, property,
           _types.BuiltinFunctionType, _types.FunctionType, _types.CodeType,
           _weakref.ref)

_shallow_copiers = {kind: _identity for kind in _ATOMIC}
_shallow_copiers.update({tuple: _identity, frozenset: _identity,
                         slice: _identity})
_shallow_copiers.update({list: list.copy, dict: dict.copy, set: set.copy,
                         bytearray: bytearray.copy})

_deep_copiers = {kind: _identity_deep for kind in _ATOMIC}

_default_reduce_ex = object.__reduce_ex__
_default_reduce = getattr(object, "__reduce__", None)
_plain_getattribute = object.__getattribute__


def _reduction_of(x, cls):
    # The reduction tuple (or string) that pickle protocol 4 would use.
    custom = copyreg.dispatch_table.get(cls)
    if custom is not None:
        return custom(x)
    if (getattr(cls, "__reduce_ex__", None) is _default_reduce_ex
            and cls.__getattribute__ is _plain_getattribute):
        # object's own __reduce_ex__ found the usual way: honour an overridden __reduce__,
        # otherwise compute object's default reduction.
        reduce_method = getattr(cls, "__reduce__", None)
        if reduce_method is not None and reduce_method is not _default_reduce:
            return x.__reduce__()
        return copyreg._reduce_newobj(x, 4)
    method = getattr(x, "__reduce_ex__", None)
    if method is not None:
        return method(4)
    method = getattr(x, "__reduce__", None)
    if method:
        return method()
    return None


_default_getstate = getattr(object, "__getstate__", None)


def _plain_instance(x, cls):
    """True when x reduces by object's defaults to (copyreg.__newobj__, (cls,),
    x.__dict__): no hook of the pickle protocol overridden, no slots, a dict."""
    return (copyreg.dispatch_table.get(cls) is None
            and cls.__getattribute__ is _plain_getattribute
            and getattr(cls, "__reduce_ex__", None) is _default_reduce_ex
            and getattr(cls, "__reduce__", None) is _default_reduce
            and getattr(cls, "__getstate__", None) is _default_getstate
            and getattr(cls, "__getnewargs_ex__", None) is None
            and getattr(cls, "__getnewargs__", None) is None
            and not cls.__itemsize__
            and type(getattr(x, "__dict__", None)) is dict
            and not isinstance(x, (list, dict))
            and not copyreg._slotnames(cls)
            and not copyreg._holds_more_than_slots(cls, 0))


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    handler = _shallow_copiers.get(cls)
    if handler:
        return handler(x)
    if issubclass(cls, type):
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    if _plain_instance(x, cls):
        # object's default reduction replayed directly (see _deep_dispatch)
        y = cls.__new__(cls)
        state = x.__dict__
        if state:
            _apply_state(y, state)
        return y
    reduced = _reduction_of(x, cls)
    if reduced is None:
        raise Error("un(shallow)copyable object of type %s" % cls)
    if isinstance(reduced, str):
        return x
    return _rebuild(x, None, *reduced)


_NOT_SEEN = object()


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    if type(memo) is dict and _native_deepcopy is not None:
        # lists, dicts and tuples walked natively, the rest by _deep_dispatch (src/modules/_copy_accel.ts)
        return _native_deepcopy(x, memo)
    key = id(x)
    done = memo.get(key, _NOT_SEEN)
    if done is not _NOT_SEEN:
        return done
    # The table's handlers are called from here, not through _deep_dispatch: one call level
    # less for every item of a copied container.
    handler = _deep_copiers.get(type(x))
    if handler is not None:
        result = handler(x, memo)
    else:
        result = _deep_dispatch(x, memo)
    if result is not x:
        memo[key] = result
        _remember(x, memo)
    return result


def _deep_dispatch(x, memo):
    cls = type(x)
    handler = _deep_copiers.get(cls)
    if handler is not None:
        return handler(x, memo)
    if issubclass(cls, type):
        return x
    hook = getattr(x, "__deepcopy__", None)
    if hook is not None:
        return hook(memo)
    if _plain_instance(x, cls):
        # What object.__reduce_ex__(4) and _rebuild would do, without building the
        # reduction: a new instance, then a deep copy of the instance dict applied to it.
        y = cls.__new__(cls)
        memo[id(x)] = y
        state = x.__dict__
        if state:
            _apply_state(y, deepcopy(state, memo))
        return y
    reduced = _reduction_of(x, cls)
    if reduced is None:
        raise Error("un(deep)copyable object of type %s" % cls)
    if isinstance(reduced, str):
        return x
    return _rebuild(x, memo, *reduced)


def _remember(x, memo):
    # deepcopy keys the memo by id(); keep x referenced from the memo so its
    # id cannot be reused by another object while the memo lives. The list
    # is stored under the memo's own id.
    keep = memo.setdefault(id(memo), [])
    keep.append(x)


# Exact types whose items a container copy takes as they are, without a deepcopy() call,
# unless the memo names them (what deepcopy itself would return for them).
_KEPT = frozenset({str, int, float, bool, type(None), bytes, complex})


def _deep_list(x, memo):
    result = []
    memo[id(x)] = result
    append = result.append
    for item in x:
        if type(item) in _KEPT and id(item) not in memo:
            append(item)
        else:
            append(deepcopy(item, memo))
    return result


def _deep_tuple(x, memo):
    parts = [item if type(item) in _KEPT and id(item) not in memo else deepcopy(item, memo)
             for item in x]
    # A recursive tuple may have been copied while copying its items.
    already = memo.get(id(x), _NOT_SEEN)
    if already is not _NOT_SEEN:
        return already
    if all(new is old for new, old in zip(parts, x)):
        return x
    return tuple(parts)


def _deep_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for k, v in x.items():
        if type(k) not in _KEPT or id(k) in memo:
            k = deepcopy(k, memo)
        if type(v) not in _KEPT or id(v) in memo:
            v = deepcopy(v, memo)
        result[k] = v
    return result


def _deep_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep_copiers[list] = _deep_list
_deep_copiers[tuple] = _deep_tuple
_deep_copiers[dict] = _deep_dict
_deep_copiers[_types.MethodType] = _deep_method


def _apply_state(obj, state):
    setstate = getattr(obj, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slot_state = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slot_state = state
    if state is not None:
        obj.__dict__.update(state)
    if slot_state is not None:
        for attr, value in slot_state.items():
            setattr(obj, attr, value)


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _apply_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


_reconstruct = _rebuild

try:
    import _copy_accel
except ImportError:
    _native_deepcopy = None
else:
    _copy_accel.configure(_ATOMIC, _deep_dispatch, copyreg.dispatch_table)
    _native_deepcopy = _copy_accel.deepcopy
    del _copy_accel
