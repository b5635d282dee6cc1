"""
Define names for built-in types that aren't directly accessible as a builtin.
"""

# heapstack's own types module: every type is obtained from a sample object
# of that type, then the helpers for dynamic class creation follow.

import sys as _sys


def _sample_function(): pass


def _sample_generator():
    yield None


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield None


def _sample_cell():
    captured = None

    def inner():
        return captured
    return inner.__closure__[0]


def _sample_traceback():
    try:
        raise RuntimeError
    except RuntimeError as exc:
        return exc.__traceback__


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(_sys.implementation)
CellType = type(_sample_cell())
GeneratorType = type(_sample_generator())

_coro = _sample_coroutine()
CoroutineType = type(_coro)
_coro.close()
AsyncGeneratorType = type(_sample_async_generator())

# A function bound by hand, not a throwaway class: a class is a cycle, and an import of types
# must leave no garbage behind (CPython imports it at startup, so importing it again is free).
MethodType = type(_sample_function.__get__(0))
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(_sys)

_tb = _sample_traceback()
TracebackType = type(_tb)
FrameType = type(_tb.tb_frame)

GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _tb, _coro


# ---------------------------------------------------------------------------
# Dynamic class creation (PEP 3115 / PEP 560)

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    effective = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, effective, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if effective is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, effective, namespace, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    expanded = []
    changed = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, "__mro_entries__", None)
        if hook is None:
            expanded.append(base)
            continue
        replacement = hook(bases)
        changed = True
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        expanded.extend(replacement)
    return tuple(expanded) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds): the most derived metaclass, the
    namespace it prepared, and a copy of kwds without its 'metaclass'
    entry (an empty dict when kwds is None).
    """
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop("metaclass", None) if "metaclass" in kwds else (
        type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    best = meta
    for base in bases:
        candidate = type(base)
        if issubclass(best, candidate):
            continue
        if not issubclass(candidate, best):
            raise TypeError("metaclass conflict: the metaclass of a derived "
                            "class must be a (non-strict) subclass of the "
                            "metaclasses of all its bases")
        best = candidate
    return best


# ---------------------------------------------------------------------------

from _dynamicclassattribute import DynamicClassAttribute


# ---------------------------------------------------------------------------
# types.coroutine

_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100
_CO_ASYNC_GENERATOR = 0x200


class _GeneratorWrapper:
    # Makes a plain generator usable where an awaitable is expected.

    def __init__(self, gen):
        self._gen = gen
        self._plain = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self._gen.send(val)

    def throw(self, tp, *rest):
        return self._gen.throw(tp, *rest)

    def close(self):
        return self._gen.close()

    def __next__(self):
        return next(self._gen)

    def __iter__(self):
        return self._gen if self._plain else self

    __await__ = __iter__

    gi_code = cr_code = property(lambda self: self._gen.gi_code)
    gi_frame = cr_frame = property(lambda self: self._gen.gi_frame)
    gi_running = cr_running = property(lambda self: self._gen.gi_running)
    gi_yieldfrom = cr_await = property(lambda self: self._gen.gi_yieldfrom)


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    code = getattr(func, "__code__", None)
    if func.__class__ is FunctionType and code.__class__ is CodeType:
        if code.co_flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if code.co_flags & _CO_GENERATOR:
            func.__code__ = code.replace(
                co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
            return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        kind = result.__class__
        if kind is CoroutineType:
            return result
        if kind is GeneratorType and result.gi_code.co_flags & _CO_ITERABLE_COROUTINE:
            return result
        if kind is GeneratorType:
            return _GeneratorWrapper(result)
        import _collections_abc
        # A duck-typed generator (registered with or implementing the ABC)
        # that is not already a coroutine gets wrapped too.
        if isinstance(result, _collections_abc.Generator) and not isinstance(
            result, _collections_abc.Coroutine
        ):
            return _GeneratorWrapper(result)
        return result

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        if hasattr(func, attr):
            setattr(wrapped, attr, getattr(func, attr))
    wrapped.__dict__.update(getattr(func, "__dict__", {}))
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [name for name in globals() if not name.startswith("_")]

del _sys, _sample_function, _sample_generator, _sample_coroutine
del _sample_async_generator, _sample_cell, _sample_traceback
