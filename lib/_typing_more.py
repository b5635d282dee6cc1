"""The parts of typing that programs need less often, compiled on first use.

typing's module __getattr__ imports this module the first time one of the
names in __all__ is looked up, and copies them into typing: importing typing
for annotations alone stays cheap.  Everything here presents itself as part of
typing (its __module__ is 'typing').
"""

import sys as _sys
from typing import (Any, AnyStr, ForwardRef, Generic, List, NotRequired, Optional, Required, Union,
                    _AnnotatedAlias, _BuiltinFunctionType, _FunctionType, _GenericAlias, _GenericAlias_,
                    _MethodDescriptorType, _MethodType, _MethodWrapperType, _ModuleType, _NoneType,
                    _UnionType, _WrapperDescriptorType, _caller, _eval_type, _generic_subscript,
                    _join_with_or, _type_check, abstractmethod, get_origin, Annotated, Protocol, T_co,
                    _ProtocolMeta, runtime_checkable)

__all__ = ['get_type_hints', 'NamedTuple', 'NamedTupleMeta', 'TypedDict', 'is_typeddict',
           'IO', 'BinaryIO', 'TextIO', '_NamedTuple', '_TypedDictMeta', '_TypedDict',
           'SupportsInt', 'SupportsFloat', 'SupportsComplex', 'SupportsBytes', 'SupportsIndex',
           'SupportsAbs', 'SupportsRound']


def _without_extras(t):
    """t with Annotated[...] reduced to its type and Required/NotRequired dropped."""
    while True:
        if isinstance(t, _AnnotatedAlias):
            t = t.__origin__
        elif isinstance(t, _GenericAlias) and t.__dict__.get('__origin__') in (Required, NotRequired):
            t = t.__args__[0]
        else:
            break
    if not isinstance(t, (_GenericAlias, _GenericAlias_, _UnionType)):
        return t
    args = t.__args__
    plain = tuple(_without_extras(a) for a in args)
    if plain == args:
        return t
    if isinstance(t, _GenericAlias_):
        return _GenericAlias_(t.__origin__, plain)
    if isinstance(t, _UnionType):
        return _join_with_or(plain)
    return t.copy_with(plain)


# objects that may lack __annotations__ and then simply have no hints
_MAY_HAVE_NO_HINTS = (_FunctionType, _BuiltinFunctionType, _MethodType, _ModuleType,
                      _WrapperDescriptorType, _MethodWrapperType, _MethodDescriptorType)


def _evaluate_all(annotations, globalns, localns, *, in_class, in_module=False):
    """{name: evaluated annotation} for one __annotations__ dict."""
    out = {}
    for name, value in annotations.items():
        if value is None:
            value = _NoneType
        elif isinstance(value, str):
            value = ForwardRef(value, is_argument=not (in_class or in_module), is_class=in_class)
        out[name] = _eval_type(value, globalns, localns)
    return out


def _class_hints(cls, globalns, localns):
    hints = {}
    # base classes first, so that a subclass's annotation of the same name wins
    for klass in cls.__mro__[::-1]:
        own = klass.__dict__.get('__annotations__', {})
        if not isinstance(own, dict) or not own:
            continue
        if globalns is None and localns is None:
            # names resolve as in the class body: class attributes first, then the module
            module = _sys.modules.get(klass.__module__)
            g, l = dict(vars(klass)), getattr(module, '__dict__', {})
        else:
            g = globalns if globalns is not None else \
                getattr(_sys.modules.get(klass.__module__), '__dict__', {})
            l = localns if localns is not None else dict(vars(klass))
        hints.update(_evaluate_all(own, g, l, in_class=True))
    return hints


def _object_hints(obj, globalns, localns):
    if globalns is None:
        if isinstance(obj, _ModuleType):
            globalns = vars(obj)
        else:
            target = obj
            while hasattr(target, '__wrapped__'):
                target = target.__wrapped__
            globalns = getattr(target, '__globals__', {})
    if localns is None:
        localns = globalns
    annotations = getattr(obj, '__annotations__', None)
    if annotations is None:
        if isinstance(obj, _MAY_HAVE_NO_HINTS):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    return _evaluate_all(dict(annotations), globalns, localns, in_class=False,
                         in_module=isinstance(obj, _ModuleType))


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, module or class (merged over its MRO),
    with strings evaluated as forward references, None as NoneType, and Annotated /
    Required / NotRequired wrappers removed unless include_extras is true."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        hints = _object_hints(obj, globalns, localns)
    if not include_extras:
        hints = {name: _without_extras(t) for name, t in hints.items()}
    return hints


# ---------------------------------------------------------------------------
# NamedTuple and TypedDict

_NAMEDTUPLE_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                                  '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NAMEDTUPLE_SKIPPED = frozenset({'__module__', '__name__', '__annotations__'})


def _build_namedtuple(name, fields, module, defaults=()):
    from collections import namedtuple
    names = [n for n, _ in fields]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in fields}
    cls = namedtuple(name, names, defaults=defaults, module=module)
    cls.__annotations__ = cls.__new__.__annotations__ = types
    return cls


