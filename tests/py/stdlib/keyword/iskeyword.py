# keyword.iskeyword and issoftkeyword
import keyword

for w in ["if", "match", "case", "_", "print", "None", "True", "async", "await", "type", "If", ""]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
