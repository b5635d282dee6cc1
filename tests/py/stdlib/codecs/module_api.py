# codecs: lookup, encode/decode, BOMs, error handlers, incremental codecs, iterencode, streams.
import codecs
import io

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM, codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM_LE, codecs.BOM_BE)

for name in ["utf-8", "UTF8", "u8", "latin-1", "iso-8859-1", "ascii", "US-ASCII", "utf-16",
             "utf_16_le", "UTF-16BE", "utf-32", "utf-32-le", "utf-8-sig", "unicode_escape",
             "raw-unicode-escape", "hex", "base64", "rot13"]:
    info = codecs.lookup(name)
    print(name, "->", info.name, info._is_text_encoding, isinstance(info, tuple), len(info))

for bad in ["nope", "utf-9", ""]:
    try:
        codecs.lookup(bad)
    except LookupError as exc:
        print("LookupError", exc)

print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"))
print(codecs.encode("abc"), codecs.decode(b"abc"))
print(codecs.encode("héllo", "latin-1"), codecs.decode(b"h\xe9llo", "latin-1"))
print(codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex"))
print(codecs.encode(b"hello", "base64"), codecs.decode(b"aGVsbG8=\n", "base64"))
print(codecs.encode("Hello", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.encode("x€", "ascii", "replace"), codecs.encode("x€", "ascii", "xmlcharrefreplace"))
print(codecs.encode("x€", "ascii", "backslashreplace"), codecs.decode(b"x\xff", "ascii", "ignore"))
try:
    codecs.encode("x€", "ascii")
except UnicodeEncodeError as exc:
    print(exc)
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as exc:
    print(exc)

enc = codecs.getencoder("utf-8")
dec = codecs.getdecoder("utf-8")
print(enc("añb"), dec(b"a\xc3\xb1b"))
print(codecs.utf_8_encode("é"), codecs.utf_8_decode(b"\xc3\xa9\xc3", "strict", False))
print(codecs.utf_8_decode(b"\xc3\xa9\xe2\x82", "strict", False), codecs.latin_1_encode("ÿ"))
print(codecs.utf_16_le_encode("ab"), codecs.utf_16_be_decode(b"\x00a\x00b"))
print(codecs.utf_16_ex_decode(b"\xff\xfea\x00"), codecs.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00\x00"))
print(codecs.escape_decode(b"a\\nb\\x41\\101\\\\"), codecs.escape_encode(b"a\nb'\x00\\"))
print(codecs.unicode_escape_decode(b"\\u20ac\\n"), codecs.raw_unicode_escape_encode("\u20ac\\"))
print(codecs.ascii_decode(b"abc"), codecs.charmap_build("abc"))

# error handlers
print(codecs.lookup_error("strict").__name__, codecs.lookup_error("ignore").__name__, codecs.lookup_error("replace").__name__)
exc = UnicodeEncodeError("ascii", "a\u20acb\u20ac", 1, 2, "ordinal not in range(128)")
for name in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(name, codecs.lookup_error(name)(exc))
dexc = UnicodeDecodeError("utf-8", b"a\xffb", 1, 2, "invalid start byte")
for name in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(name, codecs.lookup_error(name)(dexc))
try:
    codecs.lookup_error("nosuch")
except LookupError as exc2:
    print("LookupError", exc2)
try:
    codecs.strict_errors(exc)
except UnicodeEncodeError as exc3:
    print("strict raised", exc3)


def dashes(err):
    return ("-" * (err.end - err.start), err.end)


codecs.register_error("dashes", dashes)
print(codecs.lookup_error("dashes") is dashes)
print("a\u20acb\u20ac\u20ac".encode("ascii", "dashes"), b"a\xff\xfeb".decode("utf-8", "dashes"))
try:
    codecs.register_error("x", 5)
except TypeError as exc4:
    print("TypeError", exc4)

# incremental codecs
encoder = codecs.getincrementalencoder("utf-8")()
print(encoder.encode("a"), encoder.encode("€"), encoder.encode("", final=True))
decoder = codecs.getincrementaldecoder("utf-8")()
data = "h€llo wörld 😀".encode("utf-8")
print([decoder.decode(data[i:i + 1]) for i in range(len(data))], repr(decoder.decode(b"", final=True)))
decoder = codecs.getincrementaldecoder("utf-8")()
print(decoder.decode(b"\xe2\x82"), decoder.getstate(), decoder.decode(b"\xac"))
decoder.decode(b"\xe2")
try:
    decoder.decode(b"", final=True)
except UnicodeDecodeError as exc5:
    print(exc5)
d16 = codecs.getincrementaldecoder("utf-16")()
raw16 = "añ😀".encode("utf-16")
print(raw16, [d16.decode(raw16[i:i + 1]) for i in range(len(raw16))])
e16 = codecs.getincrementalencoder("utf-16")()
print(e16.encode("a"), e16.encode("b"))
sig = codecs.getincrementaldecoder("utf-8-sig")()
print([sig.decode(bytes([b])) for b in codecs.BOM_UTF8 + b"hi"])
print("x".encode("utf-8-sig"), b"\xef\xbb\xbfx".decode("utf-8-sig"), codecs.decode(b"x", "utf-8-sig"))

print(list(codecs.iterencode(["a", "é", "", "😀"], "utf-8")))
print(list(codecs.iterdecode([b"a", b"\xc3", b"\xa9", b"\xf0\x9f", b"\x98\x80"], "utf-8")))
print(list(codecs.iterdecode([b"\xff", b"\xfea\x00"], "utf-16")))

# streams
raw = io.BytesIO()
writer = codecs.getwriter("utf-8")(raw)
writer.write("línea 1\n")
writer.writelines(["dos\n", "tres"])
print(raw.getvalue())
reader = codecs.getreader("utf-8")(io.BytesIO(raw.getvalue()))
print(reader.readline(), reader.readline(), reader.read())
reader = codecs.getreader("utf-8")(io.BytesIO(raw.getvalue()))
print(list(reader))
print(reader.read())
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: "a", 2: "b", 3: "a"}))
print(issubclass(codecs.BufferedIncrementalDecoder, codecs.IncrementalDecoder))

text = "one\r\ntwo\rthree\n\nfour é" * 30
reader = codecs.getreader("utf-8")(io.BytesIO(text.encode()))
print([reader.readline() for _ in range(8)])
reader = codecs.getreader("utf-8")(io.BytesIO(text.encode()))
print([reader.readline(keepends=False) for _ in range(6)], reader.read(5), reader.read(chars=3), len(reader.read()))
reader = codecs.getreader("utf-8")(io.BytesIO(text.encode()))
print(len(reader.readlines()), reader.readline() == "")
rw = codecs.EncodedFile(io.BytesIO("añb\n".encode("latin-1")), "utf-8", "latin-1")
print(rw.read())
