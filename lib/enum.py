"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag and their helpers.

heapstack's own implementation of the 3.11 enum module's documented behaviour
(member creation through a metaclass, value/name lookup, the functional API,
flag arithmetic with boundaries, verify/unique checks).
"""

import sys as _sys
from _dynamicclassattribute import DynamicClassAttribute as _DynamicClassAttribute

# (types is not imported: it would double the cost of importing enum)
_MappingProxy = type(type.__dict__)

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "ReprEnum", "auto", "unique", "property", "verify", "member", "nonmember",
    "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
    "global_flag_repr", "global_enum_repr", "global_str", "global_enum",
    "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE",
    "pickle_by_global_name", "pickle_by_enum_name",
]

# These names are bound once the corresponding classes exist; the metaclass
# consults them to know how far the bootstrap has gone.
Enum = ReprEnum = Flag = EJECT = _stdlib_enums = None
STRICT = CONFORM = KEEP = None


# ---------------------------------------------------------------- name rules

def _is_dunder(name):
    return len(name) > 4 and name[:2] == "__" == name[-2:] and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == "_" == name[-1] and name[1] != "_" and name[-2] != "_"


def _is_private(class_name, name):
    # a mangled "__x" written inside class `class_name`
    prefix = "_" + class_name.lstrip("_") + "__"
    return name.startswith(prefix) and not name.endswith("__") and len(name) > len(prefix)


def _is_descriptor(obj):
    # asked of the object itself, as CPython does: a class defining __get__ counts
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_internal_class(cls_name, obj):
    # a class statement nested in the enum's body (its qualname ends with "<enum>.<name>")
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, "__qualname__", "")
    nested = cls_name + "." + getattr(obj, "__name__", "")
    return qualname == nested or qualname.endswith("." + nested)


def _is_single_bit(num):
    return num > 0 and num & (num - 1) == 0


def _bits_lsb(num):
    # the single-bit values set in num, lowest first
    while num:
        low = num & -num
        yield low
        num ^= low


def _high_bit(num):
    return num.bit_length() - 1


def show_flag_values(value):
    return list(_bits_lsb(value))


def bin(num, max_bits=None):
    """Two's-complement binary text: sign digit, a space, then the digits."""
    width = num.bit_length()
    if num >= 0:
        sign, digits = "0", (format(num, "b") if num else "")
    else:
        sign, digits = "1", format(num & ((1 << width) - 1), "b").zfill(width)
    if max_bits is not None and len(digits) < max_bits:
        digits = sign * (max_bits - len(digits)) + digits
    return "0b%s %s" % (sign, digits)


_bltin_property = property

_SUNDER_ALLOWED = frozenset((
    "_order_", "_generate_next_value_", "_numeric_repr_", "_missing_", "_ignore_",
    "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_",
))


# ------------------------------------------------------- markers in the body

class nonmember:
    """Protects a value in an enum body from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces a value in an enum body (a function, say) to become a member."""

    def __init__(self, value):
        self.value = value


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Stands for a value to be computed by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class property(_DynamicClassAttribute):
    """Like types.DynamicClassAttribute, for enums: on the class it yields the
    member of that name (if any), on members it runs the getter."""

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            member = self.__dict__.get("member")
            if member is not None:
                return member
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        self.fdel(instance)


# ------------------------------------------------------------ the namespace

