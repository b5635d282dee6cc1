# A small SQL front end in the spirit of sqlglot: a hand-written tokenizer, a Pratt/recursive
# descent parser building expression nodes with __slots__, a constant-folding and predicate
# pushdown "optimizer" and a generator that prints the tree back as SQL in another dialect.
import hashlib
import sys

# tests/py/bench_like/sql_parse.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 150

KEYWORDS = {"SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "AS", "JOIN", "ON", "GROUP", "BY", "ORDER",
            "LIMIT", "ASC", "DESC", "IN", "IS", "NULL", "LEFT", "INNER", "HAVING", "CASE", "WHEN",
            "THEN", "ELSE", "END", "BETWEEN", "LIKE", "DISTINCT", "TRUE", "FALSE"}
SINGLE = {"(": "LPAREN", ")": "RPAREN", ",": "COMMA", ".": "DOT", "*": "STAR", "+": "PLUS", "-": "DASH",
          "/": "SLASH", "%": "MOD", "=": "EQ", "<": "LT", ">": "GT", ";": "SEMI"}


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


def tokenize(sql):
    out = []
    i = 0
    n = len(sql)
    while i < n:
        c = sql[i]
        if c.isspace():
            i += 1
        elif c.isalpha() or c == "_":
            j = i + 1
            while j < n and (sql[j].isalnum() or sql[j] == "_"):
                j += 1
            word = sql[i:j]
            up = word.upper()
            out.append(Token(up if up in KEYWORDS else "IDENT", word, i))
            i = j
        elif c.isdigit():
            j = i + 1
            while j < n and (sql[j].isdigit() or sql[j] == "."):
                j += 1
            out.append(Token("NUMBER", sql[i:j], i))
            i = j
        elif c == "'":
            j = i + 1
            buf = []
            while True:
                if sql[j] == "'":
                    if j + 1 < n and sql[j + 1] == "'":
                        buf.append("'")
                        j += 2
                        continue
                    break
                buf.append(sql[j])
                j += 1
            out.append(Token("STRING", "".join(buf), i))
            i = j + 1
        elif sql.startswith(("<=", ">=", "<>", "!=", "||"), i):
            op = sql[i:i + 2]
            out.append(Token({"<=": "LTE", ">=": "GTE", "<>": "NEQ", "!=": "NEQ", "||": "CONCAT"}[op], op, i))
            i += 2
        elif c in SINGLE:
            out.append(Token(SINGLE[c], c, i))
            i += 1
        else:
            raise SyntaxError(f"bad char {c!r} at {i}")
    out.append(Token("EOF", "", n))
    return out


class Node:
    __slots__ = ()
    fields = ()

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)

    def __hash__(self):
        return hash((type(self).__name__,) + tuple(
            tuple(v) if isinstance(v, list) else v for v in (getattr(self, f) for f in self.fields)))

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(repr(getattr(self, f)) for f in self.fields)})"

    def walk(self):
        yield self
        for f in self.fields:
            v = getattr(self, f)
            if isinstance(v, Node):
                yield from v.walk()
            elif isinstance(v, list):
                for x in v:
                    if isinstance(x, Node):
                        yield from x.walk()


