# Every node class's __doc__ is its Python.asdl line; abstract classes list their kinds.
import ast

for name in sorted(vars(ast)):
    value = getattr(ast, name)
    if isinstance(value, type) and issubclass(value, ast.AST):
        print(name, repr(value.__doc__), value._fields)