class _EnumDict(dict):
    """The class-body namespace: records member names in order and resolves
    auto() values as they are assigned."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._mixins = None
        self._generate_next_value = None

    def _special_name(self, key, value):
        """Record a private, _sunder_ or __dunder__ name; False for other names."""
        if self._cls_name is not None and _is_private(self._cls_name, key):
            return True
        if _is_sunder(key):
            if key not in _SUNDER_ALLOWED:
                raise ValueError(
                    "_sunder_ names, such as %r, are reserved for future Enum use" % (key,))
            if key == "_generate_next_value_":
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = getattr(value, "__func__", value)
            elif key == "_ignore_":
                names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
                clash = set(names) & set(self._member_names)
                if clash:
                    raise ValueError("_ignore_ cannot specify already set names: %r" % (clash,))
                self._ignore = names
            return True
        return _is_dunder(key)

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_internal_class(self._cls_name, value):
            import warnings
            warnings.warn(
                "In 3.13 classes created inside an enum will not become a member.  "
                "Use the `member` decorator to keep the current behavior.",
                DeprecationWarning, stacklevel=2)
        if key[:1] == "_" and self._special_name(key, value):
            if key == "__order__":
                key = "_order_"
            super().__setitem__(key, value)
            return
        if key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                value = value.value
                self._last_values.append(value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                resolved = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        self._last_values.append(v.value)
                        v = v.value
                    resolved.append(v)
                value = tuple(resolved)
            else:
                self._last_values.append(value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def update(self, members, **more_members):
        # one assignment per name, so a name given twice is refused as in a class body
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


# --------------------------------------------------------------- metaclass

class EnumType(type):
    """Metaclass of every enumeration."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        namespace._mixins = (bases, member_type, first_enum)
        if first_enum is not None:
            namespace["_generate_next_value_"] = getattr(first_enum, "_generate_next_value_", None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        names_to_drop = list(getattr(classdict, "_ignore", ()))
        names_to_drop.append("_ignore_")
        for key in names_to_drop:
            dict.pop(classdict, key, None)
        known = getattr(classdict, "_mixins", None)
        if known is not None and known[0] == bases:
            member_type, first_enum = known[1], known[2]
        else:
            member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, saved_new, use_args = metacls._find_new_(classdict, member_type, first_enum)

        member_names = list(getattr(classdict, "_member_names", ()))
        bad = [n for n in member_names if n in ("mro", "")]
        if bad:
            raise ValueError("invalid enum member name(s) %s" % ",".join(repr(n) for n in bad))
        for name in member_names:
            # the member is made when type.__new__ calls __set_name__, so that
            # __init_subclass__ already sees every member
            dict.__setitem__(classdict, name, _PendingMember(dict.__getitem__(classdict, name)))

        body = dict(classdict)
        body["_new_member_"] = new_member
        body["_use_args_"] = use_args
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_unhashable_values_"] = []
        body["_member_type_"] = member_type
        body["_value_repr_"] = metacls._find_data_repr_(cls, bases)
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases)
        if is_flag:
            body["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
            body["_flag_mask_"] = 0
            body["_singles_mask_"] = 0
            body["_all_bits_"] = 0
            body["_inverted_"] = None
        if Enum is not None and "__new__" in body:
            body["__new__"] = Enum.__dict__["__new__"]
        order = body.pop("_order_", None)
        if isinstance(order, str):
            order = order.replace(",", " ").split()

        try:
            enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        except RuntimeError as exc:
            # a failing member constructor surfaces as itself, not wrapped
            if exc.__cause__ is not None and str(exc).startswith("Error calling __set_name__"):
                raise exc.__cause__ from None
            raise

        if Enum is not None:
            _settle_methods(enum_class, body, member_type, first_enum, bases)
            # set last, after the members: vars(enum_class) lists them in this order
            if saved_new is not None:
                enum_class.__new_member__ = saved_new
            # the plain function, as python3 assigns it (help() lists it as a method)
            enum_class.__new__ = Enum.__new__
        if is_flag:
            _finish_flag(enum_class)

        if order is not None:
            if is_flag:
                order = [n for n in order
                         if n not in enum_class._member_map_ or n in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, order))
        return enum_class

    # -- creation helpers

    @classmethod
    def _check_for_existing_members_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = metacls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if "__repr__" in base.__dict__:
                    return base.__dict__["__repr__"]
        return None

    @classmethod
    def _find_data_type_(metacls, class_name, bases):
        found = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        found.append(base._member_type_)
                        break
                elif "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                    found.append(candidate or base)
                    break
                else:
                    candidate = candidate or base
        unique_types = []
        for kind in found:
            if kind not in unique_types:
                unique_types.append(kind)
        if len(unique_types) > 1:
            raise TypeError("too many data types for %r: %r" % (class_name, set(unique_types)))
        return unique_types[0] if unique_types else None

    @classmethod
    def _find_new_(metacls, classdict, member_type, first_enum):
        """Return (constructor of members, the body's own __new__ or None, whether
        the constructor takes the value as arguments)."""
        if Enum is None or first_enum is None:
            # Enum itself: its __new__ is the value lookup, never a constructor
            return classdict.get("__new__", object.__new__), None, False
        own = classdict.get("__new__")
        if own is not None:
            return getattr(own, "__func__", own), own, True
        lookup = Enum.__new__
        for name in ("__new_member__", "__new__"):
            for owner in (member_type, first_enum):
                target = getattr(owner, name, None)
                if target is not None and target is not object.__new__ and target is not lookup:
                    return target, None, True
        return object.__new__, None, False

    # -- behaviour of the enumeration classes

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            if not cls._member_map_:
                raise TypeError("%r has no members defined" % (cls,))
            # Enum.__new__'s lookup done here for an int or str value (their hash and ==
            # run no program code, so a miss looked up again there behaves the same):
            # Color(1) and every Flag operator's result skip a frame
            value_type = _type(value)
            if (value_type is int or value_type is str) and cls.__new__ is _enum_new:
                member = cls._value2member_map_.get(value)
                if member is not None:
                    return member
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        namespace = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            seen_values = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, seen_values[:])
                seen_values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                namespace[item] = names[item]
            else:
                item_name, item_value = item
                namespace[item_name] = item_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            namespace["__module__"] = module
        if qualname is not None:
            namespace["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        module_globals = _sys.modules[module].__dict__
        source = module_globals if source is None else source.__dict__
        chosen = [(key, value) for key, value in source.items() if filter(key)]
        try:
            chosen.sort(key=lambda kv: (kv[1], kv[0]))
        except TypeError:
            chosen.sort(key=lambda kv: kv[0])
        body = _EnumDict()
        body._cls_name = name
        body["_generate_next_value_"] = getattr(cls, "_generate_next_value_", None)
        for key, value in chosen:
            body[key] = value
        body["__module__"] = module
        made = type(cls).__new__(type(cls), name, (cls,), body, boundary=boundary or KEEP)
        if as_global:
            global_enum(made)
        else:
            module_globals.update(made.__members__)
        module_globals[name] = made
        return made

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        """
        Return True if member is a member of this enum
        raises TypeError if member is not an enum member

        note: in 3.12 TypeError will no longer be raised, and True will also be
        returned if member is the value of a member in this enum
        """
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __getattr__(cls, name):
        if not _is_dunder(name):
            table = cls.__dict__.get("_member_map_")
            if table is not None and name in table:
                return table[name]
        raise AttributeError(name)

    def __dir__(cls):
        names = {
            "__class__", "__contains__", "__doc__", "__getitem__", "__iter__", "__len__",
            "__members__", "__module__", "__name__", "__qualname__", "__init_subclass__",
        }
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add("__new__")
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        """
        Return the member matching `name`.
        """
        return cls._member_map_[name]

    def __iter__(cls):
        """
        Return members in definition order.
        """
        table = cls._member_map_
        return (table[name] for name in cls._member_names_)

    def __reversed__(cls):
        """
        Return members in reverse definition order.
        """
        table = cls._member_map_
        return (table[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        """
        Return the number of members (no aliases)
        """
        return len(cls._member_names_)

    @_bltin_property
    def __members__(cls):
        """
        Returns a mapping of member name->value.

        This mapping lists all enum members, including aliases. Note that this
        is a read-only view of the internal mapping.
        """
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType


# ------------------------------------------------ class-building helpers

def _settle_methods(enum_class, body, member_type, first_enum, bases):
    settled = set(body)
    if ReprEnum is not None and ReprEnum in bases:
        if member_type is object:
            raise TypeError("ReprEnum subclasses must be mixed with a data type "
                            "(i.e. int, str, float, etc.)")
        if "__format__" not in body:
            enum_class.__format__ = member_type.__format__
            settled.add("__format__")
        if "__str__" not in body:
            as_text = member_type.__str__
            if as_text is object.__str__:
                as_text = member_type.__repr__
            enum_class.__str__ = as_text
            settled.add("__str__")
    # repr/str/format/pickling come from the enum side when what the class
    # would use is the data type's or object's own
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name in settled:
            continue
        current = getattr(enum_class, name)
        if current == getattr(member_type, name) or current == getattr(object, name):
            setattr(enum_class, name, getattr(first_enum, name))
    # every flag class holds the flag operators itself
    if Flag is not None and issubclass(enum_class, Flag):
        for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                     "__invert__"):
            if name not in settled:
                setattr(enum_class, name, getattr(Flag, name))


class _PendingMember:
    """Stands in the class body for a member until the class exists."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, name):
        # the member is stored anew, after the class's other attributes
        type.__delattr__(enum_class, name)
        _add_member(enum_class, name, self.value)


def _property_kinds():
    return (_bltin_property, _DynamicClassAttribute)


def _add_member(enum_class, name, value):
    member_type = enum_class._member_type_
    if isinstance(value, tuple):
        args = value
    else:
        args = (value,)
    if member_type is tuple:
        args = (args,)
    if enum_class._use_args_:
        item = enum_class._new_member_(enum_class, *args)
    else:
        item = enum_class._new_member_(enum_class)
    if not hasattr(item, "_value_"):
        if member_type is object:
            item._value_ = value
        else:
            try:
                item._value_ = member_type(*args)
            except Exception as exc:
                problem = TypeError("_value_ not set in __new__, unable to create it")
                problem.__cause__ = exc
                raise problem
    value = item._value_
    item._name_ = name
    item.__objclass__ = enum_class
    item.__init__(*args)
    names = enum_class._member_names_
    item._sort_order_ = len(names)

    is_flag = Flag is not None and issubclass(enum_class, Flag)
    if is_flag and isinstance(value, int):
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is not None:
        item = canonical
    elif not (is_flag and isinstance(value, int)) or _is_single_bit(value):
        names.append(name)

    # a member shadowing an inherited property becomes a redirecting property
    shadowed = None
    for base in enum_class.__mro__[1:]:
        found = base.__dict__.get(name)
        if found is not None and isinstance(found, _property_kinds()):
            shadowed = found
            break
    if shadowed is not None:
        redirect = property(shadowed.fget, shadowed.fset, shadowed.fdel)
        redirect.member = item
        redirect.__set_name__(enum_class, name)
        type.__setattr__(enum_class, name, redirect)
    else:
        type.__setattr__(enum_class, name, item)
    enum_class._member_map_[name] = item
    try:
        enum_class._value2member_map_.setdefault(value, item)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _finish_flag(enum_class):
    values = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
    if values != sorted(values):
        enum_class._iter_member_ = enum_class._iter_member_by_def_
    if enum_class._boundary_ is None:
        enum_class._boundary_ = STRICT



# -------------------------------------------------------------- base classes

class Enum(metaclass=EnumType):
    """
    Create a collection of name/value pairs.

    Access members by attribute (Color.RED), by value (Color(1)) or by name
    (Color['RED']); iterate, count with len() and test membership with `in`.
    """

    def __new__(cls, value):
        # called as Color(value): look the member up
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            # reached through super().__new__ in a member constructor, before any member exists
            raise TypeError("%r has no members defined" % cls)
        problem = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            problem = exc
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        try:
            if result is None and problem is None:
                raise not_valid
            if problem is None:
                problem = TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                                    % (cls.__name__, result))
            if not isinstance(problem, ValueError):
                problem.__context__ = not_valid
            raise problem
        finally:
            problem = not_valid = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            ordered = sorted(last_values)
        except TypeError:
            ordered = None
        if ordered is not None and last == ordered[-1]:
            try:
                return last + 1
            except TypeError:
                pass
        import warnings
        warnings.warn(
            "In 3.13 the default `auto()`/`_generate_next_value_` will require all values "
            "to be sortable and support adding +1\n"
            "and the value returned will be the largest value in the enum incremented by 1",
            DeprecationWarning, stacklevel=3)
        for value in reversed(ordered if ordered is not None else last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, show(self._value_))

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __dir__(self):
        """
        Returns public methods and other interesting attributes.
        """
        if self._member_type_ is object:
            names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}
        else:
            names = set(object.__dir__(self))
        for key in getattr(self, "__dict__", ()):
            if key[0] != "_":
                names.add(key)
        members = type(self)._member_map_
        for klass in type(self).__mro__:
            for key, obj in klass.__dict__.items():
                if key[0] == "_":
                    continue
                if key in members and (obj is members[key] or getattr(obj, "member", None) is not None):
                    if self._member_type_ is object:
                        continue
                names.add(key)
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


# what EnumType.__call__ compares with (see there)
_enum_new = Enum.__new__
_type = type


class ReprEnum(Enum):
    """Only the repr() is the enum's; str() and format() are the data type's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        text = str(*values)
        item = str.__new__(cls, text)
        item._value_ = text
        return item

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class EnumCheck(StrEnum):
    """Checks that @verify can make."""

    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class FlagBoundary(StrEnum):
    """What a Flag does with values holding bits it has no member for."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Members are bit flags that combine with |, & and ^."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        # the highest value so far, not the last: an alias (DOS = 2) must not rewind auto()
        last = max(last_values)
        try:
            top = _high_bit(last)
        except Exception:
            raise TypeError("invalid flag value %r" % last) from None
        return 2 ** (top + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        lookup = cls._value2member_map_
        num = value & cls._flag_mask_
        while num:  # the single bits of num, lowest first (_bits_lsb's loop, inline)
            bit = num & -num
            num ^= bit
            found = lookup.get(bit)
            if found is not None:
                yield found

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        singles = cls._singles_mask_
        everything = cls._all_bits_
        boundary = cls._boundary_
        negative = None
        if not (~everything <= value <= everything) or value & (everything ^ mask):
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value, width), bin(mask, width)))
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(everything + 1, 2 ** value.bit_length())
            else:
                raise ValueError("%r unknown flag boundary %r" % (cls, boundary))
        if value < 0:
            negative = value
            value += everything + 1
        unknown = value & ~mask
        extra = value & ~singles
        named_bits = value & singles
        if unknown and boundary is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]"
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            made = object.__new__(cls)
        else:
            made = cls._member_type_.__new__(cls, value)
        if not hasattr(made, "_value_"):
            made._value_ = value
        if named_bits or extra:
            parts = list(cls._iter_member_(named_bits))
            covered = 0
            for part in parts:
                covered |= part._value_
            if extra:
                wanted = named_bits | extra
                for candidate in cls._member_map_.values():
                    bits = candidate._value_
                    if candidate not in parts and bits and bits & wanted == bits:
                        parts.append(candidate)
                        covered |= bits
                value = wanted
            unknown = value ^ covered
            if not covered:
                made._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError("%r: no members with value %r" % (cls, unknown))
            else:
                made._name_ = "|".join(part._name_ for part in parts)
                if unknown:
                    made._name_ += "|%s" % cls._numeric_repr_(unknown)
        else:
            made._name_ = None
        made = cls._value2member_map_.setdefault(value, made)
        if negative is not None:
            cls._value2member_map_[negative] = made
        return made

    def __contains__(self, other):
        """
        Returns True if self has at least the same flags set as other.
        """
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """
        Returns flags in definition order.
        """
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (type(self).__name__, show(self._value_))
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, show(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                flipped = ~self._value_
            else:
                # only the single-bit members' bits: a multi-bit alias (MASK = 255) adds none
                flipped = self._singles_mask_ & ~self._value_
            self._inverted_ = self.__class__(flipped)
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


# Flag itself was built before the metaclass knew the name Flag
for _key, _initial in (("_boundary_", STRICT), ("_flag_mask_", 0), ("_singles_mask_", 0),
                       ("_all_bits_", 0), ("_inverted_", None)):
    type.__setattr__(Flag, _key, _initial)
del _key, _initial


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _flag_operand(flag, other):
    # the int to combine with flag's value, or NotImplemented
    if isinstance(other, flag.__class__):
        return other._value_
    if flag._member_type_ is not object and isinstance(other, flag._member_type_):
        return other
    return NotImplemented


# ---------------------------------------------------------------- decorators

def unique(enumeration):
    """Class decorator: fail when any value has more than one name."""
    doubles = [(name, item._name_) for name, item in enumeration.__members__.items()
               if name != item._name_]
    if doubles:
        listed = ", ".join("%s -> %s" % pair for pair in doubles)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, listed))
    return enumeration


class verify:
    """Class decorator checking the enumeration against EnumCheck rules."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        is_flag = issubclass(enumeration, Flag)
        kind = "flag" if is_flag else "enum"
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                doubles = [(n, item._name_) for n, item in enumeration.__members__.items()
                           if n != item._name_]
                if doubles:
                    listed = ", ".join("%s -> %s" % pair for pair in doubles)
                    raise ValueError("aliases found in %r: %s" % (enumeration, listed))
            elif check is CONTINUOUS:
                values = {item._value_ for item in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if is_flag:
                    wanted = [2 ** i for i in range(_high_bit(low), _high_bit(high))]
                else:
                    wanted = range(low, high)
                missing = [v for v in wanted if v not in values]
                if missing:
                    raise ValueError("invalid %s %r: missing values %s"
                                     % (kind, name, ", ".join(str(v) for v in missing)))
            elif check is NAMED_FLAGS:
                canonical = enumeration._member_names_
                known = [item._value_ for item in enumeration]
                lacking_names = []
                lacking = 0
                for alias, item in enumeration._member_map_.items():
                    if alias in canonical or item._value_ < 0:
                        continue
                    gaps = [bit for bit in _bits_lsb(item._value_) if bit not in known]
                    if gaps:
                        lacking_names.append(alias)
                        for bit in gaps:
                            lacking |= bit
                if lacking_names:
                    if len(lacking_names) == 1:
                        who = "alias %s is missing" % lacking_names[0]
                    else:
                        who = "aliases %s and %s are missing" % (
                            ", ".join(lacking_names[:-1]), lacking_names[-1])
                    if _is_single_bit(lacking):
                        what = "value 0x%x" % lacking
                    else:
                        what = "combined values of 0x%x" % lacking
                    raise ValueError("invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]"
                                     % (name, who, what))
        return enumeration


def _module_tail(item):
    return item.__class__.__module__.rpartition(".")[2]


def global_enum_repr(self):
    return "%s.%s" % (_module_tail(self), self._name_)


def global_flag_repr(self):
    tail = _module_tail(self)
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (tail, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return "%s.%s" % (tail, self._name_)
    if self._boundary_ is not FlagBoundary.STRICT:
        return "|".join("%s.%s" % (tail, part) for part in self._name_.split("|"))
    return "%s.%s(%s)" % (tail, cls_name, self._name_)


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members print as module globals and are exported there."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator used by stdlib modules: turn a plain class body into an
    enumeration of kind etype (through the metaclass, like a class statement)."""
    def convert(cls):
        bases = (etype,)
        metacls = type(etype)
        body = metacls.__prepare__(cls.__name__, bases)
        for key, value in cls.__dict__.items():
            if key not in ("__dict__", "__weakref__"):
                if key == "__new__" and isinstance(value, staticmethod):
                    # the enum gets the function; the plain class's staticmethod goes with it
                    value = value.__func__
                body[key] = value
        return metacls(cls.__name__, bases, body, boundary=boundary)

    return convert