def node(name, *fields):
    def init(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    return type(name, (Node,), {"__slots__": fields, "fields": fields, "__init__": init})


Lit = node("Lit", "value")
Col = node("Col", "table", "name")
Star = node("Star")
Bin = node("Bin", "op", "left", "right")
Unary = node("Unary", "op", "operand")
Func = node("Func", "name", "args", "distinct")
Alias = node("Alias", "expr", "alias")
InList = node("InList", "expr", "items", "negated")
Between = node("Between", "expr", "low", "high")
Case = node("Case", "whens", "default")
IsNull = node("IsNull", "expr", "negated")
Table = node("Table", "name", "alias")
Join = node("Join", "kind", "table", "on")
Select = node("Select", "distinct", "exprs", "source", "joins", "where", "group", "having", "order", "limit")

BINARY_POWER = {"OR": 1, "AND": 2, "EQ": 4, "NEQ": 4, "LT": 4, "GT": 4, "LTE": 4, "GTE": 4, "LIKE": 4,
                "CONCAT": 5, "PLUS": 6, "DASH": 6, "STAR": 7, "SLASH": 7, "MOD": 7}


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self, k=0):
        return self.toks[self.i + k]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def accept(self, kind):
        if self.toks[self.i].kind == kind:
            self.i += 1
            return True
        return False

    def expect(self, kind):
        t = self.next()
        if t.kind != kind:
            raise SyntaxError(f"expected {kind}, got {t!r}")
        return t

    def parse_select(self):
        self.expect("SELECT")
        distinct = self.accept("DISTINCT")
        exprs = [self.parse_projection()]
        while self.accept("COMMA"):
            exprs.append(self.parse_projection())
        source = joins = where = having = limit = None
        group = []
        order = []
        joins = []
        if self.accept("FROM"):
            source = self.parse_table()
            while self.peek().kind in ("JOIN", "LEFT", "INNER"):
                kind = "INNER"
                if self.peek().kind != "JOIN":
                    kind = self.next().kind
                self.expect("JOIN")
                t = self.parse_table()
                self.expect("ON")
                joins.append(Join(kind, t, self.parse_expr(0)))
        if self.accept("WHERE"):
            where = self.parse_expr(0)
        if self.accept("GROUP"):
            self.expect("BY")
            group.append(self.parse_expr(0))
            while self.accept("COMMA"):
                group.append(self.parse_expr(0))
        if self.accept("HAVING"):
            having = self.parse_expr(0)
        if self.accept("ORDER"):
            self.expect("BY")
            while True:
                e = self.parse_expr(0)
                desc = self.accept("DESC")
                if not desc:
                    self.accept("ASC")
                order.append((e, desc))
                if not self.accept("COMMA"):
                    break
        if self.accept("LIMIT"):
            limit = int(self.expect("NUMBER").text)
        return Select(distinct, exprs, source, joins, where, group, having, order, limit)

    def parse_table(self):
        name = self.expect("IDENT").text
        alias = None
        if self.accept("AS"):
            alias = self.expect("IDENT").text
        elif self.peek().kind == "IDENT":
            alias = self.next().text
        return Table(name, alias)

    def parse_projection(self):
        e = self.parse_expr(0)
        if self.accept("AS"):
            return Alias(e, self.expect("IDENT").text)
        return e

    def parse_expr(self, min_power):
        left = self.parse_unary()
        while True:
            t = self.peek()
            if t.kind == "NOT" and self.peek(1).kind in ("IN", "LIKE", "BETWEEN") and min_power < 4:
                self.next()
                left = Unary("NOT", self.parse_postfix(left))
                continue
            if t.kind in ("IN", "BETWEEN", "IS") and min_power < 4:
                left = self.parse_postfix(left)
                continue
            p = BINARY_POWER.get(t.kind)
            if p is None or p <= min_power:
                return left
            self.next()
            left = Bin(t.kind, left, self.parse_expr(p))

    def parse_postfix(self, left):
        t = self.next()
        if t.kind == "IN":
            self.expect("LPAREN")
            items = [self.parse_expr(0)]
            while self.accept("COMMA"):
                items.append(self.parse_expr(0))
            self.expect("RPAREN")
            return InList(left, items, False)
        if t.kind == "BETWEEN":
            low = self.parse_expr(4)
            self.expect("AND")
            return Between(left, low, self.parse_expr(4))
        if t.kind == "LIKE":
            return Bin("LIKE", left, self.parse_expr(4))
        negated = self.accept("NOT")
        self.expect("NULL")
        return IsNull(left, negated)

    def parse_unary(self):
        t = self.peek()
        if t.kind == "NOT":
            self.next()
            return Unary("NOT", self.parse_expr(3))
        if t.kind == "DASH":
            self.next()
            return Unary("NEG", self.parse_unary())
        return self.parse_primary()

    def parse_primary(self):
        t = self.next()
        k = t.kind
        if k == "NUMBER":
            return Lit(float(t.text) if "." in t.text else int(t.text))
        if k == "STRING":
            return Lit(t.text)
        if k in ("TRUE", "FALSE"):
            return Lit(k == "TRUE")
        if k == "NULL":
            return Lit(None)
        if k == "STAR":
            return Star()
        if k == "LPAREN":
            e = self.parse_expr(0)
            self.expect("RPAREN")
            return e
        if k == "CASE":
            whens = []
            default = None
            while self.accept("WHEN"):
                c = self.parse_expr(0)
                self.expect("THEN")
                whens.append((c, self.parse_expr(0)))
            if self.accept("ELSE"):
                default = self.parse_expr(0)
            self.expect("END")
            return Case(whens, default)
        if k == "IDENT":
            if self.accept("LPAREN"):
                distinct = self.accept("DISTINCT")
                args = []
                if not self.accept("RPAREN"):
                    args.append(self.parse_expr(0))
                    while self.accept("COMMA"):
                        args.append(self.parse_expr(0))
                    self.expect("RPAREN")
                return Func(t.text.upper(), args, distinct)
            if self.accept("DOT"):
                if self.accept("STAR"):
                    return Col(t.text, "*")
                return Col(t.text, self.expect("IDENT").text)
            return Col(None, t.text)
        raise SyntaxError(f"unexpected {t!r}")


