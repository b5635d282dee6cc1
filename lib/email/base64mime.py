"""Base64 for email: RFC 2047 'B' encoded words and wrapped bodies
(heapstack's own text)."""

from base64 import b64encode
from binascii import a2b_base64, b2a_base64

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring',
           'header_encode', 'header_length']

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''
MISC_LEN = 7


def header_length(bytearray):
    """How many characters base64 makes of these bytes."""
    return (len(bytearray) + 2) // 3 * 4


def header_encode(header_bytes, charset='iso-8859-1'):
    """One encoded word '=?charset?b?...?=' for the bytes (or str, encoded
    with charset)."""
    if not header_bytes:
        return ''
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    return '=?' + charset + '?b?' + b64encode(header_bytes).decode('ascii') + '?='


def body_encode(s, maxlinelen=76, eol=NL):
    """Base64 of the bytes s in lines of at most maxlinelen characters, each
    ending with eol."""
    if not s:
        return ''
    chunk = maxlinelen * 3 // 4
    lines = []
    for start in range(0, len(s), chunk):
        line = b2a_base64(s[start:start + chunk]).decode('ascii')
        if eol != NL and line.endswith(NL):
            line = line[:-1] + eol
        lines.append(line)
    return ''.join(lines)


def decode(string):
    """The bytes of base64 text (str or bytes)."""
    if not string:
        return b''
    if isinstance(string, str):
        string = string.encode('raw-unicode-escape')
    return a2b_base64(string)


body_decode = decode
decodestring = decode
