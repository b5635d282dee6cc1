import textwrap

text = ("Python's textwrap module wraps paragraphs; it breaks on whitespace and on hyphens in "
        "compound-words like well-known or state-of-the-art, and em-dashes--like this--too.")
for width in range(8, 60, 7):
    lines = textwrap.wrap(text, width)
    print(width, len(lines), max(len(l) for l in lines))
    print("\n".join("|" + l.ljust(width) + "|" for l in lines))
print(textwrap.fill(text, 40, fix_sentence_endings=True, break_on_hyphens=False))
