# The idna codec (RFC 3490 with RFC 3491 nameprep, over the stringprep tables): labels split
# at any of IDNA's four dots, ASCII labels kept as they are, others case-folded, normalized and
# written as "xn--" + punycode; decoding checks the round trip; incremental coders keep an
# unfinished last label. A codec's error comes out wrapped: "encoding with 'idna' codec
# failed (...)", caused by the original, with no context of its own.
import codecs
import encodings.idna as idna
import stringprep

names = [
    "bücher.de", "Bücher.Example.", "www.python.org", "xn--bcher-kva.de", "пример.испытание",
    "ﬁ.com", "a\u00adb.com", "münchen\u3002de", "ÄÖÜ", "", "ex\u200bample.com", "straße.de",
    "ΣΊΣΥΦΟΣ.gr", "例子.测试", "\u05d0\u05d1.com", "a\u05d0.com", "日本語.jp", "✓.com",
]
for name in names:
    try:
        encoded = name.encode("idna")
        print(repr(name), encoded, encoded.decode("idna"))
    except UnicodeError as exc:
        print(repr(name), type(exc).__name__, exc)

for bad in ["a..b", "x" * 64 + ".com", "a.\ue000.com", "\u05d0a\u05d1", "x" * 70, "bücher." + "y" * 64]:
    try:
        print(bad.encode("idna"))
    except UnicodeError as exc:
        print(type(exc).__name__, exc, "| cause:", exc.__cause__, "| context:", exc.__context__)

for bad in [b"xn--bcher-kva.de", b"XN--BCHER-KVA.de", b"\xff.com", b"plain.com."]:
    try:
        print(bad.decode("idna"))
    except UnicodeError as exc:
        print(type(exc).__name__, exc)

try:
    1 / 0
except ZeroDivisionError:
    try:
        "a..b".encode("idna")
    except UnicodeError as exc:
        print("context while handling:", repr(exc.__context__), exc.__suppress_context__)

print(codecs.lookup("IDNA").name, codecs.encode("bücher", "idna"), codecs.decode(b"xn--bcher-kva", "idna"))
encoder = codecs.getincrementalencoder("idna")()
print(encoder.encode("bücher."), encoder.encode("exa"), encoder.encode("mple", final=True))
decoder = codecs.getincrementaldecoder("idna")()
print(decoder.decode(b"xn--bcher-kva."), decoder.decode(b"de"), decoder.decode(b"", final=True))
print(idna.nameprep("BÜcher"), idna.ToASCII("bücher"), idna.ToUnicode(b"xn--bcher-kva"), idna.ace_prefix)
for call in (lambda: "bücher".encode("idna", "ignore"), lambda: b"x".decode("idna", "replace"),
             lambda: idna.ToUnicode("bücher\ue000"), lambda: idna.ToASCII("xn--ü")):
    try:
        call()
    except UnicodeError as exc:
        print(type(exc).__name__, exc)

print(stringprep.in_table_b1("\u00ad"), stringprep.map_table_b2("ß"), stringprep.map_table_b3("Σ"),
      stringprep.map_table_b2("㎒"), stringprep.map_table_b2("ǰ"), stringprep.map_table_b2("ᾈ"),
      stringprep.map_table_b2("ℂ"), stringprep.map_table_b3("İ"))
print([f(ch) for f, ch in [
    (stringprep.in_table_a1, "\u0378"), (stringprep.in_table_a1, "a"), (stringprep.in_table_c11, " "),
    (stringprep.in_table_c12, "\u3000"), (stringprep.in_table_c11_c12, " "), (stringprep.in_table_c21, "\x07"),
    (stringprep.in_table_c22, "\u2028"), (stringprep.in_table_c22, "\x85"), (stringprep.in_table_c21_c22, "\x00"),
    (stringprep.in_table_c3, "\ue000"), (stringprep.in_table_c4, "\ufdd0"), (stringprep.in_table_c4, "\U0001ffff"),
    (stringprep.in_table_c5, "\ud800"), (stringprep.in_table_c6, "\ufffd"), (stringprep.in_table_c7, "\u2ff0"),
    (stringprep.in_table_c8, "\u200e"), (stringprep.in_table_c9, "\U000e0001"), (stringprep.in_table_d1, "\u0627"),
    (stringprep.in_table_d2, "a"), (stringprep.in_table_d2, "1"),
]])
