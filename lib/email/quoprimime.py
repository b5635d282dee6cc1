"""Quoted-printable for email: RFC 2047 'Q' encoded words and RFC 2045
bodies (heapstack's own text)."""

import re
from string import ascii_letters, digits, hexdigits

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode',
           'decodestring', 'header_decode', 'header_encode', 'header_length',
           'quote', 'unquote']

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''

_ESCAPED = ['=%02X' % b for b in range(256)]
# what each octet becomes in an encoded word, and in a body
_HEADER_MAP = list(_ESCAPED)
for _b in (b'-!*+/' + ascii_letters.encode() + digits.encode()):
    _HEADER_MAP[_b] = chr(_b)
_HEADER_MAP[0x20] = '_'
_BODY_MAP = list(_ESCAPED)
for _b in range(0x20, 0x7f):
    if _b != 0x3d:          # '=' is always escaped
        _BODY_MAP[_b] = chr(_b)
_BODY_MAP[0x09] = '\t'
_BODY_ENCODE_MAP = list(_BODY_MAP)
_BODY_ENCODE_MAP[0x0d] = '\r'
_BODY_ENCODE_MAP[0x0a] = '\n'
del _b


def header_check(octet):
    """True if the octet must be escaped in an encoded word."""
    return _HEADER_MAP[octet] != chr(octet)


def body_check(octet):
    """True if the octet must be escaped in a body."""
    return _BODY_MAP[octet] != chr(octet)


def header_length(bytearray):
    """Length of the bytes once Q-encoded (without the =?...?= around)."""
    return sum(len(_HEADER_MAP[b]) for b in bytearray)


def body_length(bytearray):
    """Length of the bytes once quoted-printable encoded as a body."""
    return sum(len(_BODY_MAP[b]) for b in bytearray)


def unquote(s):
    """The character of an '=XX' escape."""
    return chr(int(s[1:3], 16))


def quote(c):
    return _ESCAPED[ord(c)]


def header_encode(header_bytes, charset='iso-8859-1'):
    """One encoded word '=?charset?q?...?=' for the bytes."""
    if not header_bytes:
        return ''
    text = ''.join(_HEADER_MAP[b] for b in header_bytes)
    return '=?' + charset + '?q?' + text + '?='


def body_encode(body, maxlinelen=76, eol=NL):
    """Quoted-printable text of the str body (its characters taken as
    octets), lines at most maxlinelen long with '=' soft breaks."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    body = ''.join(_BODY_ENCODE_MAP[ord(c)] if ord(c) < 256 else c
                   for c in body)
    soft = '=' + eol
    out = []
    for line in body.splitlines():
        pos = 0
        limit = len(line) - 1 - maxlinelen
        while pos <= limit:
            end = pos + maxlinelen - 1
            # never split an '=XX' escape
            if line[end - 2] == '=':
                out.append(line[pos:end - 1])
                pos = end - 2
            elif line[end - 1] == '=':
                out.append(line[pos:end])
                pos = end - 1
            else:
                out.append(line[pos:end] + '=')
                pos = end
        if line and line[-1] in ' \t':
            # trailing blanks must be protected
            room = pos - limit
            last = line[-1]
            if room >= 3:
                tail = quote(last)
            elif room == 2:
                tail = last + soft
            else:
                tail = soft + quote(last)
            out.append(line[pos:-1] + tail)
        else:
            out.append(line[pos:])
    if body[-1] in CRLF:
        out.append('')
    return eol.join(out)


def decode(encoded, eol=NL):
    """Undo quoted-printable; lines are joined with eol."""
    if not encoded:
        return encoded
    pieces = []
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            pieces.append(eol)
            continue
        i, n = 0, len(line)
        while i < n:
            ch = line[i]
            if ch != '=':
                pieces.append(ch)
                i += 1
            elif i + 1 == n:
                # soft line break
                i += 1
                continue
            elif (i + 2 < n and line[i + 1] in hexdigits
                  and line[i + 2] in hexdigits):
                pieces.append(unquote(line[i:i + 3]))
                i += 3
            else:
                pieces.append(ch)
                i += 1
            if i == n:
                pieces.append(eol)
    text = ''.join(pieces)
    if encoded[-1] not in '\r\n' and text.endswith(eol):
        text = text[:-1]
    return text


body_decode = decode
decodestring = decode


def header_decode(s):
    """Undo the Q encoding of an encoded word's text."""
    return re.sub(r'=[a-fA-F0-9]{2}', lambda m: unquote(m.group(0)),
                  s.replace('_', ' '), flags=re.ASCII)


def _max_append(L, s, maxlen, extra=''):
    # add s to the last line of L, or start a new line when it would be too long
    if not isinstance(s, str):
        s = chr(s)
    if L and len(L[-1]) + len(s) <= maxlen:
        L[-1] += extra + s
    else:
        L.append(s.lstrip())
