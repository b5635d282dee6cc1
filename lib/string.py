"""A collection of string constants.

Besides the ASCII character classes (whitespace, ascii_lowercase,
ascii_uppercase, ascii_letters, digits, hexdigits, octdigits, punctuation
and printable), the module offers capwords(), the Template class for
$-substitutions and the Formatter class behind str.format().
"""

# heapstack's own string module: constants, capwords, Template ($-based
# substitution built on re) and Formatter (str.format's machinery, with the
# parsing done by our _string module).

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
    "digits", "hexdigits", "octdigits", "printable", "punctuation",
    "whitespace", "Formatter", "Template",
]

import _string
import re as _re
import collections as _collections

ascii_lowercase = "".join(chr(c) for c in range(ord("a"), ord("z") + 1))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = "".join((ascii_lowercase, ascii_uppercase))
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = digits[:8]
whitespace = " \t\n\r\x0b\x0c"
punctuation = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
printable = "".join((digits, ascii_letters, punctuation, whitespace))


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split s into words with s.split(sep), capitalize each word and join
    them back with sep (a single space when sep is None or empty).
    """
    glue = sep or " "
    return glue.join(word.capitalize() for word in s.split(sep))


# ---------------------------------------------------------------------------
# Template

_NO_MAPPING = {}


def _placeholder_regex(cls):
    # One alternative per kind of placeholder, all behind the delimiter.
    delim = _re.escape(cls.delimiter)
    plain = cls.idpattern
    braced = cls.braceidpattern or cls.idpattern
    alternatives = [
        "(?P<escaped>%s)" % delim,
        "(?P<named>%s)" % plain,
        "{(?P<braced>%s)}" % braced,
        "(?P<invalid>)",
    ]
    source = "%s(?:\n  %s\n)" % (delim, "\n| ".join(alternatives))
    return _re.compile(source, cls.flags | _re.VERBOSE)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if "pattern" in cls.__dict__:
            cls.pattern = _re.compile(cls.pattern, cls.flags | _re.VERBOSE)
        else:
            cls.pattern = _placeholder_regex(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        pieces = self.template[:mo.start("invalid")].splitlines(keepends=True)
        lineno, colno = (len(pieces), len(pieces[-1])) if pieces else (1, 1)
        raise ValueError("Invalid placeholder in string: line %d, col %d"
                         % (lineno, colno))

    def _unrecognized(self):
        return ValueError("Unrecognized named group in pattern", self.pattern)

    @staticmethod
    def _lookup(mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            return _collections.ChainMap(kws, mapping)
        return mapping

    def _converter(self, lookup, safe):
        # the function re.sub calls for each placeholder; substitute calls re.sub itself, so an
        # error (a missing key) shows the frames substitute, convert as in python3
        def convert(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                if not safe:
                    return str(lookup[name])
                try:
                    return str(lookup[name])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                if safe:
                    return mo.group()
                self._invalid(mo)
            raise self._unrecognized()
        return convert

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self.pattern.sub(self._converter(self._lookup(mapping, kws), False), self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self.pattern.sub(self._converter(self._lookup(mapping, kws), True), self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if all(mo.group(kind) is None
                   for kind in ("named", "braced", "escaped")):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        found = {}
        for mo in self.pattern.finditer(self.template):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                found.setdefault(name, None)
            elif mo.group("invalid") is None and mo.group("escaped") is None:
                raise self._unrecognized()
        return list(found)


Template.pattern = _placeholder_regex(Template)


# ---------------------------------------------------------------------------
# Formatter

_MIXED_NUMBERING = ("cannot switch from manual field specification to "
                    "automatic field numbering")


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index: next automatic index, or False once a field gave
        # an explicit number.
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        pieces = []
        counter = auto_arg_index
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field is None:
                continue
            if field == "":
                if counter is False:
                    raise ValueError(_MIXED_NUMBERING)
                field = str(counter)
                counter += 1
            elif field.isdigit():
                if counter:
                    raise ValueError(_MIXED_NUMBERING)
                counter = False
            value, key = self.get_field(field, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, counter = self._vformat(spec, args, kwargs, used_args,
                                          recursion_depth - 1,
                                          auto_arg_index=counter)
            pieces.append(self.format_field(value, spec))
        return "".join(pieces), counter

    def get_value(self, key, args, kwargs):
        source = args if isinstance(key, int) else kwargs
        return source[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    _CONVERTERS = {"s": str, "r": repr, "a": ascii}

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        converter = (self._CONVERTERS.get(conversion)
                     if isinstance(conversion, str) else None)
        if converter is None:
            raise ValueError("Unknown conversion specifier %s" % (conversion,))
        return converter(value)

    def parse(self, format_string):
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        head, accessors = _string.formatter_field_name_split(field_name)
        value = self.get_value(head, args, kwargs)
        for is_attr, key in accessors:
            value = getattr(value, key) if is_attr else value[key]
        return value, head
