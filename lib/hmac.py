"""Keyed-hashing for message authentication (RFC 2104), heapstack's own implementation on
hashlib: HMAC objects, new(), the one-shot digest() and compare_digest()."""

import hashlib as _hashlib
import _operator

compare_digest = _operator._compare_digest

# The byte-wise XOR tables RFC 2104 pads the key with.
trans_5C = bytes(b ^ 0x5C for b in range(256))
trans_36 = bytes(b ^ 0x36 for b in range(256))

_NO_DIGESTMOD = "Missing required parameter 'digestmod'."

# Required by the PEP 247 interface; the size of a digest is per object.
digest_size = None


def _constructor(digestmod):
    """A callable making a fresh hash object for `digestmod` (a name, a constructor or a module)."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    return lambda data=b"": digestmod.new(data)


class HMAC:
    """A keyed hash (RFC 2104 and RFC 4231) with the PEP 247 hash object interface."""

    blocksize = 64  # the block size used when the digest reports none (or a tiny one)

    __slots__ = ("_hmac", "_ih", "_oh", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, bytes | bytearray):
            kind = type(key).__name__
            raise TypeError(f"key: expected bytes or bytearray, but got {kind!r}")
        if not digestmod:
            raise TypeError(_NO_DIGESTMOD)
        self._hmac = None
        make = _constructor(digestmod)
        self._oh = make()
        self._ih = make()
        self.digest_size = self._ih.digest_size  # of the inner hash
        block = getattr(self._ih, "block_size", None)
        if block is None or block < 16:
            import warnings

            if block is None:
                warnings.warn("No block_size attribute on given digest object; Assuming %d."
                              % self.blocksize, RuntimeWarning, 2)
            else:
                warnings.warn("block_size of %d seems too small; using our default of %d."
                              % (block, self.blocksize), RuntimeWarning, 2)
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = make(key).digest()
        key = bytes(key).ljust(block, b"\0")
        for h, table in ((self._oh, trans_5C), (self._ih, trans_36)):
            h.update(key.translate(table))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._ih.name

    def update(self, msg):
        """Add msg to the authenticated message."""
        self._ih.update(msg)

    def copy(self):
        """An independent HMAC object in the same state."""
        cls = type(self)
        other = cls.__new__(cls)
        other._hmac = None
        other.digest_size, other.block_size = self.digest_size, self.block_size
        other._ih, other._oh = self._ih.copy(), self._oh.copy()
        return other

    def _current(self):
        outer = self._oh.copy()
        outer.update(self._ih.digest())
        return outer

    def digest(self):
        """The MAC of what was fed so far, as bytes (the object can still be updated)."""
        return self._current().digest()

    def hexdigest(self):
        """digest() as a string of hex digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC object keyed with `key` (bytes), fed `msg` when given; `digestmod` is a
    hashlib name, a hash constructor or a module with new()."""
    return HMAC(key, msg=msg, digestmod=digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key in one call (digest: as new()'s digestmod)."""
    return HMAC(key, msg, digest).digest()
