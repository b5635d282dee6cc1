"""Quoted-printable encoding and decoding (RFC 1521), as used in MIME bodies and headers.

The work is binascii's b2a_qp / a2b_qp, as in CPython: 76-column lines with '=' soft breaks,
CRLF kept when the data uses it, trailing blanks and a lone '.' at the start of a line
protected, '_' for spaces in header mode.
"""

from binascii import a2b_qp, b2a_qp

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


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


def encode(input, output, quotetabs, header=False):
    """Read binary file `input` and write its quoted-printable form to binary file `output`.

    `quotetabs` quotes every space and tab (otherwise only those ending a line); `header`
    writes spaces as '_' (RFC 1522 headers).
    """
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    """The quoted-printable form of bytes `s`."""
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read quoted-printable binary file `input` and write the decoded bytes to `output`."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    """The bytes that the quoted-printable `s` stands for."""
    return a2b_qp(s, header=header)


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
