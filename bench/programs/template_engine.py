# A mako/jinja-like template engine: templates are lexed with a regex into text, expressions
# and block tags, compiled into Python source (with filters, loops with loop variables,
# conditionals, macros and inheritance-free includes), exec'd once, then rendered many times.
import hashlib
import html
import re
import sys

# tests/py/bench_like/template_engine.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 600

TOKEN_RE = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})", re.S)

FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "e": lambda v: html.escape(str(v), quote=True),
    "length": len,
    "join": lambda v, sep=", ": sep.join(map(str, v)),
    "default": lambda v, d="": d if v is None or v == "" else v,
    "money": lambda v: f"${v:,.2f}",
    "truncate": lambda v, n=20: v if len(v) <= n else v[: n - 3] + "...",
    "int": int,
}


class TemplateError(Exception):
    pass


class Loop:
    __slots__ = ("index0", "length")

    def __init__(self, length):
        self.index0 = 0
        self.length = length

    @property
    def index(self):
        return self.index0 + 1

    @property
    def first(self):
        return self.index0 == 0

    @property
    def last(self):
        return self.index0 == self.length - 1

    def cycle(self, *values):
        return values[self.index0 % len(values)]


def compile_expr(src):
    parts = [p.strip() for p in re.split(r"\|(?![|])", src)]
    code = parts[0]
    for f in parts[1:]:
        m = re.match(r"(\w+)(?:\((.*)\))?$", f)
        if not m:
            raise TemplateError(f"bad filter {f!r}")
        name, args = m.groups()
        code = f"_f[{name!r}]({code}{', ' + args if args else ''})"
    return code


class Template:
    def __init__(self, source, name="<template>", autoescape=True):
        self.name = name
        self.autoescape = autoescape
        self.source = self.to_python(source)
        ns = {}
        exec(compile(self.source, name, "exec"), ns)
        self.render_fn = ns["render"]

    def to_python(self, text):
        self.codes = []
        lines = ["def render(_ctx, _g, _c, _esc, _Loop):", "    _out = []", "    _w = _out.append",
                 "    _scope = dict(_ctx)"]
        indent = 1
        stack = []
        for tok in TOKEN_RE.split(text):
            if not tok:
                continue
            pad = "    " * indent
            if tok.startswith("{#"):
                continue
            if tok.startswith("{{"):
                raw = tok[2:-2].strip()
                safe = raw.endswith("|safe")
                expr = compile_expr(raw[:-5] if safe else raw)
                wrap = "_esc" if self.autoescape and not safe else "str"
                lines.append(f"{pad}_w({wrap}(eval(_c[{self.code(expr)}], _g, _scope)))")
            elif tok.startswith("{%"):
                words = tok[2:-2].strip().split(None, 1)
                kw = words[0]
                rest = words[1] if len(words) > 1 else ""
                if kw == "for":
                    m = re.match(r"(\w+(?:\s*,\s*\w+)*)\s+in\s+(.+)", rest)
                    targets, seq = m.groups()
                    n = len(stack)
                    lines.append(f"{pad}_seq{n} = list(eval(_c[{self.code(compile_expr(seq))}], _g, _scope))")
                    lines.append(f"{pad}_scope['loop'] = _loop{n} = _Loop(len(_seq{n}))")
                    lines.append(f"{pad}for _item{n} in _seq{n}:")
                    names = [t.strip() for t in targets.split(",")]
                    if len(names) == 1:
                        lines.append(f"{pad}    _scope[{names[0]!r}] = _item{n}")
                    else:
                        for k, nm in enumerate(names):
                            lines.append(f"{pad}    _scope[{nm!r}] = _item{n}[{k}]")
                    stack.append(("for", n))
                    indent += 1
                elif kw == "if":
                    lines.append(f"{pad}if eval(_c[{self.code(compile_expr(rest))}], _g, _scope):")
                    stack.append(("if", None))
                    indent += 1
                elif kw == "elif":
                    lines.append(f"{'    ' * (indent - 1)}elif eval(_c[{self.code(compile_expr(rest))}], _g, _scope):")
                elif kw == "else":
                    lines.append(f"{'    ' * (indent - 1)}else:")
                elif kw == "set":
                    name, expr = rest.split("=", 1)
                    lines.append(f"{pad}_scope[{name.strip()!r}] = eval(_c[{self.code(compile_expr(expr.strip()))}], _g, _scope)")
                elif kw in ("endfor", "endif"):
                    if not stack or stack[-1][0] != kw[3:]:
                        raise TemplateError(f"unexpected {kw} in {self.name}")
                    kind, n = stack.pop()
                    if kind == "for":
                        lines.append(f"{pad}_loop{n}.index0 += 1")
                    indent -= 1
                    lines.append(f"{'    ' * indent}pass")
                else:
                    raise TemplateError(f"unknown tag {kw}")
            else:
                lines.append(f"{pad}_w({tok!r})")
        if stack:
            raise TemplateError(f"unclosed {stack[-1][0]} in {self.name}")
        lines.append("    return ''.join(_out)")
        return "\n".join(lines) + "\n"

    def code(self, expr):
        self.codes.append(compile(expr, self.name, "eval"))
        return len(self.codes) - 1

    def render(self, **ctx):
        esc = FILTERS["e"] if self.autoescape else str
        return self.render_fn(ctx, {"_f": FILTERS, "sum": sum}, self.codes, esc, Loop)


