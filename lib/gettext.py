"""Internationalization and localization support (heapstack's own, without .mo catalogs).

heapstack ships no message catalogs, so translation lookups fall back to the untranslated
messages: gettext()/ngettext() and friends, NullTranslations, translation(...,
fallback=True), install(). translation() without fallback reports the missing catalog as
CPython does.
"""

import builtins
import errno
import os

__all__ = ["NullTranslations", "GNUTranslations", "Catalog", "bindtextdomain", "find",
           "translation", "install", "textdomain", "dgettext", "dngettext", "gettext",
           "ngettext", "pgettext", "dpgettext", "npgettext", "dnpgettext"]

_default_localedir = os.path.join(os.path.dirname(os.path.dirname(os.__file__)), "share", "locale")


def _plural(one, other, n):
    return one if n == 1 else other


class NullTranslations:
    """Translations that translate nothing (or defer to a fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        """Chain `fallback` after this catalog (and after any fallback already chained)."""
        last = self
        while last._fallback is not None:
            last = last._fallback
        last._fallback = fallback

    def _ask_fallback(self, method, *args):
        fb = self._fallback
        return getattr(fb, method)(*args) if fb else None

    def gettext(self, message):
        return self._ask_fallback("gettext", message) if self._fallback else message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._ask_fallback("ngettext", msgid1, msgid2, n)
        return _plural(msgid1, msgid2, n)

    def pgettext(self, context, message):
        if self._fallback:
            return self._ask_fallback("pgettext", context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._ask_fallback("npgettext", context, msgid1, msgid2, n)
        return _plural(msgid1, msgid2, n)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Put `_` (and the listed gettext functions) into builtins."""
        targets = vars(builtins)
        targets["_"] = self.gettext
        for name in {"gettext", "ngettext", "npgettext", "pgettext"} & set(names or ()):
            targets[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file (not supported by heapstack)."""

    LE_MAGIC = 0x950412DE
    BE_MAGIC = 0xDE120495

    def _parse(self, fp):
        raise OSError(0, "heapstack cannot read .mo message catalogs", getattr(fp, "name", ""))


def find(domain, localedir=None, languages=None, all=False):
    """The .mo files for `domain` (never any: heapstack ships no catalogs)."""
    return [] if all else None


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations of `domain`: a NullTranslations when fallback is true, else
    FileNotFoundError (there are no catalogs)."""
    if fallback:
        return NullTranslations()
    raise FileNotFoundError(errno.ENOENT, "No translation file found for domain", domain)


def install(domain, localedir=None, *, names=None):
    """Install `_` (and the named functions) in builtins for `domain`."""
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = "messages"


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs.update({domain: localedir})
    return _localedirs.get(domain) or _default_localedir


def _catalog(domain):
    return translation(domain, _localedirs.get(domain), fallback=True)


def dgettext(domain, message):
    return _catalog(domain).gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    return _catalog(domain).ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    return _catalog(domain).pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    return _catalog(domain).npgettext(context, msgid1, msgid2, n)


def gettext(message):
    """`message` translated in the current text domain."""
    return dgettext(textdomain(), message)


def ngettext(msgid1, msgid2, n):
    """The singular or plural form for `n`, translated in the current text domain."""
    return dngettext(textdomain(), msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(textdomain(), context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(textdomain(), context, msgid1, msgid2, n)


Catalog = translation
