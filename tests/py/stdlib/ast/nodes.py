# Node classes: hierarchy, fields, constructors, hand-built trees, match.
import ast

print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.stmt._fields, ast.stmt._attributes, ast.expr_context._attributes)
print(ast.Module._fields, ast.arguments._fields, ast.arg._attributes, ast.keyword._attributes)
print(ast.comprehension._attributes, ast.alias._attributes, ast.withitem._attributes)
for cls in (ast.Module, ast.FunctionDef, ast.Name, ast.Load, ast.Add, ast.And, ast.Not, ast.Eq,
            ast.ExceptHandler, ast.MatchAs, ast.TypeIgnore, ast.arguments, ast.comprehension):
    print(cls.__name__, [base.__name__ for base in cls.__mro__], cls.__module__)
print(issubclass(ast.BinOp, ast.expr), issubclass(ast.If, ast.stmt), isinstance(ast.Store(), ast.expr_context))

n = ast.Name("x", ast.Load())
print(n.id, type(n.ctx).__name__, ast.dump(n))
print(repr(n).startswith("<ast.Name object at 0x"))
empty = ast.Name()
print(hasattr(empty, "id"), empty.end_lineno, ast.dump(empty))
c = ast.Constant(value=3, extra="yes")
print(c.extra, c.kind, ast.dump(c))
for args in [(1, 2, 3), (1, 2)]:
    try:
        ast.Constant(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    ast.Pass(1)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.Return(1, 2)
except TypeError as e:
    print("TypeError:", e)

tree = ast.Module(
    body=[
        ast.FunctionDef(
            name="double",
            args=ast.arguments(posonlyargs=[], args=[ast.arg(arg="x")], kwonlyargs=[],
                               kw_defaults=[], defaults=[]),
            body=[ast.Return(value=ast.BinOp(left=ast.Name(id="x", ctx=ast.Load()),
                                             op=ast.Mult(), right=ast.Constant(value=2)))],
            decorator_list=[]),
        ast.Expr(value=ast.Call(func=ast.Name(id="print", ctx=ast.Load()),
                                args=[ast.Call(func=ast.Name(id="double", ctx=ast.Load()),
                                               args=[ast.Constant(value=21)], keywords=[])],
                                keywords=[])),
    ],
    type_ignores=[],
)
print(ast.dump(tree, indent=4))
ast.fix_missing_locations(tree)
print(ast.unparse(tree))
exec(compile(ast.unparse(tree), "<built>", "exec"))
print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)), annotate_fields=False))
print(ast.dump(ast.Constant(value=(1, 2))), ast.unparse(ast.Constant(value=(1, 2))))

match ast.parse("x + 1", mode="eval").body:
    case ast.BinOp(ast.Name(id=name), ast.Add(), ast.Constant(value=value)):
        print("matched", name, value)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS)

# Parsed trees share one instance of each field-less node (contexts, operators).
a = ast.parse("x + y")
b = ast.parse("z - 1")
print(a.body[0].value.left.ctx is b.body[0].value.ctx, a.body[0].value.op is ast.parse("1 + 2").body[0].value.op)
print(ast.Load() is ast.Load(), type(a.body[0].value.left.ctx).__name__)
