# The utf-7 codec (RFC 2152 as CPython writes it): which characters stand for themselves, "+-"
# for '+', base64 runs over UTF-16 (surrogate pairs for astral characters), the decoder's
# errors (named 'utf7') with every error handler, and the incremental decoder keeping an open run.
import codecs

samples = ["Hi Mom -☺-!", "A≢Α.", "日本語", "+", "a+b", "1 + 1 = 2", "~\\", "\U0001f600 ok",
           "tab\there\nnew", "é-", "éa", "é.", "\x00\x7f", "\ud800x", ""]
for s in samples:
    data = s.encode("utf-7")
    print(repr(s), data, data.decode("utf-7") == s)

direct = "".join(chr(c) for c in range(128) if chr(c).encode("utf-7") == chr(c).encode("ascii"))
print(repr(direct))
print(codecs.lookup("UTF7").name, codecs.lookup("u7").name, codecs.lookup("unicode-1-1-utf-7").name)
print(codecs.utf_7_encode("a€"), codecs.utf_7_decode(b"a+IKw-"), codecs.utf_7_decode(b"a+IKw"))
print(codecs.utf_7_decode(b"a+IKw", "strict", True))

bad = [b"\xff", b"+A-", b"+AB-", b"a+!", b"+2D3eAA-", b"+IKw", b"+2D0-x", b"+IKwX", b"+IK-x"]
for data in bad:
    for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
        try:
            print(data, errors, repr(data.decode("utf-7", errors)))
        except UnicodeDecodeError as e:
            print(data, errors, e, e.start, e.end, e.encoding)

dec = codecs.getincrementaldecoder("utf-7")()
pieces = [dec.decode(bytes([b])) for b in b"x+ZeVnLIqe-y+AKM"]
print(pieces, repr(dec.decode(b"", final=True)))
enc = codecs.getincrementalencoder("utf-7")()
print(enc.encode("é"), enc.encode("é"), enc.encode("", final=True))
