"""A command-line option parser (heapstack's own optparse).

Declare options on an OptionParser with add_option() (grouped with
OptionGroup if wanted), then parse_args() returns a Values object with one
attribute per destination plus the leftover positional arguments.  Help
and error output match CPython's module character for character.
"""

import os
import sys
import textwrap

__all__ = ["Option", "make_option", "SUPPRESS_HELP", "SUPPRESS_USAGE", "Values",
           "OptionContainer", "OptionGroup", "OptionParser", "HelpFormatter",
           "IndentedHelpFormatter", "TitledHelpFormatter", "OptParseError",
           "OptionError", "OptionConflictError", "OptionValueError",
           "BadOptionError", "check_choice"]

SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"
NO_DEFAULT = tuple("NO DEFAULT".split())  # sentinel: no default given


def _(text):
    return text


# ---------------------------------------------------------------------------
# Errors

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """A badly declared option."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        if self.option_id:
            return f"option {self.option_id}: {self.msg}"
        return self.msg


class OptionConflictError(OptionError):
    """Two options claim the same option string."""


class OptionValueError(OptParseError):
    """A command-line value that does not suit its option."""


class BadOptionError(OptParseError):
    """An option string the parser does not know."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return f"no such option: {self.opt_str}"


class AmbiguousOptionError(BadOptionError):
    """An abbreviation that matches several long options."""

    def __init__(self, opt_str, possibilities):
        BadOptionError.__init__(self, opt_str)
        self.possibilities = possibilities

    def __str__(self):
        return f"ambiguous option: {self.opt_str} ({', '.join(self.possibilities)}?)"


# ---------------------------------------------------------------------------
# Help formatting

class HelpFormatter:
    """Lays out help text; subclasses decide the look of usage and headings."""

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.parser = None
        self.indent_increment, self.short_first = indent_increment, short_first
        if width is None:
            try:
                width = int(os.environ["COLUMNS"])
            except (ValueError, KeyError):
                width = 80
            width -= 2
        self.width = width
        self.help_position = self.max_help_position = min(max_help_position,
                                                          max(width - 20, indent_increment * 2))
        self.current_indent = 0
        self.level = 0
        self.help_width = None
        self.default_tag = "%default"
        self.option_strings = {}
        self._short_opt_fmt = "%s %s"
        self._long_opt_fmt = "%s=%s"

    def set_parser(self, parser):
        self.parser = parser

    @staticmethod
    def _joiner(delim, allowed, kind):
        if delim not in allowed:
            raise ValueError(f"invalid metavar delimiter for {kind} options: {delim!r}")
        return "%s" + delim + "%s"

    def set_short_opt_delimiter(self, delim):
        self._short_opt_fmt = self._joiner(delim, ("", " "), "short")

    def set_long_opt_delimiter(self, delim):
        self._long_opt_fmt = self._joiner(delim, ("=", " "), "long")

    def _step(self, direction):
        self.level += direction
        self.current_indent = self.level * self.indent_increment

    def indent(self):
        self._step(1)

    def dedent(self):
        self._step(-1)
        assert self.current_indent >= 0, "Indent decreased below 0."

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        width = max(self.width - self.current_indent, 11)
        pad = " " * self.current_indent
        return textwrap.fill(text, width, initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        if not self.default_tag or self.parser is None:
            return option.help
        value = self.parser.defaults.get(option.dest)
        if value is NO_DEFAULT or value is None:
            value = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(value))

    def format_option(self, option):
        strings = self.option_strings[option]
        room = self.help_position - self.current_indent - 2
        pad = " " * self.current_indent
        if len(strings) > room:
            parts = [pad + strings + "\n"]
            first_indent = self.help_position
        else:
            parts = [pad + strings.ljust(room) + "  "]
            first_indent = 0
        if option.help:
            lines = textwrap.wrap(self.expand_default(option), self.help_width)
            parts.append(" " * first_indent + lines[0] + "\n")
            parts.extend(" " * self.help_position + line + "\n" for line in lines[1:])
        elif not parts[0].endswith("\n"):
            parts.append("\n")
        return "".join(parts)

    def store_option_strings(self, parser):
        # the parser's own options sit one indent in, group members two
        widest = 0
        nested = [(1, parser.option_list)] + [(2, g.option_list) for g in parser.option_groups]
        for depth, options in nested:
            for option in options:
                text = self.option_strings[option] = self.format_option_strings(option)
                widest = max(widest, len(text) + self.current_indent + depth * self.indent_increment)
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(11, self.width - self.help_position)

    def format_option_strings(self, option):
        if option.takes_value():
            shown = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, shown) for s in option._short_opts]
            longs = [self._long_opt_fmt % (s, shown) for s in option._long_opts]
        else:
            shorts, longs = option._short_opts, option._long_opts
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Help with indented option lists (the default)."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        return " " * self.current_indent + heading + ":\n"


