# ast.parse raises SyntaxError as compile() does.
import ast

for source in ["x = (", "def f(:\n  pass", "if x:\npass", "return 1 2", "x = 'abc", "\tif x:\n        pass\n\ty"]:
    try:
        ast.parse(source, filename="<src>")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    ast.parse("x", mode="bad")
except ValueError as e:
    print("ValueError:", e)
try:
    ast.parse(5)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.parse("a\0b")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
