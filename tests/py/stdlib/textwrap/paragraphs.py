import textwrap

doc = """
    This is the first paragraph. It has a few sentences that should
    wrap nicely.   Even with   odd   spacing.

    Second paragraph here, with hyphenated-words and an em--dash.
"""
for para in textwrap.dedent(doc).strip().split("\n\n"):
    print(textwrap.fill(para, width=28, initial_indent="    ", subsequent_indent="  "))
    print("-" * 28)
print(textwrap.fill("\u00e9l\u00e8ve na\u00efve caf\u00e9 r\u00e9sum\u00e9 \u4e2d\u6587\u5b57 \U0001f600 smile", 12))
