"""Mock objects for tests (heapstack's own implementation of unittest.mock).

Mock and MagicMock record their calls (call_args, call_args_list, method_calls,
mock_calls), return configurable values (return_value, side_effect, wraps), honour specs,
and check calls with the assert_* methods and CPython's messages. MagicMock supports the
magic methods with CPython's defaults. patch/patch.object/patch.dict/patch.multiple work as
decorators, context managers and with start()/stop(); mock_open, PropertyMock, AsyncMock,
create_autospec, call, ANY, sentinel and DEFAULT are provided.
"""

import asyncio
import builtins
import contextlib
import functools
import inspect
import io
import pprint
import sys
from types import ModuleType

__all__ = ("Mock", "MagicMock", "patch", "sentinel", "DEFAULT", "ANY", "call",
           "create_autospec", "AsyncMock", "FILTER_DIR", "NonCallableMock",
           "NonCallableMagicMock", "mock_open", "PropertyMock", "seal")

FILTER_DIR = True


# --- sentinels ------------------------------------------------------------------------------

class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name

    def __reduce__(self):
        return "sentinel.%s" % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return "<ANY>"

    __hash__ = object.__hash__


ANY = _ANY()


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += ["%s=%r" % (k, v) for k, v in kwargs.items()]
    return "%s(%s)" % (name, ", ".join(parts))


# --- call objects ---------------------------------------------------------------------------

