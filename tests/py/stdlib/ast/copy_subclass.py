# copy/deepcopy of nodes, vars(), AST subclasses with their own _fields, parse's filename.
import ast, copy
t = ast.parse("x = [1, 2]\nprint(x)")
c = copy.deepcopy(t)
print(ast.dump(c) == ast.dump(t), c.body[0] is not t.body[0], c.body[0].lineno)
s = copy.copy(t.body[0])
print(s.targets is t.body[0].targets)
print(t.body[0].__reduce__()[0].__name__)
print(sorted(vars(t.body[0])))
print(ast.AST().__dict__, ast.AST._fields)
class MyNode(ast.AST):
    _fields = ('a', 'b')
m = MyNode(1, b=2)
print(ast.dump(m))
print(ast.unparse(ast.parse("x = 1")), ast.parse("x", "<f>").body[0].value.id)
