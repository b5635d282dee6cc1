"""Runtime support for type hints (PEP 484 and its successors).

This is heapstack's own implementation of the `typing` module: the special
forms, generic aliases, type variables, Generic/Protocol, NamedTuple,
TypedDict and the introspection helpers, with the runtime behaviour python3
3.11 shows (reprs, equality, caching of subscriptions, error messages).

Importing it is kept cheap because many programs import typing only to
annotate: the aliases of collections.abc, contextlib, collections and re
classes name their origin lazily and import that module on first real use.
"""

import sys as _sys
from abc import ABCMeta as _ABCMeta, abstractmethod
from _stdlib_helpers import only_methods as _native_only_methods, protocol_members as _native_protocol_members

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
    'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
    'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]

# Built-in types reached without importing `types` (kept out of the import path).
_NoneType = type(None)
_GenericAlias_ = type(list[int])      # types.GenericAlias
_UnionType = type(int | str)          # types.UnionType
_FunctionType = type(lambda: None)
_ModuleType = type(_sys)


_BuiltinFunctionType = type(len)
# A bound method from a throwaway function: a throwaway class would leave cyclic garbage (class,
# its dict, mro and descriptors) that the next gc.collect() counts, where CPython's typing leaves none.
_MethodType = type((lambda self: None).__get__(0))
_WrapperDescriptorType = type(object.__init__)
_MethodWrapperType = type(object().__str__)
_MethodDescriptorType = type(str.join)


def _caller(depth=2):
    """The __name__ of the module `depth` frames up (the code calling our caller)."""
    try:
        return _sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _import_attr(module, attr):
    __import__(module)
    return getattr(_sys.modules[module], attr)


def _memo(fn, typed=False):
    """Cache fn's results by its (hashable) arguments, keeping the 128 most recent.

    Subscriptions are cached as python3 caches them, so `List[int] is List[int]`.
    Unhashable arguments bypass the cache.  With typed=True the types of the
    subscript's values are part of the key (Literal[1] and Literal[True] differ).
    """
    store = {}

    def cached(*args):
        if typed:
            values = args[-1] if type(args[-1]) is tuple else (args[-1],)
            key = args + tuple([type(v) for v in values])
        else:
            key = args
        try:
            hash(key)
        except TypeError:
            return fn(*args)
        try:
            result = store.pop(key)
        except KeyError:
            result = fn(*args)
            if len(store) >= 128:
                del store[next(iter(store))]
        store[key] = result
        return result

    cached.__name__ = fn.__name__
    cached.__qualname__ = fn.__qualname__
    cached.__doc__ = fn.__doc__
    cached.__wrapped__ = fn
    return cached


def _type_repr(obj):
    """How a type appears inside a typing repr: `int`, `mod.Cls`, `...`, or repr()."""
    if isinstance(obj, _GenericAlias_):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == '__' and name[-2:] == '__'


