import textwrap

samples = [
    "    hello\n    world\n",
    "  a\n    b\n  c",
    "\thello\n  world",
    "  x\n\n  y\n   \n  z",
    "  \t a\n  \t b\n  \t\tc",
    "no indent\n  some",
    "   \n   \n",
    "",
    "  one line",
    "  a\r\n  b\r\n",
    "\t\ta\n\t b",
]
for s in samples:
    print(repr(s), "->", repr(textwrap.dedent(s)))
print(textwrap.dedent("""\
    def f():
        return 1
    """))
print(repr(textwrap.indent("a\nb\n\nc\n", "> ")))
print(repr(textwrap.indent("a\n  \nb", "+ ")))
print(repr(textwrap.indent("a\nb\n", "# ", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\rz", "|")))
print(repr(textwrap.indent("keep\nskip me\n", "-", predicate=lambda l: "skip" not in l)))
