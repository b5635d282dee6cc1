# A hand-written parser for a TOML-like configuration language (in the spirit of
# pyperformance's tomli_loads): character-at-a-time scanning with str methods, tables, arrays of
# tables, inline tables, strings with escapes, integers in several bases, floats, booleans.
import sys

# tests/py/programs/toml_parse.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 30


class ParseError(Exception):
    pass


ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
BARE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


class Parser:
    def __init__(self, src):
        self.src = src
        self.pos = 0
        self.line = 1

    def error(self, msg):
        raise ParseError("line %d: %s" % (self.line, msg))

    def peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else ""

    def skip_ws(self):
        src = self.src
        while self.pos < len(src) and src[self.pos] in " \t":
            self.pos += 1

    def skip_ws_nl(self):
        while True:
            self.skip_ws()
            c = self.peek()
            if c == "\n":
                self.line += 1
                self.pos += 1
            elif c == "#":
                end = self.src.find("\n", self.pos)
                self.pos = len(self.src) if end < 0 else end
            else:
                return

    def expect(self, ch):
        if self.peek() != ch:
            self.error("expected %r, got %r" % (ch, self.peek()))
        self.pos += 1

    def key(self):
        parts = []
        while True:
            self.skip_ws()
            if self.peek() == '"':
                parts.append(self.string())
            else:
                start = self.pos
                while self.peek() in BARE and self.peek():
                    self.pos += 1
                if start == self.pos:
                    self.error("empty key")
                parts.append(self.src[start : self.pos])
            self.skip_ws()
            if self.peek() != ".":
                return parts
            self.pos += 1

    def string(self):
        self.expect('"')
        out = []
        src = self.src
        while True:
            if self.pos >= len(src):
                self.error("unterminated string")
            c = src[self.pos]
            if c == '"':
                self.pos += 1
                return "".join(out)
            if c == "\\":
                e = src[self.pos + 1]
                if e == "u":
                    out.append(chr(int(src[self.pos + 2 : self.pos + 6], 16)))
                    self.pos += 6
                    continue
                if e not in ESCAPES:
                    self.error("bad escape \\%s" % e)
                out.append(ESCAPES[e])
                self.pos += 2
                continue
            if c == "\n":
                self.error("newline in string")
            out.append(c)
            self.pos += 1

    def value(self):
        c = self.peek()
        if c == '"':
            return self.string()
        if c == "[":
            self.pos += 1
            items = []
            while True:
                self.skip_ws_nl()
                if self.peek() == "]":
                    self.pos += 1
                    return items
                items.append(self.value())
                self.skip_ws_nl()
                if self.peek() == ",":
                    self.pos += 1
                elif self.peek() != "]":
                    self.error("expected , or ]")
        if c == "{":
            self.pos += 1
            table = {}
            self.skip_ws()
            if self.peek() == "}":
                self.pos += 1
                return table
            while True:
                k = self.key()
                self.expect("=")
                self.skip_ws()
                self.assign(table, k, self.value())
                self.skip_ws()
                if self.peek() == "}":
                    self.pos += 1
                    return table
                self.expect(",")
        if self.src.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.src.startswith("false", self.pos):
            self.pos += 5
            return False
        start = self.pos
        while self.pos < len(self.src) and self.src[self.pos] not in ",]}\n #\t":
            self.pos += 1
        tok = self.src[start : self.pos].replace("_", "")
        if not tok:
            self.error("missing value")
        try:
            if tok[:2] in ("0x", "0o", "0b"):
                return int(tok, 0)
            if any(ch in tok for ch in ".eE") or tok in ("inf", "nan", "+inf", "-inf"):
                return float(tok)
            return int(tok)
        except ValueError:
            self.error("bad value %r" % tok)

    def assign(self, table, keys, val):
        for k in keys[:-1]:
            table = table.setdefault(k, {})
        if keys[-1] in table:
            self.error("duplicate key %r" % keys[-1])
        table[keys[-1]] = val

    def parse(self):
        root = {}
        current = root
        while True:
            self.skip_ws_nl()
            if self.pos >= len(self.src):
                return root
            if self.src.startswith("[[", self.pos):
                self.pos += 2
                keys = self.key()
                self.expect("]")
                self.expect("]")
                t = root
                for k in keys[:-1]:
                    t = t.setdefault(k, {})
                current = {}
                t.setdefault(keys[-1], []).append(current)
            elif self.peek() == "[":
                self.pos += 1
                keys = self.key()
                self.expect("]")
                current = root
                for k in keys:
                    current = current.setdefault(k, {})
            else:
                keys = self.key()
                self.expect("=")
                self.skip_ws()
                self.assign(current, keys, self.value())


def make_doc(n):
    parts = ['title = "Generated \\"config\\" \\u00e9"', "version = 0x1F", "ratio = 6.02e23", ""]
    for i in range(n):
        parts.append("[server.s%d]" % i)
        parts.append('host = "10.0.%d.%d"  # comment' % (i // 256, i % 256))
        parts.append("port = %d_000" % (i % 60 + 1))
        parts.append("enabled = %s" % ("true" if i % 3 else "false"))
        parts.append("weights = [ %d, %d.5, -%d ]" % (i, i, i * 2))
        parts.append('meta = { owner = "team%d", tags = ["a", "b\\tc"], limits.cpu = %d }' % (i % 5, i))
        parts.append("")
        parts.append("[[jobs]]")
        parts.append('name = "job%d"' % i)
        parts.append("retries = 0o%o" % (i % 8))
        parts.append("")
    return "\n".join(parts)


doc = make_doc(300)
for _ in range(SCALE):
    result = Parser(doc).parse()
print(len(doc), result["title"], result["version"], result["ratio"])
print(result["server"]["s7"])
print(len(result["jobs"]), result["jobs"][-1], sum(s["port"] for s in result["server"].values()))
for bad in ['a = "x', "a = 1\na = 2", "[t]\nk = ", 'k = "\\q"', "x = [1 2]"]:
    try:
        Parser(bad).parse()
    except ParseError as e:
        print("error:", e)