def _type_convert(arg, module=None, *, allow_special_forms=False):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Accept `arg` as a type argument (None and strings converted) or raise TypeError."""
    arg = _type_convert(arg, module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias):
        head = arg.__dict__.get('__origin__')
        if head is Generic or head is Protocol:
            raise TypeError(f"{arg} is not valid as type argument")
        if not allow_special_forms and (head is ClassVar or (is_argument and head is Final)):
            raise TypeError(f"{arg} is not valid as type argument")
    for ok in _BARE_TYPES:
        if arg is ok:
            return arg
    if allow_special_forms and (arg is ClassVar or arg is Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _is_unpacked_typevartuple(x):
    return not isinstance(x, type) and getattr(x, '__typing_is_unpacked_typevartuple__', False)


def _collect_parameters(args):
    """Type variables found in args, in order of first appearance, without repeats."""
    found = []
    for item in args:
        if isinstance(item, type):
            continue
        if isinstance(item, (tuple, list)):
            inner = _collect_parameters(item)
        elif hasattr(item, '__typing_subst__'):
            inner = (item,)
        else:
            inner = getattr(item, '__parameters__', ())
        for p in inner:
            if p not in found:
                found.append(p)
    return tuple(found)


def _check_generic(target, params, expected):
    if not expected:
        raise TypeError(f"{target} is not a generic class")
    got = len(params)
    if got != expected:
        many = 'many' if got > expected else 'few'
        raise TypeError(f"Too {many} arguments for {target}; actual {got}, expected {expected}")


def _prepare_args(target, params, args):
    """Let ParamSpec / TypeVarTuple parameters regroup the arguments, then check the count."""
    for p in params:
        prepare = getattr(p, '__typing_prepare_subst__', None)
        if prepare is not None:
            args = prepare(target, args)
    _check_generic(target, args, len(params))
    return args


def _substitute(args, params, values):
    """Replace the type variables `params` by `values` throughout the argument tuple `args`."""
    bound = dict(zip(params, values))
    out = []
    for arg in args:
        if isinstance(arg, type):
            out.append(arg)
            continue
        if _is_unpacked_typevartuple(arg):
            out.extend(bound[arg.__args__[0]])
            continue
        subst = getattr(arg, '__typing_subst__', None)
        if subst is not None:
            out.append(subst(bound[arg]))
        elif isinstance(arg, tuple):
            out.append(tuple(_substitute(arg, params, values)))
        else:
            inner = getattr(arg, '__parameters__', ())
            if inner:
                picked = []
                for p in inner:
                    if isinstance(p, TypeVarTuple):
                        picked.extend(bound[p])
                    else:
                        picked.append(bound[p])
                arg = arg[tuple(picked)]
            out.append(arg)
    return out


def _flatten_union_args(params):
    flat = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    pending = set(flat)      # members must be hashable, as in python3
    if len(pending) == len(flat):
        return tuple(flat)
    unique = []
    for p in flat:
        if p in pending:
            pending.discard(p)
            unique.append(p)
    return tuple(unique)


def _or(left, right):
    return Union[left, right]


class _Lazy:
    """The origin of an alias named by module and attribute, imported on first use."""

    __slots__ = ('module', 'attr')

    def __init__(self, module, attr):
        self.module = module
        self.attr = attr

    def __eq__(self, other):
        if not isinstance(other, _Lazy):
            return NotImplemented
        return self.module == other.module and self.attr == other.attr

    def __hash__(self):
        return hash((self.module, self.attr))

    def resolve(self):
        return _import_attr(self.module, self.attr)


class _Sealed:
    """Base of typing's own machinery classes: programs may not subclass them."""

    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != 'typing':
            raise TypeError("Cannot subclass special typing classes")
        super().__init_subclass__(*args, **kwargs)


# ---------------------------------------------------------------------------
# special forms


class _SpecialForm(_Sealed):
    """A typing construct that is not a class: Union, Optional, ClassVar, ..."""

    # not iterable, and not an Iterable either (iter() would otherwise fall back
    # on __getitem__ and index it forever)
    __iter__ = None

    def __init__(self, name, doc, subscript=None):
        self._name = name
        self.__doc__ = doc
        self._subscript = subscript

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(attr)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._subscript is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._subscript(self, parameters)


def _one_type(message):
    """Subscription of a form taking exactly one type: ClassVar[int], Final[str], ..."""

    def subscript(form, parameters):
        item = _type_check(parameters, message.format(form=form))
        return _GenericAlias(form, (item,))

    return _memo(subscript)


