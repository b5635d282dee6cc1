"""Quoted-printable encoding and decoding (RFC 1521), as used in MIME bodies and headers.

CPython's quopri hands the work to binascii's C b2a_qp / a2b_qp; this module carries those
two algorithms itself (our binascii has no qp functions), so the bytes produced are the same:
76-column lines with '=' soft breaks, CRLF kept when the data uses it, trailing blanks and a
lone '.' at the start of a line protected, '_' for spaces in header mode.
"""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''

_EQ, _CR, _LF, _SP, _TAB, _DOT, _US = 61, 13, 10, 32, 9, 46, 95


def needsquoting(c, quotetabs, header):
    """Should the single byte `c` be written as =XX?"""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The =XX form of the single byte `c`."""
    assert isinstance(c, bytes) and len(c) == 1
    n = ord(c)
    return ESCAPE + bytes((HEX[n >> 4], HEX[n & 15]))


def ishex(c):
    """Is the single byte `c` a hexadecimal digit?"""
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    """The integer the hexadecimal digits of bytes `s` spell."""
    value = 0
    for byte in s:
        c = bytes((byte,))
        if b'0' <= c <= b'9':
            base = ord('0')
        elif b'a' <= c <= b'f':
            base = ord('a') - 10
        elif b'A' <= c <= b'F':
            base = ord(b'A') - 10
        else:
            assert False, "non-hex digit " + repr(c)
        value = value * 16 + (byte - base)
    return value


def _hex_pair(n):
    return (HEX[n >> 4], HEX[n & 15])


def _as_bytes(data):
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _to_qp(data, quotetabs=False, istext=True, header=False):
    data = _as_bytes(data)
    size = len(data)
    nl = data.find(b'\n')
    crlf = nl > 0 and data[nl - 1] == _CR
    brk = b'=\r\n' if crlf else b'=\n'
    out = bytearray()
    col = 0
    i = 0
    while i < size:
        b = data[i]
        last = i + 1 == size
        nxt = None if last else data[i + 1]
        must = (b > 126 or b == _EQ or (header and b == _US)
                or (b == _DOT and col == 0 and (last or nxt in (_LF, _CR, 0)))
                or (not istext and b in (_CR, _LF))
                or (b in (_TAB, _SP) and last)
                or (b < 33 and b not in (_CR, _LF)
                    and (quotetabs or b not in (_TAB, _SP))))
        if must:
            if col + 3 >= MAXLINESIZE:
                out += brk
                col = 0
            out.append(_EQ)
            out.extend(_hex_pair(b))
            i += 1
            col += 3
        elif istext and (b == _LF or (b == _CR and nxt == _LF)):
            col = 0
            if out and out[-1] in (_SP, _TAB):
                blank = out[-1]
                out[-1] = _EQ
                out.extend(_hex_pair(blank))
            if crlf:
                out.append(_CR)
            out.append(_LF)
            i += 2 if b == _CR else 1
        else:
            if not last and nxt != _LF and col + 1 >= MAXLINESIZE:
                out += brk
                col = 0
            col += 1
            out.append(_US if header and b == _SP else b)
            i += 1
    return bytes(out)


def _hexval(b):
    if 48 <= b <= 57:
        return b - 48
    if 65 <= b <= 70:
        return b - 55
    if 97 <= b <= 102:
        return b - 87
    return -1


def _from_qp(data, header=False):
    if isinstance(data, str):
        try:
            data = data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    try:
        data = bytes(memoryview(data))
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None
    size = len(data)
    out = bytearray()
    i = 0
    while i < size:
        b = data[i]
        if b == _EQ:
            i += 1
            if i >= size:
                break
            c = data[i]
            if c in (_LF, _CR):
                if c != _LF:
                    while i < size and data[i] != _LF:
                        i += 1
                if i < size:
                    i += 1
            elif c == _EQ:
                out.append(_EQ)
                i += 1
            elif i + 1 < size and _hexval(c) >= 0 and _hexval(data[i + 1]) >= 0:
                out.append(_hexval(c) << 4 | _hexval(data[i + 1]))
                i += 2
            else:
                out.append(_EQ)
        elif header and b == _US:
            out.append(_SP)
            i += 1
        else:
            out.append(b)
            i += 1
    return bytes(out)


def encode(input, output, quotetabs, header=False):
    """Read binary file `input` and write its quoted-printable form to binary file `output`.

    `quotetabs` quotes every space and tab (otherwise only those ending a line); `header`
    writes spaces as '_' (RFC 1522 headers).
    """
    output.write(_to_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    """The quoted-printable form of bytes `s`."""
    return _to_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read quoted-printable binary file `input` and write the decoded bytes to `output`."""
    output.write(_from_qp(input.read(), header=header))


def decodestring(s, header=False):
    """The bytes that the quoted-printable `s` stands for."""
    return _from_qp(s, header=header)


def main():
    import sys
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("usage: quopri [-t | -d] [file] ...")
        print("-t: quote tabs")
        print("-d: decode; default encode")
        sys.exit(2)
    decoding = False
    tabs = False
    for flag, _ in opts:
        if flag == '-t':
            tabs = True
        elif flag == '-d':
            decoding = True
    if tabs and decoding:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    status = 0
    for name in args or ['-']:
        if name == '-':
            source = sys.stdin.buffer
        else:
            try:
                source = open(name, "rb")
            except OSError as exc:
                sys.stderr.write("%s: can't open (%s)\n" % (name, exc))
                status = 1
                continue
        try:
            if decoding:
                decode(source, sys.stdout.buffer)
            else:
                encode(source, sys.stdout.buffer, tabs)
        finally:
            if name != '-':
                source.close()
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()