class _Call(tuple):
    """A recorded (or expected) call: (name, args, kwargs), or (args, kwargs) for call_args."""

    def __new__(cls, value=(), name="", parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        n = len(value)
        if n == 3:
            name, args, kwargs = value
        elif n == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif n == 1:
            (value,) = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return None, args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        if not isinstance(other, _Call):
            if len_other == 3:
                other = _Call(tuple(other))
            elif len_other == 2:
                other = _Call(tuple(other), two=True)
            elif len_other == 1:
                other = _Call(tuple(other))
            elif len_other == 0:
                other = _Call(())
            else:
                return False
        my_name, my_args, my_kwargs = self._parts()
        o_name, o_args, o_kwargs = other._parts()
        if (self._mock_parent is not None and other._mock_parent is not None
                and self._mock_parent != other._mock_parent):
            return False
        if my_name and o_name and my_name != o_name:
            return False
        if my_name is not None and o_name is not None and (bool(my_name) != bool(o_name)):
            return False
        return (tuple(o_args), o_kwargs) == (tuple(my_args), my_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(("", args, kwargs), name="()")
        name = self._mock_name + "()"
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = "%s.%s" % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # call.count / call.index are calls being built, not tuple methods
        if attr in ("count", "index"):
            return _Call.__getattr__(self, attr)
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or "call"
            if name.startswith("()"):
                name = "call%s" % name
            return name
        if len(self) == 2:
            name = "call"
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = "call"
            elif not name.startswith("()"):
                name = "call.%s" % name
            else:
                name = "call%s" % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls of a chained call, as a list (call.a(1).b(2) gives two)."""
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(0, len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


# --- the mock classes -----------------------------------------------------------------------

_all_magics = set()
_NUMERICS = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow".split()
_MAGIC_NAMES = (
    "lt gt le ge eq ne getitem setitem delitem len contains iter hash str sizeof enter exit "
    "divmod rdivmod neg pos abs invert complex int float index round trunc floor ceil bool "
    "next fspath aiter aenter aexit anext"
).split()
for _n in _MAGIC_NAMES:
    _all_magics.add("__%s__" % _n)
for _n in _NUMERICS:
    _all_magics.update(("__%s__" % _n, "__r%s__" % _n, "__i%s__" % _n))
_non_defaults = {"__get__", "__set__", "__delete__", "__reversed__", "__missing__",
                 "__reduce__", "__reduce_ex__", "__getinitargs__", "__getnewargs__",
                 "__getstate__", "__setstate__", "__getformat__", "__repr__", "__dir__",
                 "__subclasses__", "__format__", "__getnewargs_ex__"}
_unsupported_magics = {"__getattr__", "__setattr__", "__init__", "__new__", "__prepare__",
                       "__instancecheck__", "__subclasscheck__", "__del__"}

_return_values = {"__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented,
                  "__ge__": NotImplemented, "__int__": 1, "__contains__": False, "__len__": 0,
                  "__exit__": False, "__complex__": 1j, "__float__": 1.0, "__bool__": True,
                  "__index__": 1, "__aexit__": False}


def _calculated_value(mock, name):
    if name == "__hash__":
        return object.__hash__(mock)
    if name == "__str__":
        return object.__str__(mock)
    if name == "__sizeof__":
        return object.__sizeof__(mock)
    if name == "__fspath__":
        return "%s/%s/%s" % (type(mock).__name__, mock._extract_mock_name(), id(mock))
    raise KeyError(name)


def _eq_effect(mock):
    def __eq__(other):
        ret = mock.__eq__._mock_return_value
        if ret is not DEFAULT:
            return ret
        if mock is other:
            return True
        return NotImplemented
    return __eq__


def _ne_effect(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if mock is other:
            return False
        return NotImplemented
    return __ne__


def _iter_effect(mock):
    def __iter__():
        ret = mock.__iter__._mock_return_value
        if ret is DEFAULT:
            return iter([])
        return iter(ret)
    return __iter__


def _configure_magic(parent, child, name):
    if name in _return_values:
        child.return_value = _return_values[name]
        return
    try:
        child.return_value = _calculated_value(parent, name)
        return
    except KeyError:
        pass
    effect = {"__eq__": _eq_effect, "__ne__": _ne_effect, "__iter__": _iter_effect}.get(name)
    if effect is not None:
        child.side_effect = effect(parent)


class _MagicProxy:
    """A magic method of a MagicMock's class: the child mock is made on first access."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        parent = self.parent
        m = parent._get_child_mock(name=self.name, _new_name=self.name, _new_parent=parent)
        setattr(parent, self.name, m)
        _configure_magic(parent, m, self.name)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


class _MockIter:
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


def _iter_or_value(value):
    if value is None or _is_exception(value) or callable(value):
        return value
    try:
        return _MockIter(value)
    except TypeError:
        return value


class NonCallableMock:
    """A mock that cannot be called (the base of every mock)."""

    def __new__(cls, /, *args, **kw):
        # Every mock gets a class of its own, so that setting a magic method on one mock
        # (which goes on its class) does not affect the others.
        new = type(cls.__name__, (cls,), {"__doc__": cls.__doc__})
        instance = object.__new__(new)
        return instance

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name="", _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d["_mock_parent"] = parent
        d["_mock_name"] = name
        d["_mock_new_name"] = _new_name
        d["_mock_new_parent"] = _new_parent
        d["_mock_sealed"] = False
        d.setdefault("_mock_return_value", DEFAULT)
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        self._mock_add_spec(spec, spec_set)
        d["_mock_children"] = {}
        d["_mock_wraps"] = wraps
        d["_mock_delegate"] = None
        d["_mock_called"] = False
        d["_mock_call_args"] = None
        d["_mock_call_count"] = 0
        d["_mock_call_args_list"] = _CallList()
        d["_mock_mock_calls"] = _CallList()
        d["method_calls"] = _CallList()
        d["_mock_unsafe"] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)

    def attach_mock(self, mock, attribute):
        """Attach `mock` as `attribute` of this mock: its calls are then recorded here."""
        inner = mock
        inner.__dict__["_mock_parent"] = None
        inner.__dict__["_mock_new_parent"] = None
        inner.__dict__["_mock_name"] = ""
        inner.__dict__["_mock_new_name"] = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set):
        spec_class = None
        methods = None
        if spec is not None and not isinstance(spec, list):
            spec_class = spec if isinstance(spec, type) else type(spec)
            methods = dir(spec)
        elif spec is not None:
            methods = list(spec)
        d = self.__dict__
        d["_spec_class"] = spec_class
        d["_spec_set"] = spec_set
        d["_mock_methods"] = methods

    def __get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name="()")
            self.return_value = ret
        return ret

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self.__dict__["_mock_return_value"] = value
            self._mock_attach(value, None, "()")

    return_value = property(__get_return_value, __set_return_value,
                            doc="The value returned when the mock is called.")

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _delegated(name):  # noqa: N805
        def getter(self):
            return self.__dict__["_mock_" + name]

        def setter(self, value):
            self.__dict__["_mock_" + name] = value

        return property(getter, setter)

    called = _delegated("called")
    call_count = _delegated("call_count")
    call_args = _delegated("call_args")
    call_args_list = _delegated("call_args_list")
    mock_calls = _delegated("mock_calls")
    del _delegated

    def __get_side_effect(self):
        return self.__dict__.get("_mock_side_effect")

    def __set_side_effect(self, value):
        self.__dict__["_mock_side_effect"] = _iter_or_value(value)

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget every call (and optionally the return value and side effect)."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self.__dict__["_mock_return_value"] = DEFAULT
        if side_effect:
            self.__dict__["_mock_side_effect"] = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self.__dict__.get("_mock_return_value", DEFAULT)
        if _is_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes, with dotted names reaching into children:
        configure_mock(**{"method.return_value": 3, "other.side_effect": KeyError})."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count(".")):
            args = arg.split(".")
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in {"_mock_methods", "_mock_unsafe", "_mock_check_sig"}:
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(("assert", "assret", "asert", "aseert", "assrt")):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec for the mock if {name!r} is "
                    "meant to be an attribute.")
        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                          _new_parent=self)
            self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = "." if names != ["()"] else ""
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = "" if parent._mock_new_name == "()" else "."
            parent = parent._mock_new_parent
        names = list(reversed(names))
        first = last._mock_name or "mock"
        if len(names) > 1 and names[1] not in ("()", "()."):
            first += "."
        names[0] = first
        return "".join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = "" if name in ("mock", "mock.") else " name=%r" % name
        spec_string = ""
        if self._spec_class is not None:
            spec_string = (" spec_set=%r" if self._spec_set else " spec=%r") % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child = [n for n, m in self._mock_children.items() if m is not _deleted]
        from_type = [e for e in from_type if not e.startswith("_")]
        from_dict = [e for e in from_dict if not e.startswith("_")]
        return sorted(set(extras + from_type + from_dict + from_child))

    def __setattr__(self, name, value):
        if name in ("_mock_methods", "_spec_class", "_spec_set", "_mock_children",
                    "_mock_parent", "_mock_name", "_mock_new_name", "_mock_new_parent",
                    "_mock_wraps", "_mock_delegate", "_mock_unsafe", "_mock_sealed"):
            self.__dict__[name] = value
            return
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in self.__dict__
                and name not in type(self).__dict__ and not isinstance(getattr(type(self), name, None), property)):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError("Attempting to set unsupported magic method %r." % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)  # noqa: E731
            else:
                self._mock_attach(value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == "__class__":
            self._spec_class = value
            return
        else:
            if self._mock_attach(value, name, name):
                self._mock_children[name] = value
        return object.__setattr__(self, name, value)

    def _mock_attach(self, value, name, new_name):
        if not _is_mock(value):
            return False
        d = value.__dict__
        # a mock that is already named or placed keeps its place
        if d.get("_mock_name") or d.get("_mock_new_name"):
            return False
        if d.get("_mock_parent") is not None or d.get("_mock_new_parent") is not None:
            return False
        ancestor = self
        while ancestor is not None:
            if ancestor is value:  # a mock as its own child or return value
                return False
            ancestor = ancestor.__dict__.get("_mock_new_parent")
        d["_mock_new_parent"] = self
        d["_mock_new_name"] = new_name
        if name:
            d["_mock_parent"] = self
            d["_mock_name"] = name
        return True

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or "mock", args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action="call"):
        message = "expected %s not found.\nExpected: %s\n  Actual: %s"
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args) if self.call_args else "not called."
        return message % (action, expected, actual)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %s." % (prefix, _safe_repr(self.mock_calls))

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or "mock"))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: %s"
                                 % (expected, "not called."))
        expected = _Call((args, kwargs), two=True)
        if self.call_args != expected:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError(
                    "Calls not found.\nExpected: %r%s"
                    % (_CallList(calls), self._calls_repr(prefix="  Actual").rstrip(".")))
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError("%r does not contain all of %r in its call list, found %r instead"
                                 % (self._mock_name or "mock", tuple(not_found), remaining))

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in list(self.call_args_list):
            raise AssertionError("%s call not found" % self._format_mock_call_signature(args, kwargs))

    def _get_child_mock(self, /, **kw):
        """The mock made for an attribute or return value (same kind as this one)."""
        klass = type(self).__mro__[1]
        if issubclass(klass, NonCallableMagicMock):
            klass = MagicMock
        elif issubclass(klass, AsyncMockMixin):
            klass = MagicMock if kw.get("_new_name") in _all_sync_magics else AsyncMock
        elif issubclass(klass, NonCallableMock) and not issubclass(klass, CallableMixin):
            klass = Mock
        elif klass is PropertyMock:
            klass = MagicMock
        if self._mock_sealed:
            name = kw.get("name") or kw.get("_new_name")
            raise AttributeError("%s.%s" % (self._extract_mock_name(), name))
        return klass(**kw)


