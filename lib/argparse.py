"""Command-line parsing (heapstack's own argparse).

ArgumentParser with positional and optional arguments, every built-in action, nargs, types,
choices, defaults, argument groups, mutually exclusive groups and subcommands; help and usage
text laid out as CPython 3.11's HelpFormatter lays them out, and its error messages (printed
with the usage, exit status 2), and parse_intermixed_args."""

import os as _os
import re as _re
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
           'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
           'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_LEFTOVER_ATTR = '_heapstack_leftover_args'


class _AttributeHolder:
    """repr() as Name(arg, key=value, ...) from _get_args() and _get_kwargs()."""

    def __repr__(self):
        shown = [repr(arg) for arg in self._get_args()]
        odd = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                odd[name] = value
        if odd:
            shown.append('**%s' % repr(odd))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The attributes parse_args() sets; equal when their attributes are equal."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def _action_name(action):
    """How messages name an argument."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    """A problem with an argument, or with what the command line gave for it;
    str() names the argument ("argument -n: ...")."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function to reject a string with its own message."""


# --- actions ---------------------------------------------------------------------------------

class Action(_AttributeHolder):
    """What to do with an argument: the base class of the built-in actions."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _grown(namespace, dest, more, extend=False):
    """A copy of the list stored at dest (or a new one) with more added."""
    current = getattr(namespace, dest, None)
    if current is None:
        items = []
    elif type(current) is list:
        items = list(current)
    else:
        import copy
        items = copy.copy(current)
    if extend:
        items.extend(more)
    else:
        items.append(more)
    return items


class _Builtin(Action):
    """The built-in actions: apply(parser, namespace, values, option_string) does the work."""

    def __call__(self, parser, namespace, values, option_string=None):
        self.apply(parser, namespace, values, option_string)


_NARGS_ZERO_STORE = ('nargs for store actions must be != 0; if you have nothing to store, '
                     'actions such as store true or store const may be more appropriate')
_NARGS_ZERO_APPEND = ('nargs for append actions must be != 0; if arg strings are not supplying '
                      'the value to append, the append const action may be more appropriate')


def _check_value_nargs(nargs, const, zero_message):
    if nargs == 0:
        raise ValueError(zero_message)
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(_Builtin):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_value_nargs(nargs, const, _NARGS_ZERO_STORE)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def apply(self, parser, namespace, values, option_string):
        setattr(namespace, self.dest, values)


class _StoreConstAction(_Builtin):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help)

    def apply(self, parser, namespace, values, option_string):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required, help)


class _AppendAction(_Builtin):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_value_nargs(nargs, const, _NARGS_ZERO_APPEND)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def apply(self, parser, namespace, values, option_string):
        setattr(namespace, self.dest, _grown(namespace, self.dest, values))


class _ExtendAction(_AppendAction):
    def apply(self, parser, namespace, values, option_string):
        setattr(namespace, self.dest, _grown(namespace, self.dest, values, extend=True))


class _AppendConstAction(_Builtin):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help, metavar=metavar)

    def apply(self, parser, namespace, values, option_string):
        setattr(namespace, self.dest, _grown(namespace, self.dest, self.const))


class _CountAction(_Builtin):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        required=required, help=help)

    def apply(self, parser, namespace, values, option_string):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(_Builtin):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)

    def apply(self, parser, namespace, values, option_string):
        parser.print_help()
        parser.exit()


class _VersionAction(_Builtin):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def apply(self, parser, namespace, values, option_string):
        text = parser.version if self.version is None else self.version
        layout = parser._get_formatter()
        layout.add_text(text)
        parser._emit(layout.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """A --flag that also gets a --no-flag spelling storing False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        spellings = []
        for option in option_strings:
            spellings.append(option)
            if option.startswith('--'):
                spellings.append('--no-' + option[2:])
        Action.__init__(self, spellings, dest, nargs=0, default=default, type=type,
                        choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _ChoicesPseudoAction(Action):
    """A subcommand's line in the help of its subparsers action."""

    def __init__(self, name, aliases, help):
        metavar = dest = name
        if aliases:
            metavar += ' (%s)' % ', '.join(aliases)
        super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._sub_prog = prog
        self._sub_class = parser_class
        self._parsers_by_name = {}
        self._listed = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._parsers_by_name, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._sub_prog, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._parsers_by_name:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._parsers_by_name:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._listed.append(_ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._sub_class(**kwargs)
        self._parsers_by_name[name] = parser
        for alias in aliases:
            self._parsers_by_name[alias] = parser
        return parser

    def _subactions(self):
        return self._listed

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            chosen = self._parsers_by_name[name]
        except KeyError:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (name, ', '.join(self._parsers_by_name))) from None
        sub, rest = chosen.parse_known_args(rest, None)
        for key, value in vars(sub).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_LEFTOVER_ATTR, [])
            getattr(namespace, _LEFTOVER_ATTR).extend(rest)


