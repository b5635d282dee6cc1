# The node classes 3.8 deprecated (Num, Str, Bytes, NameConstant, Ellipsis, Index, ExtSlice)
# and visit_Num-style visitor methods, as 3.11 still supports them.
import ast

tree = ast.parse("x = 1 + 2.5 + 3j; y = 'text'; z = b'raw'; w = (None, True, ...)")
constants = [n for n in ast.walk(tree) if isinstance(n, ast.Constant)]
for node in constants:
    print(repr(node.value), [cls.__name__ for cls in (ast.Num, ast.Str, ast.Bytes, ast.NameConstant, ast.Ellipsis) if isinstance(node, cls)])
print(isinstance(ast.Name(id="x"), ast.Num), isinstance(ast.Constant(), ast.Num))

n = ast.Num(5)
print(type(n).__name__, n.n, n.value, ast.dump(n))
s = ast.Str(s="hi")
print(type(s).__name__, s.s, ast.dump(s))
print(ast.dump(ast.Bytes(b"x")), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
n.n = 7
print(n.value, ast.Num.__doc__)
try:
    ast.Num(1, n=2)
except TypeError as e:
    print("TypeError:", e)
print(ast.dump(ast.Index(ast.Name("i", ast.Load()))))
print(ast.dump(ast.ExtSlice([ast.Constant(1), ast.Constant(2)])))
print(issubclass(ast.Num, ast.Constant), ast.Index.__mro__[1].__name__, ast.Param.__mro__[1].__name__)


class Old(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Num(self, node):
        self.seen.append(("Num", node.n))

    def visit_Str(self, node):
        self.seen.append(("Str", node.s))

    def visit_NameConstant(self, node):
        self.seen.append(("NameConstant", node.value))


old = Old()
old.visit(tree)
print(old.seen)
