"""JSON (JavaScript Object Notation, https://json.org) encoding and decoding.

dumps() and dump() turn Python values into JSON text; loads() and load()
parse it back.  JSONEncoder and JSONDecoder can be subclassed or given
hooks to handle other types.  (heapstack: the scanner and the one-shot
encoder are the `_json` builtin module.)
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder
try:
    import codecs
except ImportError:
    pass

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                 indent, separators, default, sort_keys, extra):
    """The shared default encoder when every option has its default value,
    otherwise a new encoder of class cls (JSONEncoder when None)."""
    defaults = (not skipkeys and ensure_ascii and check_circular and allow_nan
                and cls is None and indent is None and separators is None
                and default is None and not sort_keys and not extra)
    if defaults:
        return _default_encoder
    return (JSONEncoder if cls is None else cls)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys, **extra)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Writes the JSON text of obj to fp (anything with a write(str)
    method), chunk by chunk.  The options are those of dumps()."""
    encoder = _encoder_for(cls, skipkeys, ensure_ascii, check_circular,
                           allow_nan, indent, separators, default, sort_keys, kw)
    for piece in encoder.iterencode(obj):
        fp.write(piece)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """The JSON text of obj as a str.

    See JSONEncoder for skipkeys, ensure_ascii, check_circular,
    allow_nan, indent, separators, default and sort_keys; cls selects an
    encoder class (given those options and any extra keyword arguments).
    """
    encoder = _encoder_for(cls, skipkeys, ensure_ascii, check_circular,
                           allow_nan, indent, separators, default, sort_keys, kw)
    return encoder.encode(obj)


_BOMS = (
    ((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00'), 'utf-32'),
    ((b'\xfe\xff', b'\xff\xfe'), 'utf-16'),
    ((b'\xef\xbb\xbf',), 'utf-8-sig'),
)


def detect_encoding(b):
    """The encoding of a JSON document given as bytes: from its byte order
    mark, else from where its first characters have zero bytes."""
    for marks, name in _BOMS:
        if b.startswith(marks):
            return name
    size = len(b)
    if size >= 4:
        if b[0] == 0:
            return 'utf-32-be' if b[1] == 0 else 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le' if (b[2] or b[3]) else 'utf-32-le'
    elif size == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Reads fp (anything with a read() method) and parses its content as
    one JSON document; the options are those of loads()."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Parses one JSON document from s (str, bytes or bytearray).

    See JSONDecoder for the hooks; cls selects a decoder class.  Bytes are
    decoded as UTF-8, UTF-16 or UTF-32 (see detect_encoding).
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        kind = s.__class__.__name__
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {kind}')
    if (cls is None and object_hook is None and parse_float is None and parse_int is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    hooks = {'object_hook': object_hook, 'parse_float': parse_float,
             'parse_int': parse_int, 'parse_constant': parse_constant,
             'object_pairs_hook': object_pairs_hook}
    given = {name: hook for name, hook in hooks.items() if hook is not None}
    if cls is None:
        cls = JSONDecoder
    options = dict(kw)
    for name in ('object_hook', 'object_pairs_hook', 'parse_float',
                 'parse_int', 'parse_constant'):
        if name in given:
            options[name] = given[name]
    return cls(**options).decode(s)
