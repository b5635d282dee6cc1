# An html5lib-flavoured HTML tokenizer written as a character-level state machine (data, tag
# open, attribute name/value, comment, doctype states), character references resolved with
# html.unescape, a tree builder with implied end tags, and a serializer / text extractor.
import hashlib
import html
import sys

# tests/py/bench_like/html_tokenize.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 30

VOID = {"br", "img", "hr", "meta", "input", "link"}
AUTOCLOSE = {"p": {"p", "div", "ul", "table"}, "li": {"li"}, "td": {"td", "tr"}, "tr": {"tr"}}


class Tok:
    __slots__ = ("type", "name", "attrs", "data", "self_closing")

    def __init__(self, type, name=None, data=None):
        self.type = type
        self.name = name
        self.attrs = []
        self.data = data
        self.self_closing = False


class Tokenizer:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.tokens = []
        self.buf = []

    def emit_text(self):
        if self.buf:
            self.tokens.append(Tok("text", data=html.unescape("".join(self.buf))))
            self.buf = []

    def run(self):
        text = self.text
        n = len(text)
        state = "data"
        tok = None
        attr_name = attr_val = None
        quote = None
        i = 0
        while i < n:
            c = text[i]
            if state == "data":
                if c == "<":
                    self.emit_text()
                    state = "tag_open"
                else:
                    self.buf.append(c)
            elif state == "tag_open":
                if c == "!":
                    if text.startswith("--", i + 1):
                        end = text.find("-->", i + 3)
                        end = n if end < 0 else end
                        self.tokens.append(Tok("comment", data=text[i + 3:end]))
                        i = end + 3
                        state = "data"
                        continue
                    end = text.find(">", i)
                    self.tokens.append(Tok("doctype", data=text[i + 1:end].strip()))
                    i = end + 1
                    state = "data"
                    continue
                if c == "/":
                    tok = Tok("end", "")
                    state = "tag_name"
                elif c.isalpha():
                    tok = Tok("start", c.lower())
                    state = "tag_name"
                else:
                    self.buf.append("<" + c)
                    state = "data"
            elif state == "tag_name":
                if c.isspace():
                    state = "before_attr"
                elif c == "/":
                    state = "self_closing"
                elif c == ">":
                    self.tokens.append(tok)
                    state = "data"
                else:
                    tok.name += c.lower()
            elif state == "before_attr":
                if c.isspace():
                    pass
                elif c == "/":
                    state = "self_closing"
                elif c == ">":
                    self.tokens.append(tok)
                    state = "data"
                else:
                    attr_name = [c.lower()]
                    state = "attr_name"
            elif state == "attr_name":
                if c == "=":
                    state = "before_value"
                elif c.isspace() or c in "/>":
                    tok.attrs.append(("".join(attr_name), ""))
                    state = "before_attr"
                    continue
                else:
                    attr_name.append(c.lower())
            elif state == "before_value":
                if c in "\"'":
                    quote = c
                    attr_val = []
                    state = "value_quoted"
                elif not c.isspace():
                    quote = None
                    attr_val = [c]
                    state = "value_unquoted"
            elif state == "value_quoted":
                if c == quote:
                    tok.attrs.append(("".join(attr_name), html.unescape("".join(attr_val))))
                    state = "before_attr"
                else:
                    attr_val.append(c)
            elif state == "value_unquoted":
                if c.isspace() or c == ">":
                    tok.attrs.append(("".join(attr_name), html.unescape("".join(attr_val))))
                    state = "before_attr"
                    continue
                attr_val.append(c)
            elif state == "self_closing":
                if c == ">":
                    tok.self_closing = True
                    self.tokens.append(tok)
                    state = "data"
                else:
                    state = "before_attr"
                    continue
            i += 1
        self.emit_text()
        return self.tokens


class Element:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag, attrs=(), parent=None):
        self.tag = tag
        self.attrs = dict(attrs)
        self.children = []
        self.parent = parent

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Element):
                yield from c.iter()

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


def build(tokens):
    root = Element("#document")
    cur = root
    for t in tokens:
        if t.type == "text":
            if cur.children and isinstance(cur.children[-1], str):
                cur.children[-1] += t.data
            else:
                cur.children.append(t.data)
        elif t.type == "start":
            closes = AUTOCLOSE.get(cur.tag)
            while closes and t.name in closes and cur.parent is not None:
                cur = cur.parent
                closes = AUTOCLOSE.get(cur.tag)
            el = Element(t.name, t.attrs, cur)
            cur.children.append(el)
            if t.name not in VOID and not t.self_closing:
                cur = el
        elif t.type == "end":
            node = cur
            while node is not None and node.tag != t.name:
                node = node.parent
            if node is not None and node.parent is not None:
                cur = node.parent
        elif t.type == "comment":
            cur.children.append(Element("#comment", [("data", t.data)], cur))
    return root


def serialize(el, out):
    if el.tag == "#comment":
        out.append(f"<!--{el.attrs['data']}-->")
        return
    if el.tag != "#document":
        attrs = "".join(f' {k}="{html.escape(v)}"' for k, v in sorted(el.attrs.items()))
        out.append(f"<{el.tag}{attrs}>")
    for c in el.children:
        if isinstance(c, str):
            out.append(html.escape(c, quote=False))
        else:
            serialize(c, out)
    if el.tag not in VOID and el.tag != "#document":
        out.append(f"</{el.tag}>")


def make_page(seed):
    rows = []
    for i in range(25):
        k = (seed * 131 + i * 17) % 97
        rows.append(f"<tr class=row{k % 3}><td>{i}<td data-k='{k}'>item &amp; thing &#{65 + k % 26}; &lt;{k}&gt;"
                    f"<td><a href=\"/x?a={k}&amp;b=2\" title='t&quot;{k}'>link</a> &copy; &nbsp;</tr>")
    items = "".join(f"<li>point {j} &mdash; <b>bold<i> nested</b> text" for j in range(seed % 9 + 3))
    return (f"<!DOCTYPE html><html><head><meta charset=utf-8><title>Page {seed}</title>"
            f"<!-- generated {seed} --></head><body><div id=main class='a b'><p>Intro para<p>Second "
            f"<br/>line<img src=x.png alt=\"An &quot;image&quot;\"><ul>{items}</ul>"
            f"<table>{''.join(rows)}</table><input disabled type=checkbox></div>"
            f"<p>trailing < text & more</body></html>")


def main():
    h = hashlib.md5()
    ntok = nel = 0
    for rep in range(SCALE):
        page = make_page(rep)
        toks = Tokenizer(page).run()
        ntok += len(toks)
        doc = build(toks)
        els = list(doc.iter())
        nel += len(els)
        out = []
        serialize(doc, out)
        s = "".join(out)
        h.update(s.encode())
        links = [e.attrs.get("href") for e in els if e.tag == "a"]
        h.update(repr(links[:3]).encode())
        h.update(doc.text().encode())
        if rep == 0:
            print(s[:300])
            print(repr(doc.text()[:120]))
        # Round trip through our own serializer.
        again = []
        serialize(build(Tokenizer(s).run()), again)
        assert "".join(again) == s
    print(ntok, nel, h.hexdigest())


main()
