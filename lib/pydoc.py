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


def _owndoc(obj):
    # the object's own docstring: not one its type gives every instance
    try:
        doc = object.__getattribute__(obj, "__doc__")
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        typedoc = type(obj).__doc__
        if isinstance(typedoc, str) and typedoc == doc:
            return None
    return doc


def _class_of_function(func):
    owner = sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split(".")[:-1]:
        owner = getattr(owner, part)
    return owner if inspect.isclass(owner) else None


def _inherited_doc(obj):
    # a method, property or descriptor without a docstring takes the one of the same name
    # in a base class
    if inspect.ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if not (inspect.isclass(owner) and getattr(getattr(owner, name, None), "__func__") is obj.__func__):
            owner = owner.__class__
    elif inspect.isfunction(obj):
        name = obj.__name__
        owner = _class_of_function(obj)
        if owner is None or getattr(owner, name) is not obj:
            return None
    elif inspect.isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if not (inspect.isclass(owner) and owner.__qualname__ + "." + name == obj.__qualname__):
            owner = owner.__class__
    elif isinstance(obj, property):
        name = obj.fget.__name__
        owner = _class_of_function(obj.fget)
        if owner is None or getattr(owner, name) is not obj:
            return None
    elif inspect.ismethoddescriptor(obj) or inspect.isdatadescriptor(obj):
        name = obj.__name__
        owner = obj.__objclass__
        if getattr(owner, name) is not obj:
            return None
        if inspect.ismemberdescriptor(obj):
            slots = getattr(owner, "__slots__", None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in owner.__mro__:
        try:
            doc = _owndoc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(obj):
    """The docstring (or the comments above the definition) of obj, cleaned."""
    doc = _owndoc(obj)
    if doc is None:
        try:
            doc = _inherited_doc(obj)
        except (AttributeError, TypeError):
            doc = None
    result = inspect.cleandoc(doc) if isinstance(doc, str) else None
    result = result or inspect.getcomments(obj)
    if not result:
        return ""
    result = result.rstrip()
    return result[result.index("\n") + 1:] if result.lstrip(" ").startswith("\n") else result


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


def _is_bound_method(fn):
    if inspect.ismethod(fn):
        owner = fn.__self__
    elif inspect.isbuiltin(fn):
        owner = getattr(fn, "__self__", None)
    else:
        return False
    return not (inspect.ismodule(owner) or owner is None)


def _document_routine(obj, name=None, cl=None):
    realname = obj.__name__
    name = name or realname
    note = ""
    skipdocs = False
    if _is_bound_method(obj):
        owner_class = obj.__self__.__class__
        if cl is not None:
            if owner_class is not cl:
                note = " from " + _classname(owner_class, None)
        else:
            note = " method of %s instance" % _classname(owner_class, None)
    asyncness = "async " if inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj) else ""
    if name == realname:
        title = realname
    else:
        # an alias of a method documented under its own name
        if cl is not None and inspect.getattr_static(cl, realname, []) is obj:
            skipdocs = True
        title = name + " = " + realname
    argspec = None
    try:
        sig = inspect.signature(obj)
    except (ValueError, TypeError):
        sig = None
    if sig:
        argspec = str(sig)
        if realname == "<lambda>":
            title = name + " lambda "
            argspec = argspec[1:-1]
    decl = asyncness + title + (argspec or "(...)") + note
    if skipdocs:
        return decl + "\n"
    doc = getdoc(obj)
    return decl + "\n" + (doc and _indent(doc).rstrip() + "\n")


def _classname(cls, modname=None):
    name = cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + "." + name
    return name


def _short_repr(obj):
    import reprlib
    limits = reprlib.Repr()
    limits.maxlist = limits.maxtuple = 20
    limits.maxdict = 10
    limits.maxstring = limits.maxother = 100
    return limits.repr(obj)


def _document_other(obj, name, maxlen=None, doc=None):
    text = _short_repr(obj)
    if maxlen:
        chop = maxlen - len(name + " = " + text)
        if chop < 0:
            text = text[:chop] + "..."
    line = name + " = " + text
    if not doc:
        doc = getdoc(obj)
    if doc:
        line += "\n" + _indent(str(doc)) + "\n"
    return line


def _document_data(obj, name):
    doc = getdoc(obj)
    return name + "\n" + (_indent(doc) + "\n" if doc else "")


_UNSHOWN = {"__author__", "__builtins__", "__cached__", "__credits__", "__date__", "__doc__",
            "__file__", "__spec__", "__loader__", "__module__", "__name__", "__package__",
            "__path__", "__qualname__", "__slots__", "__version__"}


