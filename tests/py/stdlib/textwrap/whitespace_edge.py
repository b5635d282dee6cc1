import textwrap

cases = ["a\tb\tc", "\tindented", "x \t y", "trailing\t", "a\x0bb\x0cc\rd", "multi\n\nblank\n\nlines",
         "nbsp\u00a0stays\u00a0together here", "ideographic\u3000space", "  ", "\n"]
for text in cases:
    for kw in [{}, {"tabsize": 2}, {"expand_tabs": False}, {"replace_whitespace": False, "drop_whitespace": False}]:
        print(repr(text), sorted(kw.items()), textwrap.wrap(text, 6, **kw))
