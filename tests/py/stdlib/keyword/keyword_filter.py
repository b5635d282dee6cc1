# using keyword to sanitize names
import keyword

names = ["class", "def_", "for", "value", "match", "lambda", "x1"]
safe = [n + "_" if keyword.iskeyword(n) else n for n in names]
print(safe, [n for n in names if keyword.issoftkeyword(n)])
