"""heapstack's plistlib: Apple property lists, in the XML format and the binary
"bplist00" format.

    dumps(value, *, fmt=FMT_XML, sort_keys=True, skipkeys=False) -> bytes
    loads(data, *, fmt=None, dict_type=dict) -> value
    dump(value, fp, ...) / load(fp, ...) do the same on binary files.

Values are dicts (string keys), lists and tuples, str, int, float, bool,
bytes/bytearray, datetime.datetime and, in binary files only, UID. The output
is byte for byte what CPython's plistlib writes.
"""
import binascii
import datetime
import enum
import re
import struct
from io import BytesIO

__all__ = ["InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump",
           "loads", "dumps", "UID"]

PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
globals().update(PlistFormat.__members__)


class UID:
    """A keyed-archiver object reference (binary plists only)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, repr(self.data))

    def __reduce__(self):
        return self.__class__, (self.data,)

    def __eq__(self, other):
        if not isinstance(other, UID):
            return NotImplemented
        return self.data == other.data

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


# ---------------------------------------------------------------------------
# XML

_XML_HEAD = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
             b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
             b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n')

# Control characters other than tab, newline and carriage return cannot be
# written in XML 1.0 text.
_BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

_ISO_DATE = re.compile(
    r"(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
    r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z",
    re.ASCII)


def _date_text(d):
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (
        d.year, d.month, d.day, d.hour, d.minute, d.second)


def _date_from_text(text):
    m = _ISO_DATE.match(text)
    parts = []
    for name in ('year', 'month', 'day', 'hour', 'minute', 'second'):
        field = m.group(name)
        if field is None:
            break
        parts.append(int(field))
    return datetime.datetime(*parts)


def _xml_text(text):
    if _BAD_TEXT.search(text):
        raise ValueError("strings can't contain control characters; use bytes instead")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _dict_entries(d, sort_keys, skipkeys):
    """A dict's (key, value) pairs in the order both writers store them; a key that is
    not a str is skipped or refused, when it is reached."""
    pairs = sorted(d.items()) if sort_keys else d.items()
    for key, value in pairs:
        if not isinstance(key, str):
            if skipkeys:
                continue
            raise TypeError("keys must be strings")
        yield key, value


class _XMLWriter:
    def __init__(self, fp, sort_keys=True, skipkeys=False):
        self.fp = fp
        self.depth = 0
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def line(self, text):
        if text:
            if isinstance(text, str):
                text = text.encode("utf-8")
            self.fp.write(b"\t" * self.depth)
            self.fp.write(text)
        self.fp.write(b"\n")

    def leaf(self, tag, text=None):
        if text is None:
            self.line("<%s/>" % tag)
        else:
            self.line("<%s>%s</%s>" % (tag, _xml_text(text), tag))

    def open(self, tag):
        self.line("<%s>" % tag)
        self.depth += 1

    def close(self, tag):
        self.depth -= 1
        self.line("</%s>" % tag)

    def write(self, value):
        self.fp.write(_XML_HEAD)
        self.line('<plist version="1.0">')
        self.value(value)
        self.line("</plist>")

    def value(self, value):
        if isinstance(value, str):
            self.leaf("string", value)
        elif value is True:
            self.leaf("true")
        elif value is False:
            self.leaf("false")
        elif isinstance(value, int):
            if not -1 << 63 <= value < 1 << 64:
                raise OverflowError(value)
            self.leaf("integer", "%d" % value)
        elif isinstance(value, float):
            self.leaf("real", repr(value))
        elif isinstance(value, dict):
            self.mapping(value)
        elif isinstance(value, (bytes, bytearray)):
            self.data(value)
        elif isinstance(value, datetime.datetime):
            self.leaf("date", _date_text(value))
        elif isinstance(value, (tuple, list)):
            if not value:
                self.leaf("array")
                return
            self.open("array")
            for item in value:
                self.value(item)
            self.close("array")
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def mapping(self, d):
        if not d:
            self.leaf("dict")
            return
        self.open("dict")
        for key, value in _dict_entries(d, self.sort_keys, self.skipkeys):
            self.leaf("key", key)
            self.value(value)
        self.close("dict")

    def data(self, blob):
        # base64 lines sit at the <data> element's own depth, as wide as fits
        # in 76 columns with tabs counted as 8
        self.open("data")
        self.depth -= 1
        width = max(16, 76 - 8 * self.depth)
        step = width // 4 * 3
        for start in range(0, len(blob), step):
            self.line(binascii.b2a_base64(blob[start:start + step])[:-1])
        self.depth += 1
        self.close("data")


def _looks_like_xml(head):
    for prefix in (b'<?xml', b'<plist'):
        if head.startswith(prefix):
            return True
        for bom, codec in ((b'\xef\xbb\xbf', 'utf-8'), (b'\xfe\xff', 'utf-16-be'),
                           (b'\xff\xfe', 'utf-16-le'), (b'\x00\x00\xfe\xff', 'utf-32-be'),
                           (b'\xff\xfe\x00\x00', 'utf-32-le')):
            if head.startswith(bom) and head[len(bom):].startswith(
                    prefix.decode('ascii').encode(codec)):
                return True
    return False


class _XMLReader:
    def __init__(self, dict_type):
        self.dict_type = dict_type

    def parse(self, fp):
        from xml.etree import ElementTree
        data = fp.read()
        if b'<!ENTITY' in data:
            raise InvalidFileException("XML entity declarations are not supported in plist files")
        root = ElementTree.fromstring(data)
        if root.tag == "plist":
            if len(root) == 0:
                return None
            root = root[0]
        return self.value(root)

    def value(self, elem):
        tag = elem.tag
        text = elem.text or ""
        if tag == "dict":
            result = self.dict_type()
            children = list(elem)
            i = 0
            while i < len(children):
                key = children[i]
                if key.tag != "key":
                    raise ValueError("unexpected element <%s> in a dict" % key.tag)
                if i + 1 >= len(children):
                    raise ValueError("missing value for key '%s'" % (key.text or ""))
                result[key.text or ""] = self.value(children[i + 1])
                i += 2
            return result
        if tag == "array":
            return [self.value(child) for child in elem]
        if tag == "true":
            return True
        if tag == "false":
            return False
        if tag == "integer":
            if text.startswith(("0x", "0X")):
                return int(text, 16)
            return int(text)
        if tag == "real":
            return float(text)
        if tag == "string":
            return text
        if tag == "data":
            return binascii.a2b_base64(text.encode("utf-8"))
        if tag == "date":
            return _date_from_text(text)
        if tag == "key":
            raise ValueError("unexpected key")
        raise ValueError("unsupported element <%s>" % tag)


# ---------------------------------------------------------------------------
# binary ("bplist00": objects, then a table of their offsets, then a 32-byte
# trailer saying where the table is and how wide its numbers are)

_UINT = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}
_EPOCH = datetime.datetime(2001, 1, 1)
_MISSING = object()


def _width_for(n):
    if n < 1 << 8:
        return 1
    if n < 1 << 16:
        return 2
    if n < 1 << 32:
        return 4
    return 8


class _BinaryReader:
    def __init__(self, dict_type):
        self.dict_type = dict_type

    def parse(self, fp):
        try:
            self.fp = fp
            fp.seek(-32, 2)
            trailer = fp.read(32)
            if len(trailer) != 32:
                raise InvalidFileException()
            (self.offset_width, self.ref_width, count, top,
             table_at) = struct.unpack('>6xBBQQQ', trailer)
            fp.seek(table_at)
            self.offsets = self.uints(count, self.offset_width)
            self.objects = [_MISSING] * count
            return self.object(top)
        except (OSError, IndexError, struct.error, OverflowError, ValueError):
            raise InvalidFileException()

    def uints(self, n, width):
        raw = self.fp.read(width * n)
        if width in _UINT:
            return struct.unpack('>%d%s' % (n, _UINT[width]), raw)
        if not width or len(raw) != width * n:
            raise InvalidFileException()
        return tuple(int.from_bytes(raw[i:i + width], 'big')
                     for i in range(0, width * n, width))

    def length(self, low):
        if low != 0xF:
            return low
        width = 1 << (self.fp.read(1)[0] & 0x3)
        return struct.unpack('>' + _UINT[width], self.fp.read(width))[0]

    def exact(self, n):
        raw = self.fp.read(n)
        if len(raw) != n:
            raise InvalidFileException()
        return raw

    def object(self, ref):
        found = self.objects[ref]
        if found is not _MISSING:
            return found
        fp = self.fp
        fp.seek(self.offsets[ref])
        marker = fp.read(1)[0]
        high, low = marker & 0xF0, marker & 0x0F
        if marker == 0x00:
            result = None
        elif marker == 0x08:
            result = False
        elif marker == 0x09:
            result = True
        elif marker == 0x0F:
            result = b''
        elif high == 0x10:
            result = int.from_bytes(fp.read(1 << low), 'big', signed=low >= 3)
        elif marker == 0x22:
            result = struct.unpack('>f', fp.read(4))[0]
        elif marker == 0x23:
            result = struct.unpack('>d', fp.read(8))[0]
        elif marker == 0x33:
            seconds = struct.unpack('>d', fp.read(8))[0]
            result = _EPOCH + datetime.timedelta(seconds=seconds)
        elif high == 0x40:
            result = self.exact(self.length(low))
        elif high == 0x50:
            result = self.exact(self.length(low)).decode('ascii')
        elif high == 0x60:
            result = self.exact(self.length(low) * 2).decode('utf-16be')
        elif high == 0x80:
            result = UID(int.from_bytes(fp.read(1 + low), 'big'))
        elif high == 0xA0:
            refs = self.uints(self.length(low), self.ref_width)
            result = []
            self.objects[ref] = result
            result.extend(self.object(r) for r in refs)
        elif high == 0xD0:
            n = self.length(low)
            key_refs = self.uints(n, self.ref_width)
            value_refs = self.uints(n, self.ref_width)
            result = self.dict_type()
            self.objects[ref] = result
            try:
                for k, v in zip(key_refs, value_refs):
                    result[self.object(k)] = self.object(v)
            except TypeError:
                raise InvalidFileException()
        else:
            raise InvalidFileException()
        self.objects[ref] = result
        return result


# Values written once however often they occur; containers and None are told
# apart by identity.
_SHARED = (str, int, float, datetime.datetime, bytes)


class _BinaryWriter:
    def __init__(self, fp, sort_keys=True, skipkeys=False):
        self.fp = fp
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def write(self, value):
        self.order = []
        self.by_value = {}
        self.by_id = {}
        self.collect(value)
        count = len(self.order)
        self.offsets = [0] * count
        self.ref_width = _width_for(count)
        self.ref_code = _UINT[self.ref_width]
        self.fp.write(b'bplist00')
        for obj in self.order:
            self.emit(obj)
        top = self.ref(value)
        table_at = self.fp.tell()
        offset_width = _width_for(table_at)
        self.fp.write(struct.pack('>' + _UINT[offset_width] * count, *self.offsets))
        self.fp.write(struct.pack('>5xBBBQQQ', 0, offset_width, self.ref_width,
                                  count, top, table_at))

    def ref(self, value):
        if isinstance(value, _SHARED):
            return self.by_value[(type(value), value)]
        return self.by_id[id(value)]

    def entries(self, d):
        return _dict_entries(d, self.sort_keys, self.skipkeys)

    def collect(self, value):
        if isinstance(value, _SHARED):
            if (type(value), value) in self.by_value:
                return
            self.by_value[(type(value), value)] = len(self.order)
        else:
            if id(value) in self.by_id:
                return
            self.by_id[id(value)] = len(self.order)
        self.order.append(value)
        if isinstance(value, dict):
            pairs = list(self.entries(value))
            for key, _ in pairs:
                self.collect(key)
            for _, item in pairs:
                self.collect(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                self.collect(item)

    def sized(self, marker, n):
        if n < 15:
            self.fp.write(struct.pack('>B', marker | n))
        else:
            width = _width_for(n)
            self.fp.write(struct.pack('>BB' + _UINT[width], marker | 0xF,
                                      0x10 | width.bit_length() - 1, n))

    def emit(self, value):
        self.offsets[self.ref(value)] = self.fp.tell()
        write = self.fp.write
        if value is None:
            write(b'\x00')
        elif value is False:
            write(b'\x08')
        elif value is True:
            write(b'\x09')
        elif isinstance(value, int):
            if value < 0:
                try:
                    write(struct.pack('>Bq', 0x13, value))
                except struct.error:
                    raise OverflowError(value) from None
            elif value < 1 << 63:
                width = _width_for(value)
                write(struct.pack('>B' + _UINT[width], 0x10 | width.bit_length() - 1, value))
            elif value < 1 << 64:
                write(b'\x14' + value.to_bytes(16, 'big', signed=True))
            else:
                raise OverflowError(value)
        elif isinstance(value, float):
            write(struct.pack('>Bd', 0x23, value))
        elif isinstance(value, datetime.datetime):
            write(struct.pack('>Bd', 0x33, (value - _EPOCH).total_seconds()))
        elif isinstance(value, (bytes, bytearray)):
            self.sized(0x40, len(value))
            write(value)
        elif isinstance(value, str):
            try:
                raw = value.encode('ascii')
                self.sized(0x50, len(value))
            except UnicodeEncodeError:
                raw = value.encode('utf-16be')
                self.sized(0x60, len(raw) // 2)
            write(raw)
        elif isinstance(value, UID):
            if value.data < 0:
                raise ValueError("UIDs must be positive")
            if value.data >= 1 << 64:
                raise OverflowError(value)
            width = _width_for(value.data)
            write(struct.pack('>B' + _UINT[width], 0x80 | width - 1, value.data))
        elif isinstance(value, (list, tuple)):
            refs = [self.ref(item) for item in value]
            self.sized(0xA0, len(refs))
            write(struct.pack('>' + self.ref_code * len(refs), *refs))
        elif isinstance(value, dict):
            pairs = list(self.entries(value))
            self.sized(0xD0, len(pairs))
            code = '>' + self.ref_code * len(pairs)
            write(struct.pack(code, *[self.ref(k) for k, _ in pairs]))
            write(struct.pack(code, *[self.ref(v) for _, v in pairs]))
        else:
            raise TypeError(value)


# ---------------------------------------------------------------------------
# the interface

_FORMATS = {
    FMT_XML: (_looks_like_xml, _XMLReader, _XMLWriter),
    FMT_BINARY: (lambda head: head[:8] == b'bplist00', _BinaryReader, _BinaryWriter),
}


def load(fp, *, fmt=None, dict_type=dict):
    """Read a plist from the binary file fp; fmt None guesses the format."""
    if fmt is None:
        head = fp.read(32)
        fp.seek(0)
        for detect, reader, _ in _FORMATS.values():
            if detect(head):
                break
        else:
            raise InvalidFileException()
    else:
        reader = _FORMATS[fmt][1]
    return reader(dict_type=dict_type).parse(fp)


def loads(value, *, fmt=None, dict_type=dict):
    """Read a plist from a bytes-like object."""
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Write value as a plist to the binary file fp."""
    if fmt not in _FORMATS:
        raise ValueError("Unsupported format: %r" % (fmt,))
    _FORMATS[fmt][2](fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """The plist of value, as bytes."""
    fp = BytesIO()
    dump(value, fp, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return fp.getvalue()
