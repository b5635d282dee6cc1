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

        # The options are default values, not closure cells: CPython's floatstr has no cell,
        # and the cells of the closures below are exactly its encoder's (22), which a program
        # sees in gc.collect()'s count once the encoder's closures become garbage.
        def floatstr(value, allow_nan=self.allow_nan, _repr=float.__repr__,
                     _inf=INFINITY, _neginf=-INFINITY):
            if value != value:
                text = 'NaN'
            elif value == _inf:
                text = 'Infinity'
            elif value == _neginf:
                text = '-Infinity'
            else:
                return _repr(value)
            if allow_nan:
                return text
            raise ValueError("Out of range float values are not JSON "
                             "compliant: " + repr(value))

        if _one_shot and c_make_encoder is not None and self.indent is None:
            encoder = c_make_encoder(markers, self.default, escape, self.indent,
                                     self.key_separator, self.item_separator,
                                     self.sort_keys, self.skipkeys, self.allow_nan)
            return encoder(o, 0)
        encoder = _make_iterencode(markers, self.default, escape, self.indent,
                                   floatstr, self.key_separator,
                                   self.item_separator, self.sort_keys,
                                   self.skipkeys, _one_shot)
        if (_one_shot and escape in (c_encode_basestring_ascii, c_encode_basestring)):
            # Same output, calls and errors as the generators, done natively. The closures
            # are made all the same: they are the cyclic garbage CPython's dumps(indent=...)
            # leaves for the collector.
            unit = self.indent
            if not isinstance(unit, str):
                unit = ' ' * unit
            return [_encode_pretty(o, markers, self.default, escape, unit,
                                   self.key_separator, self.item_separator,
                                   self.sort_keys, self.skipkeys, self.allow_nan)]
        return encoder(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys,
                     _one_shot,
                     # Builtins as defaults, read from cells in the closures: the same
                     # cells as CPython's encoder (its gc-visible shape).
                     ValueError=ValueError, dict=dict, float=float, id=id, int=int,
                     isinstance=isinstance, list=list, str=str, tuple=tuple,
                     _intstr=int.__repr__):
    """The chunk generator of CPython's pure-Python encoder (the chunks are
    observable through iterencode and json.dump): three mutually recursive
    generator functions over arrays, objects and any value."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _iterencode_list(seq, depth):
        if not seq:
            yield '[]'
            return
        if markers is not None:
            marker = id(seq)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = seq
        if _indent is None:
            closing = None
            separator = _item_separator
            prefix = '['
        else:
            depth += 1
            closing = '\n' + _indent * (depth - 1)
            separator = _item_separator + '\n' + _indent * depth
            prefix = '[\n' + _indent * depth
        for index, value in enumerate(seq):
            if index:
                prefix = separator
            if isinstance(value, str):
                yield prefix + _encoder(value)
            elif value is None:
                yield prefix + 'null'
            elif value is True:
                yield prefix + 'true'
            elif value is False:
                yield prefix + 'false'
            elif isinstance(value, int):
                yield prefix + _intstr(value)
            elif isinstance(value, float):
                yield prefix + _floatstr(value)
            else:
                yield prefix
                if isinstance(value, (list, tuple)):
                    yield from _iterencode_list(value, depth)
                elif isinstance(value, dict):
                    yield from _iterencode_dict(value, depth)
                else:
                    yield from _iterencode(value, depth)
        if closing is not None:
            yield closing
        yield ']'
        if markers is not None:
            del markers[marker]

    def _iterencode_dict(mapping, depth):
        if not mapping:
            yield '{}'
            return
        if markers is not None:
            marker = id(mapping)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = mapping
        yield '{'
        if _indent is None:
            closing = None
            separator = _item_separator
        else:
            depth += 1
            closing = '\n' + _indent * (depth - 1)
            yield '\n' + _indent * depth
            separator = _item_separator + '\n' + _indent * depth
        pairs = sorted(mapping.items()) if _sort_keys else mapping.items()
        started = False
        for key, value in pairs:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, '
                                'not ' + key.__class__.__name__)
            if started:
                yield separator
            started = True
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                yield _intstr(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            elif isinstance(value, (list, tuple)):
                yield from _iterencode_list(value, depth)
            elif isinstance(value, dict):
                yield from _iterencode_dict(value, depth)
            else:
                yield from _iterencode(value, depth)
        if closing is not None:
            yield closing
        yield '}'
        if markers is not None:
            del markers[marker]

    def _iterencode(obj, depth):
        if isinstance(obj, str):
            yield _encoder(obj)
        elif obj is None:
            yield 'null'
        elif obj is True:
            yield 'true'
        elif obj is False:
            yield 'false'
        elif isinstance(obj, int):
            yield _intstr(obj)
        elif isinstance(obj, float):
            yield _floatstr(obj)
        elif isinstance(obj, (list, tuple)):
            yield from _iterencode_list(obj, depth)
        elif isinstance(obj, dict):
            yield from _iterencode_dict(obj, depth)
        else:
            if markers is not None:
                marker = id(obj)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers[marker] = obj
            yield from _iterencode(_default(obj), depth)
            if markers is not None:
                del markers[marker]

    return _iterencode