FOLD = {"PLUS": lambda a, b: a + b, "DASH": lambda a, b: a - b, "STAR": lambda a, b: a * b,
        "SLASH": lambda a, b: a / b if b else None, "MOD": lambda a, b: a % b if b else None,
        "EQ": lambda a, b: a == b, "NEQ": lambda a, b: a != b, "LT": lambda a, b: a < b,
        "GT": lambda a, b: a > b, "LTE": lambda a, b: a <= b, "GTE": lambda a, b: a >= b}


def fold(e):
    if isinstance(e, Bin):
        left, right = fold(e.left), fold(e.right)
        if isinstance(left, Lit) and isinstance(right, Lit) and e.op in FOLD \
                and type(left.value) in (int, float) and type(right.value) in (int, float):
            return Lit(FOLD[e.op](left.value, right.value))
        if e.op == "AND":
            if left == Lit(True):
                return right
            if right == Lit(True):
                return left
            if Lit(False) in (left, right):
                return Lit(False)
        if e.op == "OR":
            if Lit(True) in (left, right):
                return Lit(True)
            if left == Lit(False):
                return right
        if e.op == "CONCAT" and isinstance(left, Lit) and isinstance(right, Lit):
            return Lit(str(left.value) + str(right.value))
        return Bin(e.op, left, right)
    if isinstance(e, Unary):
        inner = fold(e.operand)
        if isinstance(inner, Lit):
            if e.op == "NEG" and isinstance(inner.value, (int, float)):
                return Lit(-inner.value)
            if e.op == "NOT" and isinstance(inner.value, bool):
                return Lit(not inner.value)
        return Unary(e.op, inner)
    if isinstance(e, Alias):
        return Alias(fold(e.expr), e.alias)
    if isinstance(e, Func):
        return Func(e.name, [fold(a) for a in e.args], e.distinct)
    if isinstance(e, InList):
        return InList(fold(e.expr), [fold(x) for x in e.items], e.negated)
    if isinstance(e, Case):
        return Case([(fold(c), fold(v)) for c, v in e.whens], e.default and fold(e.default))
    return e


def conjuncts(e):
    if isinstance(e, Bin) and e.op == "AND":
        return conjuncts(e.left) + conjuncts(e.right)
    return [] if e is None else [e]


def optimize(sel):
    exprs = [fold(e) for e in sel.exprs]
    where = fold(sel.where) if sel.where is not None else None
    preds = conjuncts(where)
    seen = set()
    uniq = []
    for p in preds:
        if p not in seen:
            seen.add(p)
            uniq.append(p)
    uniq.sort(key=lambda p: sum(1 for _ in p.walk()))
    where = None
    for p in uniq:
        where = p if where is None else Bin("AND", where, p)
    joins = [Join(j.kind, j.table, fold(j.on)) for j in sel.joins]
    return Select(sel.distinct, exprs, sel.source, joins, where, [fold(g) for g in sel.group],
                  sel.having and fold(sel.having), [(fold(e), d) for e, d in sel.order], sel.limit)


OPS = {"PLUS": "+", "DASH": "-", "STAR": "*", "SLASH": "/", "MOD": "%", "EQ": "=", "NEQ": "<>",
       "LT": "<", "GT": ">", "LTE": "<=", "GTE": ">=", "AND": "AND", "OR": "OR", "LIKE": "LIKE",
       "CONCAT": "||"}


