"""Inspecting live objects (heapstack's own implementation of the commonly used part of
CPython 3.11's inspect): the is* predicates, getmembers, signatures (Signature, Parameter,
BoundArguments), source retrieval through linecache, docstrings, frames and stacks,
unwrap, getattr_static.  Names not defined here raise AttributeError.
"""

import enum
import functools
import linecache
import os
import re
import sys
import types
from collections import OrderedDict, namedtuple
from keyword import iskeyword as _iskeyword
from _operator import itemgetter as _itemgetter
from _stdlib_helpers import members_of as _members_of

_first_item = _itemgetter(0)

# code flags
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200
TPFLAGS_IS_ABSTRACT = 1 << 20

# ------------------------------------------------------------------------------------------
# Predicates


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE):
        return True
    return hasattr(type(object), "__await__")


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, "__get__") and not hasattr(kind, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object) or ismethodwrapper(object)


def isabstract(object):
    if not isinstance(object, type):
        return False
    if object.__flags__ & TPFLAGS_IS_ABSTRACT:
        return True
    return bool(getattr(object, "__abstractmethods__", ()))


# ------------------------------------------------------------------------------------------
# Members, mro, wrappers


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name."""
    chain = (object,) + tuple(object.__mro__) if isclass(object) else ()
    names = dir(object)
    if isclass(object):
        for base in object.__bases__:
            for key, value in base.__dict__.items():
                if isinstance(value, types.DynamicClassAttribute):
                    names.append(key)
    # the loop runs natively when every name is an exact str (as dir() gives)
    found = _members_of(object, names, chain, predicate if predicate else None)
    if found is None:
        found = []
        done = set()
        for key in names:
            try:
                value = getattr(object, key)
                if key in done:
                    raise AttributeError(key)
            except AttributeError:
                for klass in chain:
                    if key in klass.__dict__:
                        value = klass.__dict__[key]
                        break
                else:
                    continue
            if not predicate or predicate(value):
                found.append((key, value))
            done.add(key)
    found.sort(key=_first_item)
    return found


def getmembers_static(object, predicate=None):
    chain = (object,) + tuple(object.__mro__) if isclass(object) else ()
    found = {}
    for key in dir(object):
        try:
            value = getattr_static(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            found.setdefault(key, value)
    return sorted(found.items(), key=lambda item: item[0])


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def _where_found(cls, name, value, own_chain, meta_chain):
    # The class getattr found `value` on: its __objclass__ when that is one of the class's own
    # bases, else the last class (then metaclass) in the chains that gives the same object.
    owner = getattr(value, "__objclass__", None)
    if owner in own_chain:
        return owner
    owner = None
    for klass in own_chain:
        if getattr(klass, name, None) is value:
            owner = klass
    for meta in meta_chain:
        try:
            if meta.__getattr__(cls, name) is value:
                owner = meta
        except AttributeError:
            pass
    return owner


def classify_class_attrs(cls):
    """A list of Attribute(name, kind, defining_class, object) for each name of dir(cls);
    kind is 'class method', 'static method', 'property', 'method' or 'data'."""
    own_chain = (cls,) + tuple(cls.__mro__)
    meta_chain = tuple(m for m in type(cls).__mro__ if m is not type and m is not object)
    names = dir(cls)
    for klass in cls.__mro__:
        names.extend(key for key, value in klass.__dict__.items()
                     if isinstance(value, types.DynamicClassAttribute) and value.fget is not None)
    seen = set()
    result = []
    for name in names:
        owner = got = raw = None
        if name not in seen and name != '__dict__':
            try:
                got = getattr(cls, name)
            except Exception:
                got = None
            else:
                owner = _where_found(cls, name, got, own_chain, meta_chain)
        for klass in own_chain + meta_chain:
            if name in klass.__dict__:
                raw = klass.__dict__[name]
                if owner not in meta_chain:
                    owner = klass
                break
        if owner is None:
            continue
        if isinstance(raw, (staticmethod, types.BuiltinMethodType)):
            kind, value = 'static method', raw
        elif isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
            kind, value = 'class method', raw
        elif isinstance(raw, property):
            kind, value = 'property', raw
        else:
            value = raw if got is None else got
            kind = 'method' if isroutine(value) else 'data'
        result.append(Attribute(name, kind, owner, value))
        seen.add(name)
    return result


def _class_tree_level(classes, children):
    level = []
    for klass in sorted(classes, key=lambda c: (c.__module__, c.__name__)):
        level.append((klass, klass.__bases__))
        if klass in children:
            level.append(_class_tree_level(children[klass], children))
    return level


def getclasstree(classes, unique=False):
    """Nested lists of (class, bases) tuples: each class's subclasses among `classes` follow it
    in a list of their own. With unique, a class appears under its first listed base only."""
    children = {}
    roots = []
    for klass in classes:
        if not klass.__bases__:
            if klass not in roots:
                roots.append(klass)
            continue
        for base in klass.__bases__:
            below = children.setdefault(base, [])
            if klass not in below:
                below.append(klass)
            if unique and base in classes:
                break
    roots.extend(base for base in children if base not in classes)
    return _class_tree_level(roots, children)


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain (functools.wraps) to the innermost function."""
    original = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, "__wrapped__") and (stop is None or not stop(func)):
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError("wrapper loop when unwrapping {!r}".format(original))
        seen.add(id(func))
    return func


