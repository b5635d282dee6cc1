# locale in the C / C.UTF-8 locales: setlocale state, conventions, formatting, names.
import locale
import warnings

print(locale.getlocale(), locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_NUMERIC))
print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.setlocale(locale.LC_ALL, ""), locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.nl_langinfo(locale.CODESET))
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"), locale.setlocale(locale.LC_ALL))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as exc:
    print("TypeError", exc)
print(locale.setlocale(locale.LC_ALL, "POSIX"), locale.setlocale(locale.LC_ALL, ("C", None)))
for bad in ["xx_YY", "en_US.UTF-8x"]:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as exc:
        print("Error", exc, issubclass(locale.Error, Exception))
try:
    locale.setlocale(locale.LC_ALL, ("a", "b", "c"))
except TypeError as exc:
    print("TypeError", exc)
print(locale.localeconv())
for name in ["CODESET", "D_T_FMT", "D_FMT", "T_FMT", "DAY_1", "ABMON_12", "RADIXCHAR", "THOUSEP",
             "YESEXPR", "CRNCYSTR", "AM_STR", "ERA"]:
    print(name, getattr(locale, name), repr(locale.nl_langinfo(getattr(locale, name))))
try:
    locale.nl_langinfo(12345678)
except ValueError as exc:
    print("ValueError", exc)
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY,
      locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)

print(locale.format_string("%d items, %.2f total, %s, %5.1f%%", (1234567, 1234.5, "x", 99.25), grouping=True))
print(locale.format_string("%(a)d-%(b).3e", {"a": 5, "b": 12345.678}), locale.format_string("%*d|", (6, 42)))
print(locale.format_string("%.2f", 1.5, monetary=True), locale.format_string("%g", 2.0))
print(locale.str(3.14159265358979), locale.str(1e20), locale.atof("2.5"), locale.atoi("-17"),
      locale.delocalize("1.5"), locale.localize("1234.5"), locale.atof("7", int))
try:
    locale.currency(1.5)
except ValueError as exc:
    print("ValueError", exc)
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("a", "a"), locale.strxfrm("abc"))
print(sorted(["b", "A", "a", "é"], key=locale.strxfrm))

for name in ["en_US", "de", "C.UTF-8", "en_US.utf8", "fr_FR@euro", "de_DE.ISO-8859-1", "ja_JP.eucJP",
             "sr_RS@latin", "xx_YY", "C", "POSIX", "en_GB.latin1", "uk_UA.koi8u", "de_DE@euro", "zh_TW.big5",
             "es_ES.UTF-8@euro", "ca_ES@valencia", "EN_us.UTF-8"]:
    print(name, locale.normalize(name))
print(len(locale.locale_alias), len(locale.locale_encoding_alias), len(locale.windows_locale))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(locale.getdefaultlocale(), locale.getdefaultlocale(["NOPE_VAR"]))
    print([str(w.message) for w in caught], caught[0].category.__name__)
