# NodeVisitor counting names, NodeTransformer rewriting, walk order, iter_* helpers.
import ast
from collections import Counter

SOURCE = '''
def area(width, height):
    total = width * height
    return total + offset

values = [area(w, h) for w, h in pairs]
print(values, len(values), "done", 42)
'''

tree = ast.parse(SOURCE)


class NameCounter(ast.NodeVisitor):
    def __init__(self):
        self.loads = Counter()
        self.stores = []
        self.constants = []

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.loads[node.id] += 1
        else:
            self.stores.append(node.id)
        self.generic_visit(node)

    def visit_Constant(self, node):
        self.constants.append(node.value)


counter = NameCounter()
counter.visit(tree)
print(sorted(counter.loads.items()))
print(counter.stores, counter.constants)

print([type(n).__name__ for n in ast.walk(tree)])
print([name for name, _ in ast.iter_fields(tree.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])


class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "width":
            return ast.copy_location(ast.Name(id="w", ctx=node.ctx), node)
        return node

    def visit_arg(self, node):
        if node.arg == "width":
            node.arg = "w"
        return node

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult):
            return ast.BinOp(left=node.left, op=ast.Pow(), right=node.right)
        return node

    def visit_Expr(self, node):
        # Drop the print() call statement entirely.
        return None

    def visit_Return(self, node):
        # One statement becomes two.
        note = ast.Expr(value=ast.Constant(value="returning"))
        return [note, node]


new_tree = ast.fix_missing_locations(Renamer().visit(tree))
print(ast.unparse(new_tree))
print(ast.dump(new_tree.body[0].body[0], include_attributes=True))
code = ast.unparse(new_tree)
namespace = {"offset": 1, "pairs": [(2, 3), (3, 2)]}
exec(code, namespace)
print(namespace["values"])

# generic_visit deleting a single-node field
class DropReturnValue(ast.NodeTransformer):
    def visit_Constant(self, node):
        return None

t = ast.parse("return 5")
DropReturnValue().visit(t)
print(ast.dump(t), hasattr(t.body[0], "value"))
