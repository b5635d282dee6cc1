import textwrap

text = "Tab\there.  Two  spaces.\nNew line.  Done!  'quoted.' \"x?\""
for kw in [{}, {"expand_tabs": False}, {"tabsize": 4}, {"replace_whitespace": False},
           {"expand_tabs": False, "replace_whitespace": False}, {"drop_whitespace": False},
           {"fix_sentence_endings": True}, {"initial_indent": "- ", "subsequent_indent": "  "}]:
    print(sorted(kw.items()), textwrap.wrap(text, 16, **kw))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder="...")
print(w.wrap("one two three four five six seven eight nine ten"))
print(w.width, w.max_lines, w.placeholder, w.tabsize, w.break_long_words, w.drop_whitespace)
chunks = ["foo.", " ", "Bar", " ", "baz!", " ", "x", " ", 'end."', " ", "Q"]
textwrap.TextWrapper()._fix_sentence_endings(chunks)
print(chunks)
print(textwrap.TextWrapper(tabsize=3)._munge_whitespace("a\tb\nc\x0bd\x0ce\rf"))
