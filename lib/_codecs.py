"""The codec registry and the functions of the codecs heapstack implements.

heapstack's own version of CPython's built-in _codecs module: the text
codecs themselves are the runtime's (str.encode / bytes.decode); this module
adds the registry of search functions and error handlers, and the
per-codec ``<name>_encode`` / ``<name>_decode`` functions that return
(result, length consumed) pairs.
"""

import _codecs_native

_STR = type("")

_search_functions = []
_cache = {}
_error_handlers = {}


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def _normalize(encoding):
    # What CPython's registry does to a name before asking search functions.
    return encoding.lower().replace(" ", "_")


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = _normalize(encoding)
    found = _cache.get(key)
    if found is not None:
        return found
    if not _search_functions:
        import codecs  # registers the built-in search function
    for search in list(_search_functions):
        result = search(key)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[key] = result
        return result
    raise LookupError(f"unknown encoding: {encoding}")


def _forget(encoding):
    _cache.pop(_normalize(encoding), None)


# Builtin exceptions whose constructor keeps more than args: a codec error of these kinds (or of
# their subclasses) cannot be re-made with a new message, so it is not wrapped.
_STATEFUL_EXCEPTIONS = (StopIteration, SystemExit, ImportError, OSError, NameError, AttributeError,
                        SyntaxError, UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError,
                        BaseExceptionGroup, MemoryError)


