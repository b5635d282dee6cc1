"""Conversion between binary data and ASCII (heapstack): hex, base64, uu and quoted-printable
codecs, CRC-32 and CRC-CCITT, with the C module's results and errors."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

import _binascii_accel as _accel
import operator as _operator


def _buffer_bytes(value):
    """The bytes of an object with the buffer protocol (array.array too), else None."""
    if isinstance(value, (bytes, bytearray, memoryview)) or hasattr(value, '__buffer__'):
        return bytes(value)
    try:
        view = memoryview(value)
    except TypeError:
        return None
    return view.tobytes()


def _data(value, name='argument'):
    """The bytes of a bytes-like object (or of an ASCII str, as the a2b_* functions accept)."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        try:
            return value.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    data = _buffer_bytes(value)
    if data is not None:
        return data
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(value).__name__)


def _binary(value):
    """Bytes of a bytes-like object for the b2a_* functions (str refused)."""
    data = None if isinstance(value, str) else _buffer_bytes(value)
    if data is None:
        raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
    return data


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    return _accel.b2a_base64(_binary(data), bool(newline))


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data.

  strict_mode
    When set to True, bytes that are not part of the base64 standard are not allowed.
    The same applies to excess data after padding (= / ==)."""
    out = _accel.a2b_base64(_data(data), bool(strict_mode))
    if type(out) is str:
        raise Error(out)
    return out


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _binary(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation.

hexstr must contain an even number of hex digits (upper or lower case)."""
    text = _data(hexstr)
    if len(text) % 2:
        raise Error('Odd-length string')
    digits = b'0123456789abcdefABCDEF'
    for c in text:
        if c not in digits:
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(text.decode('ascii'))


unhexlify = a2b_hex


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    return _accel.crc32(_binary(data), crc & 0xFFFFFFFF)


def _c_int(value):
    """A C int argument as the module's bool(accept={int}) flags take it."""
    value = _operator.index(value)
    if not -2**31 <= value < 2**31:
        raise OverflowError('Python int too large to convert to C int')
    return value


_crc_ccitt_table = None


def crc_hqx(*args):
    """Compute CRC-CCITT incrementally."""
    global _crc_ccitt_table
    if len(args) != 2:
        raise TypeError(f'crc_hqx expected 2 arguments, got {len(args)}')
    data, crc = args
    data = _binary(data)
    crc = _operator.index(crc) & 0xFFFF
    table = _crc_ccitt_table
    if table is None:
        # polynomial x^16 + x^12 + x^5 + 1, most significant bit first
        table = []
        for byte in range(256):
            value = byte << 8
            for _ in range(8):
                value = (value << 1) ^ 0x1021 if value & 0x8000 else value << 1
            table.append(value & 0xFFFF)
        _crc_ccitt_table = table
    for byte in data:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ byte]
    return crc


def b2a_uu(data, /, *, backtick=False):
    """Uuencode line of data."""
    data = _binary(data)
    if len(data) > 45:
        raise Error('At most 45 bytes at once')
    zero = 96 if backtick else 32
    out = bytearray([zero if not data else 32 + len(data)])
    # three bytes (the last group padded with zero bytes) make four 6-bit characters
    for i in range(0, len(data), 3):
        group = int.from_bytes(data[i:i + 3].ljust(3, b'\0'), 'big')
        for shift in (18, 12, 6, 0):
            six = (group >> shift) & 0x3F
            out.append(32 + six if six else zero)
    out.append(10)
    return bytes(out)


def a2b_uu(data, /):
    """Decode a line of uuencoded data."""
    data = _data(data)
    # the first character is the length; C reads the buffer's NUL terminator when it is empty
    length = ((data[0] if data else 0) - 32) & 0x3F
    out = bytearray()
    bits = nbits = 0
    i = 1
    while len(out) < length:
        c = data[i] if i < len(data) else 10
        i += 1
        if c in (10, 13):
            # missing characters at the end of the line stand for zero bits
            six = 0
        elif c < 32 or c > 96:
            raise Error('Illegal char')
        else:
            six = (c - 32) & 0x3F
        bits = (bits << 6) | six
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
            bits &= (1 << nbits) - 1
    for c in data[i:]:
        if c not in (32, 96, 10, 13):
            raise Error('Trailing garbage')
    return bytes(out)


_QP_LINE = 76
_HEX_DIGITS = b'0123456789ABCDEF'


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding.

On encoding, when istext is set, newlines are not encoded, and white
space at end of lines is.  When istext is not set, \\r and \\n (CR/LF)
are both encoded.  When quotetabs is set, space and tabs are encoded."""
    data = _binary(data)
    quotetabs, istext, header = _c_int(quotetabs), _c_int(istext), _c_int(header)
    size = len(data)
    # line breaks are written as the data's first one is: CRLF or LF
    nl = data.find(b'\n')
    crlf = nl > 0 and data[nl - 1] == 13
    soft_break = b'=\r\n' if crlf else b'=\n'
    out = bytearray()
    col = 0
    i = 0
    while i < size:
        b = data[i]
        last = i + 1 == size
        nxt = None if last else data[i + 1]
        must = (b > 126 or b == 61 or (header and b == 95)
                or (b == 46 and col == 0 and (last or nxt in (10, 13, 0)))
                or (not istext and b in (13, 10))
                or (b in (9, 32) and last)
                or (b < 33 and b not in (13, 10) and (quotetabs or b not in (9, 32))))
        if must:
            if col + 3 >= _QP_LINE:
                out += soft_break
                col = 0
            out += b'=%c%c' % (_HEX_DIGITS[b >> 4], _HEX_DIGITS[b & 15])
            i += 1
            col += 3
        elif istext and (b == 10 or (b == 13 and nxt == 10)):
            col = 0
            # a blank ending the line is protected
            if out and out[-1] in (32, 9):
                blank = out[-1]
                out[-1:] = b'=%c%c' % (_HEX_DIGITS[blank >> 4], _HEX_DIGITS[blank & 15])
            out += b'\r\n' if crlf else b'\n'
            i += 2 if b == 13 else 1
        else:
            if not last and nxt != 10 and col + 1 >= _QP_LINE:
                out += soft_break
                col = 0
            col += 1
            out.append(95 if header and b == 32 else b)
            i += 1
    return bytes(out)


def _hex_value(b):
    if 48 <= b <= 57:
        return b - 48
    if 65 <= b <= 70:
        return b - 55
    if 97 <= b <= 102:
        return b - 87
    return -1


def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data."""
    data = _data(data)
    header = _c_int(header)
    size = len(data)
    out = bytearray()
    i = 0
    while i < size:
        b = data[i]
        if b == 61:
            i += 1
            if i >= size:
                break
            c = data[i]
            if c in (10, 13):
                # a soft line break: the rest of the line goes
                if c != 10:
                    while i < size and data[i] != 10:
                        i += 1
                if i < size:
                    i += 1
            elif c == 61:
                out.append(61)
                i += 1
            elif i + 1 < size and _hex_value(c) >= 0 and _hex_value(data[i + 1]) >= 0:
                out.append(_hex_value(c) << 4 | _hex_value(data[i + 1]))
                i += 2
            else:
                out.append(61)
        elif header and b == 95:
            out.append(32)
            i += 1
        else:
            out.append(b)
            i += 1
    return bytes(out)
