# 8-bit charmap codecs (cp1252, cp437, koi8-r, mac-roman, EBCDIC...) through str.encode, bytes.decode,
# codecs and text files, with error handlers.
import codecs
import os
import tempfile

text = "caf\xe9 \u20ac \u2018quoted\u2019 \xfc\xdf"
for name in ["cp1252", "windows-1252", "latin2", "iso-8859-15", "cp437", "cp850", "koi8_r", "mac_roman",
             "cp037", "cp1251", "iso8859_7", "tis-620"]:
    info = codecs.lookup(name)
    data = text.encode(name, "replace")
    print(name, info.name, data, repr(data.decode(name)), len(bytes(range(256)).decode(name, "replace")))
print("\u043f\u0440\u0438\u0432\u0435\u0442".encode("koi8-r"), b"\xd0\xd2\xc9\xd7\xc5\xd4".decode("koi8_r"))
for errors in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
    try:
        print(errors, "a\u0101\u0101b\u20ac".encode("cp1252", errors))
    except UnicodeError as exc:
        print(errors, type(exc).__name__, exc, exc.start, exc.end)
for errors in ["strict", "ignore", "replace", "backslashreplace"]:
    try:
        print(errors, b"a\x81b\x8d".decode("cp1252", errors))
    except UnicodeError as exc:
        print(errors, type(exc).__name__, exc, exc.start, exc.end)
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as exc:
    print(exc, exc.encoding, exc.reason)
try:
    "x".encode("no-such-codec")
except LookupError as exc:
    print("LookupError", exc)
print(codecs.charmap_decode(b"\x00\x02\x01", "strict", "xyz" + "\ufffe" * 253), codecs.charmap_encode("yx", "strict", {ord("x"): 1, ord("y"): 2}))
print(sorted(codecs.charmap_build("ab").items()))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "legacy.txt")
    with open(path, "w", encoding="cp1252") as f:
        f.write(text + "\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="cp1252") as f:
        print(repr(f.read()))
