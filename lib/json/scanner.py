"""JSON token scanner (the scanner itself is `_json.make_scanner`)."""
from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner
