"""The JSON decoder: JSONDecoder and the JSONDecodeError it raises."""
from json import scanner
from _json import scanstring as _c_scanstring
from _stdlib_helpers import json_skip_ws as _c_skip_ws

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

WHITESPACE_STR = ' \t\n\r'

c_scanstring = _c_scanstring
scanstring = _c_scanstring


class JSONDecodeError(ValueError):
    """A ValueError for malformed JSON documents.

    Besides the formatted message it keeps: msg (the bare message),
    doc (the document), pos (the index in doc where decoding failed),
    and the 1-based lineno and colno of that index.
    """

    # _json raises this class too (through json.decoder.JSONDecodeError).
    def __init__(self, msg, doc, pos):
        line = 1 + doc.count('\n', 0, pos)
        column = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, f'{msg}: line {line:d} column {column:d} (char {pos:d})')
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = line, column

    def __reduce__(self):
        cls = self.__class__
        return cls, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


class JSONDecoder(object):
    """Decodes JSON text into Python objects.

    Objects become dicts, arrays lists, strings str, integral numbers
    int, other numbers float, and true/false/null become True, False and
    None.  NaN, Infinity and -Infinity (not standard JSON) are accepted
    too and become the corresponding floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        """Hooks: object_hook(dict) and object_pairs_hook(list of pairs)
        replace decoded objects (the pairs hook wins when both are given);
        parse_float, parse_int and parse_constant receive the text of
        numbers and of NaN/Infinity/-Infinity.  With strict false, control
        characters are allowed inside strings."""
        self.object_hook = object_hook
        self.parse_float = parse_float if parse_float else float
        self.parse_int = parse_int if parse_int else int
        self.parse_constant = (parse_constant if parse_constant
                               else _CONSTANTS.__getitem__)
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """The Python value of the JSON document s (a str); whitespace
        around the document is allowed, anything else is an error."""
        value, stop = self.raw_decode(s, idx=_c_skip_ws(s, 0))
        stop = _c_skip_ws(s, stop)
        if stop != len(s):
            raise JSONDecodeError("Extra data", s, stop)
        return value

    def raw_decode(self, s, idx=0):
        """Decodes the JSON document that starts at s[idx] and returns
        (value, index just after it); text after the document is ignored."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError("Expecting value", s, stop.value) from None
