# The bare "charmap" codec (latin-1 when no mapping is given), and codecs a program registers
# used through str.encode / bytes.decode: their results are checked (bytes from an encoder,
# str from a decoder, which is given a memoryview) with CPython's messages.
import codecs

ci = codecs.lookup("charmap")
print(ci.name, codecs.lookup("CHARMAP").name)
print(codecs.encode("abcé", "charmap"), codecs.decode(b"ab\xe9\xff", "charmap"))
try:
    codecs.encode("€x", "charmap")
except UnicodeEncodeError as e:
    print(e)
print(codecs.encode("a€b", "charmap", "replace"), "a€b".encode("charmap", "xmlcharrefreplace"))
print(b"\x80\x81".decode("charmap") == "\x80\x81")
enc = codecs.getincrementalencoder("charmap")()
print(enc.encode("ab"), enc.encode("é", final=True))
dec = codecs.getincrementaldecoder("charmap")()
print(dec.decode(b"a"), dec.decode(b"\xe9", final=True))
table = codecs.charmap_build("abc")
print(type(table).__name__, codecs.charmap_encode("cab", "strict", table),
      codecs.charmap_decode(b"\x02\x00", "strict", "abc"))

seen = []


def search(name):
    seen.append(name)
    if name == "upper_ascii":
        def encode(s, errors="strict"):
            return s.upper().encode("ascii", errors), len(s)

        def decode(b, errors="strict"):
            return type(b).__name__ + ":" + bytes(b).decode("ascii", errors).lower(), len(b)
        return codecs.CodecInfo(encode, decode, name="upper_ascii")
    if name == "returns_str":
        return codecs.CodecInfo(lambda s, e="strict": (s, len(s)), lambda b, e="strict": (b, len(b)),
                                name="returns_str")
    if name == "fails":
        def fail(s, e="strict"):
            raise ValueError("no luck")
        return codecs.CodecInfo(fail, fail, name="fails")
    return None


codecs.register(search)
print("abc".encode("upper_ascii"), b"XYZ".decode("upper_ascii"), "abc".encode("Upper_Ascii"))
print("é".encode("upper_ascii", "replace"))
for f in (lambda: "a".encode("returns_str"), lambda: b"a".decode("returns_str"),
          lambda: "a".encode("no_such_codec"), lambda: "a".encode("fails"),
          lambda: b"a".decode("fails"), lambda: "a".encode("hex")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))
print(sorted(set(seen)))
codecs.unregister(search)
try:
    "a".encode("upper_ascii")
except LookupError as e:
    print(e)
