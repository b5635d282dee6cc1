# tokenize: generate_tokens / tokenize over varied sources, errors, untokenize round trips.
import io
import token
import tokenize

sources = [
    "x = 1\n",
    "def f(a, b=2, *args, **kw):\n    '''doc'''\n    return a+b  # add\n\n\nclass C:\n\tpass\n",
    "if x:\n    y = [1,\n         2]  # inside\n    z = (3 +\n4)\nelse:\n  pass\n",
    "s = 'a' \"b\" rb'c' f'{x}' Rb\"d\" u'e'\n",
    "t = '''multi\nline''' + \"\"\"more\n\"\"\"\n",
    "n = 0x1F + 0o17 + 0b11 + 1_000 + 1.5e-3 + .5 + 5. + 3j + 1e10J + 0\n",
    "a @= b; c //= d; e **= 2; f := 3; g -> h; ...; x != y <= z >= w << 1 >> 2\n",
    "x = 1 \\\n    + 2\n",
    "# only a comment",
    "no newline at end",
    "y = 'unterminated\n",
    "z = 'cont\\\ninued'\n",
    "$ = ?\n",
    "   \n\n# c\n  # indented comment\nx\n",
    "async def f():\n    await g()\n",
    "\u00e9t\u00e9 = '\u20ac'\n",
    "",
    "if a:\n        b\n    c\n",
]
for src in sources:
    print(repr(src))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print("   ", tok, tok.exact_type)
    except (tokenize.TokenError, IndentationError) as exc:
        print("   ", type(exc).__name__, exc.args)

for src in ["x = 1\n", "# -*- coding: latin-1 -*-\nx = '\xe9'\n", "\ufeffy = 2\n"]:
    data = src.encode("latin-1") if "latin-1" in src else src.encode("utf-8")
    toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    print(toks[0], toks[1:3])
    print(tokenize.untokenize(toks))

print(tokenize.detect_encoding(io.BytesIO(b"# coding=utf-8\nx\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\n# vim: set fileencoding=ascii :\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"").readline))
for bad in [b"# coding: nope\n", b"\xef\xbb\xbf# coding: latin-1\n", b"\xff\xfe\n"]:
    try:
        tokenize.detect_encoding(io.BytesIO(bad).readline)
    except SyntaxError as exc:
        print("SyntaxError", exc)

src = "def f(x):\n    if x:\n        return [x,\n   1]\n    return None\n"
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(tokenize.untokenize(toks) == src)
print(repr(tokenize.untokenize([(t.type, t.string) for t in toks])))
print(tokenize.tok_name[tokenize.OP], tokenize.ENCODING, tokenize.COMMENT, tokenize.NL, token.N_TOKENS)
print(tokenize.TokenInfo(1, "x", (1, 0), (1, 1), "x"), sorted(tokenize.__all__)[:6])
print(token.ISTERMINAL(5), token.ISNONTERMINAL(300), token.ISEOF(0), len(token.EXACT_TOKEN_TYPES))

with tokenize.open(__file__) as handle:
    own = list(tokenize.generate_tokens(handle.readline))
print(len(own), sum(t.type * t.start[0] + t.end[1] for t in own), own[-3:])
