# A pycparser-like front end for a C subset: a regex-driven lexer, a recursive-descent parser
# producing node objects (declarations, functions, statements, expressions with C precedence),
# a type checker pass via a visitor with getattr dispatch, and a tree-walking interpreter.
import hashlib
import re
import sys

# tests/py/bench_like/c_interp.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 8

LEX = re.compile(r"""
    (?P<ws>\s+|//[^\n]*|/\*.*?\*/)
  | (?P<num>0x[0-9a-fA-F]+|\d+)
  | (?P<id>[A-Za-z_]\w*)
  | (?P<str>"(?:\\.|[^"\\])*")
  | (?P<chr>'(?:\\.|[^'\\])')
  | (?P<op>\+\+|--|<<=|>>=|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^]=|->|[-+*/%&|^~!<>=?:;,.(){}\[\]])
""", re.X | re.S)
KEYWORDS = {"int", "char", "void", "if", "else", "while", "for", "return", "break", "continue", "unsigned"}


class Node:
    _fields = ()

    def __init__(self, *args, line=0):
        for f, a in zip(self._fields, args):
            setattr(self, f, a)
        self.line = line

    def children(self):
        for f in self._fields:
            v = getattr(self, f)
            if isinstance(v, Node):
                yield v
            elif isinstance(v, list):
                yield from (x for x in v if isinstance(x, Node))


def mk(name, fields):
    return type(name, (Node,), {"_fields": tuple(fields.split())})


FuncDef = mk("FuncDef", "rtype name params body")
Decl = mk("Decl", "ctype name size init")
Compound = mk("Compound", "items")
If = mk("If", "cond then other")
While = mk("While", "cond body")
For = mk("For", "init cond step body")
Return = mk("Return", "expr")
Break = mk("Break", "")
Continue = mk("Continue", "")
ExprStmt = mk("ExprStmt", "expr")
BinaryOp = mk("BinaryOp", "op left right")
UnaryOp = mk("UnaryOp", "op expr")
Assign = mk("Assign", "op target value")
TernaryOp = mk("TernaryOp", "cond a b")
Call = mk("Call", "name args")
Index = mk("Index", "base index")
ID = mk("ID", "name")
Const = mk("Const", "value")

PREC = [("||",), ("&&",), ("|",), ("^",), ("&",), ("==", "!="), ("<", ">", "<=", ">="), ("<<", ">>"),
        ("+", "-"), ("*", "/", "%")]


class ParseError(Exception):
    pass


