"""UUID objects (RFC 4122) — heapstack's own implementation of CPython 3.11's uuid.

UUID parsing and all its views (str, hex, int, bytes, bytes_le, fields, urn, variant,
version, time, clock_seq, node), uuid1 (time-based; the node is a random multicast
address: heapstack cannot read the hardware address), uuid3/uuid5 (name-based, md5/sha1),
uuid4 (os.urandom) and the standard namespaces.
"""

import os
from enum import Enum, _simple_enum

__author__ = "heapstack"

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

_FULL = 1 << 128


# Made the way CPython's uuid makes it: a plain class turned into an Enum by
# enum._simple_enum, which leaves the plain class behind as cyclic garbage.
@_simple_enum(Enum)
class SafeUUID:
    safe = 0
    unsafe = -1
    unknown = None


# (field name, bit width) in the order of UUID.fields
_FIELD_BITS = (32, 16, 16, 8, 8, 48)


class UUID:
    """A universally unique identifier: an immutable 128-bit number with RFC 4122 views."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        if hex is not None:
            text = hex.replace("urn:", "").replace("uuid:", "")
            text = text.strip("{}").replace("-", "")
            if len(text) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            value = _to_int(text, 16)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            reordered = bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:]
            value = _from_bytes(reordered)
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            value = _from_bytes(bytes)
        elif fields is not None:
            if len(fields) != 6:
                raise ValueError("fields is not a 6-tuple")
            for position, (part, width) in enumerate(zip(fields, _FIELD_BITS), 1):
                if not 0 <= part < (1 << width):
                    article = "an" if width == 8 else "a"
                    raise ValueError(f"field {position} out of range (need {article} {width}-bit value)")
            time_low, time_mid, time_hi_version, seq_hi, seq_low, node = fields
            value = (time_low << 96) | (time_mid << 80) | (time_hi_version << 64) | (((seq_hi << 8) | seq_low) << 48) | node
        else:
            value = int
            if not 0 <= value < _FULL:
                raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # RFC 4122 variant bits, then the version nibble.
            value = (value & ~(0xC000 << 48)) | (0x8000 << 48)
            value = (value & ~(0xF000 << 64)) | (version << 76)
        object.__setattr__(self, "int", value)
        object.__setattr__(self, "is_safe", is_safe)

    def __getstate__(self):
        state = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            state["is_safe"] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "is_safe", SafeUUID(state["is_safe"]) if "is_safe" in state else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})"

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        h = self.hex
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def time(self):
        return ((self.time_hi_version & 0x0FFF) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        top = self.int >> 61  # the three most significant bits of clock_seq_hi_variant
        if not top & 0b100:
            return RESERVED_NCS
        if not top & 0b010:
            return RFC_4122
        if not top & 0b001:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xF
        return None


def _to_int(text, base):
    return int(text, base)


def _encode(name):
    return bytes(name, "utf-8")


def _from_bytes(data):
    return int.from_bytes(data, "big")


_node = None


def getnode():
    """A 48-bit node id: heapstack cannot read a hardware address, so a random one with the
    multicast bit set (RFC 4122's rule for such ids), fixed for the process."""
    global _node
    if _node is None:
        _node = _from_bytes(os.urandom(6)) | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and the node id."""
    global _last_timestamp
    import time

    stamp = time.time_ns() // 100 + 0x01B21DD213814000
    if _last_timestamp is not None and stamp <= _last_timestamp:
        stamp = _last_timestamp + 1
    _last_timestamp = stamp
    if clock_seq is None:
        clock_seq = _from_bytes(os.urandom(2)) & 0x3FFF
    if node is None:
        node = getnode()
    fields = (
        stamp & 0xFFFFFFFF,
        (stamp >> 32) & 0xFFFF,
        (stamp >> 48) & 0x0FFF,
        (clock_seq >> 8) & 0x3F,
        clock_seq & 0xFF,
        node,
    )
    return UUID(fields=fields, version=1)


def _name_based(namespace, name, algorithm, version):
    import hashlib

    name = _encode(name)  # 3.11 accepts only str names (bytes(name, "utf-8"))
    digest = hashlib.new(algorithm, namespace.bytes + name, usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    return _name_based(namespace, name, "md5", 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _name_based(namespace, name, "sha1", 5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
