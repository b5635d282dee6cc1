"""The JSON encoder: JSONEncoder and the pure-Python chunk generator."""
import _json
from _stdlib_helpers import json_encode_pretty as _encode_pretty

c_encode_basestring_ascii = _json.encode_basestring_ascii
c_encode_basestring = _json.encode_basestring
c_make_encoder = _json.make_encoder

INFINITY = float('inf')

encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii


class JSONEncoder(object):
    """Encodes Python values as JSON text.

    dicts become objects, lists and tuples arrays, str strings, int and
    float numbers, and True/False/None become true/false/null.  Subclasses
    support more types by overriding default(), which returns something
    encodable for an object (or calls the base default() to fail).
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        """Options: skipkeys drops dict keys that are not str, int, float,
        bool or None instead of failing; ensure_ascii escapes non-ASCII
        characters; check_circular detects reference cycles; allow_nan
        writes NaN and infinities (not standard JSON); sort_keys orders
        dict items; indent (a number of spaces or a string) pretty-prints;
        separators is an (item, key) pair; default is called for values
        that cannot be encoded otherwise."""
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            item_sep, key_sep = separators
            self.item_separator = item_sep
            self.key_separator = key_sep
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects the encoder does not know: return an
        encodable replacement, or raise TypeError (what this does)."""
        kind = o.__class__.__name__
        raise TypeError(f'Object of type {kind} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            escape = encode_basestring_ascii if self.ensure_ascii else encode_basestring
            return escape(o)
        parts = self.iterencode(o, _one_shot=True)
        if not isinstance(parts, (list, tuple)):
            parts = list(parts)
        return ''.join(parts)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as an iterable of str chunks, e.g. to write
        a large document piece by piece."""
        markers = {} if self.check_circular else None
        escape = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan

        def floatstr(value, _repr=float.__repr__):
            if value != value:
                text = 'NaN'
            elif value == INFINITY:
                text = 'Infinity'
            elif value == -INFINITY:
                text = '-Infinity'
            else:
                return _repr(value)
            if allow_nan:
                return text
            raise ValueError("Out of range float values are not JSON "
                             "compliant: " + repr(value))

        if (_one_shot and self.indent is not None
                and escape in (c_encode_basestring_ascii, c_encode_basestring)):
            # Same output, calls and errors as _make_iterencode's generator,
            # done natively.
            unit = self.indent
            if not isinstance(unit, str):
                unit = ' ' * unit
            return [_encode_pretty(o, markers, self.default, escape, unit,
                                   self.key_separator, self.item_separator,
                                   self.sort_keys, self.skipkeys, allow_nan)]
        if _one_shot and c_make_encoder is not None and self.indent is None:
            encoder = c_make_encoder(markers, self.default, escape, self.indent,
                                     self.key_separator, self.item_separator,
                                     self.sort_keys, self.skipkeys, self.allow_nan)
        else:
            encoder = _make_iterencode(markers, self.default, escape, self.indent,
                                       floatstr, self.key_separator,
                                       self.item_separator, self.sort_keys,
                                       self.skipkeys, _one_shot)
        return encoder(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys,
                     _one_shot, _intstr=int.__repr__):
    """A generator function producing the chunks CPython's pure-Python
    encoder produces (the observable unit of iterencode and json.dump)."""
    unit = _indent
    if unit is not None and not isinstance(unit, str):
        unit = ' ' * unit

    def mark(obj):
        if markers is None:
            return None
        key = id(obj)
        if key in markers:
            raise ValueError("Circular reference detected")
        markers[key] = obj
        return key

    def unmark(key):
        if key is not None:
            del markers[key]

    def simple(value):
        """The text of a scalar, or None for anything else."""
        if isinstance(value, str):
            return _encoder(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, int):
            return _intstr(value)
        if isinstance(value, float):
            return _floatstr(value)
        return None

    def compound(value, depth):
        if isinstance(value, (tuple, list)):
            return gen_array(value, depth)
        if isinstance(value, dict):
            return gen_object(value, depth)
        return gen_value(value, depth)

    def opening(depth):
        """(chunk after the bracket, separator, closing prefix) at depth."""
        if unit is None:
            return '', _item_separator, None
        newline = '\n' + unit * (depth + 1)
        return newline, _item_separator + newline, '\n' + unit * depth

    def gen_array(seq, depth):
        if not seq:
            yield '[]'
            return
        key = mark(seq)
        first_prefix, separator, closing = opening(depth)
        prefix = '[' + first_prefix
        for index, value in enumerate(seq):
            if index:
                prefix = separator
            text = simple(value)
            if text is None:
                yield prefix
                yield from compound(value, depth + 1)
            else:
                yield prefix + text
        if closing is not None:
            yield closing
        yield ']'
        unmark(key)

    def key_text(k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return _floatstr(k)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return _intstr(k)
        if _skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not '
                        + k.__class__.__name__)

    def gen_object(mapping, depth):
        if not mapping:
            yield '{}'
            return
        key = mark(mapping)
        yield '{'
        first_prefix, separator, closing = opening(depth)
        if closing is not None:
            yield first_prefix
        pairs = mapping.items()
        if _sort_keys:
            pairs = sorted(pairs)
        started = False
        for k, value in pairs:
            k = key_text(k)
            if k is None:
                continue
            if started:
                yield separator
            started = True
            yield _encoder(k)
            yield _key_separator
            text = simple(value)
            if text is None:
                yield from compound(value, depth + 1)
            else:
                yield text
        if closing is not None:
            yield closing
        yield '}'
        unmark(key)

    def gen_value(obj, depth):
        text = simple(obj)
        if text is not None:
            yield text
            return
        if isinstance(obj, (tuple, list)):
            yield from gen_array(obj, depth)
            return
        if isinstance(obj, dict):
            yield from gen_object(obj, depth)
            return
        key = mark(obj)
        yield from gen_value(_default(obj), depth)
        unmark(key)

    return gen_value