_missing = object()


def _mro_dicts(klass):
    try:
        chain = type.__dict__["__mro__"].__get__(klass)
    except (KeyError, TypeError):
        chain = (klass,)
    return chain


def getattr_static(obj, attr, default=_missing):
    """Look `attr` up without running descriptors, __getattr__ or __getattribute__."""
    instance_hit = _missing
    if not isinstance(obj, type):
        klass = type(obj)
        try:
            instance_dict = object.__getattribute__(obj, "__dict__")
        except AttributeError:
            instance_dict = {}
        if isinstance(instance_dict, dict) and attr in instance_dict:
            instance_hit = instance_dict[attr]
    else:
        klass = obj
    for entry in _mro_dicts(klass):
        if attr in entry.__dict__:
            found = entry.__dict__[attr]
            if instance_hit is not _missing and not (hasattr(type(found), "__set__") or hasattr(type(found), "__delete__")):
                return instance_hit
            return found
    if instance_hit is not _missing:
        return instance_hit
    if isinstance(obj, type):
        for entry in _mro_dicts(type(obj)):
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _missing:
        return default
    raise AttributeError(attr)


# ------------------------------------------------------------------------------------------
# Docstrings


def cleandoc(doc):
    """Remove the indentation common to a docstring's lines after the first, and blank edges."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines = [lines[0]] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    name = getattr(obj, "__name__", None)
    owner = None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        name = obj.__func__.__name__
    elif isfunction(obj):
        path = obj.__qualname__.split(".")
        if len(path) > 1 and "<locals>" not in path:
            holder = sys.modules.get(obj.__module__)
            for part in path[:-1]:
                holder = getattr(holder, part, None)
            owner = holder if isclass(holder) else None
    if owner is None or name is None:
        return None
    for base in owner.__mro__[1:]:
        doc = getattr(base.__dict__.get(name), "__doc__", None)
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The object's docstring (inherited when missing), cleaned with cleandoc; None if none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getcomments(object):
    try:
        lines, start = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        return None
    index = start - 1
    collected = []
    while index >= 0 and lines[index].lstrip().startswith("#"):
        collected.insert(0, lines[index].expandtabs().lstrip())
        index -= 1
    return "".join(collected) if collected else None


# ------------------------------------------------------------------------------------------
# Files, modules, source


def getfile(object):
    """The name of the file an object was defined in."""
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        if hasattr(object, "__module__"):
            module = sys.modules.get(object.__module__)
            if getattr(module, "__file__", None):
                return module.__file__
            if object.__module__ == "__main__":
                raise OSError("source code not available")
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError(
        "module, class, method, function, traceback, frame, or code object was expected, got {}".format(
            type(object).__name__
        )
    )


def getmodulename(path):
    name = os.path.basename(path)
    for suffix in (".py", ".pyc", ".so"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return None


def getsourcefile(object):
    filename = getfile(object)
    if filename.endswith((".pyc", ".pyo")):
        filename = filename[:-1]
    if os.path.exists(filename) or linecache.getlines(filename):
        return filename
    if filename.startswith("<") and filename.endswith(">"):
        return None
    return None


def getabsfile(object, _filename=None):
    return os.path.normcase(os.path.abspath(_filename or getsourcefile(object) or getfile(object)))


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, "__module__"):
        return sys.modules.get(object.__module__)
    try:
        filename = getsourcefile(object) if _filename is None else _filename
    except TypeError:
        return None
    if filename is None:
        return None
    wanted = os.path.abspath(filename)
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and os.path.abspath(path) == wanted:
            return module
    main = sys.modules.get("__main__")
    if main is not None and hasattr(object, "__name__") and getattr(main, object.__name__, None) is object:
        return main
    return None


def _bracket_depth(line, depth):
    quote = None
    i = 0
    while i < len(line):
        ch = line[i]
        if quote:
            if ch == "\\":
                i += 1
            elif line.startswith(quote, i):
                i += len(quote) - 1
                quote = None
        elif ch == "#":
            break
        elif ch in "\"'":
            quote = line[i : i + 3] if line[i : i + 3] in ('"""', "'''") else ch
            i += len(quote) - 1
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        i += 1
    return depth