def _wrap_codec_error(exc, operation, encoding):
    """CPython's wrap_codec_error: an exception from a codec comes out as one of the same type
    saying "<operation> with '<encoding>' codec failed (<type>: <message>)", caused by the
    original -- when the type keeps nothing but its args (no __init__/__new__ of its own, at
    most one str argument, no attributes set). Otherwise the original goes on unchanged."""
    kind = type(exc)
    if isinstance(exc, _STATEFUL_EXCEPTIONS) or exc.__dict__:
        return exc
    for cls in kind.__mro__:
        if cls.__module__ == 'builtins':
            break
        if '__init__' in cls.__dict__ or '__new__' in cls.__dict__:
            return exc
    if len(exc.args) > 1 or (exc.args and type(exc.args[0]) is not str):
        return exc
    wrapped = kind("%s with '%s' codec failed (%s: %s)" % (operation, encoding, kind.__name__, exc))
    wrapped.__cause__ = exc
    return wrapped


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj using the codec registered for encoding."""
    return _code_with(lookup(encoding), 0, obj, encoding, errors)


# (CPython's two messages differ by a space)
_CODER_RESULT_ERRORS = ("encoder must return a tuple (object, integer)",
                        "decoder must return a tuple (object,integer)")


def _code_with(info, direction, obj, encoding, errors):
    """Runs the codec's encoder (direction 0) or decoder (1) on obj, as codecs.encode/decode."""
    try:
        result = info[direction](obj, errors)
    except Exception as exc:
        wrapped = _wrap_codec_error(exc, ("encoding", "decoding")[direction], encoding)
        if wrapped is exc:
            raise
    else:
        if not isinstance(result, tuple) or len(result) != 2:
            raise TypeError(_CODER_RESULT_ERRORS[direction])
        return result[0]
    # Raised out of the except clause: the wrapper's __context__ is what the caller is handling
    # (None in most programs), not the error it wraps, which is its __cause__ only.
    raise wrapped


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj using the codec registered for encoding."""
    return _code_with(lookup(encoding), 1, obj, encoding, errors)


def _forget_codec(encoding):
    _forget(encoding)


# ---------------------------------------------------------------------------
# Error handlers

def _check_error(exc, name):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def strict_errors(exc):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    """Implements the 'ignore' error handling, which ignores malformed data and continues."""
    _check_error(exc, "ignore")
    return ("", exc.end)


def replace_errors(exc):
    """Implements the 'replace' error handling."""
    _check_error(exc, "replace")
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    return ("\ufffd" * (exc.end - exc.start), exc.end)


def _escape_char(code):
    if code < 0x100:
        return "\\x%02x" % code
    if code < 0x10000:
        return "\\u%04x" % code
    return "\\U%08x" % code


def backslashreplace_errors(exc):
    """Implements the 'backslashreplace' error handling."""
    _check_error(exc, "backslashreplace")
    if isinstance(exc, UnicodeDecodeError):
        chunk = exc.object[exc.start:exc.end]
        return ("".join("\\x%02x" % b for b in chunk), exc.end)
    chunk = exc.object[exc.start:exc.end]
    return ("".join(_escape_char(ord(c)) for c in chunk), exc.end)


def xmlcharrefreplace_errors(exc):
    """Implements the 'xmlcharrefreplace' error handling."""
    if not isinstance(exc, UnicodeEncodeError):
        _check_error(exc, "xmlcharrefreplace")
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    chunk = exc.object[exc.start:exc.end]
    return ("".join(f"&#{ord(c)};" for c in chunk), exc.end)


def namereplace_errors(exc):
    """Implements the 'namereplace' error handling."""
    if not isinstance(exc, UnicodeEncodeError):
        _check_error(exc, "namereplace")
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        out.append("\\N{%s}" % name if name is not None else _escape_char(ord(c)))
    return ("".join(out), exc.end)


def _surrogateescape(exc):
    if isinstance(exc, UnicodeDecodeError):
        chunk = exc.object[exc.start:exc.end]
        out = []
        for b in chunk[:4]:
            if b < 128:
                break
            out.append(chr(0xdc00 + b))
        if not out:
            raise exc
        return ("".join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            code = ord(c)
            if not 0xdc80 <= code <= 0xdcff:
                raise exc
            out.append(code - 0xdc00)
        return (bytes(out), exc.end)
    _check_error(exc, "surrogateescape")
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def _surrogatepass(exc):
    if isinstance(exc, UnicodeEncodeError):
        chunk = exc.object[exc.start:exc.end]
        return (chunk.encode(exc.encoding, "surrogatepass"), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.start + 3]
        text = data.decode(exc.encoding, "surrogatepass") if len(data) == 3 else ""
        if len(text) != 1 or not 0xd800 <= ord(text) <= 0xdfff:
            raise exc
        return (text, exc.start + 3)
    _check_error(exc, "surrogatepass")
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


_surrogateescape.__name__ = _surrogateescape.__qualname__ = "surrogateescape"
_surrogatepass.__name__ = _surrogatepass.__qualname__ = "surrogatepass"

_BUILTIN_HANDLERS = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "backslashreplace": backslashreplace_errors,
    "namereplace": namereplace_errors,
    "surrogateescape": _surrogateescape,
    "surrogatepass": _surrogatepass,
}


def register_error(errors, handler):
    """Register the specified error handler under the name errors."""
    if not isinstance(errors, str):
        raise TypeError(f"register_error() argument 1 must be str, not {type(errors).__name__}")
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler
    _codecs_native.set_error_handler(errors, handler)


def lookup_error(name):
    """lookup_error(errors) -> handler"""
    if not isinstance(name, str):
        raise TypeError(f"lookup_error() argument must be str, not {type(name).__name__}")
    handler = _error_handlers.get(name)
    if handler is None:
        handler = _BUILTIN_HANDLERS.get(name)
    if handler is None:
        raise LookupError(f"unknown error handler name '{name}'")
    return handler


# ---------------------------------------------------------------------------
# Per-codec functions: (result, consumed)

def _text_arg(fn, obj):
    if not isinstance(obj, str):
        raise TypeError(f"{fn}() argument 1 must be str, not {type(obj).__name__}")
    return obj


def _bytes_arg(fn, obj):
    if isinstance(obj, str):
        raise TypeError(f"a bytes-like object is required, not 'str'")
    return bytes(obj)


def _errors(errors):
    return "strict" if errors is None else errors


def _make_encoder(fn_name, codec):
    def encoder(str, errors=None):
        text = _text_arg(fn_name, str)
        return (text.encode(codec, _errors(errors)), len(text))
    encoder.__name__ = encoder.__qualname__ = fn_name
    return encoder


def _utf8_incomplete(data):
    # Bytes at the end of data that start a valid but unfinished UTF-8 sequence.
    n = len(data)
    for back in range(1, min(3, n) + 1):
        lead = data[n - back]
        if 0x80 <= lead <= 0xbf:
            continue
        need = 2 if 0xc2 <= lead <= 0xdf else 3 if 0xe0 <= lead <= 0xef else 4 if 0xf0 <= lead <= 0xf4 else 0
        if need <= back:
            return 0
        if back >= 2:
            second = data[n - back + 1]
            low, high = 0x80, 0xbf
            if lead == 0xe0:
                low = 0xa0
            elif lead == 0xed:
                high = 0x9f
            elif lead == 0xf0:
                low = 0x90
            elif lead == 0xf4:
                high = 0x8f
            if not low <= second <= high:
                return 0
        return back
    return 0


def _make_decoder(fn_name, codec, unit=0):
    def decoder(data, errors=None, final=False):
        raw = _bytes_arg(fn_name, data)
        keep = len(raw)
        if not final:
            if unit == 0:
                keep -= _utf8_incomplete(raw)
            elif unit > 0:
                keep -= keep % unit
                if unit == 2 and keep >= 2:
                    last = raw[keep - 2:keep]
                    word = last[0] | (last[1] << 8) if codec.endswith("le") else (last[0] << 8) | last[1]
                    if 0xd800 <= word <= 0xdbff:
                        keep -= 2
        text = raw[:keep].decode(codec, _errors(errors))
        return (text, keep)
    decoder.__name__ = decoder.__qualname__ = fn_name
    return decoder


utf_8_encode = _make_encoder("utf_8_encode", "utf-8")
utf_8_decode = _make_decoder("utf_8_decode", "utf-8")
utf_16_le_encode = _make_encoder("utf_16_le_encode", "utf-16-le")
utf_16_le_decode = _make_decoder("utf_16_le_decode", "utf-16-le", 2)
utf_16_be_encode = _make_encoder("utf_16_be_encode", "utf-16-be")
utf_16_be_decode = _make_decoder("utf_16_be_decode", "utf-16-be", 2)
utf_32_le_encode = _make_encoder("utf_32_le_encode", "utf-32-le")
utf_32_le_decode = _make_decoder("utf_32_le_decode", "utf-32-le", 4)
utf_32_be_encode = _make_encoder("utf_32_be_encode", "utf-32-be")
utf_32_be_decode = _make_decoder("utf_32_be_decode", "utf-32-be", 4)
ascii_encode = _make_encoder("ascii_encode", "ascii")
ascii_decode = _make_decoder("ascii_decode", "ascii", -1)
latin_1_encode = _make_encoder("latin_1_encode", "latin-1")
latin_1_decode = _make_decoder("latin_1_decode", "latin-1", -1)
raw_unicode_escape_encode = _make_encoder("raw_unicode_escape_encode", "raw-unicode-escape")
unicode_escape_encode = _make_encoder("unicode_escape_encode", "unicode-escape")


# UTF-7 (RFC 2152) as CPython writes it: every printable ASCII character but '+', '\\' and '~'
# (and tab, newline, carriage return, space) stands for itself; the rest goes in "+...-" runs of
# modified base64 over UTF-16. Decoding errors name the codec 'utf7', as CPython's do.

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {ord(ch): i for i, ch in enumerate(_B64)}


def _utf7_direct(code):
    return 0 < code < 128 and (code >= 32 or code in (9, 10, 13)) and code not in (43, 92, 126, 127)


def utf_7_encode(str, errors=None):
    text = _text_arg("utf_7_encode", str)
    out = bytearray()
    shifted = False
    bits = 0
    buffer = 0
    for ch in text:
        code = ord(ch)
        if shifted and _utf7_direct(code):
            if bits:
                out.append(ord(_B64[(buffer << (6 - bits)) & 0x3f]))
                buffer = bits = 0
            shifted = False
            # a base64 character or '-' right after the run would be read as part of it
            if code in _B64_VALUE or code == 45:
                out.append(45)
            out.append(code)
            continue
        if not shifted:
            if code == 43:
                out += b"+-"
                continue
            if _utf7_direct(code):
                out.append(code)
                continue
            out.append(43)
            shifted = True
        units = (code,) if code < 0x10000 else (0xd800 | ((code - 0x10000) >> 10), 0xdc00 | (code & 0x3ff))
        for unit in units:
            buffer = (buffer << 16) | unit
            bits += 16
            while bits >= 6:
                bits -= 6
                out.append(ord(_B64[(buffer >> bits) & 0x3f]))
            buffer &= (1 << bits) - 1
    if bits:
        out.append(ord(_B64[(buffer << (6 - bits)) & 0x3f]))
    if shifted:
        out.append(45)
    return (bytes(out), len(text))


def utf_7_decode(data, errors=None, final=False):
    raw = _bytes_arg("utf_7_decode", data)
    errors = _errors(errors)
    out = []
    shifted = False
    shift_start = 0      # where the open "+" run began (input)
    shift_out = 0        # and how much output came before it
    bits = 0
    buffer = 0
    surrogate = 0
    pos = 0
    end = len(raw)

    def fail(start, stop, reason):
        exc = UnicodeDecodeError("utf7", raw, start, stop, reason)
        replacement, resume = _handler_result(lookup_error(errors), exc, "decoding")
        out.append(replacement)
        return resume

    while True:
        while pos < end:
            code = raw[pos]
            if shifted:
                value = _B64_VALUE.get(code)
                if value is not None:
                    buffer = (buffer << 6) | value
                    bits += 6
                    pos += 1
                    if bits >= 16:
                        unit = buffer >> (bits - 16)
                        bits -= 16
                        buffer &= (1 << bits) - 1
                        if surrogate:
                            if 0xdc00 <= unit <= 0xdfff:
                                out.append(chr(0x10000 + ((surrogate - 0xd800) << 10) + (unit - 0xdc00)))
                                surrogate = 0
                                continue
                            out.append(chr(surrogate))
                            surrogate = 0
                        if 0xd800 <= unit <= 0xdbff:
                            surrogate = unit
                        else:
                            out.append(chr(unit))
                    continue
                # the run ends here
                shifted = False
                if bits >= 6:
                    pos = fail(shift_start, pos + 1, "partial character in shift sequence")
                    continue
                if bits and buffer:
                    pos = fail(shift_start, pos + 1, "non-zero padding bits in shift sequence")
                    continue
                if surrogate and code < 128 and code != 43:
                    out.append(chr(surrogate))
                surrogate = 0
                if code == 45:   # '-' closes the run and is dropped
                    pos += 1
            elif code == 43:
                shift_start = pos
                pos += 1
                if pos < end and raw[pos] == 45:
                    pos += 1
                    out.append("+")
                elif pos < end and raw[pos] not in _B64_VALUE:
                    pos = fail(shift_start, pos + 1, "ill-formed sequence")
                else:
                    shifted = True
                    surrogate = bits = buffer = 0
                    shift_out = sum(map(len, out))
            elif code < 128:
                out.append(chr(code))
                pos += 1
            else:
                pos = fail(pos, pos + 1, "unexpected special character")
        if shifted and final:
            shifted = False
            if surrogate or bits >= 6 or (bits and buffer):
                pos = fail(shift_start, end, "unterminated shift sequence")
                if pos < end:
                    continue
        break
    text = "".join(out)
    if shifted and not final:
        # an open run may continue in the next chunk: give it back
        return (text[:shift_out], shift_start)
    return (text, pos)


def raw_unicode_escape_decode(data, errors=None, final=True):
    raw = data.encode("latin-1") if isinstance(data, str) else bytes(data)
    return (raw.decode("raw-unicode-escape", _errors(errors)), len(raw))


def unicode_escape_decode(data, errors=None, final=True):
    raw = data.encode("latin-1") if isinstance(data, str) else bytes(data)
    return (raw.decode("unicode-escape", _errors(errors)), len(raw))


def _ex_decode(fn_name, width, data, errors, byteorder, final):
    raw = _bytes_arg(fn_name, data)
    skip = 0
    if byteorder == 0 and len(raw) >= width:
        head = raw[:width]
        if head == (b"\xff\xfe" if width == 2 else b"\xff\xfe\x00\x00"):
            byteorder, skip = -1, width
        elif head == (b"\xfe\xff" if width == 2 else b"\x00\x00\xfe\xff"):
            byteorder, skip = 1, width
    elif byteorder == 0 and not final:
        return ("", 0, 0)
    name = f"utf_{width * 8}_{'be' if byteorder == 1 else 'le'}_decode"
    text, used = globals()[name](raw[skip:], errors, final)
    return (text, used + skip, byteorder)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode("utf_16_ex_decode", 2, data, errors, byteorder, final)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode("utf_32_ex_decode", 4, data, errors, byteorder, final)


def utf_16_decode(data, errors=None, final=False):
    text, used, _order = utf_16_ex_decode(data, errors, 0, final)
    return (text, used)


def utf_32_decode(data, errors=None, final=False):
    text, used, _order = utf_32_ex_decode(data, errors, 0, final)
    return (text, used)


def utf_16_encode(str, errors=None, byteorder=0):
    text = _text_arg("utf_16_encode", str)
    codec = "utf-16" if byteorder == 0 else "utf-16-le" if byteorder < 0 else "utf-16-be"
    return (text.encode(codec, _errors(errors)), len(text))


def utf_32_encode(str, errors=None, byteorder=0):
    text = _text_arg("utf_32_encode", str)
    codec = "utf-32" if byteorder == 0 else "utf-32-le" if byteorder < 0 else "utf-32-be"
    return (text.encode(codec, _errors(errors)), len(text))


def escape_encode(data, errors=None):
    """Escape a bytes object like the body of a bytes literal (repr without quotes)."""
    raw = _bytes_arg("escape_encode", data)
    out = []
    for b in raw:
        if b == 0x5c:
            out.append("\\\\")
        elif b == 0x27:
            out.append("\\'")
        elif b == 0x09:
            out.append("\\t")
        elif b == 0x0a:
            out.append("\\n")
        elif b == 0x0d:
            out.append("\\r")
        elif 0x20 <= b < 0x7f:
            out.append(chr(b))
        else:
            out.append("\\x%02x" % b)
    return ("".join(out).encode("ascii"), len(raw))


_SIMPLE_ESCAPES = {
    ord("\n"): None, ord("\\"): 0x5c, ord("'"): 0x27, ord('"'): 0x22,
    ord("a"): 0x07, ord("b"): 0x08, ord("f"): 0x0c, ord("n"): 0x0a,
    ord("r"): 0x0d, ord("t"): 0x09, ord("v"): 0x0b,
}


def escape_decode(data, errors=None):
    """Undo backslash escapes in a bytes literal's body."""
    raw = data.encode("latin-1") if isinstance(data, str) else bytes(data)
    out = bytearray()
    i = 0
    n = len(raw)
    while i < n:
        b = raw[i]
        if b != 0x5c:
            out.append(b)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = raw[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            if _SIMPLE_ESCAPES[c] is not None:
                out.append(_SIMPLE_ESCAPES[c])
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= raw[i] <= 0x37:
                    value = value * 8 + raw[i] - 0x30
                    i += 1
            out.append(value & 0xff)
        elif c == ord("x"):
            digits = raw[i:i + 2]
            try:
                if len(digits) < 2:
                    raise ValueError
                out.append(int(digits, 16))
                i += 2
            except ValueError:
                if errors in (None, "strict"):
                    raise ValueError(f"invalid \\x escape at position {i - 2}") from None
                if errors == "replace":
                    out.append(0x3f)
                elif errors != "ignore":
                    raise ValueError(f"decoding error; unknown error handling code: {errors}") from None
                while i < n and i < i + 2 and chr(raw[i]) in "0123456789abcdefABCDEF":
                    i += 1
                    break
        else:
            out.append(0x5c)
            out.append(c)
    return (bytes(out), n)


encode.__module__ = decode.__module__ = "_codecs"


# ---------------------------------------------------------------------------
# Charmap codecs: a decoding table (str of 256 chars, '\ufffe' = undefined)
# or a mapping; the 8-bit codecs of lib/_charmap_tables.py use these.

def _handler_result(handler, exc, kind):
    result = handler(exc)
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[1], int):
        raise TypeError(f"{kind} error handler must return (str/bytes, int) tuple")
    replacement, position = result
    length = len(exc.object)
    if position < 0:
        position += length
    if not 0 <= position <= length:
        raise IndexError(f"position {position} from error handler out of bounds")
    return replacement, position