_all_sync_magics = _all_magics - {"__aiter__", "__aenter__", "__aexit__", "__anext__"}


class _SpecState:
    pass


def _is_mock(obj):
    return isinstance(obj, (NonCallableMock, _MagicProxy))


def _get_method(name, func):
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


class CallableMixin:
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name="",
                 _new_parent=None, **kwargs):
        self.__dict__["_mock_return_value"] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        record_method = self._mock_parent is not None
        method_name = self._mock_name
        mock_name = self._mock_new_name
        is_call = mock_name == "()"
        self.mock_calls.append(_Call(("", args, kwargs)))
        parent = self._mock_new_parent
        while parent is not None:
            if record_method:
                parent.method_calls.append(_Call((method_name, args, kwargs)))
                record_method = parent._mock_parent is not None
                if record_method:
                    method_name = parent._mock_name + "." + method_name
            parent.mock_calls.append(_Call((mock_name, args, kwargs)))
            if parent._mock_new_name:
                dot = "" if is_call else "."
                is_call = parent._mock_new_name == "()"
                mock_name = parent._mock_new_name + dot + mock_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: attributes are mocks made on access, calls are recorded."""


class MagicMixin:
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        magics = _all_magics
        if getattr(self, "_mock_methods", None) is not None:
            magics = _all_magics.intersection(self._mock_methods)
            for entry in _all_magics - magics:
                if entry in type(self).__dict__:
                    delattr(self, entry)
        these = magics - set(type(self).__dict__)
        for entry in these:
            setattr(type(self), entry, _MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods (len() is 0, iter() empty, int() 1, ...)."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock usable as a property on a class: getting calls it, setting calls it with the
    value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


class AsyncMockMixin:
    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__["_mock_await_count"] = 0
        self.__dict__["_mock_await_args"] = None
        self.__dict__["_mock_await_args_list"] = _CallList()

    @property
    def await_count(self):
        return self.__dict__["_mock_await_count"]

    @property
    def await_args(self):
        return self.__dict__["_mock_await_args"]

    @property
    def await_args_list(self):
        return self.__dict__["_mock_await_args_list"]

    async def _execute_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.__dict__["_mock_await_count"] += 1
        self.__dict__["_mock_await_args"] = this_call
        self.__dict__["_mock_await_args_list"].append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration from None
                if _is_exception(result):
                    raise result
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % (self._mock_name or "mock"))

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("Expected await: %s\nNot awaited" % (expected,))
        if self.await_args != _Call((args, kwargs), two=True):
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action="await"))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A mock whose calls return awaitables."""


