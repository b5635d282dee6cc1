# The unicode_escape codec decodes \N{name} escapes (names in any case, aliases too); a bad one
# is an error over everything read, closing brace included, so 'ignore' and 'replace' drop it whole.
import codecs

for data in [
    b"\\N{LATIN SMALL LETTER A}",
    b"caf\\N{latin small letter e with acute}!",
    b"\\N{EM DASH}\\N{SNOWMAN}\\N{GRINNING FACE}",
    b"\\N{LINE FEED}\\N{BYTE ORDER MARK}",
    b"\\N{CJK UNIFIED IDEOGRAPH-4E00}",
]:
    print(repr(data.decode("unicode_escape")))
for data in [b"\\N{foo}xx", b"\\Nxx", b"\\N{}xx", b"\\N{LATIN", b"a\\N", b"\\N{no such}\\x41"]:
    for errors in ("strict", "ignore", "replace", "backslashreplace"):
        try:
            print(errors, repr(data.decode("unicode-escape", errors)))
        except UnicodeDecodeError as e:
            print(errors, "UnicodeDecodeError:", e, e.start, e.end)
print(codecs.decode(b"\\N{DIGIT ONE}2", "unicode_escape"), codecs.unicode_escape_decode(b"\\N{DIGIT TWO}x"))
print(repr(b"\\N{SPACE}".decode("raw_unicode_escape")))
