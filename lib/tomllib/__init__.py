"""Read TOML 1.0 documents into Python objects.

loads(text) and load(binary_file) return a dict; tables become dicts, arrays
lists, and date/time values datetime objects.  Malformed input raises
TOMLDecodeError (a ValueError) whose message ends with the position,
"(at line L, column C)" or "(at end of document)".
"""

import re as _re
from datetime import date as _date
from datetime import datetime as _datetime
from datetime import time as _time
from datetime import timedelta as _timedelta
from datetime import timezone as _timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


# -- character classes -------------------------------------------------------------

_CTRL = "".join(chr(i) for i in range(32)) + "\x7f"
# control characters a construct may not hold (tab is always allowed)
_BAD_LINE = frozenset(_CTRL) - {"\t"}
_BAD_MULTI = _BAD_LINE - {"\n"}
_SPACE = " \t"
_BARE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_KEY_START = frozenset(_BARE + "\"'")
_HEX = frozenset("0123456789abcdefABCDEF")
_SIMPLE_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}

_bare_run = _re.compile(r"[A-Za-z0-9_-]+").match
# the next character a basic string must look at: its end, an escape, a control char
_basic_stop = _re.compile('["\\\\\x00-\x08\x0a-\x1f\x7f]').search
_multi_stop = _re.compile('["\\\\\x00-\x08\x0b-\x1f\x7f]').search

_hms = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_local_time = _re.compile(_hms).match
_date_time = _re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _hms + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?"
).match
_number = _re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<frac>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)"
).match

_offsets = {}


def _offset_zone(sign, hours, minutes):
    key = (sign, hours, minutes)
    zone = _offsets.get(key)
    if zone is None:
        k = -1 if sign == "-" else 1
        zone = _offsets[key] = _timezone(_timedelta(hours=k * int(hours), minutes=k * int(minutes)))
    return zone


def _micros(digits):
    return int(digits.ljust(6, "0")) if digits else 0


# -- where keys stand --------------------------------------------------------------


