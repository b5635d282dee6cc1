"""Locale services (heapstack's own locale module).

heapstack only knows the portable locales: "C"/"POSIX" and "C.UTF-8"
(also spelled "C.utf8").  setlocale() tracks the glibc categories with
those names, localeconv() and nl_langinfo() answer as the C locale does,
and the formatting helpers (format_string, currency, str, atof...) work
from those conventions.  normalize() and getlocale() use python3's alias
tables (lib/_locale_data.py).
"""

import os as _os
import re
import sys

import _locale_data

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

for _name, _value, _answer in _locale_data.LANGINFO:
    globals()[_name] = _value
_LANGINFO = {value: answer for _name, value, answer in _locale_data.LANGINFO}
del _name, _value, _answer


class Error(Exception):
    pass


def _table(text, key=_builtin_str):
    table = {}
    for row in text.strip().splitlines():
        left, right = row.split(" ", 1)
        table[key(left)] = right
    return table


locale_alias = _table(_locale_data.LOCALE_ALIAS)
locale_encoding_alias = _table(_locale_data.LOCALE_ENCODING_ALIAS)
windows_locale = _table(_locale_data.WINDOWS_LOCALE, key=lambda h: int(h, 16))
_encoding_aliases = _table(_locale_data.ENCODING_ALIASES)

# ---------------------------------------------------------------------------
# The locale state: glibc's categories, in the order setlocale(LC_ALL)
# reports them.

_CATEGORY_NAMES = ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
                   "LC_MESSAGES", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE",
                   "LC_MEASUREMENT", "LC_IDENTIFICATION"]
_PUBLIC_CATEGORIES = {LC_CTYPE: 0, LC_NUMERIC: 1, LC_TIME: 2, LC_COLLATE: 3,
                      LC_MONETARY: 4, LC_MESSAGES: 5}
_KNOWN = {"C": "C", "POSIX": "C", "C.UTF-8": "C.UTF-8", "C.utf8": "C.UTF-8",
          "C.UTF8": "C.UTF-8", "C.utf-8": "C.UTF-8"}


def _startup_coercion():
    # PEP 538/540: when the environment asks for the C locale for LC_CTYPE
    # (and LC_ALL is not set), CPython sets LC_CTYPE=C.UTF-8 in its
    # environment and runs in UTF-8 mode.
    if _os.environ.get("LC_ALL"):
        return False
    asked = _os.environ.get("LC_CTYPE") or _os.environ.get("LANG") or "C"
    return asked in ("C", "POSIX")


_coerced = _startup_coercion()


def _env(variable):
    value = _os.environ.get(variable)
    if not value and variable == "LC_CTYPE" and _coerced:
        return "C.UTF-8"
    return value


def _from_environment(category_name):
    for variable in ("LC_ALL", category_name, "LANG"):
        value = _env(variable)
        if value:
            return value
    return "C"


def _startup_ctype():
    return _KNOWN.get(_from_environment("LC_CTYPE"), "C.UTF-8")


_current = ["C"] * len(_CATEGORY_NAMES)
_current[0] = _startup_ctype()


def _query(category):
    if category == LC_ALL:
        if all(name == _current[0] for name in _current):
            return _current[0]
        return ";".join(f"{label}={name}" for label, name in zip(_CATEGORY_NAMES, _current))
    return _current[_PUBLIC_CATEGORIES[category]]


def _composite_names(text):
    """The per-category names of a mixed LC_ALL setting ("LC_CTYPE=C.UTF-8;LC_NUMERIC=C;..."),
    as setlocale(LC_ALL) reports it, so that saving and restoring the locale works; glibc takes
    the categories in any order but wants every one of them."""
    names = [None] * len(_CATEGORY_NAMES)
    for part in text.split(";"):
        label, sep, value = part.partition("=")
        if not sep or label not in _CATEGORY_NAMES or value not in _KNOWN:
            raise Error("unsupported locale setting")
        names[_CATEGORY_NAMES.index(label)] = _KNOWN[value]
    if None in names:
        raise Error("unsupported locale setting")
    return names


def _setlocale(category, locale=None):
    if category != LC_ALL and category not in _PUBLIC_CATEGORIES:
        raise Error("unsupported locale setting")
    if locale is None:
        return _query(category)
    if locale == "":
        if category == LC_ALL:
            names = [_KNOWN.get(_from_environment(label)) for label in _CATEGORY_NAMES]
        else:
            names = [_KNOWN.get(_from_environment(_CATEGORY_NAMES[_PUBLIC_CATEGORIES[category]]))]
        if None in names:
            raise Error("unsupported locale setting")
    elif category == LC_ALL and "=" in locale:
        names = _composite_names(locale)
    else:
        name = _KNOWN.get(locale)
        if name is None:
            raise Error("unsupported locale setting")
        names = [name]
    if category == LC_ALL:
        for index in range(len(_current)):
            _current[index] = names[index] if len(names) > 1 else names[0]
    else:
        _current[_PUBLIC_CATEGORIES[category]] = names[0]
    return _query(category)