def getblock(lines):
    """The lines of the def/class block (or single statement) that `lines` starts with."""
    if not lines:
        return []
    first = lines[0]
    base = len(first) - len(first.lstrip())
    i = 0
    # decorators and the header, possibly spanning lines inside brackets
    while i < len(lines) and lines[i].lstrip().startswith("@"):
        depth = _bracket_depth(lines[i], 0)
        i += 1
        while depth > 0 and i < len(lines):
            depth = _bracket_depth(lines[i], depth)
            i += 1
    if i >= len(lines):
        return lines[:i]
    depth = _bracket_depth(lines[i], 0)
    header_end = i
    while depth > 0 and header_end + 1 < len(lines):
        header_end += 1
        depth = _bracket_depth(lines[header_end], depth)
    header = lines[header_end].split("#")[0].rstrip()
    end = header_end + 1
    if not header.endswith(":") or not lines[i].lstrip().startswith(("def ", "class ", "async def ")):
        return lines[:end]
    last = end
    j = end
    while j < len(lines):
        text = lines[j]
        stripped = text.strip()
        if stripped and not stripped.startswith("#"):
            if len(text) - len(text.lstrip()) <= base:
                break
            last = j + 1
        elif stripped.startswith("#") and len(text) - len(text.lstrip()) > base:
            last = j + 1
        j += 1
    return lines[:last]


def findsource(object):
    """(all lines of the file, index of the object's first line)."""
    file = getsourcefile(object)
    if file is None:
        file = getfile(object)
        if not (file.startswith("<") and file.endswith(">")):
            raise OSError("source code not available")
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__) if module is not None else linecache.getlines(file)
    if not lines:
        raise OSError("could not get source code")
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        pattern = re.compile(r"^(\s*)class\s+" + re.escape(name) + r"\b")
        candidates = [i for i, line in enumerate(lines) if pattern.match(line)]
        if not candidates:
            raise OSError("could not find class definition")
        best = min(candidates, key=lambda i: len(pattern.match(lines[i]).group(1)))
        while best > 0 and lines[best - 1].lstrip().startswith("@"):
            best -= 1
        return lines, best
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, "co_firstlineno"):
            raise OSError("could not find function definition")
        index = object.co_firstlineno - 1
        if index >= len(lines):
            raise OSError("lineno is out of bounds")
        return lines, index
    raise OSError("could not find code object")


def getsourcelines(object):
    """(the object's source lines, its first line number); line number 0 for a module."""
    object = unwrap(object)
    lines, index = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[index:]), index + 1


def getsource(object):
    lines, _ = getsourcelines(object)
    return "".join(lines)


# ------------------------------------------------------------------------------------------
# Frames and stacks

Traceback = namedtuple("Traceback", "filename lineno function code_context index")
Traceback.__module__ = "inspect"
_FrameInfo = namedtuple("_FrameInfo", "frame filename lineno function code_context index")


class FrameInfo(_FrameInfo):
    __module__ = "inspect"

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return (
            "FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, code_context={!r}, "
            "index={!r}, positions={!r})".format(*self, self.positions)
        )


def currentframe():
    return sys._getframe(1)


