"""Random numbers and tokens for secrets (heapstack's own implementation), all drawn from
os.urandom through random.SystemRandom."""

import base64
import os
from random import SystemRandom

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex", "token_urlsafe", "compare_digest"]

DEFAULT_ENTROPY = 32  # bytes per token when no size is given

_generator = SystemRandom()
randbits = _generator.getrandbits
choice = _generator.choice


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _generator._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """A random text of 2*nbytes hexadecimal digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe Base64 text (no padding) of nbytes random bytes."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b"=").decode("ascii")


def compare_digest(a, b):
    """a == b, taking time independent of where they differ (hmac.compare_digest's rules)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode("ascii")
        b = b.encode("ascii")
    else:
        if not _is_buffer(a) and not _is_buffer(b):
            raise TypeError(
                f"unsupported operand types(s) or combination of types: '{type(a).__name__}' and '{type(b).__name__}'"
            )
        for side in (a, b):
            if not _is_buffer(side):
                raise TypeError(f"a bytes-like object is required, not '{type(side).__name__}'")
        a = bytes(a)
        b = bytes(b)
    difference = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        difference |= x ^ y
    return difference == 0


def _is_buffer(obj):
    if isinstance(obj, (bytes, bytearray)):
        return True
    if isinstance(obj, str):
        return False
    try:
        memoryview(obj)
    except TypeError:
        return False
    return True