def _union_subscript(form, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = _flatten_union_args(tuple(_type_check(p, msg) for p in parameters))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(form, parameters, name="Optional")
    return _UnionGenericAlias(form, parameters)


def _optional_subscript(form, parameters):
    arg = _type_check(parameters, f"{form} requires a single type.")
    return Union[arg, _NoneType]


def _literal_pairs(values):
    return [(v, type(v)) for v in values]


def _literal_subscript(form, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    values = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            values.extend(p.__args__)
        else:
            values.append(p)
    try:
        kept = []
        for pair in _literal_pairs(values):
            if pair not in kept:
                kept.append(pair)
        hash(tuple(kept))
        values = [v for v, _ in kept]
    except TypeError:       # unhashable values are kept as given
        pass
    return _LiteralGenericAlias(form, tuple(values))


def _concatenate_subscript(form, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(form, parameters)


def _required_subscript(form, parameters):
    item = _type_check(parameters, f'{form._name} accepts only a single type.')
    return _GenericAlias(form, (item,))


def _unpack_subscript(form, parameters):
    item = _type_check(parameters, f'{form} accepts only single type.')
    return _UnpackGenericAlias(form, (item,))


NoReturn = _SpecialForm('NoReturn', "The bottom type: a function annotated with it never returns normally.")
Never = _SpecialForm('Never', "The bottom type, a type that has no members.")
Self = _SpecialForm('Self', "The type of the enclosing class's instance (e.g. the return of a method returning self).")
LiteralString = _SpecialForm('LiteralString', "Any string built only from literal strings.")
TypeAlias = _SpecialForm('TypeAlias', "Marks a module-level assignment as an explicit type alias.")
ClassVar = _SpecialForm('ClassVar', "Marks a class attribute as a class variable.",
                        _one_type('{form} accepts only single type.'))
Final = _SpecialForm('Final', "Marks a name that must not be reassigned or overridden.",
                     _one_type('{form} accepts only single type.'))
TypeGuard = _SpecialForm('TypeGuard', "Marks a boolean function that narrows the type of its argument.",
                         _one_type('{form} accepts only single type.'))
Union = _SpecialForm('Union', "Union[X, Y] means either X or Y.", _memo(_union_subscript))
Optional = _SpecialForm('Optional', "Optional[X] is Union[X, None].", _memo(_optional_subscript))
Literal = _SpecialForm('Literal', "Literal[v, ...]: exactly one of the given values.",
                       _memo(_literal_subscript, typed=True))
Concatenate = _SpecialForm('Concatenate', "Concatenate[X, P]: the parameters of P preceded by X.",
                           _memo(_concatenate_subscript))
Required = _SpecialForm('Required', "Marks a TypedDict key as required.", _memo(_required_subscript))
NotRequired = _SpecialForm('NotRequired', "Marks a TypedDict key as possibly missing.",
                           _memo(_required_subscript))
Unpack = _SpecialForm('Unpack', "Unpacks a TypeVarTuple or a tuple type (the `*Ts` of a signature).",
                      _memo(_unpack_subscript))


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type compatible with every type.  Subclassing it is allowed (for mocks)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


_BARE_TYPES = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)


# ---------------------------------------------------------------------------
# generic aliases

_OWN_ATTRS = frozenset({'_name', '_inst', '_nparams', '_lazy'})


class _BaseGenericAlias(_Sealed):
    """What List, List[int], Generic[T] ... have in common.

    The origin is kept in __origin__, or, for aliases of classes that live in
    modules typing does not import eagerly, as a _Lazy in _lazy until needed.
    """

    def __init__(self, origin, *, inst=True, name=None):
        d = self.__dict__
        d['_inst'] = inst
        d['_name'] = name
        if type(origin) is _Lazy:
            d['_lazy'] = origin
        else:
            d['__origin__'] = origin

    def _raw_origin(self):
        d = self.__dict__
        return d['_lazy'] if '_lazy' in d else d['__origin__']

    def __getattr__(self, attr):
        d = self.__dict__
        if attr == '__origin__' and '_lazy' in d:
            origin = d['__origin__'] = d['_lazy'].resolve()
            return origin
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if _is_dunder(attr) or ('__origin__' not in d and '_lazy' not in d):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __setattr__(self, attr, value):
        if _is_dunder(attr) or attr in _OWN_ATTRS:
            object.__setattr__(self, attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__.lower()}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic))
                   for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __dir__(self):
        names = set(object.__dir__(self))
        names.update(a for a in dir(self.__origin__) if not _is_dunder(a))
        return sorted(names)


