# String templating (in the spirit of pyperformance's genshi/mako/django_template, with the
# standard library only): string.Template substitution, str.format with field specs and
# nested attribute/index lookups, format_map, % formatting and f-strings building an HTML table.
import hashlib
import string
import sys

# tests/py/bench_like/string_templates.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 150


class Row:
    def __init__(self, i):
        self.id = i
        self.name = f"name-{i}"
        self.price = i * 1.375
        self.tags = ["a", "b", "c"][: i % 4]


ROW_T = string.Template('<tr id="$id"><td>${name}</td><td>$$${price}</td><td>$tags</td></tr>')
HEAD_T = string.Template("<table title='$title'>$missing")
FMT = "{0.id:>5d}|{0.name:<12}|{0.price:10.3f}|{0.tags!r:>18}|{1[k]:^7}|{2:+.2e}|{3:08b}|{4:,}"


def render(rows):
    out = [HEAD_T.safe_substitute(title="T&C")]
    for r in rows:
        out.append(ROW_T.substitute(id=r.id, name=r.name, price="%.2f" % r.price, tags=",".join(r.tags)))
        out.append(FMT.format(r, {"k": r.id % 9}, r.price / 7, r.id % 256, r.id * 12345))
        out.append("%-6s %5.1f%% %x %o %r" % (r.name[:6], r.price % 100, r.id, r.id, r.tags))
        out.append(f"{r.name!s:*^20} {r.price:_>12.4g} {r.id:#06x} {len(r.tags)=}")
        out.append("{name}-{id}".format_map(vars(r)))
    out.append("</table>")
    return "\n".join(out)


class Custom(string.Template):
    delimiter = "@"
    idpattern = r"[a-z]+"


def main():
    rows = [Row(i) for i in range(200)]
    h = hashlib.md5()
    for _ in range(SCALE):
        page = render(rows)
        h.update(page.encode())
    print(len(page), h.hexdigest())
    print(page.splitlines()[1])
    print(page.splitlines()[2])
    print(Custom("@who likes @what, @@").substitute(who="tim", what="kung pao"))
    f = string.Formatter()
    print(f.format("{a}{b!r:>4}", a=1, b="x"), list(f.parse("x{0:>3}y{z!s}")))
    try:
        string.Template("$x $y").substitute(x=1)
    except KeyError as e:
        print("KeyError", e)
    print(string.capwords("hello   wide world"), string.ascii_letters[:5], string.digits)


main()