class _Marks:
    """What the document has said about each key path: whether a table was
    declared there (no second [header] may name it) and whether it holds an
    inline table or array (nothing below it may change).  A tree, so that an
    array-of-tables header can forget everything said about the previous
    element at once."""

    __slots__ = ("declared", "frozen", "kids")

    def __init__(self):
        self.declared = False
        self.frozen = False
        self.kids = {}

    def node(self, path, create):
        node = self
        for part in path:
            child = node.kids.get(part)
            if child is None:
                if not create:
                    return None
                child = node.kids[part] = _Marks()
            node = child
        return node

    def is_declared(self, path):
        if not path:
            return False
        node = self.node(path, False)
        return node is not None and (node.declared or node.frozen)

    def is_frozen(self, path):
        node = self
        for part in path:
            node = node.kids.get(part)
            if node is None:
                return False
            if node.frozen:
                return True
        return False

    def forget(self, path):
        parent = self.node(path[:-1], False)
        if parent is not None:
            parent.kids.pop(path[-1], None)


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.end = len(src)
        self.parse_float = parse_float

    # -- errors and positions --

    def error(self, pos, msg):
        src = self.src
        if pos >= self.end:
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            col = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = "line %d, column %d" % (line, col)
        return TOMLDecodeError("%s (at %s)" % (msg, where))

    def at(self, pos):
        return self.src[pos] if pos < self.end else ""

    def spaces(self, pos):
        src = self.src
        end = self.end
        while pos < end and src[pos] in _SPACE:
            pos += 1
        return pos

    def spaces_and_newlines(self, pos):
        src = self.src
        end = self.end
        while pos < end and src[pos] in " \t\n":
            pos += 1
        return pos

    def through(self, pos, closing, bad, must_close):
        """Index of `closing` from pos on, checking the text before it has none
        of the characters in `bad`."""
        src = self.src
        stop = src.find(closing, pos)
        if stop < 0:
            stop = self.end
            if must_close:
                raise self.error(stop, "Expected %r" % closing)
        if not bad.isdisjoint(src[pos:stop]):
            while src[pos] not in bad:
                pos += 1
            raise self.error(pos, "Found invalid character %r" % src[pos])
        return stop

    def comment(self, pos):
        if self.at(pos) == "#":
            return self.through(pos + 1, "\n", _BAD_LINE, False)
        return pos

    def array_gap(self, pos):
        while True:
            start = pos
            pos = self.comment(self.spaces_and_newlines(pos))
            if pos == start:
                return pos

    # -- the document --

    def document(self):
        root = {}
        marks = _Marks()
        pending = []
        header = ()
        src = self.src
        end = self.end
        pos = 0
        while True:
            pos = self.spaces(pos)
            if pos >= end:
                break
            c = src[pos]
            if c == "\n":
                pos += 1
                continue
            if c in _KEY_START:
                pos = self.assignment(pos, root, marks, pending, header)
                pos = self.spaces(pos)
            elif c == "[":
                for path in pending:
                    marks.node(path, True).declared = True
                pending.clear()
                if self.at(pos + 1) == "[":
                    pos, header = self.array_header(pos, root, marks)
                else:
                    pos, header = self.table_header(pos, root, marks)
                pos = self.spaces(pos)
            elif c != "#":
                raise self.error(pos, "Invalid statement")
            pos = self.comment(pos)
            if pos >= end:
                break
            if src[pos] != "\n":
                raise self.error(pos, "Expected newline or end of document after a statement")
            pos += 1
        return root

    def table_header(self, pos, root, marks):
        pos, key = self.key(self.spaces(pos + 1))
        if marks.is_declared(key) or marks.is_frozen(key):
            raise self.error(pos, "Cannot declare %s twice" % (key,))
        marks.node(key, True).declared = True
        if _descend(root, key, True) is None:
            raise self.error(pos, "Cannot overwrite a value")
        if self.at(pos) != "]":
            raise self.error(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_header(self, pos, root, marks):
        pos, key = self.key(self.spaces(pos + 2))
        if marks.is_frozen(key):
            raise self.error(pos, "Cannot mutate immutable namespace %s" % (key,))
        marks.forget(key)
        marks.node(key, True).declared = True
        parent = _descend(root, key[:-1], True)
        last = key[-1]
        if parent is None:
            raise self.error(pos, "Cannot overwrite a value")
        if last in parent:
            items = parent[last]
            if not isinstance(items, list):
                raise self.error(pos, "Cannot overwrite a value")
            items.append({})
        else:
            parent[last] = [{}]
        if not self.src.startswith("]]", pos):
            raise self.error(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def assignment(self, pos, root, marks, pending, header):
        pos, key, value = self.pair(pos)
        for i in range(1, len(key)):
            path = header + key[:i]
            node = marks.node(path, False)
            if node is not None and node.declared:
                raise self.error(pos, "Cannot redefine namespace %s" % (path,))
            pending.append(path)
        parent_path = header + key[:-1]
        if marks.is_frozen(parent_path):
            raise self.error(pos, "Cannot mutate immutable namespace %s" % (parent_path,))
        table = _descend(root, parent_path, True)
        if table is None or key[-1] in table:
            raise self.error(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            marks.node(header + key, True).frozen = True
        table[key[-1]] = value
        return pos

    def pair(self, pos):
        pos, key = self.key(pos)
        if self.at(pos) != "=":
            raise self.error(pos, "Expected '=' after a key in a key/value pair")
        pos, value = self.value(self.spaces(pos + 1))
        return pos, key, value

    def key(self, pos):
        parts = []
        while True:
            pos, part = self.key_part(pos)
            parts.append(part)
            pos = self.spaces(pos)
            if self.at(pos) != ".":
                return pos, tuple(parts)
            pos = self.spaces(pos + 1)

    def key_part(self, pos):
        m = _bare_run(self.src, pos)
        if m is not None:
            return m.end(), m.group()
        c = self.at(pos)
        if c == "'":
            return self.literal(pos)
        if c == '"':
            return self.basic(pos + 1, False)
        raise self.error(pos, "Invalid initial character for a key part")

    # -- values --

    def value(self, pos):
        src = self.src
        c = self.at(pos)
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline(pos, False)
            return self.basic(pos + 1, False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline(pos, True)
            return self.literal(pos)
        if c == "t" and src.startswith("true", pos):
            return pos + 4, True
        if c == "f" and src.startswith("false", pos):
            return pos + 5, False
        if c == "[":
            return self.array(pos)
        if c == "{":
            return self.inline_table(pos)
        m = _date_time(src, pos)
        if m is not None:
            try:
                return m.end(), _to_datetime(m)
            except ValueError as e:
                raise self.error(pos, "Invalid date or datetime") from e
        m = _local_time(src, pos)
        if m is not None:
            h, mi, s, frac = m.groups()
            return m.end(), _time(int(h), int(mi), int(s), _micros(frac))
        m = _number(src, pos)
        if m is not None:
            text = m.group()
            if m.group("frac"):
                return m.end(), self.parse_float(text)
            return m.end(), int(text, 0)
        word = src[pos : pos + 3]
        if word in ("inf", "nan"):
            return pos + 3, self.parse_float(word)
        word = src[pos : pos + 4]
        if word in ("+inf", "-inf", "+nan", "-nan"):
            return pos + 4, self.parse_float(word)
        raise self.error(pos, "Invalid value")

    def array(self, pos):
        items = []
        pos = self.array_gap(pos + 1)
        if self.at(pos) == "]":
            return pos + 1, items
        while True:
            pos, item = self.value(pos)
            items.append(item)
            pos = self.array_gap(pos)
            c = self.at(pos)
            if c == "]":
                return pos + 1, items
            if c != ",":
                raise self.error(pos, "Unclosed array")
            pos = self.array_gap(pos + 1)
            if self.at(pos) == "]":
                return pos + 1, items

    def inline_table(self, pos):
        table = {}
        marks = _Marks()
        pos = self.spaces(pos + 1)
        if self.at(pos) == "}":
            return pos + 1, table
        while True:
            pos, key, value = self.pair(pos)
            if marks.is_frozen(key):
                raise self.error(pos, "Cannot mutate immutable namespace %s" % (key,))
            inner = _descend(table, key[:-1], False)
            if inner is None:
                raise self.error(pos, "Cannot overwrite a value")
            last = key[-1]
            if last in inner:
                raise self.error(pos, "Duplicate inline table key %r" % (last,))
            inner[last] = value
            pos = self.spaces(pos)
            c = self.at(pos)
            if c == "}":
                return pos + 1, table
            if c != ",":
                raise self.error(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                marks.node(key, True).frozen = True
            pos = self.spaces(pos + 1)

    # -- strings --

    def literal(self, pos):
        start = pos + 1
        stop = self.through(start, "'", _BAD_LINE, True)
        return stop + 1, self.src[start:stop]

    def basic(self, pos, multi):
        """A basic string's text from pos (just past its opening quote or
        quotes) up to its closing delimiter."""
        src = self.src
        stop_at = _multi_stop if multi else _basic_stop
        pieces = []
        while True:
            m = stop_at(src, pos)
            if m is None:
                raise self.error(self.end, "Unterminated string")
            i = m.start()
            c = src[i]
            if c == '"':
                if not multi:
                    pieces.append(src[pos:i])
                    return i + 1, "".join(pieces)
                if src.startswith('"""', i):
                    pieces.append(src[pos:i])
                    return i + 3, "".join(pieces)
                pieces.append(src[pos : i + 1])
                pos = i + 1
                continue
            if c == "\\":
                pieces.append(src[pos:i])
                pos, text = self.escape(i, multi)
                pieces.append(text)
                continue
            raise self.error(i, "Illegal character %r" % c)

    def escape(self, pos, multi):
        src = self.src
        code = src[pos + 1 : pos + 2]
        pos += 2
        if multi and code in (" ", "\t", "\n"):
            # a line-ending backslash: the newline and the blanks after it vanish
            if code != "\n":
                pos = self.spaces(pos)
                if pos >= self.end:
                    return pos, ""
                if src[pos] != "\n":
                    raise self.error(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.spaces_and_newlines(pos), ""
        if code == "u" or code == "U":
            width = 4 if code == "u" else 8
            digits = src[pos : pos + width]
            if len(digits) != width or not _HEX.issuperset(digits):
                raise self.error(pos, "Invalid hex value")
            pos += width
            n = int(digits, 16)
            if 0xD800 <= n <= 0xDFFF or n > 0x10FFFF:
                raise self.error(pos, "Escaped character is not a Unicode scalar value")
            return pos, chr(n)
        text = _SIMPLE_ESCAPES.get(code) if code else None
        if text is None:
            raise self.error(pos, "Unescaped '\\' in a string")
        return pos, text

    def multiline(self, pos, literal):
        src = self.src
        pos += 3
        if src.startswith("\n", pos):
            pos += 1
        if literal:
            quote = "'"
            stop = self.through(pos, "'''", _BAD_MULTI, True)
            text = src[pos:stop]
            pos = stop + 3
        else:
            quote = '"'
            pos, text = self.basic(pos, True)
        # up to two quotes right before the closing three belong to the text
        extra = 0
        while extra < 2 and src.startswith(quote, pos):
            pos += 1
            extra += 1
        return pos, text + quote * extra


def _descend(root, path, into_arrays):
    """The table at path below root, made where missing (None when a value
    other than a table stands in the way)."""
    table = root
    for part in path:
        if part in table:
            nxt = table[part]
            if into_arrays and isinstance(nxt, list):
                nxt = nxt[-1]
        else:
            nxt = table[part] = {}
        if not isinstance(nxt, dict):
            return None
        table = nxt
    return table


def _to_datetime(m):
    y, mo, d, h, mi, s, frac, zulu, sign, oh, om = m.groups()
    if h is None:
        return _date(int(y), int(mo), int(d))
    if sign:
        zone = _offset_zone(sign, oh, om)
    elif zulu:
        zone = _timezone.utc
    else:
        zone = None
    return _datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), _micros(frac), tzinfo=zone)


def _checked_float(parse_float):
    if parse_float is float:
        return float

    def parse(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value

    return parse


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    src = s.replace("\r\n", "\n")
    return _Parser(src, _checked_float(parse_float)).document()


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
        ) from None
    return loads(text, parse_float=parse_float)
