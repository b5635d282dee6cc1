"""Pretty-printing of Python data structures.

pprint() writes a value's representation, broken over lines so that it
fits a width; pformat() returns that text; pp() is pprint() without
sorting dict keys; saferepr() is a repr() that survives recursive
structures.  PrettyPrinter holds the options (indent, width, depth,
stream, compact, sort_dicts, underscore_numbers).
"""

# heapstack's pprint: CPython 3.11's layout rules, in our own code.

import collections as _collections
import sys as _sys
import types as _types
from io import StringIO as _StringIO

try:
    import dataclasses as _dataclasses
except ImportError:
    _dataclasses = None

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def _printer(indent, width, depth, stream, compact, sort_dicts, underscore_numbers):
    return PrettyPrinter(indent=indent, width=width, depth=depth, stream=stream,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers)


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Writes the pretty representation of object, and a newline, to
    stream (sys.stdout by default)."""
    _printer(indent, width, depth, stream, compact, sort_dicts,
             underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty representation of object, as a str."""
    return _printer(indent, width, depth, None, compact, sort_dicts,
                    underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() keeping dicts in their insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _flags(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr(object), with recursive references shown as <Recursion ...>."""
    return _flags(object)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back with eval()."""
    return _flags(object)[1]


def isrecursive(object):
    """Whether object contains a reference to itself."""
    return _flags(object)[2]


class _safe_key:
    """Sort key for values that may not be comparable with each other:
    when `<` fails, orders by the type's name and then by id."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _safe_tuple(t):
    """Sort key of a (key, value) pair."""
    return _safe_key(t[0]), _safe_key(t[1])


def _words_and_spaces(line):
    """The line cut after each run of whitespace: 'ab  cd ' -> ['ab  ', 'cd ']."""
    parts = []
    start = 0
    size = len(line)
    while start < size:
        stop = start
        while stop < size and not line[stop].isspace():
            stop += 1
        while stop < size and line[stop].isspace():
            stop += 1
        parts.append(line[start:stop])
        start = stop
    return parts


def _bytes_pieces(data, width, allowance):
    """The reprs of 4-byte groups of data, packed to fit width."""
    piece = b''
    last_group = len(data) // 4 * 4
    for offset in range(0, len(data), 4):
        group = data[offset:offset + 4]
        if offset == last_group:
            width -= allowance
        if len(repr(piece + group)) > width:
            if piece:
                yield repr(piece)
            piece = group
        else:
            piece += group
    if piece:
        yield repr(piece)


def _recursion(object):
    return ("<Recursion on %s with id=%s>"
            % (type(object).__name__, id(object)))


def _generated_dataclass_repr(object):
    """A dataclass instance whose __repr__ is the one dataclasses made."""
    if _dataclasses is None or isinstance(object, type):
        return False
    if not _dataclasses.is_dataclass(object):
        return False
    if not object.__dataclass_params__.repr:
        return False
    method = object.__repr__
    return (hasattr(method, "__wrapped__")
            and "__create_fn__" in method.__wrapped__.__qualname__)


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex,
                              bool, type(None)})

# type(x).__repr__ -> the PrettyPrinter method that lays x out over lines
_layouts = {}


def _layout(*reprs):
    def register(method):
        for r in reprs:
            _layouts[r] = method
        return method
    return register


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """indent: spaces added per nesting level; width: the line length
        to fit; depth: nesting levels shown (deeper ones become ...);
        stream: where pprint() writes (sys.stdout when None); compact:
        put several short items on a line; sort_dicts: order dict items
        by key; underscore_numbers: write ints with _ separators."""
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream
        if stream is None:
            return
        self._layout_top(object, stream)
        stream.write("\n")

    def pformat(self, object):
        buffer = _StringIO()
        self._layout_top(object, buffer)
        return buffer.getvalue()

    def _layout_top(self, object, stream):
        if self._memo is not None or not self._plain():
            self._format(object, stream, 0, 0, {}, 0)
            return
        self._start_memo()
        try:
            self._format(object, stream, 0, 0, {}, 0)
        finally:
            self._memo = self._pinned = None

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    # -- layout ----------------------------------------------------------
    #
    # _format writes object at the current column `indent`, keeping
    # `allowance` columns free on its last line (for closing brackets and
    # commas of the enclosing containers).  `context` holds the ids of the
    # containers being printed (recursion), `level` the nesting depth.

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) <= self._width - indent - allowance:
            stream.write(text)
            return
        method = self._dispatch.get(type(object).__repr__)
        if method is None and not _generated_dataclass_repr(object):
            stream.write(text)
            return
        context[key] = 1
        if method is not None:
            method(self, object, stream, indent, allowance, context, level + 1)
        else:
            self._pprint_dataclass(object, stream, indent, allowance, context, level + 1)
        del context[key]

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        fields = [(f.name, getattr(object, f.name))
                  for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(fields, stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _pad_after_bracket(self, stream):
        extra = self._indent_per_level - 1
        if extra > 0:
            stream.write(' ' * extra)

    @_layout(dict.__repr__)
    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad_after_bracket(stream)
        if len(object):
            self._format_dict_items(self._dict_items(object), stream, indent,
                                    allowance + 1, context, level)
        stream.write('}')

    @_layout(_collections.OrderedDict.__repr__)
    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    @_layout(list.__repr__)
    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    @_layout(tuple.__repr__)
    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        closing = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._format_items(object, stream, indent, allowance + len(closing),
                           context, level)
        stream.write(closing)

    @_layout(set.__repr__, frozenset.__repr__)
    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            opening, closing = '{', '}'
        else:
            opening, closing = cls.__name__ + '({', '})'
            indent += len(cls.__name__) + 1
        stream.write(opening)
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(closing), context, level)
        stream.write(closing)

    @_layout(str.__repr__)
    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # a top-level string gets parentheses around its pieces
            indent += 1
            allowance += 1
        pieces = []
        lines = object.splitlines(True)
        last_line = len(lines) - 1
        full = self._width - indent
        for n, line in enumerate(lines):
            rep = repr(line)
            limit = full - allowance if n == last_line else full
            if len(rep) <= limit:
                pieces.append(rep)
                continue
            words = _words_and_spaces(line)
            last_word = len(words) - 1
            room = full
            current = ''
            for k, word in enumerate(words):
                if n == last_line and k == last_word:
                    room -= allowance
                if len(repr(current + word)) > room:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current += word
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    @_layout(bytes.__repr__)
    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write('(')
        pieces = _bytes_pieces(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(pieces))
        if top:
            stream.write(')')

    @_layout(bytearray.__repr__)
    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(')')

    @_layout(_types.MappingProxyType.__repr__)
    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1,
                     context, level)
        stream.write(')')

    @_layout(_types.SimpleNamespace.__repr__)
    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        # SimpleNamespace itself shows as "namespace", subclasses by name
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        last = len(items) - 1
        for n, (key, value) in enumerate(items):
            key_text = self._repr(key, context, level)
            stream.write(key_text + ': ')
            self._format(value, stream, indent + len(key_text) + 2,
                         allowance if n == last else 1, context, level)
            if n != last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        last = len(items) - 1
        for n, (key, value) in enumerate(items):
            stream.write(key + '=')
            if id(value) in context:
                # as the recursive repr of dataclasses shows it
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if n == last else 1, context, level)
            if n != last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        self._pad_after_bracket(stream)
        newline = ',\n' + ' ' * indent
        separator = ''
        room = full_room = self._width - indent + 1
        values = iter(items)
        upcoming = next(values, _NOTHING)
        while upcoming is not _NOTHING:
            item = upcoming
            upcoming = next(values, _NOTHING)
            is_last = upcoming is _NOTHING
            if is_last:
                full_room -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = full_room
                    if separator:
                        separator = newline
                if room >= need:
                    room -= need
                    stream.write(separator + text)
                    separator = ', '
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if is_last else 1,
                         context, level)

    def _repr(self, object, context, level):
        if self._memo is not None:
            text, readable, recursive, _ = self._plain_repr(
                object, context.copy(), self._depth, level)
        else:
            text, readable, recursive = self.format(object, context.copy(),
                                                    self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def format(self, object, context, maxlevels, level):
        """(representation, readable, recursive) of object; subclasses
        may override this to change how values are written."""
        return self._safe_repr(object, context, maxlevels, level)

    @_layout(_collections.defaultdict.__repr__)
    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '(' + factory + ',\n' + ' ' * indent)
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    @_layout(_collections.Counter.__repr__)
    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        self._pad_after_bracket(stream)
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    @_layout(_collections.ChainMap.__repr__)
    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for n, mapping in enumerate(maps):
            if n < len(maps) - 1:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)
            else:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')

    @_layout(_collections.deque.__repr__)
    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '([')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
            return
        self._format_items(object, stream, indent, 2, context, level)
        maxlen = self._repr(object.maxlen, context, level)
        stream.write('],\n' + ' ' * indent + 'maxlen=' + maxlen + ')')

    @_layout(_collections.UserDict.__repr__)
    def _pprint_user_dict(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    @_layout(_collections.UserList.__repr__)
    def _pprint_user_list(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    @_layout(_collections.UserString.__repr__)
    def _pprint_user_string(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object on one line, honouring
        the depth limit and sorting dict items if configured."""
        if self._memo is not None:
            return self._plain_repr(object, context, maxlevels, level)[:3]
        if not self._plain():
            return self._generic_repr(object, context, maxlevels, level)
        self._start_memo()
        try:
            return self._plain_repr(object, context, maxlevels, level)[:3]
        finally:
            self._memo = self._pinned = None

    # While a printer whose format() and _safe_repr() are ours is at work,
    # _memo maps id(x) -> the one-line result of each list, dict and tuple
    # x that holds only builtin scalars and such containers (nothing whose
    # repr runs user code) and shows no recursion marker: such a text does
    # not depend on where x is met, so every later repr of x (the layout
    # asks again at each level, and shared parts come back) reuses it.
    # _pinned keeps those x alive, so their ids stay theirs.
    _memo = None
    _pinned = None

    def _plain(self):
        cls = type(self)
        return (cls.format is PrettyPrinter.format
                and cls._safe_repr is PrettyPrinter._safe_repr)

    def _start_memo(self):
        self._memo = {}
        self._pinned = []

    def _plain_repr(self, object, context, maxlevels, level):
        """_safe_repr's triple and whether it may be memoized."""
        cls = type(object)
        if cls in _builtin_scalars:
            return repr(object), True, False, True
        if cls is int:
            if self._underscore_numbers:
                return f"{object:_d}", True, False, True
            return repr(object), True, False, True
        if cls is dict:
            opening, closing = '{', '}'
        elif cls is list:
            opening, closing = '[', ']'
        elif cls is tuple:
            opening = '('
            closing = ',)' if len(object) == 1 else ')'
        else:
            return self._generic_repr(object, context, maxlevels, level) + (False,)
        if not object:
            return opening + closing, True, False, True
        key = id(object)
        if maxlevels:
            if level >= maxlevels:
                return opening + '...' + closing, False, key in context, False
        else:
            known = self._memo.get(key)
            if known is not None:
                return known
        if key in context:
            return _recursion(object), False, True, False
        context[key] = 1
        level += 1
        readable, recursive, pure = True, False, True
        texts = []
        add = texts.append
        describe = self._plain_repr
        if cls is dict:
            for k, v in self._dict_items(object):
                ktext, kok, krec, kpure = describe(k, context, maxlevels, level)
                vtext, vok, vrec, vpure = describe(v, context, maxlevels, level)
                add(ktext + ': ' + vtext)
                if not (kok and vok):
                    readable = False
                if krec or vrec:
                    recursive = True
                if not (kpure and vpure):
                    pure = False
        else:
            for item in object:
                text, ok, rec, ipure = describe(item, context, maxlevels, level)
                add(text)
                if not ok:
                    readable = False
                if rec:
                    recursive = True
                if not ipure:
                    pure = False
        del context[key]
        if recursive:
            pure = False
        result = opening + ', '.join(texts) + closing, readable, recursive, pure
        if pure and not maxlevels:
            self._memo[key] = result
            self._pinned.append(object)
        return result

    def _dict_items(self, object):
        """A dict's items in the order its repr shows them."""
        if not self._sort_dicts:
            return object.items()
        # Sorting by _safe_key compares keys only (the wrappers of two
        # items are never equal); for str keys, or int and float ones,
        # that is the plain ordering of the (key, value) pairs, since two
        # distinct keys of those types are never equal.
        if type(object) is dict:
            kinds = set(map(type, object))
            if kinds == _STR or kinds <= _REALS:
                return sorted(object.items())
        return sorted(object.items(), key=_safe_tuple)

    def _generic_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _builtin_scalars:
            return repr(object), True, False
        cls_repr = getattr(cls, "__repr__", None)
        if issubclass(cls, int) and cls_repr is int.__repr__:
            text = f"{object:_d}" if self._underscore_numbers else repr(object)
            return text, True, False
        if issubclass(cls, dict) and cls_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            def pairs():
                if self._sort_dicts:
                    return sorted(object.items(), key=_safe_tuple)
                return object.items()
            return self._safe_container(object, "{%s}", context, maxlevels,
                                        level, pairs, True)
        if issubclass(cls, list) and cls_repr is list.__repr__:
            if not object:
                return "[]", True, False
            return self._safe_container(object, "[%s]", context, maxlevels,
                                        level, lambda: object, False)
        if issubclass(cls, tuple) and cls_repr is tuple.__repr__:
            if len(object) == 1:
                template = "(%s,)"
            elif not object:
                return "()", True, False
            else:
                template = "(%s)"
            return self._safe_container(object, template, context, maxlevels,
                                        level, lambda: object, False)
        text = repr(object)
        return text, (text and not text.startswith('<')), False

    def _safe_container(self, object, template, context, maxlevels, level,
                        entries, mapping):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        texts = []
        level += 1
        for entry in entries():
            parts = entry if mapping else (entry,)
            shown = []
            for part in parts:
                text, ok, rec = self.format(part, context, maxlevels, level)
                shown.append(text)
                readable = readable and ok
                recursive = recursive or rec
            texts.append(": ".join(shown))
        del context[key]
        return template % ", ".join(texts), readable, recursive


PrettyPrinter._dispatch = _layouts
_NOTHING = object()
_STR = frozenset({str})
_REALS = frozenset({int, float})


def _perfcheck(object=None):
    """'python -m pprint': time _safe_repr and pformat on a large list.

    Python 3.11's version passes _safe_repr one argument too many and so stops with a TypeError
    before printing anything; this one makes the same call, so 'python -m pprint' fails alike.
    """
    import time
    if object is None:
        object = [("string", (1, 2), [3, 4], {5: 6, 7: 8})] * 100000
    printer = PrettyPrinter()
    started = time.perf_counter()
    printer._safe_repr(object, {}, None, 0, True)
    middle = time.perf_counter()
    printer.pformat(object)
    print("_safe_repr:", middle - started)
    print("pformat:", time.perf_counter() - middle)


if __name__ == "__main__":
    _perfcheck()