# --- patching -------------------------------------------------------------------------------

def _importer(target):
    parts = target.split(".")
    import_path = parts.pop(0)
    thing = __import__(import_path)
    for part in parts:
        import_path += ".%s" % part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            __import__(import_path)
            thing = getattr(thing, part)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,)) from None
    return (lambda: _importer(target)), attribute


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                         self.spec_set, self.autospec, self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, "__call__"):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    @contextlib.contextmanager
    def _patched(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as stack:
            for patching in patched.patchings:
                arg = stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield args, keywargs

    def decorate_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            with self._patched(patched, args, keywargs) as (newargs, newkeywargs):
                return func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            with self._patched(patched, args, keywargs) as (newargs, newkeywargs):
                return await func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in ("__builtins__",) or (not self.create and original is DEFAULT):
            if not (name in _builtins and isinstance(target, ModuleType)):
                raise AttributeError("%s does not have the attribute %r" % (target, name))
            self.create = True
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            if spec is None and _is_async_obj(original):
                klass = AsyncMock
            else:
                klass = MagicMock
            extra = {}
            if new_callable is not None:
                klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec_set is None else spec_set
                if _is_list(this_spec):
                    not_callable = "__call__" not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if _is_async_func(this_spec):
                    klass = AsyncMock
                elif not_callable:
                    klass = NonCallableMagicMock
            if spec is not None:
                extra["spec"] = spec
            if spec_set is not None:
                extra["spec_set"] = spec_set
            if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
                extra["name"] = self.attribute
            extra.update(kwargs)
            new = klass(**extra)
            if inherit and _is_instance_mock(new):
                this_spec = spec if spec_set is None else spec_set
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    klass = NonCallableMagicMock
                extra.pop("name", None)
                new.return_value = klass(_new_parent=new, _new_name="()", **extra)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new_attr)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except BaseException:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute)
                                    or self.attribute in ("__doc__", "__module__", "__defaults__",
                                                          "__annotations__", "__kwdefaults__")):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


