"""Text documentation for help() (heapstack's own, plain-text subset of pydoc).

help(object) prints what CPython's pydoc prints on a non-terminal for functions, built-in
functions, method descriptors, and classes whose members are functions, properties,
static and class methods and plain data; help("name") looks the name up as pydoc does for
modules and dotted paths. The interactive help utility and the HTML server are not
provided.
"""

import builtins
import inspect
import sys

__all__ = ["help", "render_doc", "getdoc", "describe", "plain"]

_RULE = "-" * 70
_SLOT_DOCS = {"__dict__": "dictionary for instance variables",
              "__weakref__": "list of weak references to the object"}


def getdoc(obj):
    return inspect.getdoc(obj) or ""


def plain(text):
    return text


def _indent(text, prefix="    "):
    if not text:
        return ""
    lines = [prefix + line for line in text.split("\n")]
    if lines:
        lines[-1] = lines[-1].rstrip()
    return "\n".join(lines)


def describe(thing):
    """A short description of what `thing` is."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return "built-in module " + thing.__name__
        if hasattr(thing, "__path__"):
            return "package " + thing.__name__
        return "module " + thing.__name__
    if inspect.isbuiltin(thing):
        return "built-in function " + thing.__name__
    if isinstance(thing, property):
        return "property"
    if inspect.isclass(thing):
        return "class " + thing.__name__
    if inspect.isfunction(thing):
        return "function " + thing.__name__
    if inspect.ismethod(thing):
        return "method " + thing.__name__
    return type(thing).__name__


def _signature(obj, name):
    try:
        sig = inspect.signature(obj)
    except (ValueError, TypeError):
        return name + "(...)"
    return name + str(sig)


def _document_routine(obj, name=None, cl=None):
    realname = getattr(obj, "__name__", name)
    name = name or realname
    note = ""
    if inspect.ismethod(obj):
        owner_class = type(obj.__self__)
        if cl is not None and owner_class is not cl:
            note = " from " + _classname(owner_class, getattr(cl, "__module__", None))
    title = name if name == realname else "%s = %s" % (name, realname)
    if realname == "<lambda>":
        title = name + " lambda "
    decl = _signature(obj, "" if realname == "<lambda>" else title)
    if realname == "<lambda>":
        sig = decl.strip()
        decl = title + (sig[1:-1] if sig.startswith("(") else sig)
    decl += note
    doc = getdoc(obj)
    return decl + "\n" + (doc and _indent(doc).rstrip() + "\n")


def _classname(cls, modname=None):
    name = cls.__qualname__
    if cls.__module__ != modname:
        name = cls.__module__ + "." + name
    return name


def _document_other(obj, name, doc=None):
    text = name + " = " + repr(obj)
    return text


def _document_class(cls, name=None):
    realname = cls.__name__
    name = name or realname
    bases = cls.__bases__
    contents = []
    push = contents.append
    title = "class " + realname if name == realname else name + " = class " + realname
    if bases:
        parents = [_classname(b, cls.__module__) for b in bases]
        title += "(%s)" % ", ".join(parents)
    doc = getdoc(cls)
    try:
        sig = inspect.signature(cls)
    except (ValueError, TypeError):
        sig = None
    if sig is not None and str(sig) not in ("(*args, **kwargs)", "(...)", "()"):
        argspec = str(sig)
        push(realname + argspec + "\n")
    if doc:
        push(doc + "\n")
    mro = inspect.getmro(cls)
    if len(mro) > 2:
        push("Method resolution order:")
        for base in mro:
            push("    " + _classname(base, cls.__module__))
        push("")
    own = [(k, v) for k, v in cls.__dict__.items() if not _hidden(k)]

    methods = [(k, v) for k, v in own if inspect.isfunction(v)]
    classmethods = [(k, v) for k, v in own if isinstance(v, classmethod)]
    staticmethods = [(k, v) for k, v in own if isinstance(v, staticmethod)]
    props = [(k, v) for k, v in own if isinstance(v, property)]
    readonly = [(k, v) for k, v in props if v.fset is None and v.fdel is None]
    rw = [(k, v) for k, v in props if not (v.fset is None and v.fdel is None)]
    descriptors = [(k, v) for k, v in own
                   if k in ("__dict__", "__weakref__") or (inspect.isdatadescriptor(v) and not isinstance(v, property))]
    data = [(k, v) for k, v in own if not (inspect.isfunction(v) or isinstance(v, (classmethod, staticmethod, property))
                                         or inspect.isdatadescriptor(v) or k in ("__dict__", "__weakref__"))]

    def render_routine(key, value):
        if isinstance(value, classmethod):
            return _document_routine(getattr(cls, key), key, cls) + "\n"
        if isinstance(value, staticmethod):
            return _document_routine(value.__func__, key, cls) + "\n"
        return _document_routine(value, key, cls) + "\n"

    def render_descriptor(key, value):
        doc = getdoc(value) or _SLOT_DOCS.get(key, "")
        return key + "\n" + (_indent(doc) + "\n" if doc else "")

    def render_data(key, value):
        return _document_other(value, key) + "\n"

    blocks = []
    for heading, items, render in (
        ("Methods defined here:", methods, render_routine),
        ("Class methods defined here:", classmethods, render_routine),
        ("Static methods defined here:", staticmethods, render_routine),
        ("Readonly properties defined here:", readonly, render_descriptor),
        ("Data descriptors defined here:", rw + descriptors, render_descriptor),
        ("Data and other attributes defined here:", data, render_data),
    ):
        if items:
            blocks.append((heading, items, render))
    for index, (section_title, items, render) in enumerate(blocks):
        if index:
            push(_RULE)
        push(section_title)
        push("")
        for key, value in items:
            push(render(key, value).rstrip("\n"))
            push("")
    body = "\n".join(contents).rstrip("\n")
    return title + "\n" + _indent(body, " |  ") + "\n"


def _hidden(name):
    if name in ("__dict__", "__weakref__"):
        return False
    if name.startswith("__") and name.endswith("__"):
        return name not in ("__init__", "__call__", "__eq__", "__repr__", "__str__", "__len__",
                            "__iter__", "__getitem__", "__setitem__", "__contains__", "__add__",
                            "__lt__", "__hash__", "__enter__", "__exit__", "__next__")
    return name.startswith("_")


def _locate(path):
    parts = [p for p in path.split(".") if p]
    module, n = None, 0
    while n < len(parts):
        try:
            module = __import__(".".join(parts[:n + 1]))
        except ImportError:
            break
        n += 1
    obj = module if module is not None else builtins
    if module is not None:
        for part in parts[1:]:
            obj = getattr(obj, part)
        return obj
    for part in parts:
        obj = getattr(obj, part)
    return obj


def render_doc(thing, title="Python Library Documentation: %s", forceload=0, renderer=None):
    """The text help() prints for `thing`."""
    if isinstance(thing, str):
        try:
            obj = _locate(thing)
        except (AttributeError, ImportError):
            raise ImportError("No Python documentation found for %r.\nUse help() to get the "
                              "interactive help utility.\nUse help(str) for help on the str "
                              "class." % thing) from None
        name = thing.split(".")[-1]
    else:
        obj = thing
        name = getattr(thing, "__name__", None)
    desc = describe(obj)
    module = inspect.getmodule(obj)
    if name and "." in name:
        desc += " in " + name[:name.rfind(".")]
    elif module and module is not obj:
        desc += " in module " + module.__name__
    if inspect.isclass(obj):
        text = _document_class(obj, name)
    elif inspect.isroutine(obj):
        text = _document_routine(obj, name)
    else:
        if not (inspect.ismodule(obj) or isinstance(obj, property)):
            obj = type(obj)
            desc += " object"
            return (title % desc) + "\n\n" + (_document_class(obj) if inspect.isclass(obj) else "")
        text = getdoc(obj) + "\n"
    return (title % desc) + "\n\n" + text


def doc(thing, title="Python Library Documentation: %s", forceload=0, output=None):
    text = render_doc(thing, title, forceload)
    (output or sys.stdout).write(text)


class Helper:
    def __repr__(self):
        return "<%s.%s instance>" % (self.__class__.__module__, self.__class__.__qualname__)

    def __call__(self, request=None):
        if request is None:
            raise NotImplementedError("heapstack has no interactive help utility")
        self.help(request)

    def help(self, request):
        try:
            doc(request, "Help on %s:")
        except ImportError as e:
            print(e)
        sys.stdout.write("\n")


help = Helper()
