# lib2to3-style source transformation with the ast and tokenize modules: tokenize source text
# (counting token kinds, finding names), parse it, run NodeVisitor statistics and
# NodeTransformer rewrites (constant folding, renaming, print-call rewriting), unparse, compile
# and exec the result, and check the transformed program still computes the same values.
import ast
import hashlib
import io
import sys
import tokenize

# tests/py/bench_like/ast_rewrite.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 40

SOURCE = '''
import math

class Account(object):
    """A bank account."""
    rate = 2 * 0.5 / 100

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive: %r" % (amount,))
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def interest(self, years=1 + 1 + 1):
        total = self.balance
        for _ in range(years):
            total = total * (1 + self.rate)
        return round(total, 2)


def summarize(accounts):
    result = {}
    for acc in accounts:
        key = acc.owner[0].upper()
        result.setdefault(key, []).append(acc.balance)
    squares = [x ** 2 for x in range(3 * 4) if x % (1 + 1) == 0]
    lookup = {k: sorted(v) for k, v in result.items()}
    return lookup, sum(squares), math.floor(10 / 4)


def run(n):
    accs = [Account("owner%d" % i, i * (10 + 5)) for i in range(n)]
    for i, a in enumerate(accs):
        a.deposit(i + 1)
        try:
            a.withdraw(1000 * 1000)
        except ValueError as e:
            msg = str(e)
    total = 0
    while accs:
        total += accs.pop().interest()
    return total, summarize([Account(c * 3, len(c)) for c in "abcab"]), msg
'''


class Stats(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}
        self.names = set()
        self.depth = 0
        self.max_depth = 0

    def generic_visit(self, node):
        k = type(node).__name__
        self.counts[k] = self.counts.get(k, 0) + 1
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        super().generic_visit(node)
        self.depth -= 1

    def visit_Name(self, node):
        self.names.add(node.id)
        self.generic_visit(node)


OPS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
       ast.Div: lambda a, b: a / b, ast.Mod: lambda a, b: a % b, ast.Pow: lambda a, b: a ** b}


class Folder(ast.NodeTransformer):
    def __init__(self):
        self.folded = 0

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            fn = OPS.get(type(node.op))
            if fn and isinstance(node.left.value, (int, float)) and isinstance(node.right.value, (int, float)):
                self.folded += 1
                return ast.copy_location(ast.Constant(fn(node.left.value, node.right.value)), node)
        return node


class Modernize(ast.NodeTransformer):
    """Drops explicit `object` bases and rewrites '%' formatting of tuples into f-strings."""

    def visit_ClassDef(self, node):
        node.bases = [b for b in node.bases if not (isinstance(b, ast.Name) and b.id == "object")]
        self.generic_visit(node)
        return node

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str):
            parts = node.left.value.split("%")
            if len(parts) == 2 and parts[1][:1] in ("d", "r", "s"):
                arg = node.right.elts[0] if isinstance(node.right, ast.Tuple) else node.right
                conv = {"d": -1, "r": ord("r"), "s": -1}[parts[1][0]]
                return ast.copy_location(ast.JoinedStr([ast.Constant(parts[0]),
                                                        ast.FormattedValue(arg, conv, None),
                                                        ast.Constant(parts[1][1:])]), node)
        return node


class Renamer(ast.NodeTransformer):
    def __init__(self, mapping):
        self.mapping = mapping

    def visit_Name(self, node):
        if node.id in self.mapping:
            return ast.copy_location(ast.Name(self.mapping[node.id], node.ctx), node)
        return node

    def visit_arg(self, node):
        if node.arg in self.mapping:
            node.arg = self.mapping[node.arg]
        return node

    def visit_FunctionDef(self, node):
        node.name = self.mapping.get(node.name, node.name)
        self.generic_visit(node)
        return node


def token_stats(src):
    kinds = {}
    names = {}
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        kinds[tokenize.tok_name[tok.type]] = kinds.get(tokenize.tok_name[tok.type], 0) + 1
        if tok.type == tokenize.NAME:
            names[tok.string] = names.get(tok.string, 0) + 1
    return kinds, names


def main():
    h = hashlib.sha1()
    expected = None
    for rep in range(SCALE):
        src = SOURCE.replace("owner%d", f"owner{rep}_%d")
        kinds, names = token_stats(src)
        h.update(repr(sorted(kinds.items())).encode())
        tree = ast.parse(src, "<src>")
        st = Stats()
        st.visit(tree)
        h.update(repr((sorted(st.counts.items()), st.max_depth, sorted(st.names))).encode())
        f = Folder()
        tree = f.visit(tree)
        tree = Modernize().visit(tree)
        tree = Renamer({"total": "acc_total", "summarize": "summary", "amount": "amt"}).visit(tree)
        ast.fix_missing_locations(tree)
        out = ast.unparse(tree)
        h.update(out.encode())
        ns = {}
        exec(compile(tree, "<rewritten>", "exec"), ns)
        got = ns["run"](20 + rep)
        ns2 = {}
        exec(compile(src, "<orig>", "exec"), ns2)
        want = ns2["run"](20 + rep)
        assert got == want, (got, want)
        h.update(repr(got).encode())
        if rep == 0:
            print(f.folded, st.max_depth, sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
            print("\n".join(out.splitlines()[:12]))
            print(ast.dump(ast.parse("x = 1 + 2 * y", mode="exec").body[0]))
            print(ast.literal_eval("{'a': (1, 2.5, -3), 'b': [None, True, b'x'], 'c': {1, 2}}"))
            expected = got
    print(expected, h.hexdigest())


main()
