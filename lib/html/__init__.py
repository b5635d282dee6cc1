"""General functions for HTML manipulation (heapstack's own html package)."""

import re as _re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """Replace &, < and > (and, when quote is true, " and ') by HTML-safe
    character references."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# A reference: decimal, hexadecimal, or up to 32 name characters; the ';'
# is optional, as browsers accept.
_reference = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")

_tables = None


def _load_tables():
    global _tables
    if _tables is None:
        from html.entities import html5
        from html._charref_data import REPLACED, DROPPED_RANGES
        dropped = set()
        for low, high in DROPPED_RANGES:
            dropped.update(range(low, high + 1))
        _tables = html5, REPLACED, dropped
    return _tables


def _numeric(text):
    _html5, replaced, dropped = _load_tables()
    digits = text[1:].rstrip(";")
    code = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
    if code in replaced:
        return replaced[code]
    if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return "\ufffd"
    if code in dropped:
        return ""
    return chr(code)


def _named(text):
    html5 = _load_tables()[0]
    found = html5.get(text)
    if found is not None:
        return found
    # the longest known name that prefixes the reference (legacy names
    # such as "&amp" work without a ';')
    for end in range(len(text) - 1, 1, -1):
        found = html5.get(text[:end])
        if found is not None:
            return found + text[end:]
    return "&" + text


def _resolve(match):
    text = match.group(1)
    if text[0] == "#":
        return _numeric(text)
    # a complete name (nearly every reference) is looked up here: _named's and _load_tables'
    # frames are for the rest
    found = (_tables or _load_tables())[0].get(text)
    return found if found is not None else _named(text)


def unescape(s):
    """Replace every named or numeric character reference in s by the
    character it stands for, following the HTML5 rules."""
    if "&" not in s:
        return s
    return _reference.sub(_resolve, s)
