# quopri encode/decode: line lengths, soft breaks, CRLF, trailing blanks, dots, header mode,
# quotetabs, malformed escapes, file-object versions and the helper functions.
import io
import quopri

samples = [
    b"", b"hello world", b"hello world\n", b"tab\tend\t\nspace end \n", b"caf\xc3\xa9 = 100%\n",
    b"." , b".\n", b"..\n", b"a\n.\nb", b".\r\nx", b"x" * 75, b"x" * 76, b"x" * 77, b"x" * 200 + b"\n",
    b"=" * 30, (b"word " * 30) + b"\n", b"line1\r\nline2 \r\nline3\t\r\n", b"mixed\r\nends\nhere\r\n",
    b"under_score and space", bytes(range(256)), b"\x00\x01\x7f\x80\xff", b"end with space ",
    b"a" * 74 + b"=\n", b"a" * 73 + b" \n", b"\r", b"\r\r\n", b"trailing cr\r",
]
for s in samples:
    for qt in (False, True):
        for hd in (False, True):
            e = quopri.encodestring(s, quotetabs=qt, header=hd)
            d = quopri.decodestring(e, header=hd)
            print(qt, hd, e, d == s)

bad = [b"=", b"=4", b"=4G", b"=GG", b"==41", b"soft=\nbreak", b"soft=\r\nbreak", b"soft=  \r\nbreak",
       b"=41=42=43", b"=e9=E9", b"under_score", b"a=\rb", "str=41 input", b"=\n", b"x=  y"]
for s in bad:
    print(repr(s), quopri.decodestring(s), quopri.decodestring(s, header=True))
try:
    quopri.decodestring("caf\xe9")
except ValueError as e:
    print("ValueError", e)

out = io.BytesIO()
quopri.encode(io.BytesIO(b"file \xff data \n" * 3), out, quotetabs=False)
print(out.getvalue())
back = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue())
out = io.BytesIO()
quopri.encode(io.BytesIO(b"a b\tc"), out, True, header=True)
print(out.getvalue())

print([quopri.needsquoting(bytes((c,)), qt, hd) for c in b" \t_=a~\x7f\n" for qt in (0, 1) for hd in (0, 1)])
print(quopri.quote(b"="), quopri.quote(b"\xff"), quopri.quote(b"\n"))
print([quopri.ishex(bytes((c,))) for c in b"09afAFgG "])
print(quopri.unhex(b"ff"), quopri.unhex(b"0A1b"), quopri.unhex(b""))
print(quopri.ESCAPE, quopri.MAXLINESIZE, quopri.HEX, quopri.__all__)
print(quopri.encodestring(bytearray(b"bytearray \xaa")), quopri.encodestring(memoryview(b"mv")))
for f, arg in ((quopri.encodestring, "text"), (quopri.decodestring, 5), (quopri.encodestring, None)):
    try:
        f(arg)
    except TypeError as e:
        print("TypeError", e)
