# Many regular expressions (in the spirit of pyperformance's regex_effbot and regex_v8): a table
# of patterns (anchors, classes, alternation, backreferences, lookaround, lazy and possessive-
# like loops, named groups, flags) run with search/match/fullmatch/findall/finditer/sub/split
# over generated log lines, URLs and markup.
import hashlib
import re
import sys

# tests/py/bench_like/regex_many.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 40

PATTERNS = [
    r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})",
    r"\[(?P<day>\d\d)/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+) [+-]\d{4}\]",
    r'"(GET|POST|PUT|DELETE) ([^ "]+) HTTP/1\.[01]"',
    r"\b(\w+)\s+\1\b",
    r"(?i)mozilla|chrome|safari",
    r"(?<=id=)\d+",
    r"\d+(?= bytes)",
    r"(?<!\w)@[a-z_]{2,}",
    r"<([a-z][a-z0-9]*)\b[^>]*>(.*?)</\1>",
    r"https?://(?:[\w-]+\.)+[a-z]{2,6}(?::\d+)?(?:/[\w./%-]*)?(?:\?[\w=&%-]*)?",
    r"[aeiou]{2,}",
    r"(?m)^\s*#.*$",
    r"(?s)BEGIN(.*?)END",
    r"(?x) (\d{4}) - (\d{2}) - (\d{2})  # a date",
    r"(a|b|c|d|e|f)+g",
    r"[^\x00-\x7f]+",
    r"(\w+)@(\w+)\.(com|org|net)",
    r"\s{2,}",
    r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)",
    r"\$\{(\w+)(?::-([^}]*))?\}",
]

AGENTS = ["Mozilla/5.0 (X11; Linux)", "curl/8.0", "Chrome/120 Safari/537", "bot the bot"]
WORDS = ["alpha", "beta", "the", "the", "gamma", "café", "naïve", "@user", "@x", "aeiou"]


def lines(n):
    out = []
    for i in range(n):
        ip = f"{(i * 37) % 256}.{(i * 11) % 256}.{i % 256}.{(i * 101) % 300}"
        method = ["GET", "POST", "PUT", "DELETE"][i % 4]
        path = f"/p/{i % 13}/item?id={i}&x=%20{i % 7}"
        w = " ".join(WORDS[(i + k * k) % len(WORDS)] for k in range(6))
        out.append(
            f'{ip} - - [{10 + i % 18}/Mar/2024:12:{i % 60:02d}:{(i * 7) % 60:02d} +0000] "{method} {path} HTTP/1.1" '
            f'{200 + (i % 5) * 100} {i * 13} bytes "{AGENTS[i % 4]}" {w}  <b class="c">{i}</b> '
            f"mail{i}@host{i % 3}.{['com', 'org', 'net', 'io'][i % 4]} ${{VAR{i % 5}:-def}} 2024-03-{i % 28 + 1:02d} "
            f"abcabcg http://www.ex{i % 9}.com:80{i % 10}/a/b.html?q={i}\n# comment {i}\nBEGIN {i} END"
        )
    return out


def main():
    compiled = [re.compile(p) for p in PATTERNS]
    data = lines(200)
    text = "\n".join(data)
    h = hashlib.md5()
    for rep in range(SCALE):
        counts = []
        for rx in compiled:
            n = 0
            for line in data[rep % 5 :: 5]:
                m = rx.search(line)
                if m:
                    n += 1
                    h.update(m.group(0).encode())
            counts.append(n)
        h.update(repr(counts).encode())
    print(counts)
    print([len(rx.findall(text)) for rx in compiled])
    m = compiled[1].search(data[3])
    print(m.groupdict(), m.span("mon"), m.expand(r"\g<year>-\g<mon>"), m.lastgroup)
    print(compiled[2].findall(data[5]), compiled[8].findall(data[1]))
    print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "a1b22c333"), re.sub(r"(?P<w>\w+)@", r"<\g<w>>", data[0])[:120])
    print(re.split(r"[\s,;]+", "a, b;c  d,,e"), re.split(r"(\d)", "x1y2z"), re.subn(r"\s+", " ", "a  b\t\tc\n"))
    print([m.span() for m in re.finditer(r"\bthe\b", data[7])], re.fullmatch(r"[a-z]+\d*", "abc123") is not None)
    print(re.escape("a.b*c?"), re.compile(r"x", re.I | re.M).flags, re.match(r"(a)?(b)", "b").groups(default="-"))
    tpl = compiled[19]
    env = {"VAR0": "zero", "VAR2": "two"}
    print(tpl.sub(lambda m: env.get(m.group(1), m.group(2) or ""), " ".join(data[i][-60:] for i in range(5)))[:200])
    print(h.hexdigest())


main()
