# sys.getsizeof of strings longer than 16 characters made at run time, of each representation
# (ASCII, latin-1, UCS-2, UCS-4) and with lone surrogates, from the operations that scan the
# characters of their result: %, format, join, replace, StringIO, decode, chr sequences.
import io
import sys

pieces = {
    "ascii": "plain ascii text, ",
    "latin1": "caf\xe9 cr\xe8me br\xfbl\xe9e, ",
    "ucs2": "\u0394\u03b5\u03bb\u03c4\u03b1 \u20ac\u2603 text, ",
    "ucs4": "emoji \U0001f600\U0001f680 text, ",
    "lone": "lone \ud800 surrogate text, ",
    "pair_split": "high \ud83d then low \ude00 apart, ",
}
for name, p in pieces.items():
    made = [
        "%s%s" % (p, p),
        "{}{}".format(p, p * 2),
        "".join([p] * 3),
        (p * 4).replace(" ", "_"),
        p.upper() * 2,
    ]
    buf = io.StringIO()
    for _ in range(5):
        buf.write(p)
    made.append(buf.getvalue())
    print(name, [(len(s), sys.getsizeof(s)) for s in made])

print(sys.getsizeof(bytes(range(32, 127)).decode("ascii") * 2))
print(sys.getsizeof(bytes(range(160, 256)).decode("latin-1")))
print(sys.getsizeof("".join(chr(c) for c in range(0x100, 0x140))))
print(sys.getsizeof("".join(chr(c) for c in range(0x1F600, 0x1F620))))
print(sys.getsizeof("x" * 16 + "\xff"), sys.getsizeof("x" * 17), sys.getsizeof("\xff" * 17))
print(sys.getsizeof("\ud800" + "y" * 20), sys.getsizeof("y" * 20 + "\udfff"))
