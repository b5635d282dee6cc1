# binascii's uu, quoted-printable and CRC-CCITT functions: results, edge cases, errors.
import binascii
import random

rng = random.Random(7)
samples = [b"", b"a", b"ab", b"abc", b"hello world", bytes(range(45)), bytes(45), b"\xff" * 7]
samples += [bytes(rng.randrange(256) for _ in range(rng.randrange(46))) for _ in range(30)]

print("-- crc_hqx")
for s in samples[:8]:
    print(s[:10], binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xFFFF), binascii.crc_hqx(s, 0x1D0F))
crc = 0
for s in samples:
    crc = binascii.crc_hqx(s, crc)
print(crc, binascii.crc_hqx(b"abc", -1), binascii.crc_hqx(b"abc", 2**40 + 5), binascii.crc_hqx(b"", 0x12345))
print(binascii.crc_hqx(bytearray(b"xyz"), 3), binascii.crc_hqx(memoryview(b"xyz"), True))

print("-- uu")
for s in samples:
    line = binascii.b2a_uu(s)
    tick = binascii.b2a_uu(s, backtick=True)
    assert binascii.a2b_uu(line) == s and binascii.a2b_uu(tick) == s, s
    print(line, tick)
for text in [b"", b" ", "!", b"\n", b"#86)C\n", b"#86)C  \n", b"#86)C``\r\n", b"#86", b"\x7f", b"!```"]:
    print(repr(text), binascii.a2b_uu(text))

print("-- qp")
texts = [
    b"plain text",
    b"caf\xc3\xa9 = coffee",
    b"trailing space \nand tab\t\nend ",
    b"crlf line\r\nsecond\r\n",
    b".\n.x\n..\n.",
    b"under_score and space",
    b"x" * 75 + b"\n" + b"y" * 76 + b"\n" + b"z" * 200,
    b"=" * 30,
    b"\x00\x01\x7f\x80\xff\r\n\t ",
    b"mixed\r\nend\nlast\r",
]
for t in texts:
    for kw in ({}, {"quotetabs": True}, {"istext": False}, {"header": True}, {"quotetabs": 1, "istext": 0, "header": 1}):
        enc = binascii.b2a_qp(t, **kw)
        print(kw, enc)
        print("  ", binascii.a2b_qp(enc, header=kw.get("header", False)))
for q in [b"a=3Db", b"a=3db", b"soft=\nbreak", b"soft=\r\nbreak", b"bad=ZZ", b"end=", b"=4", "str=41_", b"x==y", b"a=\rb\nc"]:
    print(repr(q), binascii.a2b_qp(q), binascii.a2b_qp(q, True))
print(binascii.b2a_qp(bytearray(b"x=y")), binascii.a2b_qp(memoryview(b"x=3Dy")), binascii.a2b_qp("a_b", header=1))

print("-- errors")
calls = [
    lambda: binascii.crc_hqx(b"a", 1.5),
    lambda: binascii.crc_hqx("a", 0),
    lambda: binascii.crc_hqx(b"x"),
    lambda: binascii.b2a_uu(b"x" * 46),
    lambda: binascii.b2a_uu("abc"),
    lambda: binascii.a2b_uu(b"#86)Cxx"),
    lambda: binascii.a2b_uu(b"#8\x016"),
    lambda: binascii.a2b_uu("\xe9"),
    lambda: binascii.a2b_uu(123),
    lambda: binascii.b2a_qp("str"),
    lambda: binascii.b2a_qp(b"a b", quotetabs="x"),
    lambda: binascii.b2a_qp(b"a b", istext=2**70),
    lambda: binascii.b2a_qp(b"a b", header=None),
    lambda: binascii.a2b_qp(b"x", header=[]),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(binascii.crc_hqx.__doc__)
print(binascii.b2a_qp.__doc__)
