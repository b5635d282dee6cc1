import textwrap

text = "Hello world, this is a somewhat long sentence that needs truncating."
for max_lines in (1, 2, 3, 10):
    for width in (8, 12, 20):
        try:
            print(max_lines, width, textwrap.wrap(text, width, max_lines=max_lines))
        except ValueError as e:
            print(max_lines, width, "ValueError", e)
print(textwrap.wrap("a b c d e f", 3, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("short", 10, max_lines=1))
print(textwrap.wrap("word word", 5, max_lines=1, placeholder="[...]"))
try:
    textwrap.wrap("text here", 4, max_lines=1, placeholder="[toolong]")
except ValueError as e:
    print("ValueError", e)
print(textwrap.wrap("aaaa bbbb cccc", 9, max_lines=2, initial_indent="  ", subsequent_indent="    "))
