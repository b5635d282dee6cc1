import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump?")
for width in (10, 20, 35, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("\n\n"), textwrap.fill(""))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap("Hello there -- you goof-ball, use the -b option!", 10))
print(textwrap.TextWrapper()._split("Hello there -- you goof-ball, use the -b option!"))
print(textwrap.TextWrapper(break_on_hyphens=False)._split("Hello there -- you goof-ball, use the -b option!"))
print(textwrap.TextWrapper()._split("em--dash x--y a-b-c re-enter 9-lives co-op e-mail"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("x", -3)
except ValueError as e:
    print("ValueError", e)