class CParser:
    def __init__(self, text):
        self.toks = []
        line = 1
        pos = 0
        while pos < len(text):
            m = LEX.match(text, pos)
            if not m:
                raise ParseError(f"line {line}: bad character {text[pos]!r}")
            kind = m.lastgroup
            val = m.group()
            if kind == "id" and val in KEYWORDS:
                kind = "kw"
            if kind != "ws":
                self.toks.append((kind, val, line))
            line += val.count("\n")
            pos = m.end()
        self.toks.append(("eof", "", line))
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, val=None):
        t = self.toks[self.i]
        if val is not None and t[1] != val:
            raise ParseError(f"line {t[2]}: expected {val!r}, got {t[1]!r}")
        self.i += 1
        return t

    def at(self, val):
        return self.toks[self.i][1] == val

    def unit(self):
        out = []
        while self.peek()[0] != "eof":
            ctype = self.ctype()
            name = self.take()[1]
            if self.at("("):
                self.take("(")
                params = []
                while not self.at(")"):
                    pt = self.ctype()
                    pn = self.take()[1]
                    if self.at("["):
                        self.take("[")
                        self.take("]")
                        pt += "[]"
                    params.append((pt, pn))
                    if not self.at(")"):
                        self.take(",")
                self.take(")")
                out.append(FuncDef(ctype, name, params, self.compound()))
            else:
                out.append(self.decl_rest(ctype, name))
        return out

    def ctype(self):
        parts = [self.take()[1]]
        while self.peek()[1] in ("int", "char") or self.at("*"):
            parts.append(self.take()[1])
        return " ".join(parts)

    def decl_rest(self, ctype, name):
        line = self.peek()[2]
        size = init = None
        if self.at("["):
            self.take("[")
            size = self.expr()
            self.take("]")
        if self.at("="):
            self.take("=")
            if self.at("{"):
                self.take("{")
                init = []
                while not self.at("}"):
                    init.append(self.assign())
                    if not self.at("}"):
                        self.take(",")
                self.take("}")
            else:
                init = self.assign()
        self.take(";")
        return Decl(ctype, name, size, init, line=line)

    def compound(self):
        self.take("{")
        items = []
        while not self.at("}"):
            items.append(self.statement())
        self.take("}")
        return Compound(items)

    def statement(self):
        kind, val, line = self.peek()
        if val == "{":
            return self.compound()
        if val in ("int", "char", "unsigned"):
            ctype = self.ctype()
            return self.decl_rest(ctype, self.take()[1])
        if val == "if":
            self.take()
            self.take("(")
            c = self.expr()
            self.take(")")
            then = self.statement()
            other = None
            if self.at("else"):
                self.take()
                other = self.statement()
            return If(c, then, other, line=line)
        if val == "while":
            self.take()
            self.take("(")
            c = self.expr()
            self.take(")")
            return While(c, self.statement(), line=line)
        if val == "for":
            self.take()
            self.take("(")
            if self.peek()[1] in ("int", "char", "unsigned"):
                init = self.statement()
            else:
                init = None if self.at(";") else ExprStmt(self.expr())
                self.take(";")
            cond = None if self.at(";") else self.expr()
            self.take(";")
            step = None if self.at(")") else self.expr()
            self.take(")")
            return For(init, cond, step, self.statement(), line=line)
        if val == "return":
            self.take()
            e = None if self.at(";") else self.expr()
            self.take(";")
            return Return(e, line=line)
        if val in ("break", "continue"):
            self.take()
            self.take(";")
            return Break(line=line) if val == "break" else Continue(line=line)
        e = self.expr()
        self.take(";")
        return ExprStmt(e, line=line)

    def expr(self):
        return self.assign()

    def assign(self):
        left = self.ternary()
        if self.peek()[1] in ("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="):
            op = self.take()[1]
            return Assign(op, left, self.assign())
        return left

    def ternary(self):
        c = self.binary(0)
        if self.at("?"):
            self.take()
            a = self.expr()
            self.take(":")
            return TernaryOp(c, a, self.ternary())
        return c

    def binary(self, level):
        if level == len(PREC):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek()[1] in PREC[level]:
            op = self.take()[1]
            left = BinaryOp(op, left, self.binary(level + 1))
        return left

    def unary(self):
        v = self.peek()[1]
        if v in ("-", "!", "~", "++", "--"):
            self.take()
            return UnaryOp(v, self.unary())
        return self.postfix()

    def postfix(self):
        e = self.primary()
        while True:
            if self.at("["):
                self.take()
                e = Index(e, self.expr())
                self.take("]")
            elif self.at("++") or self.at("--"):
                e = UnaryOp("p" + self.take()[1], e)
            else:
                return e

    def primary(self):
        kind, val, line = self.take()
        if kind == "num":
            return Const(int(val, 0))
        if kind == "chr":
            body = val[1:-1]
            return Const(ord(body.encode().decode("unicode_escape")))
        if kind == "id":
            if self.at("("):
                self.take()
                args = []
                while not self.at(")"):
                    args.append(self.assign())
                    if not self.at(")"):
                        self.take(",")
                self.take(")")
                return Call(val, args)
            return ID(val)
        if val == "(":
            e = self.expr()
            self.take(")")
            return e
        raise ParseError(f"line {line}: unexpected {val!r}")


class BreakSignal(Exception):
    pass


class ContinueSignal(Exception):
    pass


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


def wrap32(v):
    v &= 0xFFFFFFFF
    return v - 0x100000000 if v & 0x80000000 else v


BIN = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: int(a / b), "%": lambda a, b: a - int(a / b) * b, "<<": lambda a, b: a << b,
       ">>": lambda a, b: a >> b, "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
       "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b), "<=": lambda a, b: int(a <= b),
       ">=": lambda a, b: int(a >= b), "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b)}


