# get_docstring, get_source_segment, increment_lineno, copy_location, fix_missing_locations.
import ast

SOURCE = '''"""Module docstring.

    Indented detail.
"""

def f():
    """   Function doc.

        More.
    """
    return 1

class C:
    x = 1

async def g():
    "single"
'''
tree = ast.parse(SOURCE)
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree, clean=False)))
print(repr(ast.get_docstring(tree.body[1])))
print(repr(ast.get_docstring(tree.body[1], clean=False)))
print(repr(ast.get_docstring(tree.body[2])))
print(repr(ast.get_docstring(tree.body[3])))
try:
    ast.get_docstring(tree.body[2].body[0])
except TypeError as e:
    print("TypeError:", e)

src = "x = [1,\n     2]\nvalue = compute(a,\n    b) + 3\ny = 'é' + z\n\fq = 1\r\nr = 2\rs = 3\n"
t = ast.parse(src)
for stmt in t.body:
    print(repr(ast.get_source_segment(src, stmt)), repr(ast.get_source_segment(src, stmt.value)))
print(repr(ast.get_source_segment(src, t.body[1].value.left, padded=True)))
print(repr(ast.get_source_segment(src, t.body[0].value, padded=True)))
print(ast.get_source_segment(src, ast.Name(id="x")))

t = ast.parse("a = 1\nif a:\n    b = 2\n")
ast.increment_lineno(t, 3)
print(ast.dump(t, include_attributes=True))

new = ast.Name(id="n", ctx=ast.Load())
old = ast.parse("  x", mode="eval").body if False else ast.parse("(x)", mode="eval").body
ast.copy_location(new, old)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)

module = ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name(id="print", ctx=ast.Load()),
                                               args=[ast.Constant(value="hi")], keywords=[]))],
                    type_ignores=[])
ast.fix_missing_locations(module)
print(ast.dump(module, include_attributes=True))
print(ast.unparse(module))
