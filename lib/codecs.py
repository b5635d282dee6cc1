"""Codec registry, base classes and helpers (heapstack's own codecs module).

The registry lives in _codecs; this module adds CodecInfo, the Codec /
incremental / stream base classes, the convenience functions (getencoder,
iterencode, open, ...) and the built-in search function that describes
the codecs heapstack implements (there is no ``encodings`` package: each
codec's incremental and stream classes are made here).
"""

import builtins
import sys

import _codecs
from _codecs import *  # noqa: F401,F403
from _codecs import (lookup, register, lookup_error, register_error,
                     strict_errors, ignore_errors, replace_errors,
                     xmlcharrefreplace_errors, backslashreplace_errors,
                     namereplace_errors)
import _codecs_native

__all__ = """register lookup open EncodedFile BOM BOM_BE BOM_LE BOM32_BE BOM32_LE
BOM64_BE BOM64_LE BOM_UTF8 BOM_UTF16 BOM_UTF16_LE BOM_UTF16_BE BOM_UTF32
BOM_UTF32_LE BOM_UTF32_BE CodecInfo Codec IncrementalEncoder IncrementalDecoder
StreamReader StreamWriter StreamReaderWriter StreamRecoder getencoder getdecoder
getincrementalencoder getincrementaldecoder getreader getwriter encode decode
iterencode iterdecode strict_errors ignore_errors replace_errors
xmlcharrefreplace_errors backslashreplace_errors namereplace_errors
register_error lookup_error""".split()

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if sys.byteorder == "little":
    BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM = BOM_UTF16
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name = name
        info.encode = encode
        info.decode = decode
        info.incrementalencoder = incrementalencoder
        info.incrementaldecoder = incrementaldecoder
        info.streamwriter = streamwriter
        info.streamreader = streamreader
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        cls = type(self)
        return (f"<{cls.__module__}.{cls.__qualname__} object for encoding "
                f"{self.name} at {id(self):#x}>")


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps unencoded input between calls."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        result, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps undecoded input between calls."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        result, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ---------------------------------------------------------------------------
# Streams

class _OverStream:
    # What every stream wrapper does: unknown attributes come from the
    # wrapped stream, "with" closes it, and the wrapper itself never pickles.

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError(f"can't serialize {type(self).__name__}")


class StreamWriter(Codec, _OverStream):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if (offset, whence) == (0, 0):
            self.reset()


class StreamReader(Codec, _OverStream):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _fill(self, size):
        # Decode one more read's worth into charbuffer; False at end of stream.
        fresh = self.stream.read() if size < 0 else self.stream.read(size)
        pending = self.bytebuffer + fresh
        if pending:
            text, used = self.decode(pending, self.errors)
            self.bytebuffer = pending[used:]
            self.charbuffer += text
        return bool(fresh)

    def read(self, size=-1, chars=-1, firstline=False):
        want = size if chars < 0 else chars
        while want < 0 or len(self.charbuffer) < want:
            if not self._fill(size):
                break
        if want < 0:
            text, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            text, self.charbuffer = self.charbuffer[:want], self.charbuffer[want:]
        return text

    def _first_line(self, at_end):
        pieces = self.charbuffer.splitlines(keepends=True)
        if not pieces:
            return None
        head = pieces[0]
        ended = len(pieces) > 1 or head.splitlines()[0] != head
        # a lone trailing "\r" may still become "\r\n"
        if ended and (len(pieces) > 1 or not head.endswith("\r") or at_end):
            return head
        return None

    def readline(self, size=None, keepends=True):
        chunk = size or 72
        at_end = False
        while True:
            line = self._first_line(at_end)
            if line is not None:
                break
            if at_end or (size is not None and self.charbuffer):
                line = self.charbuffer
                break
            at_end = not self._fill(chunk)
            chunk = min(chunk * 2, 8000)
        self.charbuffer = self.charbuffer[len(line):]
        if not keepends and line:
            line = line.splitlines()[0]
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class StreamReaderWriter(_OverStream):
    """Wraps a stream with a reader and a writer of one codec."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.reader)

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if (offset, whence) == (0, 0):
            self.writer.reset()


class StreamRecoder(_OverStream):
    """Reads and writes data in one encoding, presenting another to its user."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode, self.decode = encode, decode
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)
        self.errors = errors

    def _out(self, text):
        return self.encode(text, self.errors)[0]

    def read(self, size=-1):
        return self._out(self.reader.read(size))

    def readline(self, size=None):
        return self._out(self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._out(self.reader.read()).splitlines(keepends=True)

    def __iter__(self):
        return self

    def __next__(self):
        return self._out(next(self.reader))

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b''.join(list))

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)


