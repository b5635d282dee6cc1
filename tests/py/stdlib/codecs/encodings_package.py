import codecs
import encodings
import encodings.aliases
import encodings.utf_8
import encodings.cp1252
print(encodings.normalize_encoding("UTF-8 sig"), encodings.normalize_encoding("  latin--1 "), encodings.normalize_encoding(b"ISO 8859.1"), encodings.normalize_encoding("é-x"))
a = encodings.aliases.aliases
for k in ("latin1", "utf8", "u8", "646", "us_ascii", "l1", "iso_8859_15", "cp819", "utf16", "hex", "base64", "zip", "rot13", "quotedprintable", "1252", "windows_1252", "ibm437"):
    print(k, a.get(k))
print("utf_8" in a, len(a) > 100)
info = encodings.utf_8.getregentry()
print(type(info).__name__, info.name, info.encode("hé"), info.decode(b"h\xc3\xa9"))
print(encodings.utf_8.encode("x€"), encodings.utf_8.decode(b"x\xe2\x82\xac"))
enc = encodings.utf_8.IncrementalEncoder()
print(enc.encode("a"), enc.encode("€", final=True))
print(encodings.cp1252.getregentry().name, encodings.cp1252.Codec().encode("€"), encodings.cp1252.Codec().decode(b"\x80"))
for name in ("utf-8", "UTF8", "latin-1", "ascii", "cp1252", "utf-16", "hex", "nope"):
    r = encodings.search_function(name)
    print(name, None if r is None else r.name)
ci = codecs.lookup("UTF8")
print(ci.name, ci.encode("hé"), ci.decode(b"h\xc3\xa9"), ci is codecs.lookup("utf-8"))
print(codecs.lookup("latin-1").name, codecs.lookup("ascii").name, codecs.lookup("cp1252").name, codecs.lookup("utf_16_le").name)
print(issubclass(encodings.CodecRegistryError, LookupError), issubclass(encodings.CodecRegistryError, SystemError))
import sys
print("encodings" in sys.modules, "encodings.utf_8" in sys.modules)