class _GenericAlias(_BaseGenericAlias):
    """A subscripted generic: List[int], Box[T], ClassVar[int], Generic[T] ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        d = self.__dict__
        d['__args__'] = args
        d['__parameters__'] = _collect_parameters(args)
        if not name:
            d['__module__'] = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._raw_origin() == other._raw_origin() and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._raw_origin(), self.__args__))

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self.__args__:
            inner = ', '.join([_type_repr(a) for a in self.__args__])
        else:
            inner = '()'
        return f'{head}[{inner}]'

    def __reduce__(self):
        origin = globals()[self._name] if self._name else self.__origin__
        args = self.__args__
        return _subscript_again, (origin, args[0] if len(args) == 1 else args)

    def copy_with(self, args):
        return self.__class__(self._raw_origin(), args, name=self._name, inst=self._inst)

    @_memo
    def __getitem__(self, args):
        head = self.__dict__.get('__origin__')
        if head is Generic or head is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = _prepare_args(self, params, tuple(_type_convert(a) for a in args))
        return self.copy_with(tuple(_substitute(self.__args__, params, args)))

    def __mro_entries__(self, bases):
        # Literal[1], Union[...], ClassVar[int] ... are subscripted special forms, never bases
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        origin = self.__origin__
        if origin is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (origin,)

    def __iter__(self):
        yield Unpack[self]


def _subscript_again(origin, args):
    return origin[args]


class _SpecialGenericAlias(_BaseGenericAlias):
    """The unsubscripted aliases: List, Dict, Iterable, ..."""

    # not iterable, and not an Iterable either (iter() would otherwise fall back
    # on __getitem__ and index it forever)
    __iter__ = None

    def __init__(self, origin, nparams, *, inst=True, name=None, where=None):
        super().__init__(origin, inst=inst, name=name)
        self.__dict__['_nparams'] = nparams
        if where is None:
            where = origin.__qualname__ if origin.__module__ == 'builtins' else \
                f'{origin.__module__}.{origin.__qualname__}'
        self.__dict__['__doc__'] = f'A generic version of {where}.'

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    @_memo
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self._raw_origin(), params, name=self._name, inst=self._inst)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)


class _CallableGenericAlias(_GenericAlias):
    """Callable[[A, B], R] (arguments stored flat: (A, B, R)) or Callable[P, R]."""

    # not iterable, and not an Iterable either (iter() would otherwise fall back
    # on __getitem__ and index it forever)
    __iter__ = None

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        params = ', '.join([_type_repr(a) for a in args[:-1]])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'

    def copy_with(self, args):
        flat = []
        for a in args[:-1]:
            if isinstance(a, (tuple, list)):
                flat.extend(a)
            else:
                flat.append(a)
        flat.append(args[-1])
        return _CallableGenericAlias(self._raw_origin(), tuple(flat), name=self._name, inst=self._inst)

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _subscript_again, (Callable, args)


class _CallableType(_SpecialGenericAlias):
    def copy_with(self, params):
        return _CallableGenericAlias(self._raw_origin(), params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(args)
        return self._build(args, result)

    @_memo
    def _build(self, args, result):
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return self.copy_with((..., result))
        if not isinstance(args, tuple):
            args = (args,)
        return self.copy_with(tuple(_type_convert(a) for a in args) + (result,))


class _TupleType(_SpecialGenericAlias):
    @_memo
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            return self.copy_with(tuple(_type_check(p, msg) for p in params[:-1]) + (...,))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return self.copy_with(tuple(_type_check(p, msg) for p in params))


class _UnionGenericAlias(_GenericAlias):
    __iter__ = None  # see _SpecialForm

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join([_type_repr(a) for a in args]) + ']'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return _subscript_again, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_literal_pairs(self.__args__)) == set(_literal_pairs(other.__args__))

    def __hash__(self):
        return hash(frozenset(_literal_pairs(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias):
    def copy_with(self, params):
        last = params[-1]
        if isinstance(last, (list, tuple)):
            return (*params[:-1], *last)
        if isinstance(last, _ConcatenateGenericAlias):
            params = (*params[:-1], *last.__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias):
    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_unpacked_tuple_args__(self):
        inner = self.__args__[0]
        if isinstance(inner, _GenericAlias) and inner.__dict__.get('__origin__') is tuple:
            return inner.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]: T with metadata; __origin__ is T itself."""

    # not iterable, and not an Iterable either (iter() would otherwise fall back
    # on __getitem__ and index it forever)
    __iter__ = None

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__dict__['__metadata__'] = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        extras = ', '.join([repr(m) for m in self.__metadata__])
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {extras}]'

    def __reduce__(self):
        return _subscript_again, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)