def setlocale(category, locale=None):
    """Set the locale for the given category (a locale name, a (language,
    encoding) pair, '' for the environment's choice), or return the
    current setting when locale is None."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    """Set the locale for category to the default setting (deprecated)."""
    import warnings
    warnings.warn("Use locale.setlocale(locale.LC_ALL, '') instead",
                  DeprecationWarning, stacklevel=2)
    _setlocale(category, "")


def localeconv():
    """The numeric and monetary conventions of the current locale (the C
    locale's for every locale heapstack knows)."""
    return {
        "int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "",
        "mon_thousands_sep": "", "mon_grouping": [], "positive_sign": "",
        "negative_sign": "", "int_frac_digits": CHAR_MAX, "frac_digits": CHAR_MAX,
        "p_cs_precedes": CHAR_MAX, "p_sep_by_space": CHAR_MAX, "n_cs_precedes": CHAR_MAX,
        "n_sep_by_space": CHAR_MAX, "p_sign_posn": CHAR_MAX, "n_sign_posn": CHAR_MAX,
        "decimal_point": ".", "thousands_sep": "", "grouping": [],
    }


def nl_langinfo(key):
    """Return the value for the locale information associated with key."""
    if key == globals()["CODESET"]:
        return "UTF-8" if _current[0] == "C.UTF-8" else "ANSI_X3.4-1968"
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError("unsupported langinfo constant") from None


def strcoll(a, b):
    """Compare two strings by the current collation (code points in C)."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        bad = a if not isinstance(a, _builtin_str) else b
        raise TypeError(f"strcoll() argument must be str, not {type(bad).__name__}")
    return (a > b) - (a < b)


def strxfrm(string):
    """A key that sorts like strcoll() compares (the string itself in C)."""
    if not isinstance(string, _builtin_str):
        raise TypeError(f"strxfrm() argument must be str, not {type(string).__name__}")
    return string


def getencoding():
    """The current locale encoding."""
    return nl_langinfo(globals()["CODESET"])


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default (UTF-8 in UTF-8 mode)."""
    if sys.flags.utf8_mode or _coerced:
        return "utf-8"
    return getencoding()


# ---------------------------------------------------------------------------
# Locale names

def _normalize_encoding_name(encoding):
    # encodings.normalize_encoding: runs of non-alphanumerics become '_'
    pieces, pending = [], False
    for ch in encoding:
        if ch.isalnum() or ch == ".":
            if pending and pieces:
                pieces.append("_")
            pieces.append(ch)
            pending = False
        else:
            pending = True
    return "".join(pieces)


def _replace_encoding(code, encoding):
    language = code.partition(".")[0]
    canonical = _normalize_encoding_name(encoding)
    canonical = _encoding_aliases.get(canonical.lower(), canonical)
    folded = canonical.lower()
    chosen = locale_encoding_alias.get(folded)
    if chosen is None:
        chosen = locale_encoding_alias.get(folded.replace("_", "").replace("-", ""), canonical)
    return language + "." + chosen


def _append_modifier(code, modifier):
    if modifier == "euro":
        if "." not in code:
            return code + ".ISO8859-15"
        encoding = code.partition(".")[2]
        if encoding in ("ISO8859-15", "UTF-8"):
            return code
        if encoding == "ISO8859-1":
            return _replace_encoding(code, "ISO8859-15")
    return code + "@" + modifier


def normalize(localename):
    """Return the normalized form of a locale name (as setlocale() wants
    it), or the name unchanged if it is unknown."""
    code = localename.lower().replace(":", ".")
    code, _, modifier = code.partition("@")
    language, _, rest = code.partition(".")
    encoding = rest.split(".")[0] if rest else ""
    with_encoding = language
    if encoding:
        with_encoding += "." + encoding.replace("-", "").replace("_", "")
    found = locale_alias.get(with_encoding + ("@" + modifier if modifier else ""))
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(with_encoding)
        if found is not None:
            if "@" not in found:
                return _append_modifier(found, modifier)
            if found.split("@", 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(language + ("@" + modifier if modifier else ""))
        if found is not None:
            if "@" not in found:
                return _replace_encoding(found, encoding)
            base, default_modifier = found.split("@", 1)
            return _replace_encoding(base, encoding) + "@" + default_modifier
        if modifier:
            found = locale_alias.get(language)
            if found is not None:
                if "@" not in found:
                    return _append_modifier(_replace_encoding(found, encoding), modifier)
                base, default_modifier = found.split("@", 1)
                if default_modifier.lower() == modifier:
                    return _replace_encoding(base, encoding) + "@" + default_modifier
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if "@" in code:
        code, modifier = code.split("@", 1)
        if modifier == "euro" and "." not in code:
            return code, "iso-8859-15"
    if "." in code:
        return tuple(code.split(".")[:2])
    if code == "C":
        return None, None
    if code == "UTF-8":
        return None, "UTF-8"
    raise ValueError(f"unknown locale: {localename}")


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError("Locale must be None, a string, or an iterable of "
                        "two strings -- language code, encoding.") from None
    language = "C" if language is None else language
    return language if encoding is None else language + "." + encoding


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    """(language code, encoding) from the environment (deprecated)."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        value = _env(variable)
        if value:
            if variable == "LANGUAGE":
                value = value.split(":")[0]
            break
    else:
        value = "C"
    return _parse_localename(value)


def getlocale(category=LC_CTYPE):
    """The current setting of a category as (language code, encoding)."""
    name = _setlocale(category)
    if category == LC_ALL and ";" in name:
        raise TypeError("category LC_ALL is not supported")
    return _parse_localename(name)


# ---------------------------------------------------------------------------
# Number formatting with the locale's conventions

def _grouping_steps(grouping):
    # sizes of the digit groups from the right, as the grouping list says
    last = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            while True:
                yield last
        last = size
        yield size


def _group(text, monetary=False):
    conv = localeconv()
    separator = conv["mon_thousands_sep" if monetary else "thousands_sep"]
    grouping = conv["mon_grouping" if monetary else "grouping"]
    if not grouping:
        return text, 0
    stripped = text.rstrip()
    trailing = text[len(stripped):]
    groups = []
    for size in _grouping_steps(grouping):
        if not stripped or not stripped[-1].isdigit():
            break
        groups.append(stripped[-size:])
        stripped = stripped[:-size]
    if stripped:
        groups.append(stripped)
    if not groups:
        return text, 0
    groups.reverse()
    return separator.join(groups) + trailing, len(separator) * (len(groups) - 1)


def _strip_padding(text, amount):
    start = 0
    while amount and text[start] == " ":
        start += 1
        amount -= 1
    end = len(text) - 1
    while amount and text[end] == " ":
        end -= 1
        amount -= 1
    return text[start:end + 1]


_percent_re = re.compile(r"%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]")


def _format_one(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    kind = percent[-1]
    if kind in "eEfFgGdiu":
        conv = localeconv()
        point = conv["mon_decimal_point" if monetary else "decimal_point"]
        if kind in "eEfFgG":
            whole, dot, fraction = formatted.partition(".")
            if grouping:
                whole, added = _group(whole, monetary=monetary)
            formatted = whole + (point + fraction if dot else "")
        elif grouping:
            formatted, added = _group(formatted, monetary=monetary)
        if grouping and added:
            formatted = _strip_padding(formatted, added)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """Like f % val, with the locale's decimal point (and thousands
    grouping when grouping is true) for numeric conversions."""
    specs = list(_percent_re.finditer(f))
    template = _percent_re.sub("%s", f)
    if isinstance(val, dict):
        pieces = []
        for spec in specs:
            if spec.group()[-1] == "%":
                pieces.append("%")
            else:
                pieces.append(_format_one(spec.group(), val, grouping, monetary))
        return template % tuple(pieces)
    if not isinstance(val, tuple):
        val = (val,)
    pieces = []
    position = 0
    for spec in specs:
        if spec.group()[-1] == "%":
            pieces.append("%")
            continue
        stars = spec.group("modifiers").count("*")
        pieces.append(_format_one(spec.group(), val[position], grouping, monetary,
                                  *val[position + 1:position + 1 + stars]))
        position += 1 + stars
    return template % tuple(pieces)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: use format_string() instead."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.",
                  DeprecationWarning, stacklevel=2)
    found = _percent_re.match(percent)
    if not found or len(found.group()) != len(percent):
        raise ValueError("format() must be given exactly one %%char format specifier, "
                         "%s not valid" % repr(percent))
    return _format_one(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Format a number as money in the current locale."""
    conv = localeconv()
    digits = conv["int_frac_digits" if international else "frac_digits"]
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    text = format_string(f"%.{digits}f", abs(val), grouping, monetary=True)
    return "<" + text + ">"


def str(val):
    """Convert a float to a string with the locale's decimal point."""
    return _format_one("%.12g", val)


def delocalize(string):
    """Turn a localized number into the plain form float() accepts."""
    conv = localeconv()
    if conv["thousands_sep"]:
        string = string.replace(conv["thousands_sep"], "")
    if conv["decimal_point"]:
        string = string.replace(conv["decimal_point"], ".")
    return string


def localize(string, grouping=False, monetary=False):
    """Turn a plain number into the locale's form."""
    return format_string("%s", string, grouping, monetary)


def atof(string, func=float):
    """Parse a localized number as a float."""
    return func(delocalize(string))


def atoi(string):
    """Parse a localized number as an int."""
    return int(delocalize(string))


def _test():
    setlocale(LC_ALL, "")
    print(str(1.5), atof("3.14"), atoi("42"))
