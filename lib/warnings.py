"""Issuing and filtering warnings.

warn() reports a warning at a caller's source line; the filters (see
filterwarnings() and simplefilter()) decide whether it is shown, shown
once, ignored or raised as an exception.  Shown warnings go through
showwarning() and formatwarning() to sys.stderr as

    file.py:12: UserWarning: the message
      the source line

catch_warnings() saves and restores the filters (and can record the
warnings instead of showing them).
"""

# heapstack's warnings: the behaviour of CPython 3.11's warnings module and
# its _warnings accelerator, in Python.  The runtime reports its own
# warnings (e.g. numeric DeprecationWarnings) through warn().

import sys

__all__ = [
    "warn", "warn_explicit", "showwarning", "formatwarning",
    "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings",
]


# -- showing -------------------------------------------------------------------

def showwarning(message, category, filename, lineno,
                file=None, line=None):
    """Writes a warning to file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno,
                  line=None):
    """The text showwarning() writes for a warning."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _source_line(msg):
    if msg.line is not None:
        return msg.line
    try:
        import linecache
        return linecache.getline(msg.filename, msg.lineno)
    except Exception:
        return None


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = _source_line(msg)
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        text += _allocation_trace(msg, category)
    return text


def _allocation_trace(msg, category):
    try:
        import tracemalloc
    except Exception:
        tracing, tb = True, None
    else:
        tracing = tracemalloc.is_tracing()
        try:
            tb = tracemalloc.get_object_traceback(msg.source)
        except Exception:
            tb = None
    if tb is not None:
        text = 'Object allocated at (most recent call last):\n'
        for frame in tb:
            text += '  File "%s", lineno %s\n' % (frame.filename, frame.lineno)
            try:
                import linecache
                line = linecache.getline(frame.filename, frame.lineno)
            except Exception:
                line = None
            if line:
                text += '    %s\n' % line.strip()
        return text
    if not tracing:
        return f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return ''


# The originals, to recognise replacements made by programs.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Shows a warning, through a replaced showwarning() if there is one."""
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Formats a warning, through a replaced formatwarning() if any."""
    hook = formatwarning
    if hook is not _formatwarning_orig:
        return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# -- filters -------------------------------------------------------------------

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="",
                   lineno=0, append=False):
    """Adds a filter (at the front, or at the end with append): warnings
    whose text matches the regular expression message (case-insensitively),
    whose category is a subclass of category, raised from a module whose
    name matches the regular expression module, at line lineno (0: any),
    get the action "error", "ignore", "always", "default", "module" or
    "once"."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0,
                 append=False):
    """Adds a filter matching every message and module (see
    filterwarnings())."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno,
                append=append)


def _add_filter(*item, append):
    # An equal filter already present is moved (or kept, with append).
    if append:
        if item not in filters:
            filters.append(item)
    else:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Removes every filter (the default action then applies)."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """A bad -W option or PYTHONWARNINGS entry."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            sys.stderr.write("Invalid -W option ignored: %s\n" % (msg,))


def _setoption(arg):
    fields = [field.strip() for field in arg.split(':')]
    if len(fields) > 5:
        raise _OptionError(f"too many fields (max 5): {arg!r}")
    fields += [''] * (5 - len(fields))
    action, message, category, module, lineno = fields
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        message = re.escape(message) if message else message
        module = (re.escape(module) + '\\Z') if module else module
    if not lineno:
        lineno = 0
    else:
        try:
            number = int(lineno)
        except (ValueError, OverflowError):
            number = -1
        if number < 0:
            raise _OptionError(f"invalid lineno {lineno!r}") from None
        lineno = number
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in _ACTIONS:
        if name.startswith(action):
            return name
    raise _OptionError(f"invalid action: {action!r}")


def _getcategory(category):
    if not category:
        return Warning
    if '.' in category:
        modname, _, attr = category.rpartition('.')
        try:
            owner = __import__(modname, None, None, [attr])
        except ImportError:
            raise _OptionError(f"invalid module name: {modname!r}") from None
    else:
        import builtins as owner
        attr = category
    found = getattr(owner, attr, None)
    if found is None:
        raise _OptionError(f"unknown warning category: {category!r}") from None
    if not issubclass(found, Warning):
        raise _OptionError(f"invalid warning category: {category!r}")
    return found


# -- issuing -------------------------------------------------------------------

def _is_internal_frame(frame):
    """Frames of the import machinery do not count for stacklevel."""
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning (a Warning instance, or a message with category,
    UserWarning by default) reported at the line of the caller
    `stacklevel` frames up."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    # Like CPython's C implementation: start at the caller, then go up
    # stacklevel - 1 frames (skipping import machinery frames unless the
    # caller is one of them or stacklevel < 1).
    frame = sys._getframe(1)
    steps = stacklevel - 1
    if stacklevel <= 0 or _is_internal_frame(frame):
        while steps > 0 and frame is not None:
            frame = frame.f_back
            steps -= 1
    else:
        while steps > 0 and frame is not None:
            frame = _next_external_frame(frame)
            steps -= 1
    if frame is None:
        module_globals = sys.__dict__
        filename, lineno = "sys", 1
    else:
        module_globals = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    module = module_globals['__name__'] if '__name__' in module_globals else "<string>"
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  module_globals, source)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        # the default filters name modules exactly
        return pattern == text
    return pattern.match(text)


_NO_MODULE = object()


def warn_explicit(message, category, filename, lineno, module=_NO_MODULE,
                  registry=None, module_globals=None, source=None):
    """Issues a warning with an explicit location (see warn()); registry
    is the dict remembering which warnings were already shown.  An
    explicit module of None makes it do nothing (as CPython's C version:
    that happens when warnings come late during shutdown)."""
    if type(lineno) is not int:
        import operator
        lineno = int(operator.index(lineno))
    if module is None:
        return None
    if module is _NO_MODULE:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    import linecache
    linecache.getlines(filename, module_globals)
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "module":
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage(object):
    """A warning as showwarning() receives it (catch_warnings(record=True)
    collects these)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that saves the warnings filters and showwarning()
    and restores them on exit.

    With record=True, __enter__ returns a list that collects the
    WarningMessage of every warning shown inside the block.  module is the
    module whose state is saved (this one by default); action, category,
    lineno and append, if an action is given, add a simplefilter() for the
    duration of the block.
    """

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        module._showwarnmsg_impl = log.append
        # showwarning() back to the original, so that _showwarnmsg() uses
        # _showwarnmsg_impl
        module.showwarning = module._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


def _warn_unawaited_coroutine(coro):
    text = f"coroutine '{coro.__qualname__}' was never awaited\n"
    origin = coro.cr_origin
    if origin is not None:
        import linecache
        import traceback
        entries = [(fname, num, func, linecache.getline(fname, num))
                   for fname, num, func in reversed(origin)]
        text += "Coroutine created at (most recent call last)\n"
        text += "".join(traceback.format_list(entries))
    warn(text.rstrip("\n"), category=RuntimeWarning, stacklevel=2, source=coro)


# -- state -----------------------------------------------------------------------

# (action, message regex or None, category, module regex/name or None, lineno)
filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# The filters of a release build started without -W options: DeprecationWarning
# shown in __main__ only, and some categories ignored.
filters[:] = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_warnings_defaults = True
_processoptions(getattr(sys, 'warnoptions', []))