def _context_lines(filename, lineno, context):
    if context <= 0:
        return None, None
    start = lineno - 1 - context // 2
    lines = linecache.getlines(filename)
    if not lines:
        return None, None
    start = max(0, min(start, len(lines) - context))
    return lines[start : start + context], lineno - 1 - start


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    filename = frame.f_code.co_filename
    lines, index = _context_lines(filename, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    return frame.f_lineno


def _frame_info(frame, lineno, context):
    filename = frame.f_code.co_filename
    lines, index = _context_lines(filename, lineno, context)
    return FrameInfo(frame, filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    result = []
    while frame is not None:
        result.append(_frame_info(frame, frame.f_lineno, context))
        frame = frame.f_back
    return result


def getinnerframes(tb, context=1):
    result = []
    while tb is not None:
        result.append(_frame_info(tb.tb_frame, tb.tb_lineno, context))
        tb = tb.tb_next
    return result


def stack(context=1):
    """FrameInfo records for the caller's frame and all frames outside it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"
CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


# ------------------------------------------------------------------------------------------
# Signatures


class _empty:
    """Marker for 'no default' and 'no annotation'."""


class _void:
    """Marker for 'argument not given' in replace()."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = "positional-only"
    POSITIONAL_OR_KEYWORD = "positional or keyword"
    VAR_POSITIONAL = "variadic positional"
    KEYWORD_ONLY = "keyword-only"
    VAR_KEYWORD = "variadic keyword"

    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return re.sub(r"[\w\.]+", lambda m: m.group().removeprefix("typing."), repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if type(kind) is _ParameterKind:
            # what _ParameterKind(kind) returns for a member, without the enum call's two frames
            self._kind = kind
        else:
            try:
                self._kind = _ParameterKind(kind)
            except ValueError:
                raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if name[0] == "." and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(
                    f"implicit arguments must be passed as positional or keyword arguments, not {self._kind.description}"
                )
            self._kind = _POSITIONAL_ONLY
            name = "implicit{}".format(name[1:])
        if not name.isidentifier() or _iskeyword(name):
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def __reduce__(self):
        return (type(self), (self._name, self._kind), {"_default": self._default, "_annotation": self._annotation})

    def __setstate__(self, state):
        self._default = state["_default"]
        self._annotation = state["_annotation"]

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation,
        )

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = "{}: {}".format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            joiner = " = " if self._annotation is not _empty else "="
            text = text + joiner + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            return "*" + text
        if self._kind == _VAR_KEYWORD:
            return "**" + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == (
            other._name,
            other._kind,
            other._default,
            other._annotation,
        )


class BoundArguments:
    """The result of Signature.bind: a mapping of parameter names to argument values."""

    __slots__ = ("arguments", "_signature", "__weakref__")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                value = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                value = self.arguments[name]
            except KeyError:
                continue
            if param.kind == _VAR_KEYWORD:
                out.update(value)
            else:
                out[name] = value
        return out

    def apply_defaults(self):
        given = self.arguments
        complete = []
        for name, param in self._signature.parameters.items():
            if name in given:
                complete.append((name, given[name]))
            elif param.default is not _empty:
                complete.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                complete.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                complete.append((name, {}))
        self.arguments = dict(complete)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {"_signature": self._signature, "arguments": self.arguments}

    def __setstate__(self, state):
        self._signature = state["_signature"]
        self.arguments = state["arguments"]

    def __repr__(self):
        shown = ", ".join("{}={!r}".format(k, v) for k, v in self.arguments.items())
        return "<{} ({})>".format(type(self).__name__, shown)


class Signature:
    """The parameters and return annotation of a callable."""

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        table = OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                order = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < order:
                        raise ValueError(
                            "wrong parameter order: {} parameter before {} parameter".format(
                                order.description, kind.description
                            )
                        )
                    if kind > order:
                        order = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError("non-default argument follows default argument")
                        else:
                            seen_default = True
                    if name in table:
                        raise ValueError("duplicate parameter name: {!r}".format(name))
                    table[name] = param
            else:
                for param in parameters:
                    table[param.name] = param
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_of(obj, cls, follow_wrapped, globals, locals, eval_str, True)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _key(self):
        keyword_only = frozenset(p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY)
        ordered = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        return ordered, keyword_only, self.return_annotation

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._key() == other._key()

    def _bind(self, args, kwargs, *, partial=False):
        kwargs = dict(kwargs)
        bound = {}
        params = list(self.parameters.values())
        k = 0
        for position, value in enumerate(args):
            if k >= len(params) or params[k].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError("too many positional arguments")
            param = params[k]
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = tuple(args[position:])
                k += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError("multiple values for argument {!r}".format(param.name))
            bound[param.name] = value
            k += 1
        else:
            # Out of positional arguments: the next parameter must be satisfiable otherwise.
            while k < len(params):
                param = params[k]
                if param.kind == _VAR_POSITIONAL:
                    k += 1
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError(
                            "{!r} parameter is positional only, but was passed as a keyword".format(param.name)
                        )
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty or partial:
                    break
                qualifier = " keyword-only" if param.kind == _KEYWORD_ONLY else ""
                raise TypeError("missing a required{} argument: {!r}".format(qualifier, param.name))
        catch_all = None
        for param in params[k:]:
            if param.kind == _VAR_KEYWORD:
                catch_all = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name not in kwargs:
                if not partial and param.default is _empty:
                    raise TypeError("missing a required argument: {!r}".format(param.name))
                continue
            if param.kind == _POSITIONAL_ONLY:
                raise TypeError("{!r} parameter is positional only, but was passed as a keyword".format(param.name))
            bound[param.name] = kwargs.pop(param.name)
        if kwargs:
            if catch_all is None:
                raise TypeError("got an unexpected keyword argument {!r}".format(next(iter(kwargs))))
            bound[catch_all.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),), {"_return_annotation": self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state["_return_annotation"]

    def __repr__(self):
        return "<{} {}>".format(type(self).__name__, self)

    def __str__(self):
        pieces = []
        owe_slash = False
        may_star = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                owe_slash = True
            elif owe_slash:
                pieces.append("/")
                owe_slash = False
            if kind == _VAR_POSITIONAL:
                may_star = False
            elif kind == _KEYWORD_ONLY and may_star:
                pieces.append("*")
                may_star = False
            pieces.append(str(param))
        if owe_slash:
            pieces.append("/")
        text = "({})".format(", ".join(pieces))
        if self.return_annotation is not _empty:
            text += " -> {}".format(formatannotation(self.return_annotation))
        return text


def _from_function(cls, func, skip_first, globals_, locals_, eval_str):
    code = func.__code__
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = get_annotations(func, globals=globals_, locals=locals_, eval_str=eval_str)
    params = []
    first_default = npos - len(defaults)
    for i, name in enumerate(names[:npos]):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = npos
    if code.co_flags & CO_VARARGS:
        name = names[npos + nkwonly]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in names[index : index + nkwonly]:
        params.append(
            Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty), annotation=annotations.get(name, _empty))
        )
    if code.co_flags & CO_VARKEYWORDS:
        slot = npos + nkwonly + (1 if code.co_flags & CO_VARARGS else 0)
        name = names[slot]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first:
        params = _drop_first(params)
    return cls(params, return_annotation=annotations.get("return", _empty), __validate_parameters__=False)


