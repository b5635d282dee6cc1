"""Base16, Base32, Base64 (RFC 4648), Ascii85 and Base85 data encodings, written for heapstack
on its binascii."""

import binascii

import _binascii_accel as _accel

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode',
           'a85encode', 'a85decode', 'b85encode', 'b85decode']

_STD_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_STRICT = frozenset(_STD_ALPHABET)


def _buffer_bytes(s):
    """The bytes of an object with the buffer protocol (array.array, mmap... too), else None."""
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    if isinstance(s, str):
        return None
    try:
        view = memoryview(s)
    except TypeError:
        return None
    return view.tobytes()


def _decode_input(s):
    """What the decoders accept: an ASCII str or a bytes-like object, as bytes."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    data = _buffer_bytes(s)
    if data is not None:
        return data
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'"
                    % type(s).__name__)


def _encode_input(s):
    data = _buffer_bytes(s)
    if data is not None:
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _swap(data, source, target):
    return data.translate(bytes.maketrans(source, target))


def b64encode(s, altchars=None):
    """Base64-encode the bytes-like s; altchars (2 bytes) replaces "+" and "/"."""
    encoded = binascii.b2a_base64(_encode_input(s), newline=False)
    if altchars is not None:
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        return _swap(encoded, b'+/', bytes(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 from bytes or an ASCII str; with validate, only alphabet characters and
    well-placed padding are accepted (binascii.Error otherwise), else others are skipped."""
    data = _decode_input(s)
    if altchars is not None:
        alt = _decode_input(altchars)
        if len(alt) != 2:
            raise AssertionError(repr(alt))
        data = _swap(data, alt, b'+/')
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Base64-encode s with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s from the standard Base64 alphabet (non-alphabet characters are skipped)."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64-encode s with "-" and "_" in place of "+" and "/"."""
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    """Decode s from the URL-safe Base64 alphabet ("-" and "_" for "+" and "/")."""
    return b64decode(_swap(_decode_input(s), b'-_', b'+/'))


# --- Base32 ----------------------------------------------------------------------------------

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32_encode(alphabet, s):
    data = _buffer_bytes(s)
    if data is None:
        raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                        % type(s).__name__)
    return _accel.b32encode(alphabet, data)


