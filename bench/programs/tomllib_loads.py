# tomllib.loads over a generated configuration document (in the spirit of pyperformance's
# tomli_loads): tables, arrays of tables, inline tables, every string kind, numbers, dates.
import tomllib

import sys

# tests/py/programs/tomllib_loads.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 6


def make_doc(n):
    out = ['title = "TOML \\"bench\\" \\u00e9"', "owner.name = 'Tom'", "owner.dob = 1979-05-27T07:32:00-08:00", ""]
    for i in range(n):
        out.append("[servers.s%d]" % i)
        out.append('ip = "10.0.%d.%d"  # a comment' % (i // 256, i % 256))
        out.append("port = %d_0%02d" % (i % 6 + 1, i % 100))
        out.append("enabled = %s" % ("true" if i % 3 else "false"))
        out.append("ratio = %d.%de-3" % (i, i % 10))
        out.append("hex = 0x%X" % (i * 977))
        out.append("ports = [ 8001, 8001, 8002 ]")
        out.append("data = [ [\"gamma\", 'delta'], [1, 2.5] ]")
        out.append('meta = { owner = "team%d", tags = ["a", "b\\tc"], limits.cpu = %d }' % (i % 5, i))
        out.append('notes = """\nline one\nline two \\\n   continued"""')
        out.append("raw = '''C:\\path\\%d'''" % i)
        out.append("when = 1979-05-%02dT00:32:00.%03d" % (i % 28 + 1, i % 1000))
        out.append("")
        out.append("[[products]]")
        out.append('name = "item %d"' % i)
        out.append("sku = %d" % (738594937 + i))
        out.append("")
    return "\n".join(out)


doc = make_doc(400)
for _ in range(SCALE):
    data = tomllib.loads(doc)
print(len(doc), data["title"], data["owner"])
print(data["servers"]["s17"])
print(len(data["products"]), data["products"][-1], sum(s["port"] for s in data["servers"].values()))
