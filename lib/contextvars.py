"""contextvars: context-local state (PEP 567), CPython 3.11 semantics for one thread.

A Context maps ContextVars to values. Its mapping is never mutated in place: setting a
variable swaps in a new dict, so copies (and iterations in progress) keep their snapshot,
as CPython's immutable HAMT gives. Iteration follows insertion order where CPython's follows
its hash trie.
"""

from types import GenericAlias

from _stdlib_helpers import c_type_name as _c_type_name

__all__ = ("Context", "ContextVar", "Token", "copy_context")


def _refuse_subclass(cls):
    # The C types lack Py_TPFLAGS_BASETYPE; a class statement deriving from them fails.
    def __init_subclass__(subclass, **kwargs):
        raise TypeError("type '_contextvars.%s' is not an acceptable base type" % cls.__name__)

    cls.__init_subclass__ = classmethod(__init_subclass__)


def _check_var(key):
    if type(key) is not ContextVar:
        raise TypeError("a ContextVar key was expected, got %r" % (key,))


class Context:
    __slots__ = ("_values", "_outer", "_entered")

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._values = {}
        self._outer = None
        self._entered = False

    def run(self, *args, **kwargs):
        global _current
        if not args:
            raise TypeError("run() missing 1 required positional argument")
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        function = args[0]
        self._outer = _current
        self._entered = True
        _current = self
        try:
            return function(*args[1:], **kwargs)
        finally:
            _current = self._outer
            self._outer = None
            self._entered = False

    def copy(self):
        return _copy_of(self)

    def __getitem__(self, var):
        _check_var(var)
        try:
            return self._values[var]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        _check_var(var)
        return var in self._values

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def get(self, var, default=None):
        _check_var(var)
        return self._values.get(var, default)

    def keys(self):
        return self._values.keys()

    def values(self):
        return self._values.values()

    def items(self):
        return self._values.items()

    def __eq__(self, other):
        if type(other) is not Context:
            return NotImplemented
        return self._values == other._values

    __hash__ = None


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "<Token.MISSING>"


_c_type_name(_Missing, "Token.MISSING")
_MISSING = _Missing()
_NO_DEFAULT = object()
_creating_token = False


class ContextVar:
    __slots__ = ("_name", "_default", "__weakref__")

    def __init__(self, *args, **kwargs):
        # name is positional-only; default may be given by keyword.
        if len(args) + len(kwargs) > 2:
            raise TypeError("ContextVar() takes at most 2 arguments (%d given)" % (len(args) + len(kwargs)))
        if len(args) > 1:
            raise TypeError("ContextVar() takes at most 1 positional argument (%d given)" % len(args))
        if not args:
            raise TypeError("ContextVar() takes exactly 1 positional argument (0 given)")
        for keyword in kwargs:
            if keyword != "default":
                raise TypeError("'%s' is an invalid keyword argument for ContextVar()" % keyword)
        name = args[0]
        if type(name) is not str:
            raise TypeError("context variable name must be a str")
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_default", kwargs.get("default", _NO_DEFAULT))

    @property
    def name(self):
        return self._name

    def __setattr__(self, attr, value):
        if attr == "name":
            raise AttributeError("readonly attribute")
        object.__setattr__(self, attr, value)

    def get(self, *args):
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d" % len(args))
        values = _current._values
        if self in values:
            return values[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        global _creating_token
        if len(args) != 1:
            raise TypeError("ContextVar.set() takes exactly one argument (%d given)" % len(args))
        context = _current
        old = context._values.get(self, _MISSING)
        updated = dict(context._values)
        updated[self] = args[0]
        context._values = updated
        _creating_token = True
        try:
            return Token(context, self, old)
        finally:
            _creating_token = False

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        context = _current
        if token._context is not context:
            raise ValueError("%r was created in a different Context" % (token,))
        object.__setattr__(token, "_used", True)
        updated = dict(context._values)
        if token._old_value is _MISSING:
            updated.pop(self, None)
        else:
            updated[self] = token._old_value
        context._values = updated

    def __repr__(self):
        if self._default is _NO_DEFAULT:
            return "<ContextVar name=%r at %#x>" % (self._name, id(self))
        return "<ContextVar name=%r default=%r at %#x>" % (self._name, self._default, id(self))

    __class_getitem__ = classmethod(GenericAlias)


class Token:
    __slots__ = ("_context", "_var", "_old_value", "_used")

    MISSING = _MISSING

    def __init__(self, *args, **kwargs):
        if not _creating_token:
            raise RuntimeError("Tokens can only be created by ContextVars")
        context, var, old_value = args
        object.__setattr__(self, "_context", context)
        object.__setattr__(self, "_var", var)
        object.__setattr__(self, "_old_value", old_value)
        object.__setattr__(self, "_used", False)

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __setattr__(self, attr, value):
        if attr in ("var", "old_value", "MISSING"):
            raise AttributeError(
                "attribute '%s' of '_contextvars.Token' objects is not writable" % attr
            )
        object.__setattr__(self, attr, value)

    def __repr__(self):
        used = " used" if self._used else ""
        return "<Token%s var=%r at %#x>" % (used, self._var, id(self))

    __class_getitem__ = classmethod(GenericAlias)


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = "_contextvars"
    _c_type_name(_cls, "_contextvars." + _cls.__name__)
    _refuse_subclass(_cls)
del _cls

_current = Context()


def _copy_of(context):
    # Context() without the calls: asyncio copies the context at every call_soon
    duplicate = _new_object(Context)
    duplicate._values = context._values
    duplicate._outer = None
    duplicate._entered = False
    return duplicate


_new_object = object.__new__


def copy_context():
    """A new Context holding the current context's variables."""
    # _copy_of(_current), inline: asyncio copies the context at every call_soon
    duplicate = _new_object(Context)
    duplicate._values = _current._values
    duplicate._outer = None
    duplicate._entered = False
    return duplicate