def _b32_decode(alphabet, s, casefold=False, map01=None):
    data = _decode_input(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        target = _decode_input(map01)
        if len(target) != 1:
            raise AssertionError(repr(target))
        data = _swap(data, b'01', b'O' + target)
    if casefold:
        data = data.upper()
    out = _accel.b32decode(alphabet, data)
    if type(out) is str:
        raise binascii.Error(out)
    return out


def b32encode(s):
    """Base32-encode the bytes-like s (RFC 4648 alphabet)."""
    return _b32_encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 from bytes or an ASCII str; casefold accepts lower case, map01 maps
    "0" to "O" and "1" to the given letter. Bad padding or characters raise binascii.Error."""
    return _b32_decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32-encode s with the extended-hex alphabet (0-9, A-V)."""
    return _b32_encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode s from the extended-hex Base32 alphabet; casefold accepts lower case."""
    return _b32_decode(_B32HEX, s, casefold)


# --- Base16 ----------------------------------------------------------------------------------

def b16encode(s):
    """Hex-encode s in upper case (Base16)."""
    return _encode_input(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    """Decode upper-case hex (any case with casefold); other characters raise binascii.Error."""
    data = _decode_input(s)
    if casefold:
        data = data.upper()
    if any(c not in b'0123456789ABCDEF' for c in data):
        raise binascii.Error('Non-base16 digit found')
    return binascii.a2b_hex(data)


# --- Ascii85 and Base85 ----------------------------------------------------------------------

_A85_DIGITS = bytes(range(33, 118))
_B85_DIGITS = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
               b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def _input85(b):
    data = _buffer_bytes(b)
    if data is not None:
        return data
    raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(b).__name__)


def _encode85(data, digits, pad, zeros_as_z=False, spaces_as_y=False):
    """Each 4-byte big-endian word as 5 base-85 digits; a short last word is zero-filled and
    its surplus digits dropped unless pad."""
    return _accel.encode85(data, digits, bool(pad), bool(zeros_as_z), bool(spaces_as_y))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode the bytes-like b; foldspaces writes 'y' for four spaces, wrapcol
    breaks lines, pad keeps a multiple of 4 input bytes, adobe adds <~ and ~>."""
    text = _encode85(_input85(b), _A85_DIGITS, pad, True, foldspaces)
    if adobe:
        text = b'<~' + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += b'~>'
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 data (bytes or ASCII str); 'z' is four zero bytes, 'y' four spaces with
    foldspaces; characters in ignorechars are skipped."""
    data = _decode_input(b)
    if adobe:
        if not data.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(b'~>'))
        data = data[2:-2] if data.startswith(b'<~') else data[:-2]
    out = bytearray()
    group = []
    for byte in data + b'uuuu':
        if 33 <= byte <= 117:
            group.append(byte - 33)
            if len(group) == 5:
                value = 0
                for digit in group:
                    value = value * 85 + digit
                if value > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += value.to_bytes(4, 'big')
                group = []
        elif byte == 122:  # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += bytes(4)
        elif foldspaces and byte == 121:  # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif byte in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % byte)
    surplus = 4 - len(group)
    if surplus:
        del out[len(out) - surplus:]
    return bytes(out)


def b85encode(b, pad=False):
    """Base85-encode the bytes-like b (the alphabet of git and Mercurial binary diffs)."""
    return _encode85(_input85(b), _B85_DIGITS, pad)


def b85decode(b):
    """Decode Base85 data (bytes or ASCII str)."""
    out = _accel.b85decode(_decode_input(b))
    if type(out) is str:
        raise ValueError(out)
    return out


# --- MIME-style line-wrapped Base64 -----------------------------------------------------------

_LINE_BYTES = 57  # 76 encoded characters per line


def _mime_input(s):
    # encodebytes/decodebytes take one-dimensional buffers of single bytes only
    try:
        view = memoryview(s)
    except TypeError:
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__) from None
    if view.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (view.format, type(s).__name__))
    if view.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s" % (view.ndim, type(s).__name__))
    return view.tobytes()


def encodebytes(s):
    """Base64-encode s as lines of at most 76 characters, each ending in a newline."""
    data = _mime_input(s)
    return b''.join(binascii.b2a_base64(data[i:i + _LINE_BYTES])
                    for i in range(0, len(data), _LINE_BYTES))


def decodebytes(s):
    """Decode Base64 data that may span several lines."""
    return binascii.a2b_base64(_mime_input(s))


def encode(input, output):
    """Base64-encode the binary file input into the binary file output, in 76-column lines."""
    while True:
        chunk = input.read(_LINE_BYTES * 76)
        if not chunk:
            break
        while len(chunk) % _LINE_BYTES:
            more = input.read(_LINE_BYTES - len(chunk) % _LINE_BYTES)
            if not more:
                break
            chunk += more
        output.write(encodebytes(chunk))


def decode(input, output):
    """Decode the Base64 lines of the binary file input into the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def main():
    """`python -m base64 [-h|-d|-e|-u|-t] [file|-]`: encode (the default) or decode a file or
    standard input to standard output; -t shows a round trip of a fixed string."""
    import getopt
    import sys
    usage = f"""usage: {sys.argv[0]} [-h|-d|-e|-u|-t] [file|-]
        -h: print this help message and exit
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'"""
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hdeut')
    except getopt.error as err:
        sys.stdout = sys.stderr
        print(err)
        print(usage)
        sys.exit(2)
    action = encode
    for flag, _ in opts:
        if flag == '-h':
            print(usage)
            return
        if flag in ('-d', '-u'):
            action = decode
        elif flag == '-e':
            action = encode
        elif flag == '-t':
            sample = b'Aladdin:open sesame'
            encoded = encodebytes(sample)
            print(repr(sample))
            print(repr(encoded))
            print(repr(decodebytes(encoded)))
            return
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            action(f, sys.stdout.buffer)
    else:
        action(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == '__main__':
    main()
