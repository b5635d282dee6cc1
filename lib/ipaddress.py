"""IPv4/IPv6 addresses, networks and interfaces (heapstack's own implementation).

ip_address/ip_network/ip_interface and the IPv4*/IPv6* classes with CPython 3.11's parsing
rules and error messages, string forms (IPv6 compression), arithmetic and comparisons, the
is_* properties, network iteration, hosts(), subnets/supernet, address_exclude, and the
module helpers summarize_address_range, collapse_addresses and get_mixed_type_key.
"""

import functools

__version__ = "1.0"

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value error related to the address."""


class NetmaskValueError(ValueError):
    """A value error related to the netmask."""


# The factories try each version's class in their own frame, so an error from a class (a
# network with host bits set) shows the frames python3's do.
def ip_address(address):
    """An IPv4Address or IPv6Address from a string or an integer."""
    for kind in (IPv4Address, IPv6Address):
        try:
            return kind(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 address")


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network (strict: no host bits may be set)."""
    for kind in (IPv4Network, IPv6Network):
        try:
            return kind(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 network")


def ip_interface(address):
    """An IPv4Interface or IPv6Interface."""
    for kind in (IPv4Interface, IPv6Interface):
        try:
            return kind(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 interface")


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4") from None


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6") from None


def _split_slash(address):
    parts = str(address).split("/")
    if len(parts) > 2:
        raise AddressValueError("Only one '/' permitted in %r" % address)
    return parts


def _trailing_zeros(number, bits):
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


def summarize_address_range(first, last):
    """The smallest networks covering first..last (both addresses of one version)."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError("first and last must be IP addresses, not networks")
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version" % (first, last))
    if first > last:
        raise ValueError("last IP address must be greater than first")
    net = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    lo, hi = int(first), int(last)
    while lo <= hi:
        nbits = min(_trailing_zeros(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net((lo, bits - nbits))
        lo += 1 << nbits
        if lo - 1 == first._ONES:
            break


def collapse_addresses(addresses):
    """Merge addresses and networks into the fewest networks covering them."""
    ranges = []
    version = None
    for item in addresses:
        if version is not None and item.version != version:
            raise TypeError("%s and %s are not of the same version" % (item, ranges[-1][2]))
        version = item.version
        if isinstance(item, _BaseAddress):
            ranges.append((int(item), int(item), item))
        else:
            ranges.append((int(item.network_address), int(item.broadcast_address), item))
    ranges.sort(key=lambda r: (r[0], r[1]))
    merged = []
    for lo, hi, item in ranges:
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi, item])
    addr = IPv4Address if version == 4 else IPv6Address
    for lo, hi, _item in merged:
        yield from summarize_address_range(addr(lo), addr(hi))


def get_mixed_type_key(obj):
    """A sort key for mixed addresses and networks."""
    if isinstance(obj, _BaseNetwork):
        return obj._net_key()
    if isinstance(obj, _BaseAddress):
        return obj._addr_key()
    return NotImplemented


class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._long_form()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._ptr_name()

    @property
    def version(self):
        return self._ver

    def _validate_int(self, address):
        if address < 0:
            raise AddressValueError("%d (< 0) is not permitted as an IPv%d address"
                                    % (address, self._ver))
        if address > self._ONES:
            raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                    % (address, self.max_prefixlen, self._ver))

    def _validate_packed(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, len(address), expected_len, self._ver))

    @classmethod
    def _make_netmask(cls, arg):
        if arg not in cls._masks:
            if isinstance(arg, int):
                prefixlen = arg
                if not (0 <= prefixlen <= cls.max_prefixlen):
                    cls._bad_mask(prefixlen)
            else:
                try:
                    prefixlen = cls._plen_from_text(arg)
                except NetmaskValueError:
                    if cls._ver == 6:
                        raise
                    prefixlen = cls._plen_from_mask_text(arg)
            netmask = cls._addr_type(cls._mask_int(prefixlen))
            cls._masks[arg] = netmask, prefixlen
        return cls._masks[arg]

    @classmethod
    def _mask_int(cls, prefixlen):
        return cls._ONES ^ (cls._ONES >> prefixlen)

    @classmethod
    def _plen_from_mask_int(cls, value):
        trailing = _trailing_zeros(value, cls.max_prefixlen)
        prefixlen = cls.max_prefixlen - trailing
        if (value >> trailing) != (1 << prefixlen) - 1:
            raise ValueError("Netmask pattern %r mixes zeroes & ones"
                             % value.to_bytes(cls.max_prefixlen // 8, "big"))
        return prefixlen

    @classmethod
    def _bad_mask(cls, mask_text):
        raise NetmaskValueError("%r is not a valid netmask" % mask_text) from None

    @classmethod
    def _plen_from_text(cls, digits):
        if not (digits.isascii() and digits.isdigit()):
            cls._bad_mask(digits)
        try:
            prefixlen = int(digits)
        except ValueError:
            cls._bad_mask(digits)
        if not (0 <= prefixlen <= cls.max_prefixlen):
            cls._bad_mask(digits)
        return prefixlen

    @classmethod
    def _plen_from_mask_text(cls, text):
        try:
            value = cls._parse(text)
        except AddressValueError:
            cls._bad_mask(text)
        try:
            return cls._plen_from_mask_int(value)
        except ValueError:
            pass
        try:
            return cls._plen_from_mask_int(value ^ cls._ONES)
        except ValueError:
            cls._bad_mask(text)

    @classmethod
    def _addr_and_plen(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls.max_prefixlen
        if not isinstance(address, tuple):
            address = _split_slash(address)
        if len(address) > 1:
            return address
        return address[0], cls.max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._int

    def __eq__(self, other):
        try:
            return self._int == other._int and self._ver == other._ver
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._ver != other._ver:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        return self._int < other._int

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __str__(self):
        return str(self._format(self._int))

    def __hash__(self):
        return hash(hex(int(self._int)))

    def _addr_key(self):
        return (self._ver, self)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == "s":
            return format(str(self), fmt)
        # [#][_](b|n|x|X)
        if fmt in {alt + sep + kind for alt in ("", "#") for sep in ("", "_") for kind in "bnxX"}:
            kind = fmt[-1] if fmt[-1] != "n" else ("b" if self._ver == 4 else "x")
            alt = "#" in fmt
            sep = "_" in fmt
            width = self.max_prefixlen if kind == "b" else self.max_prefixlen // 4
            if sep:
                width += width // 4 - 1
            if alt:
                width += 2
            spec = "%s0%d%s%s" % ("#" if alt else "", width, "_" if sep else "", kind)
            return format(int(self), spec)
        return super().__format__(fmt)


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """Shared by IPv4Network and IPv6Network."""

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __str__(self):
        return "%s/%d" % (self.network_address, self.prefixlen)

    def hosts(self):
        """The usable host addresses (the network and broadcast addresses left out)."""
        lo_int = int(self.network_address)
        hi_int = int(self.broadcast_address)
        for x in range(lo_int + 1, hi_int):
            yield self._addr_type(x)

    def __iter__(self):
        lo_int = int(self.network_address)
        hi_int = int(self.broadcast_address)
        for x in range(lo_int, hi_int + 1):
            yield self._addr_type(x)

    def __getitem__(self, n):
        lo_int = int(self.network_address)
        hi_int = int(self.broadcast_address)
        if n >= 0:
            if lo_int + n > hi_int:
                raise IndexError("address out of range")
            return self._addr_type(lo_int + n)
        n += 1
        if hi_int + n < lo_int:
            raise IndexError("address out of range")
        return self._addr_type(hi_int + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._ver != other._ver:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._ver == other._ver and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._ver != other._ver:
            return False
        if isinstance(other, _BaseNetwork):
            return False
        return other._int & self.netmask._int == self.network_address._int

    def overlaps(self, other):
        """True if this network is partly or wholly contained in other or vice versa."""
        return self.network_address in other or (
            self.broadcast_address in other or (
                other.network_address in self or other.broadcast_address in self))

    @functools.cached_property
    def broadcast_address(self):
        return self._addr_type(int(self.network_address) | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._addr_type(int(self.netmask) ^ self._ONES)

    @property
    def with_prefixlen(self):
        return "%s/%d" % (self.network_address, self._plen)

    @property
    def with_netmask(self):
        return "%s/%s" % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return "%s/%s" % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def _addr_type(self):
        raise NotImplementedError

    @property
    def prefixlen(self):
        return self._plen

    def address_exclude(self, other):
        """The networks left when `other` (inside this one) is removed."""
        if not self._ver == other._ver:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError("%s not contained in %s" % (other, self))
        if other == self:
            return
        other = other.__class__("%s/%s" % (other.network_address, other.prefixlen))
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            elif other.subnet_of(s2):
                yield s1
                s1, s2 = s2.subnets()
            else:
                raise AssertionError("Error performing exclusion: s1: %s s2: %s other: %s"
                                     % (s1, s2, other))
        if s1 == other:
            yield s2
        elif s2 == other:
            yield s1
        else:
            raise AssertionError("Error performing exclusion: s1: %s s2: %s other: %s"
                                 % (s1, s2, other))

    def compare_networks(self, other):
        if self._ver != other._ver:
            raise TypeError("%s and %s are not of the same type" % (self, other))
        if self.network_address < other.network_address:
            return -1
        if self.network_address > other.network_address:
            return 1
        if self.netmask < other.netmask:
            return -1
        if self.netmask > other.netmask:
            return 1
        return 0

    def _net_key(self):
        return (self._ver, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The networks one (or prefixlen_diff, or up to new_prefix) bits smaller."""
        if self._plen == self.max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._plen:
                raise ValueError("new prefix must be longer")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = new_prefix - self._plen
        if prefixlen_diff < 0:
            raise ValueError("prefix length diff must be > 0")
        plen = self._plen + prefixlen_diff
        if plen > self.max_prefixlen:
            raise ValueError("prefix length diff %d is invalid for netblock %s"
                             % (plen, self))
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for new_addr in range(start, end, step):
            yield self.__class__((new_addr, plen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network one (or prefixlen_diff, or down to new_prefix) bits larger."""
        if self._plen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._plen:
                raise ValueError("new prefix must be shorter")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = self._plen - new_prefix
        plen = self.prefixlen - prefixlen_diff
        if plen < 0:
            raise ValueError("current prefixlen is %d, cannot have a prefixlen_diff of %d"
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff),
                               plen))

    @staticmethod
    def _within(a, b):
        try:
            if a._ver != b._ver:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address
                    and b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}") from None

    def subnet_of(self, other):
        return self._within(self, other)

    def supernet_of(self, other):
        return self._within(other, self)

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and self.broadcast_address.is_reserved

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and self.broadcast_address.is_link_local

    @property
    def is_private(self):
        return self.network_address.is_private and self.broadcast_address.is_private

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and self.broadcast_address.is_unspecified

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast


def _in_any(address, networks):
    return any(address in net for net in networks)


# --- IPv4 -----------------------------------------------------------------------------------

class _BaseV4:
    __slots__ = ()
    _ver = 4
    _ONES = (2 ** IPV4LENGTH) - 1
    max_prefixlen = IPV4LENGTH
    _masks = {}

    def _long_form(self):
        return str(self)

    @classmethod
    def _parse(cls, text):
        if not text:
            raise AddressValueError("Address cannot be empty")
        octets = text.split(".")
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % text)
        try:
            value = 0
            for octet in octets:
                value = (value << 8) | cls._octet(octet)
            return value
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, text)) from None

    @classmethod
    def _octet(cls, digits):
        if not digits:
            raise ValueError("Empty octet not permitted")
        if not (digits.isascii() and digits.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % digits)
        if len(digits) > 3:
            raise ValueError("At most 3 characters permitted in %r" % digits)
        if digits != "0" and digits[0] == "0":
            raise ValueError("Leading zeros are not permitted in %r" % digits)
        octet = int(digits, 10)
        if octet > 255:
            raise ValueError("Octet %d (> 255) not permitted" % octet)
        return octet

    @classmethod
    def _format(cls, value):
        return ".".join(str(b) for b in value.to_bytes(4, "big"))

    def _ptr_name(self):
        return ".".join(reversed(str(self).split("."))) + ".in-addr.arpa"


class IPv4Address(_BaseV4, _BaseAddress):
    """Represent and manipulate single IPv4 Addresses."""

    __slots__ = ("_int", "__weakref__")

    def __init__(self, address):
        if isinstance(address, int):
            self._validate_int(address)
            self._int = address
            return
        if isinstance(address, bytes):
            self._validate_packed(address, 4)
            self._int = int.from_bytes(address, "big")
            return
        addr_str = str(address)
        if "/" in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._int = self._parse(addr_str)

    @property
    def packed(self):
        return v4_int_to_packed(self._int)

    @property
    def is_reserved(self):
        return self in _V4.reserved

    @property
    def is_private(self):
        return _in_any(self, _V4.private)

    @property
    def is_global(self):
        return self not in _V4.public and not self.is_private

    @property
    def is_multicast(self):
        return self in _V4.multicast

    @property
    def is_unspecified(self):
        return self == _V4.unspecified

    @property
    def is_loopback(self):
        return self in _V4.loopback

    @property
    def is_link_local(self):
        return self in _V4.linklocal


class IPv4Interface(IPv4Address):
    def __init__(self, address):
        addr, mask = self._addr_and_plen(address)
        IPv4Address.__init__(self, addr)
        self.network = IPv4Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._plen = self.network._plen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return "%s/%d" % (self._format(self._int), self._plen)

    def __eq__(self, other):
        same = IPv4Address.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        before = IPv4Address.__lt__(self, other)
        if before is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or self.network == other.network and before
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._int, self._plen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv4Address(self._int)

    @property
    def with_prefixlen(self):
        return "%s/%s" % (self._format(self._int), self._plen)

    @property
    def with_netmask(self):
        return "%s/%s" % (self._format(self._int), self.netmask)

    @property
    def with_hostmask(self):
        return "%s/%s" % (self._format(self._int), self.hostmask)


class IPv4Network(_BaseV4, _BaseNetwork):
    """This class represents and manipulates 32-bit IPv4 network + addresses."""

    _addr_type = IPv4Address

    def __init__(self, address, strict=True):
        addr, mask = self._addr_and_plen(address)
        self.network_address = IPv4Address(addr)
        self.netmask, self._plen = self._make_netmask(mask)
        as_int = int(self.network_address)
        if as_int & int(self.netmask) != as_int:
            if strict:
                raise ValueError("%s has host bits set" % self)
            self.network_address = IPv4Address(as_int & int(self.netmask))
        if self._plen == (self.max_prefixlen - 1):
            self.hosts = self.__iter__
        elif self._plen == self.max_prefixlen:
            self.hosts = lambda: [IPv4Address(addr)]

    @property
    def is_global(self):
        return (not (self.network_address in _V4.public and self.broadcast_address in _V4.public)
                and not self.is_private)


class _V4:
    """IPv4 special-purpose ranges (filled in below)."""


_V4.linklocal = IPv4Network("169.254.0.0/16")
_V4.loopback = IPv4Network("127.0.0.0/8")
_V4.multicast = IPv4Network("224.0.0.0/4")
_V4.public = IPv4Network("100.64.0.0/10")
_V4.private = [IPv4Network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/29",
    "192.0.0.170/31", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
    "203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32")]
_V4.reserved = IPv4Network("240.0.0.0/4")
_V4.unspecified = IPv4Address("0.0.0.0")
IPv4Address._constants = IPv4Network._constants = _V4


# --- IPv6 -----------------------------------------------------------------------------------

class _BaseV6:
    __slots__ = ()
    _ver = 6
    _ONES = (2 ** IPV6LENGTH) - 1
    _NHEXTETS = 8
    max_prefixlen = IPV6LENGTH
    _masks = {}

    @classmethod
    def _parse(cls, text):
        if not text:
            raise AddressValueError("Address cannot be empty")
        parts = text.split(":")
        if len(parts) < 3:
            raise AddressValueError("At least 3 parts expected in %r" % text)
        if "." in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._int
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, text)) from None
            parts.append("%x" % ((v4 >> 16) & 0xFFFF))
            parts.append("%x" % (v4 & 0xFFFF))
        if len(parts) > cls._NHEXTETS + 1:
            raise AddressValueError("At most %d colons permitted in %r" % (cls._NHEXTETS, text))
        skip = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % text)
                skip = i
        if skip is not None:
            hi = skip
            lo = len(parts) - skip - 1
            if not parts[0]:
                hi -= 1
                if hi:
                    raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % text)
            if not parts[-1]:
                lo -= 1
                if lo:
                    raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % text)
            skipped = cls._NHEXTETS - (hi + lo)
            if skipped < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (cls._NHEXTETS - 1, text))
        else:
            if len(parts) != cls._NHEXTETS:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._NHEXTETS, text))
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % text)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % text)
            hi, lo, skipped = len(parts), 0, 0
        try:
            value = 0
            for i in range(hi):
                value = (value << 16) | cls._hextet(parts[i])
            value <<= 16 * skipped
            for i in range(-lo, 0):
                value = (value << 16) | cls._hextet(parts[i])
            return value
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, text)) from None

    @classmethod
    def _hextet(cls, digits):
        if not all(c in "0123456789abcdefABCDEF" for c in digits) or not digits:
            raise ValueError("Only hex digits permitted in %r" % digits)
        if len(digits) > 4:
            raise ValueError("At most 4 characters permitted in %r" % digits)
        return int(digits, 16)

    @classmethod
    def _squeeze(cls, hextets):
        best_start, best_len = -1, 0
        run_start, run_len = -1, 0
        for index, hextet in enumerate(hextets):
            if hextet == "0":
                run_len += 1
                if run_start == -1:
                    run_start = index
                if run_len > best_len:
                    best_len, best_start = run_len, run_start
            else:
                run_start, run_len = -1, 0
        if best_len > 1:
            end = best_start + best_len
            if end == len(hextets):
                hextets += [""]
            hextets[best_start:end] = [""]
            if best_start == 0:
                hextets = [""] + hextets
        return hextets

    @classmethod
    def _format(cls, value=None):
        if value > cls._ONES:
            raise ValueError("IPv6 address is too large")
        hex_str = "%032x" % value
        hextets = ["%x" % int(hex_str[x:x + 4], 16) for x in range(0, 32, 4)]
        return ":".join(cls._squeeze(hextets))

    def _long_form(self):
        if isinstance(self, IPv6Network):
            text = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            text = str(self.ip)
        else:
            text = str(self)
        value = self._parse(text)
        hex_str = "%032x" % value
        parts = [hex_str[x:x + 4] for x in range(0, 32, 4)]
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return "%s/%d" % (":".join(parts), self._plen)
        return ":".join(parts)

    def _ptr_name(self):
        reverse_chars = self.exploded[::-1].replace(":", "")
        return ".".join(reverse_chars) + ".ip6.arpa"

    @staticmethod
    def _scope_split(text):
        addr, sep, scope_id = text.partition("%")
        if not sep:
            scope_id = None
        elif not scope_id or "%" in scope_id:
            # python3 quotes the repr once more
            raise AddressValueError("Invalid IPv6 address: \"%r\"" % text)
        return addr, scope_id


class IPv6Address(_BaseV6, _BaseAddress):
    """Represent and manipulate single IPv6 Addresses."""

    __slots__ = ("_int", "_scope_id", "__weakref__")

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            self._validate_int(address)
            self._int = address
            return
        if isinstance(address, bytes):
            self._validate_packed(address, 16)
            self._int = int.from_bytes(address, "big")
            return
        addr_str = str(address)
        if "/" in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        addr_str, self._scope_id = self._scope_split(addr_str)
        self._int = self._parse(addr_str)

    def __str__(self):
        text = super().__str__()
        return text + "%" + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._int, self._scope_id))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        return self._scope_id == getattr(other, "_scope_id", None)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._int)

    @property
    def is_multicast(self):
        return self in _V6.multicast

    @property
    def is_reserved(self):
        return _in_any(self, _V6.reserved)

    @property
    def is_link_local(self):
        return self in _V6.linklocal

    @property
    def is_site_local(self):
        return self in _V6.sitelocal

    @property
    def is_private(self):
        ipv4_mapped = self.ipv4_mapped
        if ipv4_mapped is not None:
            return ipv4_mapped.is_private
        return _in_any(self, _V6.private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._int == 0

    @property
    def is_loopback(self):
        return self._int == 1

    @property
    def ipv4_mapped(self):
        if (self._int >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._int & 0xFFFFFFFF)

    @property
    def teredo(self):
        if (self._int >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._int >> 64) & 0xFFFFFFFF), IPv4Address(~self._int & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if (self._int >> 112) != 0x2002:
            return None
        return IPv4Address((self._int >> 80) & 0xFFFFFFFF)


class IPv6Interface(IPv6Address):
    def __init__(self, address):
        addr, mask = self._addr_and_plen(address)
        IPv6Address.__init__(self, addr)
        self.network = IPv6Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._plen = self.network._plen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return "%s/%d" % (super().__str__(), self._plen)

    def __eq__(self, other):
        same = IPv6Address.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        before = IPv6Address.__lt__(self, other)
        if before is NotImplemented:
            return before
        try:
            return self.network < other.network or self.network == other.network and before
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._int, self._plen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv6Address(self._int)

    @property
    def with_prefixlen(self):
        return "%s/%s" % (self._format(self._int), self._plen)

    @property
    def with_netmask(self):
        return "%s/%s" % (self._format(self._int), self.netmask)

    @property
    def with_hostmask(self):
        return "%s/%s" % (self._format(self._int), self.hostmask)

    @property
    def is_unspecified(self):
        return self._int == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._int == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """This class represents and manipulates 128-bit IPv6 networks."""

    _addr_type = IPv6Address

    def __init__(self, address, strict=True):
        addr, mask = self._addr_and_plen(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._plen = self._make_netmask(mask)
        as_int = int(self.network_address)
        if as_int & int(self.netmask) != as_int:
            if strict:
                raise ValueError("%s has host bits set" % self)
            self.network_address = IPv6Address(as_int & int(self.netmask))
        if self._plen == (self.max_prefixlen - 1):
            self.hosts = self.__iter__
        elif self._plen == self.max_prefixlen:
            self.hosts = lambda: [IPv6Address(addr)]

    def hosts(self):
        """The usable host addresses (the Subnet-Router anycast address left out)."""
        lo_int = int(self.network_address)
        hi_int = int(self.broadcast_address)
        for x in range(lo_int + 1, hi_int + 1):
            yield self._addr_type(x)

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


class _V6:
    """IPv6 special-purpose ranges (filled in below)."""


_V6.linklocal = IPv6Network("fe80::/10")
_V6.multicast = IPv6Network("ff00::/8")
_V6.sitelocal = IPv6Network("fec0::/10")
_V6.private = [IPv6Network(n) for n in (
    "::1/128", "::/128", "::ffff:0:0/96", "100::/64", "2001::/23", "2001:2::/48",
    "2001:db8::/32", "2001:10::/28", "fc00::/7", "fe80::/10")]
_V6.reserved = [IPv6Network(n) for n in (
    "::/8", "100::/8", "200::/7", "400::/6", "800::/5", "1000::/4", "4000::/3", "6000::/3",
    "8000::/3", "a000::/3", "c000::/3", "e000::/4", "f000::/5", "f800::/6", "fe00::/9")]
IPv6Address._constants = IPv6Network._constants = _V6