def _text_codec(name, encode, decode, incremental_decode=None):
    incremental_decode = incremental_decode or decode

    class _Codec(Codec):
        pass

    _Codec.encode = staticmethod(encode)
    _Codec.decode = staticmethod(decode)

    class _IncrementalEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class _IncrementalDecoder(BufferedIncrementalDecoder):
        _buffer_decode = staticmethod(incremental_decode)

    class _StreamWriter(_Codec, StreamWriter):
        pass

    class _StreamReader(_Codec, StreamReader):
        pass

    for cls, label in ((_IncrementalEncoder, "IncrementalEncoder"),
                       (_IncrementalDecoder, "IncrementalDecoder"),
                       (_StreamWriter, "StreamWriter"), (_StreamReader, "StreamReader"),
                       (_Codec, "Codec")):
        cls.__name__ = cls.__qualname__ = label
    return CodecInfo(encode, decode, _StreamReader, _StreamWriter,
                     _IncrementalEncoder, _IncrementalDecoder, name)


def _bom_codec(name, width):
    # utf-16 / utf-32: a BOM first, then the machine's byte order.
    encode = getattr(_codecs, f"utf_{width}_encode")
    ex_decode = getattr(_codecs, f"utf_{width}_ex_decode")
    plain = _codecs.utf_16_decode if width == 16 else _codecs.utf_32_decode
    order = -1 if sys.byteorder == "little" else 1
    info = _text_codec(name, encode, lambda input, errors='strict': plain(input, errors, True),
                       plain)

    class IncrementalEncoder(info.incrementalencoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.started = False

        def encode(self, input, final=False):
            data = encode(input, self.errors, 0 if not self.started else order)[0]
            self.started = True
            return data

        def reset(self):
            self.started = False

        def getstate(self):
            return 0 if self.started else 2

        def setstate(self, state):
            self.started = not state

    class IncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.byteorder = 0

        def _buffer_decode(self, input, errors, final):
            text, used, byteorder = ex_decode(input, errors, self.byteorder, final)
            if byteorder:
                self.byteorder = byteorder
            return text, used

        def reset(self):
            super().reset()
            self.byteorder = 0

    info.incrementalencoder = IncrementalEncoder
    info.incrementaldecoder = IncrementalDecoder
    return info


def _utf_8_sig_encode(input, errors='strict'):
    return (BOM_UTF8 + _codecs.utf_8_encode(input, errors)[0], len(input))


def _utf_8_sig_decode(input, errors='strict', final=True):
    skip = 3 if bytes(input[:3]) == BOM_UTF8 else 0
    text, used = _codecs.utf_8_decode(input[skip:], errors, final)
    return (text, used + skip)


def _utf_8_sig():
    info = _text_codec("utf-8-sig", _utf_8_sig_encode, _utf_8_sig_decode)

    class _SigEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.first = True

        def encode(self, input, final=False):
            if self.first:
                self.first = False
                return _utf_8_sig_encode(input, self.errors)[0]
            return _codecs.utf_8_encode(input, self.errors)[0]

        def reset(self):
            self.first = True

    class _SigDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.first = True

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                    return ("", 0)
                self.first = False
                return _utf_8_sig_decode(input, errors, final)
            return _codecs.utf_8_decode(input, errors, final)

        def reset(self):
            super().reset()
            self.first = True

    _SigEncoder.__name__ = _SigEncoder.__qualname__ = "IncrementalEncoder"
    _SigDecoder.__name__ = _SigDecoder.__qualname__ = "IncrementalDecoder"
    info.incrementalencoder = _SigEncoder
    info.incrementaldecoder = _SigDecoder
    return info


def _bytes_codec(name, encode_fn, decode_fn):
    def encode(input, errors='strict'):
        assert errors == 'strict'
        return (encode_fn(input), len(input))

    def decode(input, errors='strict'):
        assert errors == 'strict'
        return (decode_fn(input), len(input))

    encode.__name__ = encode.__qualname__ = f"{name.replace('-', '_')}_encode"
    decode.__name__ = decode.__qualname__ = f"{name.replace('-', '_')}_decode"
    info = _text_codec(name, encode, lambda input, errors='strict', final=False: decode(input, errors))
    info._is_text_encoding = False
    return info


def _rot13(text, errors='strict'):
    out = []
    for ch in text:
        if 'a' <= ch <= 'z':
            ch = chr((ord(ch) - 97 + 13) % 26 + 97)
        elif 'A' <= ch <= 'Z':
            ch = chr((ord(ch) - 65 + 13) % 26 + 65)
        out.append(ch)
    return ("".join(out), len(text))


def _hex_codec():
    import binascii
    return _bytes_codec("hex", binascii.b2a_hex, binascii.a2b_hex)


def _base64_codec():
    import base64
    return _bytes_codec("base64", base64.encodebytes, base64.decodebytes)


def _zlib_codec():
    import zlib
    return _bytes_codec("zlib", zlib.compress, zlib.decompress)


def _quopri_codec():
    import quopri
    from io import BytesIO

    # quoted-printable of bytes, tabs and spaces quoted too (as CPython's quopri_codec)
    def encode(data):
        out = BytesIO()
        quopri.encode(BytesIO(data), out, quotetabs=True)
        return out.getvalue()

    def decode(data):
        out = BytesIO()
        quopri.decode(BytesIO(data), out)
        return out.getvalue()
    return _bytes_codec("quopri", encode, decode)


_CODEC_NAMES = {
    "utf_8": "utf-8", "ascii": "ascii", "latin_1": "iso8859-1",
    "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be",
    "utf_32_le": "utf-32-le", "utf_32_be": "utf-32-be",
    "unicode_escape": "unicode-escape", "raw_unicode_escape": "raw-unicode-escape",
}


def _decoder_with_final(name):
    fn = getattr(_codecs, f"{name}_decode")

    def decode(input, errors='strict'):
        return fn(input, errors, True)
    return fn, decode


def _build(canonical):
    if canonical in _CODEC_NAMES:
        encode = getattr(_codecs, f"{canonical}_encode")
        incremental, decode = _decoder_with_final(canonical)
        if canonical in ("ascii", "latin_1", "unicode_escape", "raw_unicode_escape"):
            decode = getattr(_codecs, f"{canonical}_decode")
        return _text_codec(_CODEC_NAMES[canonical], encode, decode, incremental)
    if canonical == "utf_16":
        return _bom_codec("utf-16", 16)
    if canonical == "utf_32":
        return _bom_codec("utf-32", 32)
    if canonical == "utf_8_sig":
        return _utf_8_sig()
    if canonical == "hex":
        return _hex_codec()
    if canonical == "base64":
        return _base64_codec()
    if canonical == "zlib":
        return _zlib_codec()
    if canonical == "quopri":
        return _quopri_codec()
    if canonical == "rot_13":
        info = _text_codec("rot-13", _rot13, _rot13,
                           lambda input, errors='strict', final=False: _rot13(input, errors))
        info._is_text_encoding = False
        return info
    return None


_NON_TEXT_ALIASES = {
    "hex": "hex", "hex_codec": "hex", "base64": "base64", "base_64": "base64",
    "base64_codec": "base64", "rot13": "rot_13", "rot_13": "rot_13",
    "zip": "zlib", "zlib": "zlib", "zlib_codec": "zlib",
    "quopri": "quopri", "quopri_codec": "quopri", "quotedprintable": "quopri",
    "quoted_printable": "quopri",
}


def _charmap_codec(name):
    display, table, encoding_map = _codecs._charmap(name)

    def encode(input, errors='strict'):
        return _codecs.charmap_encode(input, errors, encoding_map)

    def decode(input, errors='strict'):
        return _codecs.charmap_decode(input, errors, table)

    return _text_codec(display, encode, decode,
                       lambda input, errors='strict', final=False: decode(input, errors))


def _bare_charmap_codec():
    # The "charmap" codec itself: with no mapping, charmap_encode/charmap_decode are latin-1.
    def encode(input, errors='strict'):
        return _codecs.charmap_encode(input, errors)

    def decode(input, errors='strict'):
        return _codecs.charmap_decode(input, errors)

    return _text_codec("charmap", encode, decode,
                       lambda input, errors='strict', final=False: decode(input, errors))


def _punycode_codec():
    import _punycode

    def encode(input, errors='strict'):
        return (_punycode.encode(input), len(input))

    def decode(input, errors='strict', final=False):
        if errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError("Unsupported error handling " + errors)
        return (_punycode.decode(input, errors), len(input))

    info = _text_codec("punycode", encode, lambda input, errors='strict': decode(input, errors),
                       decode)

    class _WholeDecoder(IncrementalDecoder):
        # punycode cannot be decoded piecewise: each call decodes what it is given
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    _WholeDecoder.__name__ = _WholeDecoder.__qualname__ = "IncrementalDecoder"
    info.incrementaldecoder = _WholeDecoder
    return info


def _search(name):
    key = "_".join(name.replace("-", " ").replace(".", " ").split()).lower()
    if key == "charmap":
        return _bare_charmap_codec()
    if key == "punycode":
        return _punycode_codec()
    if key == "idna":
        from encodings import idna
        return idna.getregentry()
    if key in ("utf_7", "utf7", "u7", "unicode_1_1_utf_7"):
        return _text_codec("utf-7", _codecs.utf_7_encode,
                           lambda input, errors='strict': _codecs.utf_7_decode(input, errors, True),
                           _codecs.utf_7_decode)
    charmap = _codecs._charmap_name(key)
    if charmap is not None:
        return _charmap_codec(charmap)
    canonical = _NON_TEXT_ALIASES.get(key)
    if canonical is None:
        try:
            canonical = _codecs_native.canonical(name, True)
        except LookupError:
            return None
    return _build(canonical)


register(_search)









































































































































































































# ---------------------------------------------------------------------------
# Convenience functions
#
# (After the codecs, with blank lines: they stand at the line numbers of CPython's frozen
# module, whose tracebacks show "<frozen codecs>", line 918, in open.)

def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped version."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:

        info = lookup(encoding)
        wrapped = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        wrapped.encoding = encoding
        return wrapped
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Return a wrapped file that recodes between data_encoding and file_encoding."""
    if file_encoding is None:
        file_encoding = data_encoding























    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    recoder = StreamRecoder(file, data_info.encode, data_info.decode,
                            file_info.streamreader, file_info.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


def getencoder(encoding):
    """Look up the codec for the given encoding and return its encoder function."""








    return lookup(encoding).encode


def getdecoder(encoding):
    """Look up the codec for the given encoding and return its decoder function."""





    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """Look up the codec and return its IncrementalEncoder class or factory function."""






    factory = lookup(encoding).incrementalencoder
    if factory is None:
        raise LookupError(encoding)
    return factory


def getincrementaldecoder(encoding):
    """Look up the codec and return its IncrementalDecoder class or factory function."""






    factory = lookup(encoding).incrementaldecoder
    if factory is None:
        raise LookupError(encoding)
    return factory


def getreader(encoding):
    """Look up the codec and return its StreamReader class or factory function."""





    return lookup(encoding).streamreader


def getwriter(encoding):
    """Look up the codec and return its StreamWriter class or factory function."""





    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encoding iterator: encodes each string the iterator yields."""






    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for text in iterator:
        chunk = encoder.encode(text)
        if chunk:
            yield chunk
    chunk = encoder.encode("", True)
    if chunk:
        yield chunk


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decoding iterator: decodes each bytes object the iterator yields."""






    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for data in iterator:
        chunk = decoder.decode(data)
        if chunk:
            yield chunk
    chunk = decoder.decode(b"", True)
    if chunk:
        yield chunk


def make_identity_dict(rng):
    """Return a dictionary mapping each value of rng to itself."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Invert a decoding map; targets reached twice map to None."""
    inverted = {}
    for key, value in decoding_map.items():
        inverted[value] = None if value in inverted else key
    return inverted