class Generator:
    def __init__(self, quote='"', upper_funcs=True):
        self.quote = quote
        self.upper = upper_funcs

    def ident(self, name):
        return f"{self.quote}{name}{self.quote}" if not name.isidentifier() or name.upper() in KEYWORDS else name

    def sql(self, e, parent_power=0):
        meth = getattr(self, "gen_" + type(e).__name__)
        return meth(e, parent_power)

    def gen_Lit(self, e, p):
        v = e.value
        if v is None:
            return "NULL"
        if isinstance(v, bool):
            return "TRUE" if v else "FALSE"
        if isinstance(v, str):
            return "'" + v.replace("'", "''") + "'"
        if isinstance(v, float):
            return repr(round(v, 6))
        return str(v)

    def gen_Col(self, e, p):
        return (self.ident(e.table) + "." if e.table else "") + (e.name if e.name == "*" else self.ident(e.name))

    def gen_Star(self, e, p):
        return "*"

    def gen_Bin(self, e, p):
        power = BINARY_POWER[e.op]
        s = f"{self.sql(e.left, power - 1)} {OPS[e.op]} {self.sql(e.right, power)}"
        return f"({s})" if power <= p else s

    def gen_Unary(self, e, p):
        if e.op == "NEG":
            return "-" + self.sql(e.operand, 9)
        return "NOT " + self.sql(e.operand, 3)

    def gen_Func(self, e, p):
        name = e.name if self.upper else e.name.lower()
        return f"{name}({'DISTINCT ' if e.distinct else ''}{', '.join(self.sql(a) for a in e.args)})"

    def gen_Alias(self, e, p):
        return f"{self.sql(e.expr)} AS {self.ident(e.alias)}"

    def gen_InList(self, e, p):
        return f"{self.sql(e.expr, 4)} {'NOT ' if e.negated else ''}IN ({', '.join(self.sql(x) for x in e.items)})"

    def gen_Between(self, e, p):
        return f"{self.sql(e.expr, 4)} BETWEEN {self.sql(e.low, 4)} AND {self.sql(e.high, 4)}"

    def gen_IsNull(self, e, p):
        return f"{self.sql(e.expr, 4)} IS {'NOT ' if e.negated else ''}NULL"

    def gen_Case(self, e, p):
        parts = ["CASE"]
        for c, v in e.whens:
            parts.append(f"WHEN {self.sql(c)} THEN {self.sql(v)}")
        if e.default is not None:
            parts.append(f"ELSE {self.sql(e.default)}")
        parts.append("END")
        return " ".join(parts)

    def select(self, s):
        out = ["SELECT"]
        if s.distinct:
            out.append("DISTINCT")
        out.append(", ".join(self.sql(e) for e in s.exprs))
        if s.source:
            out.append("FROM " + self.ident(s.source.name) + (f" AS {s.source.alias}" if s.source.alias else ""))
        for j in s.joins:
            out.append(f"{j.kind} JOIN {self.ident(j.table.name)}"
                       + (f" AS {j.table.alias}" if j.table.alias else "") + f" ON {self.sql(j.on)}")
        if s.where is not None:
            out.append("WHERE " + self.sql(s.where))
        if s.group:
            out.append("GROUP BY " + ", ".join(self.sql(g) for g in s.group))
        if s.having is not None:
            out.append("HAVING " + self.sql(s.having))
        if s.order:
            out.append("ORDER BY " + ", ".join(self.sql(e) + (" DESC" if d else "") for e, d in s.order))
        if s.limit is not None:
            out.append(f"LIMIT {s.limit}")
        return " ".join(out)


TEMPLATES = [
    "SELECT a, b + 1 * 2 AS c, COUNT(DISTINCT d) FROM t{n} WHERE a > {n} AND 1 = 1 AND b IN (1, 2, {n}) ORDER BY a DESC LIMIT 10",
    "select x.id, y.name || '-' || 'suffix' as label from users x left join orders y on x.id = y.user_id "
    "where y.total between 10 and {n}00 and not x.deleted and y.note like '%it''s%' group by x.id, y.name having count(*) > {n}",
    "SELECT CASE WHEN score >= 90 THEN 'A' WHEN score >= 80 THEN 'B' ELSE 'C' END AS grade, -(-{n}) * (3 - 1) "
    "FROM results r WHERE r.term = 'fall' AND (r.score IS NOT NULL OR r.retake = TRUE) AND 2 * 3 > 5",
    "SELECT sum(price * qty) / 100.0 AS total, avg(qty) FROM line_items li INNER JOIN products p ON li.pid = p.id "
    "WHERE p.category NOT IN ('x', 'y') AND li.qty > 0 AND li.qty > 0 ORDER BY total, p.id",
]


def main():
    h = hashlib.sha256()
    gens = [Generator(), Generator("`", False)]
    count = 0
    for rep in range(SCALE):
        for t in TEMPLATES:
            sql = t.format(n=rep + 1)
            toks = tokenize(sql)
            ast = Parser(toks).parse_select()
            opt = optimize(ast)
            for g in gens:
                out = g.select(opt)
                h.update(out.encode())
                # Round trip: the generated SQL parses back to the same tree.
                again = optimize(Parser(tokenize(out.replace("`", ""))).parse_select())
                assert again.exprs == opt.exprs, (out, again.exprs, opt.exprs)
            count += sum(1 for e in opt.exprs for _ in e.walk())
            if rep == 0:
                print(Generator().select(opt))
    nodes = set()
    for t in TEMPLATES:
        nodes.update(Parser(tokenize(t.format(n=3))).parse_select().exprs)
    print(len(nodes), count, h.hexdigest()[:16])
    try:
        tokenize("SELECT a ? b")
    except SyntaxError as e:
        print("error:", e)


main()
