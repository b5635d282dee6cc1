"""Conversion between binary data and ASCII (heapstack): hex, base64 and CRC-32 codecs that
the base64 module and programs use. uu, quoted-printable and crc_hqx are not provided."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

import _binascii_accel as _accel


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
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(value).__name__)


def _binary(value):
    """Bytes of a bytes-like object for the b2a_* functions (str refused)."""
    if isinstance(value, str) or not isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
    return bytes(value)


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