_builtins = {name for name in dir(builtins) if not name.startswith("_")}


def _is_list(obj):
    return type(obj) in (list, tuple)


def _is_async_func(obj):
    if getattr(obj, "__code__", None):
        return inspect.iscoroutinefunction(obj)
    return False


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, "__func__"):
        obj = getattr(obj, "__func__")
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _instance_callable(obj):
    if not isinstance(obj, type):
        return getattr(obj, "__call__", None) is not None
    for base in (obj,) + obj.__mro__:
        if base.__dict__.get("__call__") is not None:
            return True
    return False


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    getter = lambda: target  # noqa: E731
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)  # noqa: E731
    else:
        getter = lambda: target  # noqa: E731
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                              new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the attribute named by the dotted `target` ("package.module.name") with `new`
    (a MagicMock by default) inside the decorated function, the with block, or between
    start() and stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict:
    """Set items of a dictionary (or of a dict named by a dotted string) for a scope."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            @functools.wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _inner

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()

        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, "__call__"):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            in_dict.clear()
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        in_dict.clear()
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_stopall():
    """Stop all active patches (the last started first)."""
    for patch in reversed(_patch._active_patches):
        patch.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"


# --- helpers --------------------------------------------------------------------------------

def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock with the attributes of `spec`; a function mock checks its call signature."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if inspect.isfunction(spec) or inspect.ismethod(spec) or inspect.isbuiltin(spec):
        sig = inspect.signature(spec)
        klass = AsyncMock if _is_async_func(spec) else MagicMock
        mock = klass(spec=spec, name=_name, **kwargs)

        def checksig(*args, **kw):
            sig.bind(*args, **kw)

        checked = _checked_function(mock, checksig, spec)
        return checked
    Klass = MagicMock
    if not is_type and not callable(spec):
        Klass = NonCallableMagicMock
    elif is_type and instance and not _instance_callable(spec):
        Klass = NonCallableMagicMock
    opts = {"spec_set" if spec_set else "spec": spec}
    opts.update(kwargs)
    if _name is not None:
        opts["name"] = _name
    mock = Klass(**opts)
    if is_type and not instance:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name="()")
    return mock


def _checked_function(mock, checksig, spec):
    """A function with spec's signature that checks its arguments and calls the mock."""

    def funcopy(*args, **kwargs):
        checksig(*args, **kwargs)
        return mock(*args, **kwargs)

    for attr in ("__name__", "__doc__", "__module__", "__qualname__"):
        try:
            setattr(funcopy, attr, getattr(spec, attr))
        except AttributeError:
            pass
    return _FuncMock(funcopy, mock)


class _FuncMock:
    """An autospecced function: calls check the signature; mock attributes are the mock's."""

    def __init__(self, func, mock):
        object.__setattr__(self, "_func", func)
        object.__setattr__(self, "mock", mock)
        functools.update_wrapper(self, func)

    def __call__(self, *args, **kwargs):
        return self._func(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.mock, name)

    def __setattr__(self, name, value):
        if name in ("return_value", "side_effect"):
            setattr(self.mock, name, value)
        else:
            object.__setattr__(self, name, value)

    def __repr__(self):
        return repr(self.mock)


_open_spec = None


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=""):
    """A mock to replace open(): the handle it returns reads `read_data` (read, readline,
    readlines, iteration) and accepts writes."""
    global _open_spec
    if _open_spec is None:
        _open_spec = sorted(set(dir(io.StringIO)).union(dir(io.BytesIO)) | {"buffer", "encoding", "mode", "name"})
    state = {"data": read_data, "stream": _to_stream(read_data)}
    if mock is None:
        mock = MagicMock(name="open", spec=open)
    handle = MagicMock(spec=_open_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None

    def _read_side_effect(*args, **kwargs):
        return state["stream"].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        return state["stream"].readline(*args, **kwargs)

    def _readlines_side_effect(*args, **kwargs):
        return state["stream"].readlines(*args, **kwargs)

    def _iter_side_effect():
        return iter(state["stream"].readlines())

    def _next_side_effect():
        line = state["stream"].readline()
        if not line:
            raise StopIteration
        return line

    handle.read.side_effect = _read_side_effect
    handle.readline.side_effect = _readline_side_effect
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        state["stream"] = _to_stream(state["data"])
        if handle.readline.side_effect is _readline_side_effect:
            pass
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


def seal(mock):
    """Stop `mock` (and its children) from creating new attributes."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not _is_instance_mock(m):
            continue
        if m._mock_new_parent is mock:
            seal(m)
