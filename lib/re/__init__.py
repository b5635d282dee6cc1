"""Regular expressions for heapstack.

All the work happens in TypeScript (src/modules/re/: a parser, a compiler to sre word code and
a backtracking matcher with its own stack, exposed as the _sre module). This package adds what
is naturally Python: the flag type, the module-level shortcuts, the compiled-pattern cache,
escape() and the experimental Scanner.
"""

import _sre
from . import _constants
from ._constants import error
from ._flags import _Flag

__version__ = "2.2.1"

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]


class RegexFlag(_Flag):
    """Flags changing how a pattern is read and matched; combine them with |."""


def _flag_table():
    c = _constants
    spelled = [
        ("ASCII", "A", c.SRE_FLAG_ASCII),
        ("IGNORECASE", "I", c.SRE_FLAG_IGNORECASE),
        ("LOCALE", "L", c.SRE_FLAG_LOCALE),
        ("UNICODE", "U", c.SRE_FLAG_UNICODE),
        ("MULTILINE", "M", c.SRE_FLAG_MULTILINE),
        ("DOTALL", "S", c.SRE_FLAG_DOTALL),
        ("VERBOSE", "X", c.SRE_FLAG_VERBOSE),
        ("TEMPLATE", "T", c.SRE_FLAG_TEMPLATE),
    ]
    table = [("NOFLAG", 0)]
    for long_name, letter, bit in spelled:
        table.append((long_name, bit))
        table.append((letter, bit))
    table.append(("DEBUG", c.SRE_FLAG_DEBUG))
    return table


RegexFlag._define(_flag_table())
globals().update(RegexFlag.__members__)

Pattern = type(_sre.compile("", 0))
Match = type(Pattern.search(_sre.compile("", 0), ""))


# ---------------------------------------------------------------------------
# Compiled patterns are cached by (type of pattern, pattern, flags); when the cache is full
# the entry added first goes.

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    # type() first: isinstance() against RegexFlag (its class has a metaclass) is the slow
    # part of a cached lookup, and flags is almost always a plain int.
    if type(flags) is not int and isinstance(flags, RegexFlag):
        flags = flags._value_
    key = (type(pattern), pattern, flags)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & TEMPLATE:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented "
                      "flag without an obvious purpose. Don't use it.", DeprecationWarning)
    compiled = _sre.compile(pattern, flags)
    if not flags & DEBUG:
        while len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                break
        _cache[key] = compiled
    return compiled


# ---------------------------------------------------------------------------
# The module-level shortcuts.

def compile(pattern, flags=0):
    "Compile a pattern (str or bytes) into a Pattern object."
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    "The first match of pattern anywhere in string, or None."
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    "A match of pattern at the very start of string, or None."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "A match of pattern covering all of string, or None."
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    """Every non-overlapping match, as a list: the matched text when pattern has no groups,
    the one group's text when it has one, a tuple of the groups otherwise."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "An iterator over the Match objects of the non-overlapping matches."
    return _compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    """string cut at each match of pattern (group texts included between the pieces); a
    positive maxsplit limits the number of cuts."""
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    """string with matches of pattern replaced by repl: a template (group references such
    as \\1 and \\g<name> expanded) or a function of the Match; count > 0 limits the number."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Like sub(), returning (new string, number of replacements)."
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    "Empty the cache of compiled patterns."
    _cache.clear()


def template(pattern, flags=0):
    "Compile with the TEMPLATE flag (deprecated)."
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented "
                  "function without an obvious purpose. Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return _compile(pattern, flags | TEMPLATE)


# escape() backslashes whatever may be special in a pattern: metacharacters and brackets,
# '-' in sets, '&' and '~' (kept for future set operations), '#' and whitespace (verbose mode).
_special_chars_map = dict.fromkeys(map(ord, "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"))
for _code in _special_chars_map:
    _special_chars_map[_code] = "\\" + chr(_code)
del _code


def escape(pattern):
    "pattern (str or bytes) with its special characters escaped."
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    return str(pattern, "latin1").translate(_special_chars_map).encode("latin1")


def _pickle(p):
    return _compile, (p.pattern, p.flags)


import copyreg
copyreg.pickle(Pattern, _pickle, _compile)


class Scanner:
    """A tiny lexer (experimental): lexicon is a list of (pattern, action) pairs.

    scan(string) tries the patterns as alternatives at the current position; the action of
    the one that matched, if callable, is called with (scanner, matched text) and its result
    becomes the token (None is dropped), otherwise the action itself is the token. Scanning
    stops at the first position where nothing (or only an empty string) matches; the result
    is (tokens, the rest of the string)."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags._value_
        self.lexicon = lexicon
        self.scanner = _sre._compile_scanner([entry[0] for entry in lexicon], flags)

    def scan(self, string):
        tokens = []
        next_match = self.scanner.scanner(string).match
        position = 0
        while True:
            m = next_match()
            if m is None or m.end() == position:
                return tokens, string[position:]
            position = m.end()
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                tokens.append(action)
