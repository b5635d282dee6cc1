# compile() of AST objects and compile(..., ast.PyCF_ONLY_AST).
import ast
tree = ast.parse("x = 6 * 7\nprint(x, 'hi')\n")
exec(compile(tree, "<ast>", "exec"))
e = compile(ast.parse("1 + 2", mode="eval"), "<ast>", "eval")
print(eval(e))
t = compile("a + b", "<s>", "eval", ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
t2 = compile(t, "<s>", "eval", ast.PyCF_ONLY_AST)
print(t2 is t)
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
tree = ast.fix_missing_locations(Doubler().visit(ast.parse("def f(n):\n    return n + 10\nprint(f(1), [1, 2], {'a': 3})\n")))
exec(compile(tree, "<doubled>", "exec"))
m = ast.Module(body=[ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built')], []))], type_ignores=[])
try:
    compile(m, "<m>", "exec")
except TypeError as e:
    print("TypeError:", e)
ast.fix_missing_locations(m)
exec(compile(m, "<m>", "exec"))
try:
    compile(m, "<m>", "eval")
except TypeError as e:
    print("TypeError:", e)
bad = ast.Module(body=[ast.Expr(value=5, lineno=1, col_offset=0)], type_ignores=[])
try:
    compile(bad, "<bad>", "exec")
except TypeError as e:
    print("TypeError:", e)
bad = ast.Module(body=5, type_ignores=[])
try:
    compile(bad, "<bad>", "exec")
except TypeError as e:
    print("TypeError:", e)
try:
    compile(ast.parse("return 1"), "<r>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e)
ns = {}
exec(compile(ast.parse("from __future__ import annotations\ndef g(a: int) -> str: pass\n"), "<f>", "exec"), ns)
print(ns["g"].__annotations__)
code = compile(ast.parse("x = b'\\x01' + bytes(2)\ny = 3j\nz = ...\nw = None, True, 1.5, 10**30"), "<c>", "exec")
ns = {}
exec(code, ns)
print(ns["x"], ns["y"], ns["z"], ns["w"])