class Interp:
    def __init__(self, unit):
        self.funcs = {}
        self.globals = {}
        self.out = []
        self.steps = 0
        for d in unit:
            if isinstance(d, FuncDef):
                self.funcs[d.name] = d
            else:
                self.declare(self.globals, d)

    def declare(self, env, d):
        if d.size is not None:
            n = self.eval(d.size, env)
            arr = [0] * n
            if d.init:
                for i, e in enumerate(d.init):
                    arr[i] = self.eval(e, env)
            env[d.name] = arr
        else:
            env[d.name] = self.eval(d.init, env) if d.init is not None else 0

    def call(self, name, args):
        if name == "putint":
            self.out.append(str(args[0]))
            return 0
        if name == "putchar":
            self.out.append(chr(args[0]))
            return 0
        f = self.funcs[name]
        env = {pn: a for (pt, pn), a in zip(f.params, args)}
        try:
            self.run(f.body, env)
        except ReturnSignal as r:
            return r.value
        return 0

    def lookup(self, env, name):
        return env if name in env else self.globals

    def run(self, s, env):
        self.steps += 1
        t = type(s)
        if t is Compound:
            for item in s.items:
                self.run(item, env)
        elif t is ExprStmt:
            self.eval(s.expr, env)
        elif t is Decl:
            self.declare(env, s)
        elif t is If:
            if self.eval(s.cond, env):
                self.run(s.then, env)
            elif s.other is not None:
                self.run(s.other, env)
        elif t is While:
            while self.eval(s.cond, env):
                try:
                    self.run(s.body, env)
                except BreakSignal:
                    break
                except ContinueSignal:
                    pass
        elif t is For:
            if s.init is not None:
                self.run(s.init, env)
            while s.cond is None or self.eval(s.cond, env):
                try:
                    self.run(s.body, env)
                except BreakSignal:
                    break
                except ContinueSignal:
                    pass
                if s.step is not None:
                    self.eval(s.step, env)
        elif t is Return:
            raise ReturnSignal(self.eval(s.expr, env) if s.expr is not None else 0)
        elif t is Break:
            raise BreakSignal()
        elif t is Continue:
            raise ContinueSignal()
        else:
            raise TypeError(t.__name__)

    def store(self, target, value, env):
        if type(target) is ID:
            self.lookup(env, target.name)[target.name] = value
        else:
            arr = self.eval(target.base, env)
            arr[self.eval(target.index, env)] = value
        return value

    def eval(self, e, env):
        t = type(e)
        if t is Const:
            return e.value
        if t is ID:
            return self.lookup(env, e.name)[e.name]
        if t is BinaryOp:
            if e.op == "&&":
                return int(bool(self.eval(e.left, env)) and bool(self.eval(e.right, env)))
            if e.op == "||":
                return int(bool(self.eval(e.left, env)) or bool(self.eval(e.right, env)))
            return wrap32(BIN[e.op](self.eval(e.left, env), self.eval(e.right, env)))
        if t is Assign:
            v = self.eval(e.value, env)
            if e.op != "=":
                v = wrap32(BIN[e.op[:-1]](self.eval(e.target, env), v))
            return self.store(e.target, v, env)
        if t is Index:
            return self.eval(e.base, env)[self.eval(e.index, env)]
        if t is Call:
            return self.call(e.name, [self.eval(a, env) for a in e.args])
        if t is UnaryOp:
            op = e.op
            if op in ("++", "--", "p++", "p--"):
                old = self.eval(e.expr, env)
                new = old + (1 if "+" in op else -1)
                self.store(e.expr, new, env)
                return old if op[0] == "p" else new
            v = self.eval(e.expr, env)
            return -v if op == "-" else int(not v) if op == "!" else ~v
        if t is TernaryOp:
            return self.eval(e.a if self.eval(e.cond, env) else e.b, env)
        raise TypeError(t.__name__)


class Counter:
    def __init__(self):
        self.counts = {}

    def visit(self, node):
        meth = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return meth(node)

    def generic_visit(self, node):
        self.counts[type(node).__name__] = self.counts.get(type(node).__name__, 0) + 1
        for c in node.children():
            self.visit(c)

    def visit_Call(self, node):
        self.counts["call:" + node.name] = self.counts.get("call:" + node.name, 0) + 1
        self.generic_visit(node)


SOURCE = r"""
/* sieve, sorting, recursion and bit tricks */
int N = 600;
int primes[600];
int data[64] = {5, 3, 9, 1, 7};

int gcd(int a, int b) { while (b) { int t = a % b; a = b; b = t; } return a; }

int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int popcount(unsigned int x) {
    int c = 0;
    while (x) { x &= x - 1; c++; }
    return c;
}

void sort(int a[], int n) {
    for (int i = 1; i < n; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}

int main() {
    int count = 0;
    for (int i = 2; i < N; i++) primes[i] = 1;
    for (int i = 2; i * i < N; i++)
        if (primes[i])
            for (int j = i * i; j < N; j += i) primes[j] = 0;
    for (int i = 0; i < N; i++) if (primes[i]) count++;
    putint(count); putchar(' ');
    int seed = 12345;
    for (int i = 5; i < 64; i++) { seed = seed * 1103515245 + 12345; data[i] = (seed >> 8) & 1023; }
    sort(data, 64);
    putint(data[0]); putchar(','); putint(data[63]); putchar(' ');
    int g = 0;
    for (int i = 1; i < 200; i++) g += gcd(i * 91, 1001);
    putint(g); putchar(' ');
    putint(fib(15)); putchar(' ');
    int bits = 0;
    for (int i = 0; i < 300; i++) { if (i % 7 == 3) continue; bits += popcount(i * 2654435761); if (bits > 100000) break; }
    putint(bits); putchar(' ');
    putint(-7 / 2); putint(-7 % 2); putint(1 << 31); putchar('\n');
    return 0;
}
"""


def main():
    h = hashlib.md5()
    for rep in range(SCALE):
        unit = CParser(SOURCE.replace("600", str(600 + rep))).unit()
        c = Counter()
        for d in unit:
            c.visit(d)
        it = Interp(unit)
        rc = it.call("main", [])
        out = "".join(it.out)
        h.update(out.encode())
        if rep == 0:
            print(out, end="")
            print(rc, it.steps, sorted(c.counts.items())[:8])
    for bad in ("int x = 3 $ 4;", "int f( { }", "int main() { return (1 + ; }"):
        try:
            CParser(bad).unit()
        except ParseError as e:
            print("ParseError:", e)
    print(h.hexdigest())


main()
