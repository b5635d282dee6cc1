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

# Malformed trees: CPython's validator rejects wrong contexts and empty bodies; wrong node kinds.
cases = [
    ast.Module([ast.Assign([ast.Name('x', ast.Load())], ast.Constant(1))], []),
    ast.Module([ast.Expr(ast.Name('x', ast.Store()))], []),
    ast.Module([ast.Expr(ast.Name('x', 5))], []),
    ast.Module([ast.Expr(ast.Constant([1]))], []),
    ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Load(), ast.Constant(2)))], []),
    ast.Module([ast.Expr(ast.Name(5, ast.Load()))], []),
    ast.Module([ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [])], []),
    ast.Module([ast.Delete([ast.Name('x', ast.Store())])], []),
    ast.Module([ast.For(ast.Tuple([ast.Name('a', ast.Load())], ast.Store()), ast.Name('b', ast.Load()), [ast.Pass()], [])], []),
    ast.Expression(ast.Constant(1 + 2j)),
]
for tree in cases:
    ast.fix_missing_locations(tree)
    try:
        code = compile(tree, '<t>', 'exec' if isinstance(tree, ast.Module) else 'eval')
        print("compiled", eval(code) if isinstance(tree, ast.Expression) else "")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e if 'object at' not in str(e) else str(e).split(' at ')[0])

ns = {}
exec(compile(ast.parse("def k(a, *, b, c=3, **kw):\n    return a, b, c, kw\n"), "<k>", "exec"), ns)
print(ns["k"](1, b=2, d=4))

print(ast.dump(compile('(int) -> str', '<f>', 'func_type', ast.PyCF_ONLY_AST)))
try:
    compile('(int) -> str', '<f>', 'func_type')
except ValueError as e:
    print("ValueError:", e)
try:
    compile(ast.parse('(int) -> str', mode='func_type'), '<f>', 'exec')
except TypeError as e:
    print("TypeError:", e)
