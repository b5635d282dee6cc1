"""Data classes: @dataclass writes __init__, __repr__, __eq__ (and on request
ordering, hashing, frozen attribute guards and __slots__) from a class's
annotated fields.

heapstack's own implementation of the 3.11 module's documented behaviour. The
methods are generated as Python source and compiled once per class, so they
have real signatures, argument errors and tracebacks.
"""

import sys as _sys

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]

_MappingProxy = type(type.__dict__)
_GenericAlias = type(list[int])


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FactoryMarker:
    # the default value shown for fields built by a default_factory
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _FactoryMarker()
_EMPTY_METADATA = _MappingProxy({})


class _FieldKind:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"

# types whose values asdict()/astuple() return as they are (deepcopy would too)
_ATOMIC_TYPES = frozenset((type(None), bool, int, float, str, complex, bytes, type,
                           range, property, type(len), type(Ellipsis), type(NotImplemented)))


class InitVar:
    """Marks an __init__-only pseudo-field: passed to __post_init__, not stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type
        if isinstance(shown, type) and type(shown) is type:
            text = shown.__name__
        else:
            text = repr(shown)
        return "dataclasses.InitVar[%s]" % text

    def __class_getitem__(cls, type):
        return InitVar(type)


_fields_in_repr = set()


class Field:
    """What field() returns and fields() lists."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else _MappingProxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        # a field that (indirectly) contains itself shows as '...'
        key = id(self)
        if key in _fields_in_repr:
            return "..."
        _fields_in_repr.add(key)
        try:
            return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                    "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                    % (self.name, self.type, self.default, self.default_factory, self.init,
                       self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                       self._field_type))
        finally:
            _fields_in_repr.discard(key)

    def __set_name__(self, owner, name):
        # let a default that is itself a descriptor learn its name
        hook = getattr(type(self.default), "__set_name__", None)
        if hook is not None:
            hook(self.default, owner, name)

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return "_DataclassParams(%s)" % ",".join(
            "%s=%r" % (name, getattr(self, name)) for name in self.__slots__)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default or default_factory and which generated
    methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ------------------------------------------------------------ introspection

def fields(class_or_instance):
    """The fields of a dataclass or instance, in order (ClassVars and InitVars left out)."""
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    kind = obj if isinstance(obj, type) else type(obj)
    return hasattr(kind, _FIELDS)