def _drop_first(params):
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError("invalid method signature")
    if params[0].kind in (_VAR_POSITIONAL,):
        return params
    return params[1:]


def _from_partial(sig, partial):
    args = partial.args
    keywords = partial.keywords or {}
    try:
        bound = sig.bind_partial(*args, **keywords)
    except TypeError as exc:
        raise ValueError("partial object {!r} has incorrect arguments".format(partial)) from exc
    result = []
    consumed = len(args)
    for param in sig.parameters.values():
        name = param.name
        if consumed and param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            consumed -= 1
            continue
        if consumed and param.kind == _VAR_POSITIONAL:
            result.append(param)
            consumed = 0
            continue
        if name in keywords:
            if param.kind == _POSITIONAL_OR_KEYWORD or param.kind == _KEYWORD_ONLY:
                result.append(param.replace(default=bound.arguments[name], kind=_KEYWORD_ONLY))
                continue
        if param.kind == _POSITIONAL_OR_KEYWORD and any(p.kind == _KEYWORD_ONLY for p in result):
            result.append(param.replace(kind=_KEYWORD_ONLY))
        else:
            result.append(param)
    return sig.replace(parameters=result)


def _split_text_signature(inner):
    """The comma-separated parts of a text signature's parameter list (quotes and brackets kept)."""
    parts, depth, quote, start, i = [], 0, None, 0, 0
    while i < len(inner):
        c = inner[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(inner[start:i].strip())
            start = i + 1
        i += 1
    last = inner[start:].strip()
    if last:
        parts.append(last)
    return parts


def _from_text_signature(cls, obj, text, skip_bound):
    """A builtin's Signature from its __text_signature__, e.g. "($module, obj, /)"."""
    invalid = ValueError("{!r} builtin has invalid signature".format(obj))
    if not (text.startswith("(") and text.endswith(")")):
        raise invalid
    module_name = getattr(obj, "__module__", None)
    if not isinstance(module_name, str):
        module_name = getattr(getattr(obj, "__objclass__", None), "__module__", None)
    module = sys.modules.get(module_name) if isinstance(module_name, str) else None
    namespace = dict(vars(module)) if module is not None else {}
    for name, mod in list(sys.modules.items()):
        namespace.setdefault(name, mod)

    params = []
    kind = _POSITIONAL_OR_KEYWORD
    has_self = False
    for part in _split_text_signature(text[1:-1]):
        if part == "/":
            params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
            continue
        if part == "*":
            kind = _KEYWORD_ONLY
            continue
        if part.startswith("**"):
            params.append(Parameter(part[2:], _VAR_KEYWORD))
            continue
        if part.startswith("*"):
            params.append(Parameter(part[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        name, eq, default_text = part.partition("=")
        name = name.strip()
        if name.startswith("$"):
            if params:
                raise invalid
            name = name[1:]
            has_self = True
        if not name.isidentifier():
            raise invalid
        default = _empty
        if eq:
            try:
                default = eval(default_text.strip(), {"__builtins__": {}}, namespace)
            except Exception:
                raise invalid from None
        params.append(Parameter(name, kind, default=default))
    if has_self:
        bound_to = getattr(obj, "__self__", None)
        if bound_to is not None and (ismodule(bound_to) or skip_bound):
            params.pop(0)
        else:
            # a builtin's self parameter is always positional-only
            params[0] = params[0].replace(kind=_POSITIONAL_ONLY)
    return cls(params, __validate_parameters__=False)


_C_CALLABLES = (
    types.WrapperDescriptorType,
    types.MethodWrapperType,
    types.ClassMethodDescriptorType,
    types.BuiltinFunctionType,
)


def _python_level(owner, name):
    """owner.<name> when it exists and is not a callable written in C, else None."""
    try:
        value = getattr(owner, name)
    except AttributeError:
        return None
    if isinstance(value, _C_CALLABLES):
        return None
    return value


def _builtin_signature(cls, obj, skip_bound):
    text = getattr(obj, "__text_signature__", None)
    if not text:
        raise ValueError("no signature found for builtin {!r}".format(obj))
    return _from_text_signature(cls, obj, text, skip_bound)


def _signature_of(obj, cls, follow_wrapped, globals_, locals_, eval_str, skip_bound):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, cls, follow_wrapped, globals_, locals_, eval_str, skip_bound)
        if not skip_bound:
            return sig
        return sig.replace(parameters=_drop_first(list(sig.parameters.values())))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, cls, follow_wrapped, globals_, locals_, eval_str, skip_bound)
    override = getattr(obj, "__signature__", None)
    if override is not None:
        if not isinstance(override, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(override))
        return override
    if isfunction(obj):
        return _from_function(cls, obj, False, globals_, locals_, eval_str)
    if isinstance(obj, functools.partial):
        inner = _signature_of(obj.func, cls, follow_wrapped, globals_, locals_, eval_str, skip_bound)
        return _from_partial(inner, obj)
    if obj is type or obj is object:
        return _builtin_signature(cls, obj, skip_bound)
    found = None
    if isinstance(obj, type):
        # The metaclass's own __call__ wins; then the first class of the MRO that defines
        # a __new__ or __init__ which is not written in C.
        found = _python_level(type(obj), "__call__")
        if found is None:
            new = _python_level(obj, "__new__")
            init = _python_level(obj, "__init__")
            for klass in obj.__mro__:
                here = klass.__dict__
                if new is not None and "__new__" in here:
                    found = new
                    break
                if init is not None and "__init__" in here:
                    found = init
                    break
        if found is None:
            # A builtin class: the first __text_signature__ along its MRO (object's is "()").
            for base in obj.__mro__[:-1]:
                text = getattr(base, "__text_signature__", None)
                if text:
                    return _from_text_signature(cls, base, text, skip_bound)
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return _builtin_signature(cls, object, skip_bound)
                raise ValueError("no signature found for builtin type {!r}".format(obj))
    elif isbuiltin(obj) or ismethoddescriptor(obj) or ismethodwrapper(obj):
        return _builtin_signature(cls, obj, skip_bound)
    elif not isinstance(obj, _C_CALLABLES):
        found = _python_level(type(obj), "__call__")
        if found is not None:
            try:
                sig = _signature_of(found, cls, follow_wrapped, globals_, locals_, eval_str, skip_bound)
            except ValueError as exc:
                raise ValueError("no signature found for {!r}".format(obj)) from exc
            if skip_bound:
                sig = sig.replace(parameters=_drop_first(list(sig.parameters.values())))
            return sig
    if found is not None:
        sig = _signature_of(found, cls, follow_wrapped, globals_, locals_, eval_str, skip_bound)
        if skip_bound:
            sig = sig.replace(parameters=_drop_first(list(sig.parameters.values())))
        return sig
    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError("no signature found for builtin function {!r}".format(obj))
    raise ValueError("callable {!r} is not supported by signature".format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of callable `obj`."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals, eval_str=eval_str)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        found = obj.__dict__.get("__annotations__", None)
        owner_globals = getattr(sys.modules.get(obj.__module__), "__dict__", None)
        owner_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, "__annotations__", None)
        owner_globals = getattr(obj, "__dict__")
        owner_locals = None
        unwrapped = obj
    elif callable(obj):
        found = getattr(obj, "__annotations__", None)
        owner_globals = getattr(obj, "__globals__", None)
        owner_locals = None
        unwrapped = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    while True:
        if hasattr(unwrapped, "__wrapped__"):
            unwrapped = unwrapped.__wrapped__
            continue
        if isinstance(unwrapped, functools.partial):
            unwrapped = unwrapped.func
            continue
        break
    if hasattr(unwrapped, "__globals__"):
        owner_globals = unwrapped.__globals__
    g = owner_globals if globals is None else globals
    l = owner_locals if locals is None else locals
    return {k: v if not isinstance(v, str) else eval(v, g, l) for k, v in found.items()}


FullArgSpec = namedtuple("FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")
FullArgSpec.__module__ = "inspect"


def getfullargspec(func):
    try:
        sig = _signature_of(func, Signature, False, None, None, False, False)
    except Exception as exc:
        raise TypeError("unsupported callable") from exc
    args = []
    varargs = None
    varkw = None
    kwonly = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        name = param.name
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif param.kind == _VAR_POSITIONAL:
            varargs = name
        elif param.kind == _KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonly, kwdefaults or None, annotations)


def _list_names(names):
    shown = [repr(n) for n in names]
    if len(shown) == 1:
        return shown[0]
    if len(shown) == 2:
        return "{} and {}".format(*shown)
    return ", ".join(shown[:-2]) + ", {} and {}".format(*shown[-2:])


def _complain_missing(fname, names, positional, values):
    absent = [n for n in names if n not in values]
    count = len(absent)
    raise TypeError(
        "%s() missing %i required %s argument%s: %s"
        % (fname, count, "positional" if positional else "keyword-only", "" if count == 1 else "s", _list_names(absent))
    )


def _complain_too_many(fname, names, kwonly, varargs, ndefaults, given, values):
    least = len(names) - ndefaults
    kw_given = sum(1 for n in kwonly if n in values)
    if varargs:
        plural, wanted = least != 1, "at least %d" % least
    elif ndefaults:
        plural, wanted = True, "from %d to %d" % (least, len(names))
    else:
        plural, wanted = len(names) != 1, str(len(names))
    extra = ""
    if kw_given:
        extra = " positional argument%s (and %d keyword-only argument%s)" % (
            "s" if given != 1 else "",
            kw_given,
            "s" if kw_given != 1 else "",
        )
    verb = "was" if given == 1 and not kw_given else "were"
    raise TypeError(
        "%s() takes %s positional argument%s but %d%s %s given" % (fname, wanted, "s" if plural else "", given, extra, verb)
    )


Arguments = namedtuple("Arguments", "args, varargs, varkw")
Arguments.__module__ = "inspect"
ArgInfo = namedtuple("ArgInfo", "args varargs keywords locals")
ArgInfo.__module__ = "inspect"
ClosureVars = namedtuple("ClosureVars", "nonlocals globals builtins unbound")
ClosureVars.__module__ = "inspect"


def getargs(co):
    """The argument names of a code object: positional and keyword-only ones, then the
    names of *args and **kwargs (None when absent)."""
    if not iscode(co):
        raise TypeError("{!r} is not a code object".format(co))
    named = co.co_argcount + co.co_kwonlyargcount
    names = list(co.co_varnames[:named])
    rest = iter(co.co_varnames[named:])
    star = next(rest) if co.co_flags & CO_VARARGS else None
    double_star = next(rest) if co.co_flags & CO_VARKEYWORDS else None
    return Arguments(names, star, double_star)


def getargvalues(frame):
    """The arguments a frame was called with, and its locals."""
    names, star, double_star = getargs(frame.f_code)
    return ArgInfo(names, star, double_star, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: "*" + name,
                    formatvarkw=lambda name: "**" + name,
                    formatvalue=lambda value: "=" + repr(value)):
    """getargvalues' four values as the text of a call: (a=1, *rest=(2,), **kw={})."""
    parts = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return "(%s)" % ", ".join(parts)


def getclosurevars(func):
    """What the names a Python function refers to stand for now: its closure's cells, the
    globals and builtins its name lookups find, and the names neither has."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_vars = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", sys.modules["builtins"].__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound = set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


def getcoroutinelocals(coroutine):
    """A coroutine's local variables while it has a frame ({} once it finished)."""
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


def indentsize(line):
    """The width of a line's leading whitespace, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def getcallargs(func, /, *positional, **named):
    """The mapping of parameter names to the values a call func(*positional, **named) would bind."""
    spec = getfullargspec(func)
    names, varargs, varkw, defaults, kwonly, kwdefaults = spec[:6]
    fname = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    given = len(positional)
    ndefaults = len(defaults) if defaults else 0
    filled = min(given, len(names))
    for i in range(filled):
        values[names[i]] = positional[i]
    if varargs:
        values[varargs] = tuple(positional[filled:])
    allowed = set(names + kwonly)
    if varkw:
        values[varkw] = {}
    for key, value in named.items():
        if key not in allowed:
            if not varkw:
                raise TypeError("%s() got an unexpected keyword argument %r" % (fname, key))
            values[varkw][key] = value
            continue
        if key in values:
            raise TypeError("%s() got multiple values for argument %r" % (fname, key))
        values[key] = value
    if given > len(names) and not varargs:
        _complain_too_many(fname, names, kwonly, varargs, ndefaults, given, values)
    if given < len(names):
        required = names[: len(names) - ndefaults]
        if any(n not in values for n in required):
            _complain_missing(fname, required, True, values)
        for i, n in enumerate(names[len(names) - ndefaults :]):
            if n not in values:
                values[n] = defaults[i]
    lacking = False
    for n in kwonly:
        if n not in values:
            if kwdefaults and n in kwdefaults:
                values[n] = kwdefaults[n]
            else:
                lacking = True
    if lacking:
        _complain_missing(fname, kwonly, False, values)
    return values


def _main():
    """'python -m inspect [-d] module[:qualname]': print an object's source, or (-d) where it is."""
    import argparse
    import importlib

    parser = argparse.ArgumentParser()
    parser.add_argument('object', help="The object to be analysed. It supports the 'module:qualname' syntax")
    parser.add_argument('-d', '--details', action='store_true',
                        help='Display info about the module rather than its source code')
    options = parser.parse_args()
    target = options.object
    module_name, colon, qualname = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:
        print("Failed to import %s (%s: %s)" % (module_name, type(exc).__name__, exc), file=sys.stderr)
        sys.exit(2)
    obj = module
    if colon:
        for part in qualname.split("."):
            obj = getattr(obj, part)
    if module.__name__ in sys.builtin_module_names:
        print("Can't get info for builtin modules.", file=sys.stderr)
        sys.exit(1)
    if not options.details:
        print(getsource(obj))
        return
    print('Target: %s' % target)
    print('Origin: %s' % getsourcefile(module))
    print('Cached: %s' % module.__cached__)
    if obj is module:
        print('Loader: %r' % (module.__loader__,))
        if hasattr(module, '__path__'):
            print('Submodule search path: %s' % (module.__path__,))
    else:
        try:
            lineno = findsource(obj)[1]
        except Exception:
            pass
        else:
            print('Line: %s' % lineno)
    print('\n')


if __name__ == "__main__":
    _main()
