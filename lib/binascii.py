"""Conversion between binary data and ASCII (heapstack): hex, base64 and CRC-32 codecs that
the base64 module and programs use. uu, quoted-printable and crc_hqx are not provided."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
del _i, _c


def _data(value, name='argument'):
    """The bytes of a bytes-like object (or of an ASCII str, as the a2b_* functions accept)."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        try:
            return value.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(value, (bytearray, memoryview)) or hasattr(value, '__buffer__'):
        return bytes(value)
    raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)


def _binary(value):
    """Bytes of a bytes-like object for the b2a_* functions (str refused)."""
    if isinstance(value, str) or not isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
    return bytes(value)


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _binary(data)
    out = bytearray()
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) - full
    if rest == 1:
        n = data[full] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data.

  strict_mode
    When set to True, bytes that are not part of the base64 standard are not allowed.
    The same applies to excess data after padding (= / ==)."""
    data = _data(data)
    out = bytearray()
    phase = 0          # how many of the current group's 4 characters have been read
    carry = 0          # bits left over from the previous character
    pads = 0
    padding = False
    finished = False
    for i, byte in enumerate(data):
        if byte == 61:  # '='
            padding = True
            if strict_mode and i == 0:
                raise Error('Leading padding not allowed')
            if phase >= 2:
                pads += 1
                if phase + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    finished = True
                    break
            continue
        value = _B64_VALUE[byte]
        if value < 0:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if phase == 0:
            carry = value
            phase = 1
        elif phase == 1:
            out.append(((carry << 2) | (value >> 4)) & 255)
            carry = value & 15
            phase = 2
        elif phase == 2:
            out.append(((carry << 4) | (value >> 2)) & 255)
            carry = value & 3
            phase = 3
        else:
            out.append(((carry << 6) | value) & 255)
            phase = 0
    if not finished and phase:
        if phase == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) cannot '
                        'be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
        raise Error('Incorrect padding')
    return bytes(out)


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


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    data = _binary(data)
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC_TABLE
    for byte in data:
        c = table[(c ^ byte) & 255] ^ (c >> 8)
    return c ^ 0xFFFFFFFF
