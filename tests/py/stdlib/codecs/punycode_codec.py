# The punycode codec (RFC 3492): encoding, decoding (upper- or lower-case digits), the error
# handling it supports (strict, replace, ignore: others are refused) and its messages.
import codecs

for s in ["abc", "", "bücher", "ü", "Mañana", "日本語", "a-b-ü", "ABCü", "München-Ost", "Ελληνικά"]:
    data = s.encode("punycode")
    print(repr(s), data, data.decode("punycode") == s)

for data in [b"abc-", b"bcher-kva", b"tda", b"abc", b"-", b"", b"a-b-", b"bcher-KVA", b"bcher-kv!",
             b"bcher-kv", b"99999999999", b"a-zzzzzzzzz", b"wgv71a119e"]:
    for errors in ["strict", "replace", "ignore"]:
        try:
            print(data, errors, repr(data.decode("punycode", errors)))
        except UnicodeError as e:
            print(data, errors, type(e).__name__, e)
for errors in ["backslashreplace", "surrogateescape"]:
    try:
        b"x".decode("punycode", errors)
    except UnicodeError as e:
        print(type(e).__name__, e)
print(codecs.decode("bcher-kva", "punycode"), codecs.encode("bücher", "punycode"))
print(codecs.lookup("PunyCode").name)
print(codecs.getincrementalencoder("punycode")().encode("ü"),
      codecs.getincrementaldecoder("punycode")().decode(b"tda"))
