"""Punycode (RFC 3492), the algorithm behind the "punycode" codec (lib/codecs.py builds it).

heapstack's own implementation; its results and error messages are those of CPython's
encodings.punycode, including its two quirks: a string of basic code points alone still gets
the delimiter (b'abc-'), and the decoder upper-cases the digits it reads.
"""

_BASE = 36
_TMIN = 1
_TMAX = 26
_SKEW = 38
_DAMP = 700
_INITIAL_BIAS = 72
_INITIAL_N = 0x80
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _adapt(delta, first, count):
    # RFC 3492 section 6.1: scale the delta down, then find how many digits it will need.
    delta = delta // _DAMP if first else delta // 2
    delta += delta // count
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    t = k - bias
    return _TMIN if t < _TMIN else _TMAX if t > _TMAX else t


def encode(text):
    """The punycode bytes of str `text`."""
    basic = bytes(ord(ch) for ch in text if ord(ch) < _INITIAL_N)
    codes = [ord(ch) for ch in text]
    out = bytearray()
    n = _INITIAL_N
    delta = 0
    bias = _INITIAL_BIAS
    handled = len(basic)
    while handled < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                # the delta as a generalized variable-length integer
                q = delta
                k = _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled == len(basic), handled + 1)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    if basic:
        return basic + b"-" + bytes(out)
    return bytes(out)


def _read_number(digits, at, bias, errors):
    """Reads one variable-length integer from `digits` (upper-case str) at `at`: (next, value),
    value None when it is cut short or has a character that is no digit (errors != 'strict')."""
    value = 0
    weight = 1
    k = _BASE
    while True:
        if at >= len(digits):
            if errors == "strict":
                raise UnicodeError("incomplete punicode string")
            return at + 1, None
        ch = digits[at]
        at += 1
        if "A" <= ch <= "Z":
            digit = ord(ch) - 0x41
        elif "0" <= ch <= "9":
            digit = ord(ch) - 0x30 + 26
        elif errors == "strict":
            raise UnicodeError(f"Invalid extended code point '{ch}'")
        else:
            return at, None
        t = _threshold(k, bias)
        value += digit * weight
        if digit < t:
            return at, value
        weight *= _BASE - t
        k += _BASE


def decode(data, errors):
    """The str that punycode bytes (or ASCII str) `data` stand for."""
    if isinstance(data, str):
        data = data.encode("ascii")
    data = bytes(data)
    split = data.rfind(b"-")
    if split < 0:
        chars = []
        digits = str(data, "ascii").upper()
    else:
        chars = list(str(data[:split], "ascii", errors))
        digits = str(data[split + 1:], "ascii").upper()
    n = _INITIAL_N
    i = -1
    bias = _INITIAL_BIAS
    at = 0
    while at < len(digits):
        after, delta = _read_number(digits, at, bias, errors)
        if delta is None:
            # a broken number: what follows cannot be placed, the text so far is the result
            return "".join(chars)
        i += delta + 1
        n += i // (len(chars) + 1)
        if n > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord("?")
        i %= len(chars) + 1
        chars.insert(i, chr(n))
        bias = _adapt(delta, at == 0, len(chars))
        at = after
    return "".join(chars)
