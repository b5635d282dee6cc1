"""re.RegexFlag: an int subclass that behaves like CPython 3.11's IntFlag-based RegexFlag.

CPython builds RegexFlag with enum (IntFlag, boundary KEEP, made global); heapstack's re does
not depend on enum, so the parts of that behaviour a program can see are written out here:
canonical members and aliases, composite values named by their members in definition order
(unknown bits shown in hex), reprs like ``re.IGNORECASE|re.MULTILINE``, the bitwise operators
returning flags, ``~`` within the defined bits, membership, iteration and len().
"""

_MODULE = 're'


class _FlagMeta(type):
    """The metaclass: class-level iteration, lookup by name and value, and the class repr."""

    def __call__(cls, value):
        if isinstance(value, cls):
            value = value._value_
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member
        return cls._make(value)

    def __repr__(cls):
        return "<flag %r>" % cls.__name__

    def __iter__(cls):
        return iter(cls._canonical_)

    def __reversed__(cls):
        return reversed(cls._canonical_)

    def __len__(cls):
        return len(cls._canonical_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._value2member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return _mappingproxy(cls._member_map_)


_mappingproxy = type(type.__dict__)


class _Flag(int, metaclass=_FlagMeta):
    _member_map_ = {}
    _value2member_map_ = {}
    _canonical_ = ()
    _flag_mask_ = 0
    _all_bits_ = 0

    @classmethod
    def _define(cls, members):
        """Creates the members from (name, value) pairs; a repeated value makes an alias."""
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        canonical = []
        for name, value in members:
            member = cls._value2member_map_.get(value)
            if member is None:
                member = int.__new__(cls, value)
                member._name_ = name
                member._value_ = value
                member._order_ = len(canonical)
                cls._value2member_map_[value] = member
                if value:
                    canonical.append(member)
                    cls._flag_mask_ |= value
            cls._member_map_[name] = member
            setattr(cls, name, member)
        cls._canonical_ = tuple(canonical)
        cls._all_bits_ = 2 ** cls._flag_mask_.bit_length() - 1

    @classmethod
    def _members_of(cls, value):
        """The canonical members whose bits are all in `value`, in definition order."""
        return [m for m in cls._canonical_ if m._value_ & value == m._value_]

    @classmethod
    def _make(cls, value):
        # A composite or out-of-range value: named after its members, unknown bits in hex.
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = cls._all_bits_
        flag_mask = cls._flag_mask_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        member = int.__new__(cls, value)
        member._value_ = value
        members = cls._members_of(value & flag_mask)
        combined = 0
        for m in members:
            combined |= m._value_
        unknown = value ^ combined
        if combined:
            member._name_ = '|'.join(m._name_ for m in members)
            if unknown:
                member._name_ += '|%s' % hex(unknown)
        else:
            member._name_ = None
        if not unknown:
            member = cls._value2member_map_.setdefault(value, member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = member
        return member

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return "%s.%s(%r)" % (_MODULE, cls_name, self._value_)
        parts = []
        for n in self._name_.split('|'):
            parts.append(n if n[0].isdigit() else '%s.%s' % (_MODULE, n))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return int.__format__(self._value_, spec)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _operand(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if isinstance(other, int):
            return other
        return None

    def __or__(self, other):
        o = self._operand(other)
        if o is None:
            return NotImplemented
        return type(self)(self._value_ | o)

    def __and__(self, other):
        o = self._operand(other)
        if o is None:
            return NotImplemented
        return type(self)(self._value_ & o)

    def __xor__(self, other):
        o = self._operand(other)
        if o is None:
            return NotImplemented
        return type(self)(self._value_ ^ o)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(~self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(type(self)._members_of(self._value_))

    def __len__(self):
        return bin(self._value_).count('1')
