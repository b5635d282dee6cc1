# The bytes-to-bytes codecs zlib_codec and quopri_codec through codecs.encode/decode/lookup, their
# aliases, incremental use and the text-encoding guard of str.encode/bytes.decode.
import codecs

data = b"tab\there, spaces at end   \nnon-ascii \xe9\xff and = sign\n" * 3
for name in ["zlib", "zip", "zlib_codec", "quopri", "quopri_codec", "quotedprintable", "quoted-printable"]:
    info = codecs.lookup(name)
    encoded = codecs.encode(data, name)
    print(name, info.name, info._is_text_encoding, len(encoded), codecs.decode(encoded, name) == data)
print(codecs.encode(b"a=b\tc \n", "quopri"))
print(codecs.decode(b"a=3Db=09c=20\n=\nx", "quopri"))
print(codecs.encode(b"hello hello hello", "zlib"))
enc = codecs.getencoder("zlib")
print(enc(b"abc"))
for call in [lambda: "text".encode("zlib"), lambda: b"x".decode("quopri"),
             lambda: codecs.decode(b"not zlib", "zlib"), lambda: codecs.encode(b"x", "zlib", "ignore")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