def _convert(obj, make_dict, make_tuple):
    # shared recursion of asdict (make_dict given) and astuple (make_tuple given)
    kind = type(obj)
    if kind in _ATOMIC_TYPES:
        return obj
    if hasattr(kind, _FIELDS):
        if make_dict is not None:
            return make_dict([(f.name, _convert(getattr(obj, f.name), make_dict, make_tuple))
                              for f in fields(obj)])
        return make_tuple([_convert(getattr(obj, f.name), make_dict, make_tuple)
                           for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        # a namedtuple takes its items positionally
        return kind(*[_convert(item, make_dict, make_tuple) for item in obj])
    if isinstance(obj, (list, tuple)):
        return kind(_convert(item, make_dict, make_tuple) for item in obj)
    if isinstance(obj, dict):
        return kind((_convert(k, make_dict, make_tuple), _convert(v, make_dict, make_tuple))
                    for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, recursing into dataclasses,
    lists, tuples and dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, None)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, None, tuple_factory)


def replace(obj, /, **changes):
    """A new instance like obj with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        given = f.name in changes
        if not f.init:
            if given:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
        elif not given:
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            # the current value goes to __init__ again
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


# ------------------------------------------------------ annotation handling

def _leading_names(text):
    """For an annotation string like ' typing.ClassVar[int]': ('typing', 'ClassVar');
    for 'ClassVar[int]': (None, 'ClassVar'); None when it starts with no name."""
    def word(pos):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        start = pos
        while pos < len(text) and (text[pos].isalnum() or text[pos] == "_"):
            pos += 1
        return text[start:pos], pos

    first, pos = word(0)
    if not first:
        return None
    probe = pos
    while probe < len(text) and text[probe].isspace():
        probe += 1
    if probe < len(text) and text[probe] == ".":
        second, _ = word(probe + 1)
        if second:
            return first, second
    return None, first


def _string_names(annotation, cls, module, predicate):
    """Does the string annotation name (in cls's module) an object for which
    predicate(obj, module) holds?"""
    names = _leading_names(annotation)
    if names is None:
        return False
    home = _sys.modules.get(cls.__module__)
    if home is None:
        return False
    namespace = home.__dict__
    qualifier, name = names
    if qualifier is not None:
        # "module.Name": the class's module must know module as the one meant
        if namespace.get(qualifier) is not module:
            return False
        namespace = module.__dict__
    return predicate(namespace.get(name), module)


def _is_classvar(annotation, typing):
    if annotation is typing.ClassVar:
        return True
    try:
        return getattr(annotation, "__origin__", None) is typing.ClassVar
    except Exception:
        return False


def _is_initvar(annotation, module):
    return annotation is module.InitVar or type(annotation) is module.InitVar


def _is_kw_only(annotation, module):
    return annotation is module.KW_ONLY


def _make_field(cls, name, annotation, kw_only_default):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == "member_descriptor":
            # a slot of the class itself is no default
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    typing = _sys.modules.get("typing")
    if typing is not None and hasattr(typing, "ClassVar"):
        if _is_classvar(annotation, typing) or (
                isinstance(annotation, str) and _string_names(annotation, cls, typing, _is_classvar)):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        this = _sys.modules[__name__]
        if _is_initvar(annotation, this) or (
                isinstance(annotation, str) and _string_names(annotation, cls, this, _is_initvar)):
            f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError("field %s cannot have a default factory" % (f.name,))
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError("field %s is a ClassVar but specifies kw_only" % (f.name,))
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), f.name))
    return f


# -------------------------------------------------------- method generation

class _MethodWriter:
    """Compiles a class's generated methods. Each is made by its own small
    source text (as CPython does), so tracebacks show the same "<string>"
    line numbers; the objects they refer to are closure variables."""

    def __init__(self, cls, module_globals):
        self.cls = cls
        self.module_globals = module_globals
        self.values = {}
        self.made = {}

    def ref(self, key, value):
        # a closure variable of the generated code holding value
        name = "__dataclass_%s__" % key
        self.values[name] = value
        return name

    def add(self, name, params, body, returns=None):
        head = " def %s(%s)" % (name, ", ".join(params))
        if returns is not None:
            head += " -> %s" % returns
        lines = ["def __create_fn__(%s):" % ", ".join(self.values), head + ":"]
        lines.extend("  " + line for line in (body or ["pass"]))
        lines.append(" return %s" % name)
        scope = {}
        exec("\n".join(lines) + "\n", self.module_globals, scope)
        fn = scope["__create_fn__"](**self.values)
        qualname = "%s.%s" % (self.cls.__qualname__, name)
        if name == "__repr__":
            # the wrapper takes the class's name; the generated body keeps its own
            fn = _guard_repr(fn, qualname)
        else:
            fn.__qualname__ = qualname
        self.made[name] = fn


def _tuple_of(owner, names):
    # source text of a tuple of owner.<name> attributes
    return "(" + "".join("%s.%s," % (owner, n) for n in names) + ")"


def _write_init(writer, all_fields, frozen, has_post_init, slots):
    positional = [f for f in all_fields if f.init and not f.kw_only]
    keyword_only = [f for f in all_fields if f.init and f.kw_only]
    seen_default = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument %r follows default argument" % (f.name,))
    self_name = "__dataclass_self__" if "self" in (f.name for f in all_fields) else "self"
    setter = writer.ref("object_setattr", object.__setattr__) if frozen else None

    def param(f):
        text = "%s: %s" % (f.name, writer.ref("type_" + f.name, f.type))
        if f.default_factory is not MISSING:
            text += " = " + writer.ref("HAS_DEFAULT_FACTORY", _HAS_DEFAULT_FACTORY)
        elif f.default is not MISSING:
            text += " = " + writer.ref("dflt_" + f.name, f.default)
        return text

    params = [self_name] + [param(f) for f in positional]
    if keyword_only:
        params.append("*")
        params.extend(param(f) for f in keyword_only)
    body = []
    for f in all_fields:
        if f.default_factory is not MISSING:
            factory = writer.ref("dflt_" + f.name, f.default_factory)
            if f.init:
                marker = writer.ref("HAS_DEFAULT_FACTORY", _HAS_DEFAULT_FACTORY)
                value = "%s() if %s is %s else %s" % (factory, f.name, marker, f.name)
            else:
                value = factory + "()"
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            value = writer.ref("dflt_" + f.name, f.default)
        else:
            continue
        if f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append("%s(%s, %r, %s)" % (setter, self_name, f.name, value))
        else:
            body.append("%s.%s = %s" % (self_name, f.name, value))
    if has_post_init:
        passed = ", ".join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append("%s.%s(%s)" % (self_name, _POST_INIT_NAME, passed))
    writer.add("__init__", params, body, returns=writer.ref("return_type", None))


def _write_repr(writer, shown):
    parts = ", ".join("%s={self.%s!r}" % (f.name, f.name) for f in shown)
    writer.add("__repr__", ["self"], ["return self.__class__.__qualname__ + f'(%s)'" % parts])


def _guard_repr(inner, qualname):
    """Wrap a generated __repr__ so that an instance met again while it is
    being shown appears as '...'."""
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return inner(self)
        finally:
            running.discard(key)

    __repr__.__module__ = inner.__module__
    __repr__.__doc__ = inner.__doc__
    __repr__.__qualname__ = qualname
    __repr__.__wrapped__ = inner
    return __repr__


def _write_compare(writer, name, op, compared):
    names = [f.name for f in compared]
    writer.add(name, ["self", "other"], [
        "if other.__class__ is self.__class__:",
        "    return %s %s %s" % (_tuple_of("self", names), op, _tuple_of("other", names)),
        "return NotImplemented",
    ])


def _write_frozen_guards(writer, cls, stored):
    names = "(" + "".join("%r," % f.name for f in stored) + ")"
    klass = writer.ref("cls", cls)
    error = writer.ref("FrozenInstanceError", FrozenInstanceError)
    kind = writer.ref("type", type)
    parent = writer.ref("super", super)
    for method, verb, params in (("__setattr__", "assign to", ["self", "name", "value"]),
                                 ("__delattr__", "delete", ["self", "name"])):
        writer.add(method, params, [
            "if %s(self) is %s or name in %s:" % (kind, klass, names),
            "    raise %s(f\"cannot %s field {name!r}\")" % (error, verb),
            "%s(%s, self).%s(%s)" % (parent, klass, method, ", ".join(params[1:])),
        ])


def _install(cls, name, fn):
    """Set a generated method unless the class defines its own; True when it does."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, fn)
    return False


# ------------------------------------------------------ the docstring text

def _format_annotation(annotation):
    if getattr(annotation, "__module__", None) == "typing":
        return _drop_typing_prefix(repr(annotation))
    if isinstance(annotation, _GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


def _drop_typing_prefix(text):
    # remove "typing." at the start of every dotted name
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isalnum() or ch in "_.":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] in "_."):
                j += 1
            token = text[i:j]
            out.append(token[7:] if token.startswith("typing.") else token)
            i = j
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _function_signature(fn):
    """inspect.signature-like text of a Python function, without its first parameter."""
    code = fn.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    posonly = code.co_posonlyargcount
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    notes = fn.__annotations__ or {}
    first_default = npos - len(defaults)

    def show(name, default=MISSING):
        text = name
        if name in notes:
            text += ": " + _format_annotation(notes[name])
            if default is not MISSING:
                text += " = %r" % (default,)
        elif default is not MISSING:
            text += "=%r" % (default,)
        return text

    parts = []
    for i in range(1, npos):
        parts.append(show(names[i], defaults[i - first_default] if i >= first_default else MISSING))
        if i == posonly - 1:
            parts.append("/")
    index = npos + nkw
    if code.co_flags & 0x04:
        parts.append("*" + show(names[index]))
        index += 1
    elif nkw:
        parts.append("*")
    for name in names[npos:npos + nkw]:
        parts.append(show(name, kwdefaults.get(name, MISSING)))
    if code.co_flags & 0x08:
        parts.append("**" + show(names[index]))
    text = "(" + ", ".join(parts) + ")"
    if "return" in notes:
        text += " -> " + _format_annotation(notes["return"])
    return text


def _class_signature(cls):
    if type(cls).__call__ is not type.__call__ or cls.__new__ is not object.__new__:
        # a metaclass __call__ or a __new__ decides what calling the class takes
        import inspect
        return str(inspect.signature(cls))
    init = cls.__dict__.get("__init__") or getattr(cls, "__init__", None)
    if hasattr(init, "__code__"):
        return _function_signature(init)
    if init is object.__init__:
        return "()"
    raise ValueError("no signature found")


# --------------------------------------------------------------- processing

def _class_slots(cls):
    declared = cls.__dict__.get("__slots__")
    if declared is None:
        return ()
    if isinstance(declared, str):
        return (declared,)
    if hasattr(declared, "__next__"):
        raise TypeError("Slots of '%s' cannot be determined" % (cls.__name__,))
    return tuple(declared)


def _state_of(self):
    return [getattr(self, f.name) for f in fields(self)]


def _restore_state(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _rebuild_with_slots(cls, frozen, weakref_slot):
    if "__slots__" in cls.__dict__:
        raise TypeError("%s already specifies __slots__" % (cls.__name__,))
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_class_slots(base))
    wanted = names + (("__weakref__",) if weakref_slot else ())
    namespace["__slots__"] = tuple(n for n in wanted if n not in inherited)
    for name in names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname
    if frozen:
        if "__getstate__" not in namespace:
            cls.__getstate__ = _state_of
        if "__setstate__" not in namespace:
            cls.__setstate__ = _restore_state
    return cls


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    table = {}
    home = _sys.modules.get(cls.__module__)
    module_globals = home.__dict__ if home is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    dataclass_bases = False
    frozen_base = False
    for base in reversed(cls.__mro__[1:]):
        inherited = base.__dict__.get(_FIELDS)
        if inherited is not None:
            dataclass_bases = True
            for f in inherited.values():
                table[f.name] = f
            if getattr(base, _PARAMS).frozen:
                frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    this = _sys.modules[__name__]
    own = []
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation, this) or (
                isinstance(annotation, str) and _string_names(annotation, cls, this, _is_kw_only)):
            if kw_only_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            own.append(_make_field(cls, name, annotation, kw_only))
    for f in own:
        table[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if dataclass_bases:
        if frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    setattr(cls, _FIELDS, table)

    own_hash = cls.__dict__.get("__hash__", MISSING)
    explicit_hash = not (own_hash is MISSING or (own_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    init_fields = [f for f in table.values() if f._field_type is not _FIELD_CLASSVAR]
    stored = [f for f in table.values() if f._field_type is _FIELD]
    writer = _MethodWriter(cls, module_globals)
    if init:
        _write_init(writer, init_fields, frozen, hasattr(cls, _POST_INIT_NAME), slots)
    if repr:
        _write_repr(writer, [f for f in stored if f.repr])
    compared = [f for f in stored if f.compare]
    if eq:
        _write_compare(writer, "__eq__", "==", compared)
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            _write_compare(writer, name, op, compared)
    if frozen:
        _write_frozen_guards(writer, cls, stored)
    hash_action = None
    if unsafe_hash:
        if explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % (cls.__name__,))
        hash_action = "add"
    elif eq and not explicit_hash:
        hash_action = "add" if frozen else "none"
    if hash_action == "add":
        hashed = [f for f in stored if (f.compare if f.hash is None else f.hash)]
        writer.add("__hash__", ["self"], ["return %s(%s)" % (
            writer.ref("hash", hash), _tuple_of("self", [f.name for f in hashed]))])
    made = writer.made

    for name in ("__init__", "__repr__", "__eq__"):
        if name in made:
            _install(cls, name, made[name])
    for name in ("__lt__", "__le__", "__gt__", "__ge__"):
        if name in made and _install(cls, name, made[name]):
            raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                            "functools.total_ordering" % (name, cls.__name__))
    for name in ("__setattr__", "__delattr__"):
        if name in made and _install(cls, name, made[name]):
            raise TypeError("Cannot overwrite attribute %s in class %s" % (name, cls.__name__))
    if hash_action == "add":
        cls.__hash__ = made["__hash__"]
    elif hash_action == "none":
        cls.__hash__ = None

    if not getattr(cls, "__doc__"):
        try:
            text = _class_signature(cls).replace(" -> None", "")
        except (TypeError, ValueError):
            text = ""
        cls.__doc__ = cls.__name__ + text

    if match_args:
        _install(cls, "__match_args__", tuple(f.name for f in init_fields
                                              if f.init and not f.kw_only))
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _rebuild_with_slots(cls, frozen, weakref_slot)
    if hasattr(cls, "__abstractmethods__"):
        import abc
        abc.update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add generated special methods to a class from its annotated fields.

    Used bare (@dataclass) or with options (@dataclass(order=True, frozen=True)).
    """
    def wrap(klass):
        return _process_class(klass, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Create a dataclass named cls_name from field specs: 'name', (name, type)
    or (name, type, Field)."""
    import keyword
    import types
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, kind = item, "typing.Any"
        elif len(item) == 2:
            name, kind = item
        elif len(item) == 3:
            name, kind, spec = item
            defaults[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if keyword.iskeyword(name):
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = kind

    def fill(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns["__annotations__"] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