def charmap_decode(data, errors=None, mapping=None):
    raw = data.encode("latin-1") if isinstance(data, _STR) else bytes(data)
    if mapping is None:
        return (raw.decode("latin-1"), len(raw))
    errors = _errors(errors)
    out = []
    pos = 0
    while pos < len(raw):
        byte = raw[pos]
        if isinstance(mapping, _STR):
            ch = mapping[byte] if byte < len(mapping) else "\ufffe"
        else:
            ch = mapping.get(byte, None)
            if isinstance(ch, int):
                ch = chr(ch)
            elif ch is None:
                ch = "\ufffe"
        if ch != "\ufffe":
            out.append(ch)
            pos += 1
            continue
        exc = UnicodeDecodeError("charmap", raw, pos, pos + 1, "character maps to <undefined>")
        replacement, pos = _handler_result(lookup_error(errors), exc, "decoding")
        out.append(replacement)
    return ("".join(out), len(raw))


def _encode_char(mapping, ch):
    value = mapping.get(ord(ch))
    if value is None:
        return None
    if isinstance(value, int):
        return bytes((value,))
    return bytes(value)


def charmap_encode(str, errors=None, mapping=None):
    text = _text_arg("charmap_encode", str)
    if mapping is None:
        return (text.encode("latin-1", _errors(errors)), len(text))
    errors = _errors(errors)
    out = bytearray()
    pos = 0
    while pos < len(text):
        encoded = _encode_char(mapping, text[pos])
        if encoded is not None:
            out += encoded
            pos += 1
            continue
        end = pos + 1
        while end < len(text) and _encode_char(mapping, text[end]) is None:
            end += 1
        exc = UnicodeEncodeError("charmap", text, pos, end, "character maps to <undefined>")
        replacement, pos = _handler_result(lookup_error(errors), exc, "encoding")
        if isinstance(replacement, _STR):
            for ch in replacement:
                encoded = _encode_char(mapping, ch)
                if encoded is None:
                    raise exc
                out += encoded
        else:
            out += replacement
    return (bytes(out), len(text))