class FileType:
    """Factory for file objects: FileType('r')(name) opens name ('-' is stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as err:
            raise ArgumentTypeError("can't open '%s': %s" % (string, err))

    def __repr__(self):
        shown = [repr(self._mode)]
        if self._bufsize != -1:
            shown.append(repr(self._bufsize))
        for name, value in (('encoding', self._encoding), ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# --- help formatting -------------------------------------------------------------------------

def _terminal_columns():
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    return columns if columns > 0 else 80


class HelpFormatter:
    """Lays out usage and help text (only the class name is public API)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_step = indent_increment
        self._help_column_cap = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._indent_now = 0
        self._level = 0
        self._widest_invocation = 0
        self._root = self._Section(self, None)
        self._section = self._root

    def _indent(self):
        self._indent_now += self._indent_step
        self._level += 1

    def _dedent(self):
        self._indent_now -= self._indent_step
        self._level -= 1

    class _Section:
        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            if self.parent is not None:
                self.formatter._indent()
            body = ''.join(func(*args) for func, args in self.items)
            if self.parent is not None:
                self.formatter._dedent()
            if not body:
                return ''
            title = ''
            if self.heading is not SUPPRESS and self.heading is not None:
                title = '%*s%s:\n' % (self.formatter._indent_now, '', self.heading)
            return '\n' + title + body + '\n'

    def _queue(self, func, args):
        self._section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._section, heading)
        self._queue(section.format_help, [])
        self._section = section

    def end_section(self):
        self._section = self._section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._queue(self._text_block, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._queue(self._usage_block, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        lengths = [len(self._format_action_invocation(action))]
        for sub in self._indented_subactions(action):
            lengths.append(len(self._format_action_invocation(sub)))
        self._widest_invocation = max(self._widest_invocation,
                                      max(lengths) + self._indent_now)
        self._queue(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root.format_help()
        if text:
            text = _re.sub(r'\n\n\n+', '\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _concat(self, part_strings):
        return ''.join(part for part in part_strings if part and part is not SUPPRESS)

    # usage

    def _usage_block(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = '%(prog)s' % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            usage = ' '.join(s for s in [prog, self._usage_of(optionals + positionals, groups)] if s)
            width = self._width - self._indent_now
            if len(prefix) + len(usage) > width:
                chunk = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
                opt_parts = _re.findall(chunk, self._usage_of(optionals, groups))
                pos_parts = _re.findall(chunk, self._usage_of(positionals, groups))

                def wrap(parts, indent, first_prefix=None):
                    lines = []
                    line = []
                    used = (len(first_prefix) if first_prefix is not None else len(indent)) - 1
                    for part in parts:
                        if line and used + 1 + len(part) > width:
                            lines.append(indent + ' '.join(line))
                            line = []
                            used = len(indent) - 1
                        line.append(part)
                        used += len(part) + 1
                    if line:
                        lines.append(indent + ' '.join(line))
                    if first_prefix is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * width:
                    indent = ' ' * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = wrap([prog] + opt_parts, indent, prefix)
                        lines.extend(wrap(pos_parts, indent))
                    elif pos_parts:
                        lines = wrap([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = ' ' * len(prefix)
                    lines = wrap(opt_parts + pos_parts, indent)
                    if len(lines) > 1:
                        lines = wrap(opt_parts, indent) + wrap(pos_parts, indent)
                    lines = [prog] + lines
                usage = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, usage)

    def _usage_of(self, actions, groups):
        in_group = set()
        marks = {}
        for group in groups:
            if not group._group_actions:
                raise ValueError('empty group %s' % group)
            try:
                start = actions.index(group._group_actions[0])
            except ValueError:
                continue
            end = start + len(group._group_actions)
            if actions[start:end] != group._group_actions:
                continue
            in_group.update(group._group_actions)
            opening, closing = ('(', ')') if group.required else ('[', ']')
            marks[start] = marks[start] + ' ' + opening if start in marks else opening
            marks[end] = marks[end] + closing if end in marks else closing
            for i in range(start + 1, end):
                marks[i] = '|'
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(i) == '|':
                    marks.pop(i)
                elif marks.get(i + 1) == '|':
                    marks.pop(i + 1)
            elif not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in in_group and part[:1] == '[' and part[-1:] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    part = '%s %s' % (action.option_strings[0], self._format_args(action, metavar))
                if not action.required and action not in in_group:
                    part = '[%s]' % part
                parts.append(part)
        for i in sorted(marks, reverse=True):
            parts[i:i] = [marks[i]]
        text = ' '.join(p for p in parts if p is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', r'', text)
        return text.strip()

    # text and actions

    def _text_block(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._indent_now, 11)
        return self._fill_text(text, width, ' ' * self._indent_now) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._widest_invocation + 2, self._help_column_cap)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._indent_now - 2
        header = self._format_action_invocation(action)
        indent_first = 0
        if not action.help:
            header = '%*s%s\n' % (self._indent_now, '', header)
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (self._indent_now, '', action_width, header)
        else:
            header = '%*s%s\n' % (self._indent_now, '', header)
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            text = self._help_text(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not header.endswith('\n'):
            parts.append('\n')
        for sub in self._indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._concat(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return ' '.join(self._metavar_formatter(
                action, self._get_default_metavar_for_positional(action))(1))
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (option, args) for option in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get(1)
        if nargs == OPTIONAL:
            return '[%s]' % get(1)
        if nargs == ZERO_OR_MORE:
            names = get(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * nargs
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(slots) % get(nargs)

    def _help_text(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _indented_subactions(self, action):
        get = getattr(action, '_subactions', None)
        if get is None:
            return
        self._indent()
        yield from get()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends "(default: ...)" to the help of arguments with defaults."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the type's name as the default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# --- containers of actions -------------------------------------------------------------------

_ACTIONS = {None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
            'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
            'append': _AppendAction, 'append_const': _AppendConstAction, 'count': _CountAction,
            'help': _HelpAction, 'version': _VersionAction, 'parsers': _SubParsersAction,
            'extend': _ExtendAction}


class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registry_tables = {'action': dict(_ACTIONS), 'type': {None: lambda s: s}}
        self._actions = []
        self._by_option = {}
        self._action_groups = []
        self._exclusive_groups = []
        self._defaults = {}
        self._negative_re = _re.compile(r'^-\d+$|^-\d*\.\d+$')
        self._negative_like_options = []
        if conflict_handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value: %r' % conflict_handler)

    def register(self, registry_name, value, object):
        self._registry_tables.setdefault(registry_name, {})[value] = object

    def _lookup(self, registry_name, value, default=None):
        return self._registry_tables[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(name or flags..., action=, nargs=, const=, default=, type=,
        choices=, required=, help=, metavar=, dest=) -> the Action."""
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_spec(*args, **kwargs)
        else:
            kwargs = self._optional_spec(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = self._action_class_from(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._lookup('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (type_func,))
        if hasattr(self, "_get_formatter"):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs") from None
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._resolve_clashes(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._by_option[option] = action
        for option in action.option_strings:
            if self._negative_re.match(option):
                if not self._negative_like_options:
                    self._negative_like_options.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _inherit_from(self, container):
        titles = {group.title: group for group in self._action_groups}
        group_map = {}
        for group in container._action_groups:
            if group.title not in titles:
                titles[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                group_map[action] = titles[group.title]
        for group in container._exclusive_groups:
            copy = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                group_map[action] = copy
        for action in container._actions:
            group_map.get(action, self)._add_action(action)

    def _positional_spec(self, dest=None, **kwargs):
        if dest is None:
            raise TypeError("add_argument() missing 1 required positional argument: 'dest'")
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_spec(self, *args, **kwargs):
        options = []
        long_options = []
        for option in args:
            if option[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option, self.prefix_chars))
            options.append(option)
            if len(option) > 1 and option[1] in self.prefix_chars:
                long_options.append(option)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_options[0] if long_options else options[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % source)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=options)

    def _action_class_from(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._lookup('action', action, action)

    def _resolve_clashes(self, action):
        clashes = [(option, self._by_option[option])
                   for option in action.option_strings if option in self._by_option]
        if not clashes:
            return
        if self.conflict_handler == 'error':
            raise ArgumentError(action, 'conflicting option string%s: %s'
                                % ('s' if len(clashes) > 1 else '',
                                   ', '.join(option for option, _ in clashes)))
        for option, other in clashes:
            other.option_strings.remove(option)
            self._by_option.pop(option, None)
            if not other.option_strings:
                other.container._remove_action(other)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._registry_tables = container._registry_tables
        self._actions = container._actions
        self._by_option = container._by_option
        self._defaults = container._defaults
        self._negative_like_options = container._negative_like_options
        self._exclusive_groups = container._exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# --- the parser ------------------------------------------------------------------------------

class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace of Python objects, and prints
    usage, help and errors."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparser_group = None
        self.register('type', None, lambda s: s)
        if add_help:
            short = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(short + 'h', short * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._inherit_from(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparser_group is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparser_group = self.add_argument_group(title, description)
        else:
            self._subparser_group = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._positional_actions(),
                                self._exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._action_class_from(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparser_group._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # parsing

    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_strings(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_strings(args, namespace)
        if hasattr(namespace, _LEFTOVER_ATTR):
            args.extend(getattr(namespace, _LEFTOVER_ATTR))
            delattr(namespace, _LEFTOVER_ATTR)
        return namespace, args

    def parse_intermixed_args(self, args=None, namespace=None):
        args, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options and positionals in any order: a first pass takes the options with every
        positional switched off (nargs and default SUPPRESS), a second pass gives what is left
        to the positionals with no option required."""
        positionals = self._positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s' % action.nargs)
        for group in self._exclusive_groups:
            if any(action in positionals for action in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        saved_usage = self.usage
        try:
            if self.usage is None:
                # errors of either pass show the whole usage, not the pass's own
                self.usage = self.format_usage()[len('usage: '):]
            saved = [(action, action.nargs, action.default) for action in positionals]
            try:
                for action in positionals:
                    action.nargs = action.default = SUPPRESS
                namespace, rest = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs, action.default = nargs, default
            required = [(action, action.required) for action in self._optional_actions()]
            required += [(group, group.required) for group in self._exclusive_groups]
            try:
                for thing, _ in required:
                    thing.required = False
                namespace, extras = self.parse_known_args(rest, namespace)
            finally:
                for thing, value in required:
                    thing.required = value
        finally:
            self.usage = saved_usage
        return namespace, extras

    def _parse_strings(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._expand_file_args(arg_strings)
        conflicts = {}
        for group in self._exclusive_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                conflicts.setdefault(member, []).extend(members[:i] + members[i + 1:])

        # classify every string: O (an option), A (an argument), - (the "--" marker)
        option_at = {}
        pattern = []
        rest_are_args = False
        for i, text in enumerate(arg_strings):
            if rest_are_args:
                pattern.append('A')
            elif text == '--':
                pattern.append('-')
                rest_are_args = True
            else:
                found = self._classify(text)
                if found is None:
                    pattern.append('A')
                else:
                    option_at[i] = found
                    pattern.append('O')
        pattern = ''.join(pattern)

        seen = set()
        seen_non_default = set()
        extras = []
        positionals = self._positional_actions()

        def take_action(action, strings, option_string=None):
            seen.add(action)
            values = self._convert_all(action, strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit = option_at[start]
            pending = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit is not None:
                    count = self._count_for(action, 'A')
                    if count == 0 and option_string[1] not in self.prefix_chars and explicit != '':
                        # -xyz: -x takes no argument, so y and z are flags too
                        pending.append((action, [], option_string))
                        option_string = option_string[0] + explicit[0]
                        following = explicit[1:] or None
                        if option_string in self._by_option:
                            action = self._by_option[option_string]
                            explicit = following
                        else:
                            raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                    elif count == 1:
                        stop = start + 1
                        pending.append((action, [explicit], option_string))
                        break
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                else:
                    first = start + 1
                    count = self._count_for(action, pattern[first:])
                    stop = first + count
                    pending.append((action, arg_strings[first:stop], option_string))
                    break
            for action, strings, option_string in pending:
                take_action(action, strings, option_string)
            return stop

        def consume_positionals(start):
            counts = self._counts_for(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                strings = arg_strings[start:start + count]
                start += count
                take_action(action, strings)
            del positionals[:len(counts)]
            return start

        start = 0
        last_option = max(option_at) if option_at else -1
        while start <= last_option:
            next_option = min(i for i in option_at if i >= start)
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_at:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest, self._convert_one(action, action.default))
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))
        for group in self._exclusive_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _expand_file_args(self, arg_strings):
        result = []
        for text in arg_strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                result.append(text)
                continue
            try:
                with open(text[1:]) as handle:
                    lines = []
                    for line in handle.read().splitlines():
                        lines.extend(self.convert_arg_line_to_args(line))
                    result.extend(self._expand_file_args(lines))
            except OSError as err:
                self.error(str(err))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _count_for(self, action, pattern):
        found = _re.match(self._nargs_regex(action), pattern)
        if found is None:
            nargs = action.nargs
            if nargs is None:
                message = 'expected one argument'
            elif nargs == OPTIONAL:
                message = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                message = 'expected at least one argument'
            else:
                message = ('expected %s argument' if nargs == 1 else 'expected %s arguments') % nargs
            raise ArgumentError(action, message)
        return len(found.group(1))

    def _counts_for(self, actions, pattern):
        for n in range(len(actions), 0, -1):
            regex = ''.join(self._nargs_regex(a) for a in actions[:n])
            found = _re.match(regex, pattern)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _classify(self, text):
        if not text or text[0] not in self.prefix_chars:
            return None
        if text in self._by_option:
            return self._by_option[text], text, None
        if len(text) == 1:
            return None
        if '=' in text:
            option, explicit = text.split('=', 1)
            if option in self._by_option:
                return self._by_option[option], option, explicit
        candidates = self._prefix_matches(text)
        if len(candidates) > 1:
            options = ', '.join(option for _, option, _ in candidates)
            self.error('ambiguous option: %s could match %s' % (text, options))
        if len(candidates) == 1:
            return candidates[0]
        if self._negative_re.match(text) and not self._negative_like_options:
            return None
        if ' ' in text:
            return None
        return None, text, None

    def _prefix_matches(self, text):
        found = []
        chars = self.prefix_chars
        if text[0] in chars and text[1] in chars:
            if self.allow_abbrev:
                prefix, _, explicit = text.partition('=')
                explicit = explicit if '=' in text else None
                for option, action in self._by_option.items():
                    if option.startswith(prefix):
                        found.append((action, option, explicit))
        elif text[0] in chars and text[1] not in chars:
            short = text[:2]
            short_explicit = text[2:]
            for option, action in self._by_option.items():
                if option == short:
                    found.append((action, option, short_explicit))
                elif self.allow_abbrev and option.startswith(text):
                    found.append((action, option, None))
        else:
            self.error('unexpected option string: %s' % text)
        return found

    def _nargs_regex(self, action):
        nargs = action.nargs
        if nargs is None:
            regex = '(-*A-*)'
        elif nargs == OPTIONAL:
            regex = '(-*A?-*)'
        elif nargs == ZERO_OR_MORE:
            regex = '(-*[A-]*)'
        elif nargs == ONE_OR_MORE:
            regex = '(-*A[A-]*)'
        elif nargs == REMAINDER:
            regex = '([-AO]*)'
        elif nargs == PARSER:
            regex = '(-*A[-AO]*)'
        elif nargs == SUPPRESS:
            regex = '(-*-*)'
        else:
            regex = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            regex = regex.replace('-*', '').replace('-', '')
        return regex

    def _convert_all(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER):
            try:
                strings.remove('--')
            except ValueError:
                pass
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert_one(action, value)
                self._check_choice(action, value)
        elif not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else strings
            self._check_choice(action, value)
        elif len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._convert_one(action, strings[0])
            self._check_choice(action, value)
        elif action.nargs == REMAINDER:
            value = [self._convert_one(action, s) for s in strings]
        elif action.nargs == PARSER:
            value = [self._convert_one(action, s) for s in strings]
            self._check_choice(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._convert_one(action, s) for s in strings]
            for item in value:
                self._check_choice(action, item)
        return value

    def _convert_one(self, action, text):
        convert = self._lookup('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err)) from None
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, text)) from None

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(map(repr, action.choices))))

    # help and errors

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._emit(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._emit(self.format_help(), _sys.stdout if file is None else file)

    def _emit(self, message, file=None):
        if message:
            file = _sys.stderr if file is None else file
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._emit(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and "PROG: error: message" to stderr, then exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%(prog)s: error: %(message)s\n' % {'prog': self.prog, 'message': message})
