import textwrap

TW = textwrap.TextWrapper
for text in ["Hello there -- you goof-ball, use the -b option!", "", "  lead", "trail  ", "a", "x--y z"]:
    print(repr(text), TW.wordsep_re.split(text))
    print(repr(text), TW.wordsep_simple_re.split(text))
for chunk in ["end.", "End?", 'quote."', "Mr.", "A.", "x!'", "no", "e.g"]:
    m = TW.sentence_end_re.search(chunk)
    print(repr(chunk), m is not None, m.group() if m else None)
print(TW.unicode_whitespace_trans)