def charmap_build(decoding_table):
    return {ord(ch): index for index, ch in enumerate(decoding_table) if ch != "\ufffe"}


_charmaps = {}


def _charmap(name):
    # (CodecInfo name, decoding table, encoding map) of an 8-bit codec
    found = _charmaps.get(name)
    if found is None:
        from _charmap_tables import TABLES
        display, table = TABLES[name]
        if len(table) == 128:
            table = "".join(map(chr, range(128))) + table
        found = _charmaps[name] = (display, table, charmap_build(table))
    return found


def _charmap_name(normalized):
    from _charmap_tables import TABLES, ALIASES
    name = ALIASES.get(normalized, normalized)
    return name if name in TABLES else None


def _registry_name(encoding):
    # str.encode / bytes.decode with an encoding the runtime does not implement: "@" + the name
    # when the registry has a codec for it (text or not: _registry_codec says which), else None.
    try:
        lookup(encoding)
    except LookupError:
        return None
    return "@" + encoding


def _registry_codec(encoding, operation):
    info = lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError(f"'{encoding}' is not a text encoding; "
                          f"use codecs.{operation}() to handle arbitrary codecs")
    return info


def _table_encode(name, text, errors):
    if name[0] != "@":
        return charmap_encode(text, errors, _charmap(name)[2])[0]
    # PyUnicode_AsEncodedString through the registry: the result must be bytes.
    encoding = name[1:]
    result = _code_with(_registry_codec(encoding, "encode"), 0, text, encoding, errors)
    if isinstance(result, bytearray):
        import warnings
        warnings.warn(f"encoder {encoding} returned bytearray instead of bytes; "
                      "use codecs.encode() to encode to arbitrary types", RuntimeWarning, 2)
        return bytes(result)
    if not isinstance(result, bytes):
        raise TypeError(f"'{encoding}' encoder returned '{type(result).__name__}' instead of 'bytes'; "
                        "use codecs.encode() to encode to arbitrary types")
    return result


def _table_decode(name, data, errors):
    if name[0] != "@":
        return charmap_decode(data, errors, _charmap(name)[1])[0]
    # PyUnicode_Decode through the registry: the codec sees a memoryview; the result must be str.
    encoding = name[1:]
    result = _code_with(_registry_codec(encoding, "decode"), 1, memoryview(data), encoding, errors)
    if not isinstance(result, _STR):
        raise TypeError(f"'{encoding}' decoder returned '{type(result).__name__}' instead of 'str'; "
                        "use codecs.decode() to decode to arbitrary types")
    return result