class TitledHelpFormatter(HelpFormatter):
    """Help with underlined section titles."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return f"{self.format_heading(_('Usage'))}  {usage}\n"

    def format_heading(self, heading):
        return f"{heading}\n{'=-'[self.level] * len(heading)}\n"


# ---------------------------------------------------------------------------
# Value conversion

def _parse_num(text, kind):
    head = text[:2].lower()
    if head == "0x":
        base = 16
    elif head == "0b":
        base = 2
        text = text[2:] or "0"
    elif text[:1] == "0":
        base = 8
    else:
        base = 10
    return kind(text, base)


def _parse_int(text):
    return _parse_num(text, int)


_TYPE_NAMES = {"int": "integer", "long": "long integer", "float": "floating-point", "complex": "complex"}
_CONVERTERS = {"int": _parse_int, "long": _parse_int, "float": float, "complex": complex}


def check_builtin(option, opt, value):
    try:
        return _CONVERTERS[option.type](value)
    except ValueError:
        raise OptionValueError(
            f"option {opt}: invalid {_TYPE_NAMES[option.type]} value: {value!r}") from None


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    listed = ", ".join(map(repr, option.choices))
    raise OptionValueError(f"option {opt}: invalid choice: {value!r} (choose from {listed})")


# ---------------------------------------------------------------------------
# Options

class Option:
    """One command-line option: its strings, action, type, destination..."""

    ATTRS = ["action", "type", "dest", "default", "nargs", "const", "choices",
             "callback", "callback_args", "callback_kwargs", "help", "metavar"]
    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
                     "append_const", "count")
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")
    TYPES = ("string", "int", "long", "float", "complex", "choice")
    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin, "float": check_builtin,
                    "complex": check_builtin, "choice": check_choice}
    CHECK_METHODS = None

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        opts = [opt for opt in opts if opt]
        if not opts:
            raise TypeError("at least one option string must be supplied")
        return opts

    def _set_opt_strings(self, opts):
        for opt in opts:
            if len(opt) < 2:
                raise OptionError(f"invalid option string {opt!r}: must be at least two characters long", self)
            if len(opt) == 2:
                if not (opt[0] == "-" and opt[1] != "-"):
                    raise OptionError(f"invalid short option string {opt!r}: "
                                      "must be of the form -x, (x any non-dash char)", self)
                self._short_opts.append(opt)
            else:
                if not (opt[:2] == "--" and opt[2] != "-"):
                    raise OptionError(f"invalid long option string {opt!r}: "
                                      "must start with --, followed by non-dash", self)
                self._long_opts.append(opt)

    def _set_attrs(self, attrs):
        for attr in self.ATTRS:
            if attr in attrs:
                setattr(self, attr, attrs.pop(attr))
            else:
                setattr(self, attr, NO_DEFAULT if attr == "default" else None)
        if attrs:
            names = ", ".join(sorted(attrs))
            raise OptionError(f"invalid keyword arguments: {names}", self)

    # the declaration checks, in CPython's order

    def _check_action(self):
        if self.action is None:
            self.action = "store"
        elif self.action not in self.ACTIONS:
            raise OptionError(f"invalid action: {self.action!r}", self)

    def _check_type(self):
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "choice" if self.choices is not None else "string"
            return
        if isinstance(self.type, type):
            self.type = self.type.__name__
        if self.type == "str":
            self.type = "string"
        if self.type not in self.TYPES:
            raise OptionError(f"invalid option type: {self.type!r}", self)
        if self.action not in self.TYPED_ACTIONS:
            raise OptionError(f"must not supply a type for action {self.action!r}", self)

    def _check_choice(self):
        if self.type == "choice":
            if self.choices is None:
                raise OptionError("must supply a list of choices for type 'choice'", self)
            if not isinstance(self.choices, (tuple, list)):
                raise OptionError("choices must be a list of strings ('%s' supplied)"
                                  % str(type(self.choices)).split("'")[1], self)
        elif self.choices is not None:
            raise OptionError(f"must not supply choices for type {self.type!r}", self)

    def _check_dest(self):
        wants_dest = self.action in self.STORE_ACTIONS or self.type is not None
        if self.dest is None and wants_dest:
            if self._long_opts:
                self.dest = self._long_opts[0][2:].replace("-", "_")
            else:
                self.dest = self._short_opts[0][1]

    def _check_const(self):
        if self.action not in self.CONST_ACTIONS and self.const is not None:
            raise OptionError(f"'const' must not be supplied for action {self.action!r}", self)

    def _check_nargs(self):
        if self.action in self.TYPED_ACTIONS:
            if self.nargs is None:
                self.nargs = 1
        elif self.nargs is not None:
            raise OptionError(f"'nargs' must not be supplied for action {self.action!r}", self)

    def _check_callback(self):
        if self.action == "callback":
            if not callable(self.callback):
                raise OptionError(f"callback not callable: {self.callback!r}", self)
            if self.callback_args is not None and not isinstance(self.callback_args, tuple):
                raise OptionError(f"callback_args, if supplied, must be a tuple: not {self.callback_args!r}", self)
            if self.callback_kwargs is not None and not isinstance(self.callback_kwargs, dict):
                raise OptionError(f"callback_kwargs, if supplied, must be a dict: not {self.callback_kwargs!r}", self)
        else:
            if self.callback is not None:
                raise OptionError(f"callback supplied ({self.callback!r}) for non-callback option", self)
            if self.callback_args is not None:
                raise OptionError("callback_args supplied for non-callback option", self)
            if self.callback_kwargs is not None:
                raise OptionError("callback_kwargs supplied for non-callback option", self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest,
                     _check_const, _check_nargs, _check_callback]

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    __repr__ = object.__repr__

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        return self._long_opts[0] if self._long_opts else self._short_opts[0]

    def check_value(self, opt, value):
        convert = self.TYPE_CHECKER.get(self.type)
        return value if convert is None else convert(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs != 1:
            return tuple(self.check_value(opt, item) for item in value)
        return self.check_value(opt, value)

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        handler = _ACTIONS.get(action)
        if handler is None:
            raise ValueError(f"unknown action {self.action!r}")
        handler(self, dest, opt, value, values, parser)
        return 1


def _act_callback(option, dest, opt, value, values, parser):
    extra = option.callback_args or ()
    named = option.callback_kwargs or {}
    option.callback(option, opt, value, parser, *extra, **named)


def _act_help(option, dest, opt, value, values, parser):
    parser.print_help()
    parser.exit()


def _act_version(option, dest, opt, value, values, parser):
    parser.print_version()
    parser.exit()


def _append_to(values, dest, item):
    values.ensure_value(dest, []).append(item)


_ACTIONS = {
    "store": lambda o, dest, opt, value, values, p: setattr(values, dest, value),
    "store_const": lambda o, dest, opt, value, values, p: setattr(values, dest, o.const),
    "store_true": lambda o, dest, opt, value, values, p: setattr(values, dest, True),
    "store_false": lambda o, dest, opt, value, values, p: setattr(values, dest, False),
    "append": lambda o, dest, opt, value, values, p: _append_to(values, dest, value),
    "append_const": lambda o, dest, opt, value, values, p: _append_to(values, dest, o.const),
    "count": lambda o, dest, opt, value, values, p: setattr(values, dest, (getattr(values, dest, None) or 0) + 1),
    "callback": _act_callback,
    "help": _act_help,
    "version": _act_version,
}


make_option = Option


# ---------------------------------------------------------------------------
# Parsed values

class Values:

    def __init__(self, defaults=None):
        if defaults:
            for attr, val in defaults.items():
                setattr(self, attr, val)

    def __str__(self):
        return str(self.__dict__)

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}: {self}>"

    def __eq__(self, other):
        if isinstance(other, Values):
            return self.__dict__ == other.__dict__
        if isinstance(other, dict):
            return self.__dict__ == other
        return NotImplemented

    def _update_careful(self, mapping):
        for attr in dir(self):
            if attr in mapping and mapping[attr] is not None:
                setattr(self, attr, mapping[attr])

    def _update_loose(self, mapping):
        self.__dict__.update(mapping)

    def _update(self, mapping, mode):
        if mode == "careful":
            self._update_careful(mapping)
        elif mode == "loose":
            self._update_loose(mapping)
        else:
            raise ValueError(f"invalid update mode: {mode!r}")

    def read_module(self, modname, mode="careful"):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        namespace = {}
        with open(filename) as handle:
            exec(handle.read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


# ---------------------------------------------------------------------------
# Option containers

class OptionContainer:
    """What parsers and groups share: a list of options and the lookup tables."""

    def __init__(self, option_class, conflict_handler, description):
        # groups share their parser's tables; a parser makes new ones
        self._create_option_list()
        self.option_class, self.description = option_class, description
        self.set_conflict_handler(conflict_handler)

    def _create_option_mappings(self):
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def _share_option_mappings(self, parser):
        self._short_opt, self._long_opt = parser._short_opt, parser._long_opt
        self.defaults = parser.defaults

    def set_conflict_handler(self, handler):
        if handler in ("error", "resolve"):
            self.conflict_handler = handler
        else:
            raise ValueError(f"invalid conflict_resolution value {handler!r}")

    def set_description(self, description):
        self.description = description  # may hold %prog

    def get_description(self):
        return self.description

    def destroy(self):
        del self._short_opt, self._long_opt, self.defaults

    def _check_conflict(self, option):
        clashes = [(opt, self._short_opt[opt]) for opt in option._short_opts if opt in self._short_opt]
        clashes += [(opt, self._long_opt[opt]) for opt in option._long_opts if opt in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == "error":
            names = ", ".join(opt for opt, _old in clashes)
            raise OptionConflictError(f"conflicting option string(s): {names}", option)
        for opt, old in clashes:
            if opt.startswith("--"):
                old._long_opts.remove(opt)
                del self._long_opt[opt]
            else:
                old._short_opts.remove(opt)
                del self._short_opt[opt]
            if not (old._short_opts or old._long_opts):
                old.container.option_list.remove(old)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...)"""
        option = _made_or_given(args, kwargs, self.option_class, Option, "an Option")
        self._check_conflict(option)
        self.option_list.append(option)
        option.container = self
        self._short_opt.update(dict.fromkeys(option._short_opts, option))
        self._long_opt.update(dict.fromkeys(option._long_opts, option))
        dest = option.dest
        if dest is not None:
            if option.default is NO_DEFAULT:
                self.defaults.setdefault(dest, None)
            else:
                self.defaults[dest] = option.default
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError(f"no such option {opt_str!r}")
        for table, strings in ((self._short_opt, option._short_opts), (self._long_opt, option._long_opts)):
            for text in strings:
                del table[text]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        if not self.option_list:
            return ""
        return "".join(formatter.format_option(option) for option in self.option_list
                       if option.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        pieces = []
        if self.description:
            pieces.append(self.format_description(formatter))
        if self.option_list:
            pieces.append(self.format_option_help(formatter))
        return "\n".join(pieces)


class OptionGroup(OptionContainer):

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _create_option_list(self):
        self.option_list = []
        self._share_option_mappings(self.parser)

    def set_title(self, title):
        self.title = title

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def format_help(self, formatter):
        text = formatter.format_heading(self.title)
        formatter.indent()
        text += OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return text


class OptionParser(OptionContainer):
    """Parses a command line against the declared options."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog = prog
        self.version = version
        self.allow_interspersed_args = self.process_default_values = True
        if formatter is None:
            formatter = IndentedHelpFormatter()
        formatter.set_parser(self)
        self.formatter = formatter
        self.epilog = epilog
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.option_list, self.option_groups, self.formatter

    def _create_option_list(self):
        self.option_list = []
        self.option_groups = []
        self._create_option_mappings()

    def _add_help_option(self):
        self.add_option("-h", "--help", action="help", help=_("show this help message and exit"))

    def _add_version_option(self):
        self.add_option("--version", action="version", help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        if self.standard_option_list:
            self.add_options(self.standard_option_list)
        if option_list:
            self.add_options(option_list)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        self.rargs = None
        self.largs = None
        self.values = None

    def set_usage(self, usage):
        if usage is None:
            self.usage = _("%prog [options]")
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith("usage: "):
            self.usage = usage[7:]
        else:
            self.usage = usage

    def enable_interspersed_args(self):
        """Let operands and options mix (the default)."""
        self.__dict__["allow_interspersed_args"] = True

    def disable_interspersed_args(self):
        """Stop at the first operand."""
        self.__dict__["allow_interspersed_args"] = False

    def set_process_default_values(self, process):
        self.__dict__["process_default_values"] = process

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def _get_all_options(self):
        found = list(self.option_list)
        for group in self.option_groups:
            found.extend(group.option_list)
        return found

    def get_default_values(self):
        if not self.process_default_values:
            return Values(self.defaults)
        defaults = self.defaults.copy()
        for option in self._get_all_options():
            value = defaults.get(option.dest)
            if isinstance(value, str):
                defaults[option.dest] = option.check_value(option.get_opt_string(), value)
        return Values(defaults)

    def add_option_group(self, *args, **kwargs):
        group = _made_or_given(args, kwargs, lambda *a, **k: OptionGroup(self, *a, **k),
                               OptionGroup, "an OptionGroup")
        if group.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        option = self._short_opt.get(opt_str) or self._long_opt.get(opt_str)
        if option and option.container is not self:
            return option.container
        return None

    # -- parsing ------------------------------------------------------------

    def _get_args(self, args):
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """parse_args(args=None, values=None) -> (values, args)"""
        rargs = self._get_args(args)
        if values is None:
            values = self.get_default_values()
        self.rargs = rargs
        self.largs = largs = []
        self.values = values
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        return (values, args)

    def _process_args(self, largs, rargs, values):
        while rargs:
            arg = rargs[0]
            if arg == "--":
                del rargs[0]
                return
            if arg.startswith("--"):
                handler = self._process_long_opt
            elif arg.startswith("-") and arg != "-":
                handler = self._process_short_opts
            else:
                handler = None
            if handler is not None:
                handler(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(arg)
                del rargs[0]
            else:
                return

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        count = option.nargs
        if len(rargs) < count:
            noun = "argument" if count == 1 else "arguments"
            self.error(f"{opt} option requires {count} {noun}")
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _process_long_opt(self, rargs, values):
        arg = rargs.pop(0)
        opt, explicit, value = arg.partition("=")
        if explicit:
            rargs.insert(0, value)
        opt = self._match_long_opt(opt)
        option = self._long_opt[opt]
        if option.takes_value():
            value = self._take_values(option, opt, rargs)
        elif explicit:
            self.error(f"{opt} option does not take a value")
        else:
            value = None
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        arg = rargs.pop(0)
        for pos in range(1, len(arg)):
            opt = "-" + arg[pos]
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            rest = arg[pos + 1:]
            if option.takes_value():
                if rest:
                    rargs.insert(0, rest)
                value = self._take_values(option, opt, rargs)
            else:
                value = None
            option.process(opt, value, values, self)
            if option.takes_value() and rest:
                break

    # -- feedback -----------------------------------------------------------

    def get_prog_name(self):
        if self.prog is None:
            return os.path.basename(sys.argv[0])
        return self.prog

    def expand_prog_name(self, text):
        return text.replace("%prog", self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Print a usage message and msg to stderr, then exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.get_prog_name()}: error: {msg}\n")

    def get_usage(self):
        if self.usage:
            return self.formatter.format_usage(self.expand_prog_name(self.usage))
        return ""

    def print_usage(self, file=None):
        text = self.get_usage()
        if text:
            print(text, file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        text = self.get_version()
        if text:
            print(text, file=file)

    def format_option_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        formatter.store_option_strings(self)
        pieces = [formatter.format_heading(_("Options"))]
        formatter.indent()
        if self.option_list:
            pieces.append(OptionContainer.format_option_help(self, formatter))
            pieces.append("\n")
        for group in self.option_groups:
            pieces.append(group.format_help(formatter))
            pieces.append("\n")
        formatter.dedent()
        return "".join(pieces[:-1])

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        pieces = []
        if self.usage:
            pieces.append(self.get_usage() + "\n")
        if self.description:
            pieces.append(self.format_description(formatter) + "\n")
        pieces.append(self.format_option_help(formatter))
        pieces.append(self.format_epilog(formatter))
        return "".join(pieces)

    def print_help(self, file=None):
        """Print the help message to file (stdout by default)."""
        (sys.stdout if file is None else file).write(self.format_help())


def _made_or_given(args, kwargs, factory, kind, label):
    # add_option / add_option_group take either constructor arguments or one instance
    if isinstance(args[0], str):
        return factory(*args, **kwargs)
    if len(args) != 1 or kwargs:
        raise TypeError("invalid arguments")
    if not isinstance(args[0], kind):
        raise TypeError(f"not {label} instance: {args[0]!r}")
    return args[0]


def _match_abbrev(text, wordmap):
    if text in wordmap:
        return text
    matches = [word for word in wordmap if word.startswith(text)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise BadOptionError(text)
    matches.sort()
    raise AmbiguousOptionError(text, matches)