class Annotated:
    """Annotated[T, x]: the type T carrying the metadata x (ignored by typing itself)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @classmethod
    def __class_getitem__(cls, params):
        return _annotated_subscript(params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


def _annotated_subscript(params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    if _is_unpacked_typevartuple(params[0]):
        raise TypeError("Annotated[...] should not be used with an unpacked TypeVarTuple")
    origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.", allow_special_forms=True)
    return _AnnotatedAlias(origin, tuple(params[1:]))


# typed: Annotated[str, A('X')] and Annotated[str, B('X')] are equal keys whose metadata differ.
_annotated_subscript = _memo(_annotated_subscript, typed=True)


# ---------------------------------------------------------------------------
# type variables


class _TypeVarLike(_Sealed):
    """Shared by TypeVar and ParamSpec: bound, variance, repr, `|`."""

    def _set_variance(self, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None

    def __repr__(self):
        if self.__covariant__:
            mark = '+'
        elif self.__contravariant__:
            mark = '-'
        else:
            mark = '~'
        return mark + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T'), optionally constrained or bounded."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(c, msg) for c in constraints)
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        arg = _type_check(arg, "Parameters to generic types must be types.")
        if (isinstance(arg, _UnpackGenericAlias)
                or (isinstance(arg, _GenericAlias_) and getattr(arg, '__unpacked__', False))):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_Sealed):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        where = params.index(self)
        for other in params[where + 1:]:
            if isinstance(other, TypeVarTuple):
                raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        before = where                       # parameters left of Ts take one argument each,
        after = len(params) - where - 1      # and so do the ones on its right
        spread_at = fill = None
        for k, arg in enumerate(args):
            inner = None if isinstance(arg, type) else getattr(arg, '__typing_unpacked_tuple_args__', None)
            if inner and len(inner) == 2 and inner[-1] is ...:
                # *tuple[X, ...] may stand for any number of X on either side
                if spread_at is not None:
                    raise TypeError("More than one unpacked arbitrary-length tuple argument")
                spread_at, fill = k, inner[0]
        if spread_at is not None:
            before = min(before, spread_at)
            after = min(after, len(args) - spread_at - 1)
        elif before + after > len(args):
            raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        end = len(args) - after
        left_fill = [fill] * (where - before)
        right_fill = [fill] * (len(params) - where - 1 - after)
        return (*args[:before], *left_fill, tuple(args[before:end]), *right_fill, *args[end:])



class _ParamSpecPart(_Sealed):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._suffix}"

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = None


class ParamSpecArgs(_ParamSpecPart):
    """P.args: the positional arguments of a ParamSpec P."""
    _suffix = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    """P.kwargs: the keyword arguments of a ParamSpec P."""
    _suffix = 'kwargs'


class ParamSpec(_TypeVarLike):
    """A parameter specification variable: P = ParamSpec('P'), as in Callable[P, R]."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, "Expected a type.") for a in arg)
        if not _is_param_expr(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {arg}")
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        where = params.index(self)
        if where >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        if len(params) == 1 and not _is_param_expr(args[0]):
            return (args,)
        if isinstance(args[where], list):
            return (*args[:where], tuple(args[where]), *args[where + 1:])
        return args


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(x)


# ---------------------------------------------------------------------------
# Generic and Protocol


class Generic:
    """Base class of user generic classes: class Box(Generic[T]): ..."""

    __slots__ = ()
    _is_protocol = False

    @classmethod
    def __class_getitem__(cls, params):
        return _generic_subscript(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if '__orig_bases__' in own:
            plain_generic = Generic in cls.__orig_bases__
        else:
            plain_generic = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                             and type(cls) is not globals().get('_TypedDictMeta'))
        if plain_generic:
            raise TypeError("Cannot inherit from plain Generic")
        params = ()
        if '__orig_bases__' in own:
            params = _collect_parameters(cls.__orig_bases__)
            declared = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__dict__.get('__origin__') is Generic:
                    if declared is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    declared = base.__parameters__
            if declared is not None:
                missing = [p for p in params if p not in declared]
                if missing:
                    listed = ', '.join(str(p) for p in missing)
                    wanted = ', '.join(str(p) for p in declared)
                    raise TypeError(f"Some type variables ({listed}) are not listed in Generic[{wanted}]")
                params = declared
        cls.__parameters__ = tuple(params)


@_memo
def _generic_subscript(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(_type_convert(p) for p in params)
    if cls is Generic or cls is Protocol:
        if not params:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        if not all(_is_typevar_like(p) for p in params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                            f"or parameter specification variables.")
        if len(set(params)) != len(params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
    else:
        own = cls.__parameters__
        params = _prepare_args(cls, own, params)
        grouped = []
        for p, value in zip(own, params):
            if isinstance(p, TypeVarTuple):
                grouped.extend(value)
            else:
                grouped.append(value)
        params = tuple(grouped)
    return _GenericAlias(cls, params)


# Attributes that never make a protocol member.
_NOT_PROTOCOL_MEMBERS = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__final__', '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__qualname__', '_MutableMapping__marker',
})


def _protocol_members(cls):
    members = _native_protocol_members(cls, _NOT_PROTOCOL_MEMBERS)
    if members is not None:
        return members
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for name in (*base.__dict__, *annotations):
            if not name.startswith('_abc_') and name not in _NOT_PROTOCOL_MEMBERS:
                members.add(name)
    return members


def _only_methods(cls):
    return _native_only_methods(cls, _protocol_members(cls))


def _called_from_abc_machinery(depth=3):
    try:
        return _sys._getframe(depth).f_globals.get('__name__') in ('abc', 'functools')
    except (AttributeError, ValueError):
        return True


def _no_init_or_replace_init(self, *args, **kwargs):
    """__init__ of protocol classes: protocols refuse instances; concrete subclasses
    get the first real __init__ of their MRO put in place and called."""
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    # A subclass whose own __init__ calls super().__init__() lands here with its __init__
    # already in place: replacing and calling it again would recurse forever (bpo-45121).
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            break
    else:
        init = object.__init__
    cls.__init__ = init
    init(self, *args, **kwargs)


_PROTOCOL_FRIENDLY_BASES = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable', 'Hashable',
                        'Sized', 'Container', 'Collection', 'Reversible'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        is_protocol = getattr(cls, '_is_protocol', False)
        if (is_protocol and not getattr(cls, '_is_runtime_protocol', False)
                and not _called_from_abc_machinery(2)):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if (not is_protocol or _only_methods(cls)) and issubclass(instance.__class__, cls):
            return True
        if is_protocol:
            for name in _protocol_members(cls):
                if not hasattr(instance, name):
                    break
                if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                    break
            else:
                return True
        return super().__instancecheck__(instance)


def _make_protocol_hook(cls):
    def __subclasshook__(other):
        if not cls.__dict__.get('_is_protocol', False):
            return NotImplemented
        if not getattr(cls, '_is_runtime_protocol', False):
            if _called_from_abc_machinery():
                return NotImplemented
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if not _only_methods(cls):
            if _called_from_abc_machinery():
                return NotImplemented
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for name in _protocol_members(cls):
            for base in other.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return NotImplemented
                    break
                annotations = base.__dict__.get('__annotations__', {})
                if (isinstance(annotations, dict) and name in annotations
                        and issubclass(other, Generic) and other._is_protocol):
                    break
            else:
                return NotImplemented
        return True

    return __subclasshook__


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types: a class matches if it has the members."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _make_protocol_hook(cls)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if base is object or base is Generic:
                continue
            if base.__name__ in _PROTOCOL_FRIENDLY_BASES.get(base.__module__, ()):
                continue
            if issubclass(base, Generic) and base._is_protocol:
                continue
            raise TypeError('Protocols can only inherit from other protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Allow isinstance() and issubclass() with the protocol class cls."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------------------
# aliases of concrete and abstract collections

from _collections import deque as _deque, defaultdict as _defaultdict, OrderedDict as _OrderedDict


def _abc(name, nparams, alias=None):
    return _SpecialGenericAlias(_Lazy('collections.abc', name), nparams, name=alias or name,
                                where='collections.abc.' + name)


Hashable = _abc('Hashable', 0)
Awaitable = _abc('Awaitable', 1)
Coroutine = _abc('Coroutine', 3)
AsyncIterable = _abc('AsyncIterable', 1)
AsyncIterator = _abc('AsyncIterator', 1)
Iterable = _abc('Iterable', 1)
Iterator = _abc('Iterator', 1)
Reversible = _abc('Reversible', 1)
Sized = _abc('Sized', 0)
Container = _abc('Container', 1)
Collection = _abc('Collection', 1)
Callable = _CallableType(_Lazy('collections.abc', 'Callable'), 2, name='Callable',
                         where='collections.abc.Callable')
AbstractSet = _abc('Set', 1, 'AbstractSet')
MutableSet = _abc('MutableSet', 1)
Mapping = _abc('Mapping', 2)
MutableMapping = _abc('MutableMapping', 2)
Sequence = _abc('Sequence', 1)
MutableSequence = _abc('MutableSequence', 1)
ByteString = _abc('ByteString', 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(_deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _abc('MappingView', 1)
KeysView = _abc('KeysView', 1)
ItemsView = _abc('ItemsView', 2)
ValuesView = _abc('ValuesView', 1)
ContextManager = _SpecialGenericAlias(_Lazy('contextlib', 'AbstractContextManager'), 1,
                                      name='ContextManager', where='contextlib.AbstractContextManager')
AsyncContextManager = _SpecialGenericAlias(_Lazy('contextlib', 'AbstractAsyncContextManager'), 1,
                                           name='AsyncContextManager',
                                           where='contextlib.AbstractAsyncContextManager')
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(_defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(_OrderedDict, 2, name='OrderedDict')
Counter = _SpecialGenericAlias(_Lazy('collections', 'Counter'), 1, name='Counter',
                               where='collections.Counter')
ChainMap = _SpecialGenericAlias(_Lazy('collections', 'ChainMap'), 2, name='ChainMap',
                                where='collections.ChainMap')
Generator = _abc('Generator', 3)
AsyncGenerator = _abc('AsyncGenerator', 2)
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')
Pattern = _SpecialGenericAlias(_Lazy('re', 'Pattern'), 1, name='Pattern', where='re.Pattern')
Match = _SpecialGenericAlias(_Lazy('re', 'Match'), 1, name='Match', where='re.Match')

del _deque, _defaultdict, _OrderedDict

# ---------------------------------------------------------------------------
# predefined type variables

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)
Text = str
TYPE_CHECKING = False




# ---------------------------------------------------------------------------
# simple functions


def cast(typ, val):
    """Tell a type checker that val has type typ; at run time val is returned unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm val has type typ; returns val."""
    return val


def assert_never(arg, /):
    """Mark code a type checker should find unreachable; reaching it raises AssertionError."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def final(f):
    """Mark a method or class as final; sets __final__ = True where possible."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def _no_type_check_members(cls, seen):
    for value in list(cls.__dict__.values()):
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
        if isinstance(value, _FunctionType):
            if value.__qualname__.startswith(cls.__qualname__ + '.'):
                value.__no_type_check__ = True
        elif (isinstance(value, type) and value not in seen
              and value.__qualname__.startswith(cls.__qualname__ + '.')):
            seen.add(value)
            no_type_check(value)


def no_type_check(arg):
    """Mark a function (or every function of a class) as not to be type checked."""
    if isinstance(arg, type):
        _no_type_check_members(arg, {arg})
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make `decorator` produce functions marked with no_type_check."""

    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped_decorator, attr, getattr(decorator, attr))
        except AttributeError:
            pass
    wrapped_decorator.__wrapped__ = decorator
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as creating dataclass-like classes."""

    def mark(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn

    return mark


# overloads: module -> qualified name -> first line -> function
_overloads = {}


def _overload_placeholder(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions outside a stub module should always "
        "be followed by an implementation that is not @overload-ed.")


def overload(func):
    """Declare one signature of an overloaded function (recorded for get_overloads)."""
    f = getattr(func, '__func__', func)
    try:
        by_name = _overloads.setdefault(f.__module__, {})
        by_name.setdefault(f.__qualname__, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_placeholder


def get_overloads(func):
    """The @overload signatures recorded for func, in definition order."""
    f = getattr(func, '__func__', func)
    by_name = _overloads.get(getattr(f, '__module__', None), {})
    return list(by_name.get(getattr(f, '__qualname__', None), {}).values())


def clear_overloads():
    """Forget every recorded overload."""
    _overloads.clear()


class NewType:
    """NewType('UserId', int): a distinct name for int for type checkers; calls return
    their argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        supername = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                                f"`{sub} = NewType({sub!r}, {supername})`")

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------------------
# forward references and get_type_hints


class ForwardRef(_Sealed):
    """A type written as a string, evaluated later (by get_type_hints)."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                module = _sys.modules.get(self.__forward_module__, None)
                globalns = getattr(module, '__dict__', globalns)
            value = _type_check(eval(self.__forward_code__, globalns, localns),
                                "Forward references must evaluate to types.",
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(value, globalns, localns,
                                                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        extra = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


def _join_with_or(args):
    result = args[0]
    for a in args[1:]:
        result = result | a
    return result


def _callable_origin_is_abc(tp):
    abc_module = _sys.modules.get('collections.abc')
    return abc_module is not None and tp.__origin__ is abc_module.Callable


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Evaluate the forward references inside t (recursively)."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, _GenericAlias_):
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        if any(a is not b for a, b in zip(args, t.__args__)):
            unpacked = t.__unpacked__
            if _callable_origin_is_abc(t) and not (len(args) == 2 and _is_param_expr(args[0])):
                t = t.__origin__[(list(args[:-1]), args[-1])]
            else:
                t = t.__origin__[args]
            if unpacked:
                t = Unpack[t]
    if isinstance(t, (_GenericAlias, _GenericAlias_, _UnionType)):
        evaluated = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
        if evaluated == t.__args__:
            return t
        if isinstance(t, _GenericAlias_):
            return _GenericAlias_(t.__origin__, evaluated)
        if isinstance(t, _UnionType):
            return _join_with_or(evaluated)
        return t.copy_with(evaluated)
    return t


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list, get_origin(int) is None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _GenericAlias_, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int]) == (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAlias_)):
        args = tp.__args__
        flat_callable = isinstance(tp, _CallableGenericAlias) or (
            isinstance(tp, _GenericAlias_) and _callable_origin_is_abc(tp))
        if flat_callable and not (len(args) == 2 and _is_param_expr(args[0])):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()



# ---------------------------------------------------------------------------
# typing.io and typing.re: deprecated namespaces, importable as submodules


class _DeprecatedType(type):
    """Metaclass of typing.io / typing.re: using one of their names warns.  The
    names are fetched from typing on first use (IO & co. are loaded lazily)."""

    def __getattribute__(cls, name):
        own = type.__getattribute__(cls, '__dict__')
        if name not in ('__dict__', '__module__') and (name in own or name in own['__all__']):
            import warnings
            label = 'typing.' + type.__getattribute__(cls, '__qualname__')
            warnings.warn(f"{label} is deprecated, import directly from typing instead. "
                          f"{label} will be removed in Python 3.12.", DeprecationWarning, stacklevel=2)
            if name not in own:
                type.__setattr__(cls, name, getattr(_sys.modules['typing'], name))
        return type.__getattribute__(cls, name)


class io(metaclass=_DeprecatedType):
    """Wrapper namespace for IO generic classes."""
    __all__ = ['IO', 'TextIO', 'BinaryIO']


class re(metaclass=_DeprecatedType):
    """Wrapper namespace for re type aliases."""
    __all__ = ['Pattern', 'Match']


for _namespace in (io, re):
    _sys.modules['typing.' + _namespace.__qualname__] = _namespace
    _namespace.__name__ = 'typing.' + _namespace.__qualname__
del _namespace

# ---------------------------------------------------------------------------
# parts loaded on first use

# get_type_hints, NamedTuple, TypedDict, IO and the Supports* protocols live in _typing_more, which is
# compiled only when one of these names is first looked up here (PEP 562).
_DEFERRED = frozenset({'get_type_hints', 'NamedTuple', 'NamedTupleMeta', 'TypedDict', 'is_typeddict',
                       'IO', 'BinaryIO', 'TextIO', 'SupportsInt', 'SupportsFloat', 'SupportsComplex',
                       'SupportsBytes', 'SupportsIndex', 'SupportsAbs', 'SupportsRound'})


def __getattr__(name):
    if name in _DEFERRED:
        import _typing_more
        for attr in _typing_more.__all__:
            globals()[attr] = getattr(_typing_more, attr)
        return globals()[name]
    raise AttributeError(f"module 'typing' has no attribute '{name}'")


def __dir__():
    return sorted(set(globals()) | _DEFERRED)
