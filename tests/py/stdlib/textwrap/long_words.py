import textwrap

w = "supercalifragilisticexpialidocious"
for width in (1, 5, 10, 40):
    print(width, textwrap.wrap(w + " is " + w, width))
    print(width, textwrap.wrap(w + " is " + w, width, break_long_words=False))
print(textwrap.wrap("an-extremely-long-hyphenated-compound-word here", 12))
print(textwrap.wrap("an-extremely-long-hyphenated-compound-word here", 12, break_on_hyphens=False))
print(textwrap.wrap("---------------- dashes", 5))
print(textwrap.wrap("x" * 30, 10, initial_indent="> ", subsequent_indent=">> "))
print(textwrap.wrap("abc def", 3, initial_indent="1234"))
