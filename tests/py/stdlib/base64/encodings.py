# base64/binascii: b64 (standard, urlsafe, altchars, validate), b32, b32hex, b16, encodebytes, errors
import base64
import binascii
import io

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xff\xfe\xfd" * 7]
for s in samples:
    e = base64.b64encode(s)
    print(e[:40], base64.b64decode(e) == s, base64.urlsafe_b64encode(s)[:20], base64.b32encode(s)[:40],
          base64.b32hexencode(s)[:24], base64.b16encode(s)[:30], base64.standard_b64encode(s) == e)
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.decodebytes(base64.encodebytes(s)) == s
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"),
      base64.b64decode("Zm9v\nYmFy"), base64.b64decode(" Z m 9 v "), base64.b64decode("YQ==x"),
      base64.b64decode(bytearray(b"YWI=")), base64.b64decode("Y Q = =\n"),
      base64.urlsafe_b64decode("__--"), base64.b32decode("mfrgg===", casefold=True),
      base64.b32decode("MFRGG===", map01="L"), base64.b16decode("6a6B", casefold=True))
print(base64.encodebytes(bytes(range(100))))
print(base64.encodebytes(b""), base64.decodebytes(b"YWJj\nZGVm\n"))
out = io.BytesIO()
base64.encode(io.BytesIO(b"x" * 200), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == b"x" * 200)
for bad in [lambda: base64.b64decode("YQ"), lambda: base64.b64decode("Y"), lambda: base64.b64decode("YQ=x", validate=True),
            lambda: base64.b64decode("é"), lambda: base64.b64decode(5), lambda: base64.b64encode("s"),
            lambda: base64.b16decode("0g"), lambda: base64.b16decode("abc"), lambda: base64.b16decode("ab"),
            lambda: base64.b32decode("MFRGG"), lambda: base64.b32decode("1FRGG==="), lambda: base64.b32decode("mfrgg==="),
            lambda: base64.b64decode("YQ=", validate=True), lambda: base64.b64decode("=YQ==", validate=True),
            lambda: base64.b64decode("YQ===", validate=True), lambda: base64.b64decode("Y!Q=", validate=True),
            lambda: base64.b64decode("YWJj=", validate=True), lambda: base64.b64decode("YQ=a=", validate=True),
            lambda: base64.b64encode(b"ab", altchars=b"-"), lambda: base64.b32decode("MFRGG=====A"),
            lambda: base64.b32decode("M======="), lambda: base64.b32decode("MFRGGZ=="), lambda: base64.encodebytes("x"),
            lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.hexlify("s")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(binascii.Error.__mro__, issubclass(binascii.Error, ValueError))
print(binascii.hexlify(b"abc", "-", 2), binascii.hexlify(b"\x00\xff"), binascii.b2a_hex(b"ab", b":"),
      binascii.unhexlify(b"00Ff"), binascii.a2b_hex("6162"), binascii.crc32(b"hello"),
      binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"), binascii.crc32(b""),
      binascii.b2a_base64(b"x"), binascii.b2a_base64(b"x", newline=False), binascii.a2b_base64("eA=="))