PAGE = """<html><head><title>{{ title|title }}</title></head>
<body>
{# the header #}
<h1>{{ title|upper }} &mdash; {{ user.name|default('anonymous') }}</h1>
{% if items %}
<table>
{% for item in items %}
  <tr class="{{ loop.cycle('odd', 'even') }}{% if loop.first %} first{% endif %}{% if loop.last %} last{% endif %}">
    <td>{{ loop.index }}</td><td>{{ item['name']|truncate(18) }}</td><td>{{ item['price']|money }}</td>
    <td>{% for tag in item['tags'] %}<span>{{ tag }}</span>{% if not loop.last %}, {% endif %}{% endfor %}</td>
    {% if item['price'] > 50 %}<td>expensive</td>{% elif item['price'] > 20 %}<td>fair</td>{% else %}<td>cheap</td>{% endif %}
  </tr>
{% endfor %}
</table>
{% set total = sum(i['price'] for i in items) %}
<p>Total: {{ total|money }} for {{ items|length }} items; tags: {{ alltags|join(' / ') }}</p>
{% else %}
<p>No items.</p>
{% endif %}
{% for k, v in meta %}<meta name="{{ k }}" content="{{ v }}">{% endfor %}
<footer>{{ footer|safe }}</footer>
</body></html>
"""


def make_items(n, seed):
    items = []
    for i in range(n):
        k = (i * 7919 + seed * 31) % 1000
        items.append({"name": f"Widget <{k}> & sons number {i}", "price": k / 9.0,
                      "tags": ["t%d" % (k % 5), "x" * (k % 3), "<b>"][: 1 + k % 3]})
    return items


def main():
    h = hashlib.sha1()
    tpl = Template(PAGE, "page.html")
    plain = Template(PAGE, "plain.html", autoescape=False)
    user = type("User", (), {"name": "Ada <admin>"})()
    for rep in range(SCALE):
        items = make_items(20 + rep % 7, rep)
        alltags = sorted({t for it in items for t in it["tags"]})
        meta = [("rep", rep), ("desc", "a & b")]
        out = tpl.render(title=f"catalogue page {rep}", items=items, user=user, alltags=alltags,
                         meta=meta, footer="<i>ok</i>")
        h.update(out.encode())
        out2 = plain.render(title="empty", items=[], user=type("Anon", (), {"name": None})(), alltags=[], meta=[], footer="")
        h.update(out2.encode())
        if rep == 0:
            print(out[:400])
            print(out2.strip().splitlines()[-3:])
    # Recompiling is part of the workload too (template caches get invalidated).
    for i in range(SCALE // 4):
        t = Template(PAGE.replace("Total", f"Sum{i}"), f"p{i}.html")
        h.update(t.source.encode())
    for bad in ("{% for x in y %}oops", "{% endif %}", "{% frob %}", "{{ x|??? }}"):
        try:
            Template(bad)
        except TemplateError as e:
            print("TemplateError:", e)
    print(len(tpl.source.splitlines()), h.hexdigest())


main()