def visiblename(name, all=None, obj=None):
    """Whether help shows `name`: special names yes, private ones not (a namedtuple's
    _fields and methods are public)."""
    if name in _UNSHOWN:
        return False
    if name.startswith("__") and name.endswith("__"):
        return True
    if name.startswith("_") and hasattr(obj, "_fields"):
        return True
    if all is not None:
        return name in all
    return not name.startswith("_")


def classify_class_attrs(cls):
    """inspect.classify_class_attrs with data descriptors (and read-only properties) named."""
    out = []
    for name, kind, home, value in inspect.classify_class_attrs(cls):
        if inspect.isdatadescriptor(value):
            kind = "readonly property" if isinstance(value, property) and value.fset is None \
                else "data descriptor"
        out.append((name, kind, home, value))
    return out


def sort_attributes(attrs, obj):
    """Sort by position in _fields (a namedtuple's), then by name."""
    fields = getattr(obj, "_fields", [])
    try:
        order = {name: i - len(fields) for i, name in enumerate(fields)}
    except TypeError:
        order = {}
    attrs.sort(key=lambda attr: (order.get(attr[0], 0), attr[0]))


def _document_member(cls, name, value):
    try:
        member = getattr(cls, name)
    except Exception:
        return _document_data(value, name)
    try:
        if inspect.isclass(member):
            return _document_class(member, name)
        if inspect.isroutine(member):
            return _document_routine(member, name, cls)
    except AttributeError:
        pass
    if inspect.isdatadescriptor(member):
        return _document_data(member, name)
    return _document_other(member, name)


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
    try:
        sig = inspect.signature(cls)
    except (ValueError, TypeError):
        sig = None
    if sig is not None and str(sig) != "()":
        push(name + str(sig) + "\n")
    doc = getdoc(cls)
    if doc:
        push(doc + "\n")
    mro = list(inspect.getmro(cls))
    if len(mro) > 2:
        push("Method resolution order:")
        for base in mro:
            push("    " + _classname(base, cls.__module__))
        push("")
    subclasses = sorted((str(sub.__name__) for sub in type.__subclasses__(cls)
                         if not sub.__name__.startswith("_") and sub.__module__ == "builtins"),
                        key=str.lower)
    if subclasses:
        push("Built-in subclasses:")
        for sub in subclasses[:4]:
            push("    " + sub)
        if len(subclasses) > 4:
            push("    ... and " + str(len(subclasses) - 4) + " other subclasses")
        push("")
    rule_due = [False]

    def section(heading, attrs, predicate, render):
        chosen = [a for a in attrs if predicate(a)]
        if chosen:
            if rule_due[0]:
                push(_RULE)
            rule_due[0] = True
            push(heading)
            for attr in chosen:
                push(render(attr))
        return [a for a in attrs if not predicate(a)]

    def member(attr):
        return _document_member(cls, attr[0], attr[3])

    def descriptor(attr):
        return _document_data(attr[3], attr[0])

    def data(attr):
        attr_name, _, home, value = attr
        try:
            obj = getattr(cls, attr_name)
        except AttributeError:
            obj = home.__dict__[attr_name]
        return _document_other(obj, attr_name, maxlen=70, doc=getdoc(value)) + "\n"

    attrs = [a for a in classify_class_attrs(cls) if visiblename(a[0], obj=cls)]
    while attrs:
        owner = mro.pop(0) if mro else attrs[0][2]
        mine = [a for a in attrs if a[2] is owner]
        inherited = [a for a in attrs if a[2] is not owner]
        if cls is not builtins.object and owner is builtins.object:
            attrs = inherited
            continue
        tag = "defined here" if owner is cls else "inherited from " + _classname(owner, cls.__module__)
        sort_attributes(mine, cls)
        mine = section("Methods %s:\n" % tag, mine, lambda a: a[1] == "method", member)
        mine = section("Class methods %s:\n" % tag, mine, lambda a: a[1] == "class method", member)
        mine = section("Static methods %s:\n" % tag, mine, lambda a: a[1] == "static method", member)
        mine = section("Readonly properties %s:\n" % tag, mine, lambda a: a[1] == "readonly property",
                       descriptor)
        mine = section("Data descriptors %s:\n" % tag, mine, lambda a: a[1] == "data descriptor",
                       descriptor)
        mine = section("Data and other attributes %s:\n" % tag, mine, lambda a: a[1] == "data", data)
        attrs = inherited
    body = "\n".join(contents)
    if not body:
        return title + "\n"
    return title + "\n" + _indent(body.rstrip(), " |  ") + "\n"


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