class NamedTupleMeta(type):
    __module__ = 'typing'

    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if b is _NamedTuple else b for b in bases)
        annotations = ns.get('__annotations__', {})
        with_default = []
        for field in annotations:
            if field in ns:
                with_default.append(field)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field} cannot follow "
                                f"default field{plural} {', '.join(with_default)}")
        cls = _build_namedtuple(typename, list(annotations.items()), ns['__module__'],
                                [ns[n] for n in with_default])
        if cls.__bases__ != bases:
            # NamedTuple mixed with Generic: the same namespace, rebuilt on the wanted bases
            # (Generic.__init_subclass__ then reads __orig_bases__ for the parameters)
            body = {k: v for k, v in cls.__dict__.items() if k not in ('__dict__', '__weakref__')}
            if '__orig_bases__' in ns:
                body['__orig_bases__'] = ns['__orig_bases__']
            cls = type(typename, bases, body)
        if Generic in bases:
            cls.__class_getitem__ = classmethod(_generic_subscript)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SKIPPED and key not in cls._fields:
                setattr(cls, key, value)
        return cls


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple, also usable as a base class:

        class Employee(NamedTuple):
            name: str
            id: int = 3
    """
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _build_namedtuple(typename, list(fields), _caller())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    __module__ = 'typing'

    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        cls = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {k: _type_check(v, msg, module=cls.__module__)
               for k, v in ns.get('__annotations__', {}).items()}
        annotations = {}
        required = set()
        optional = set()
        # a key belongs to the set its latest definition puts it in: later bases
        # override earlier ones, the class's own annotations override them all
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            for key in base.__dict__.get('__required_keys__', ()):
                required.add(key)
                optional.discard(key)
            for key in base.__dict__.get('__optional_keys__', ()):
                optional.add(key)
                required.discard(key)
        annotations.update(own)
        for key, tp in own.items():
            head = get_origin(tp)
            if head is Annotated:
                inner = tp.__origin__
                head = get_origin(inner)
            if head is Required:
                is_required = True
            elif head is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total
        return cls

    # calling a TypedDict class makes a plain dict: dict itself, so any keyword
    # (cls, self...) is a key
    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys (for type checkers); instances are
    plain dicts:

        class Movie(TypedDict):
            title: str
            year: int
    """
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    if kwargs:
        import warnings
        warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated "
                      "in Python 3.11, will be removed in Python 3.13, and may not be "
                      "understood by third-party type checkers.", DeprecationWarning, stacklevel=2)
    ns = {'__annotations__': dict(fields)}
    module = _caller()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------------------
# IO


class IO(Generic[AnyStr]):
    """The generic interface of file objects (what open() returns)."""

    __module__ = 'typing'
    __slots__ = ()

    @property
    @abstractmethod
    def mode(self) -> str:
        pass

    @property
    @abstractmethod
    def name(self) -> str:
        pass

    @abstractmethod
    def close(self) -> None:
        pass

    @property
    @abstractmethod
    def closed(self) -> bool:
        pass

    @abstractmethod
    def fileno(self) -> int:
        pass

    @abstractmethod
    def flush(self) -> None:
        pass

    @abstractmethod
    def isatty(self) -> bool:
        pass

    @abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readable(self) -> bool:
        pass

    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readlines(self, hint: int = -1) -> List[AnyStr]:
        pass

    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @abstractmethod
    def seekable(self) -> bool:
        pass

    @abstractmethod
    def tell(self) -> int:
        pass

    @abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @abstractmethod
    def writable(self) -> bool:
        pass

    @abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @abstractmethod
    def writelines(self, lines: List[AnyStr]) -> None:
        pass

    @abstractmethod
    def __enter__(self) -> 'IO[AnyStr]':
        pass

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """File objects of bytes."""

    __module__ = 'typing'
    __slots__ = ()

    @abstractmethod
    def write(self, s: Union[bytes, bytearray]) -> int:
        pass

    @abstractmethod
    def __enter__(self) -> 'BinaryIO':
        pass


class TextIO(IO[str]):
    """File objects of text."""

    __module__ = 'typing'
    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @abstractmethod
    def errors(self) -> Optional[str]:
        pass

    @property
    @abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @abstractmethod
    def newlines(self) -> Any:
        pass

    @abstractmethod
    def __enter__(self) -> 'TextIO':
        pass


# ---------------------------------------------------------------------------
# Supports* protocols

def _supports(name, method, generic=False):
    """A runtime-checkable protocol with the single abstract method `method`."""

    def member(self):
        pass

    member.__name__ = method
    member.__qualname__ = f'{name}.{method}'
    bases = (Protocol[T_co],) if generic else (Protocol,)
    namespace = {'__slots__': (), '__module__': 'typing', '__qualname__': name,
                 '__doc__': f'An ABC with one abstract method {method}.',
                 method: abstractmethod(member)}
    if generic:
        namespace['__orig_bases__'] = bases
        bases = (Protocol,)
    return runtime_checkable(_ProtocolMeta(name, bases, namespace))


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__', True)
SupportsRound = _supports('SupportsRound', '__round__', True)


for _f in (get_type_hints, NamedTuple, TypedDict, is_typeddict):
    _f.__module__ = 'typing'
del _f
