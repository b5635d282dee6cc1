# Regular-expression workload (in the spirit of pyperformance's regex_v8 / regex_effbot):
# compiled patterns with groups, alternation, classes, anchors, lookarounds, backreferences,
# non-greedy quantifiers, finditer / sub with a function / split / fullmatch, named groups.
import re

import sys

# tests/py/programs/regex_mix.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 200

LOG_LINES = [
    '192.168.%d.%d - - [10/Oct/2000:13:%02d:36 -0700] "GET /apache_pb%d.gif HTTP/1.0" 200 %d'
    % (i % 256, (i * 7) % 256, i % 60, i, 1000 + i * 13)
    for i in range(200)
]
TEXT = (
    "Contact: john.doe@example.com, jane_smith99@mail.example.org; "
    "call +1-555-0100 or (555) 010-2233. Visit https://www.example.com/path?q=1&r=two#frag "
    "and http://test.org. Dates: 2023-01-15, 1999-12-31, 2000-02-29. "
    "The the quick quick brown fox. <b>bold</b> <i>it</i> <a href='x'>link</a> "
) * 10

PATTERNS = [
    re.compile(r'^(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+) (\S+)" (\d{3}) (\d+)$'),
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    re.compile(r"(?:\+1-)?\(?\d{3}\)?[ -]?\d{3}-\d{4}"),
    re.compile(r"https?://[^\s,]+"),
    re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"),
    re.compile(r"\b(\w+) \1\b", re.IGNORECASE),
    re.compile(r"<(\w+)[^>]*>(.*?)</\1>"),
    re.compile(r"\d+(?=\.)"),
    re.compile(r"(?<!\w)[A-Z][a-z]+"),
    re.compile(r"[aeiou]{2,}|[^aeiou\W]{4,}"),
]


def run():
    total = 0
    for line in LOG_LINES:
        m = PATTERNS[0].match(line)
        total += int(m.group(6)) + int(m.group(7)) + len(m.group(4))
    for p in PATTERNS[1:]:
        for m in p.finditer(TEXT):
            total += m.end() - m.start() + len(m.groups())
    total += len(PATTERNS[4].sub(lambda m: "%s/%s/%s" % (m["d"], m["m"], m["y"]), TEXT))
    total += len(re.split(r"[;,.]\s*", TEXT))
    total += len(re.findall(r"\b\w{5}\b", TEXT))
    total += sum(1 for w in TEXT.split() if re.fullmatch(r"[a-z]+", w))
    total += len(re.sub(r"\s+", " ", TEXT))
    total += len(re.escape(TEXT[:200]))
    return total


for _ in range(SCALE):
    t = run()
print(t)
print(PATTERNS[0].match(LOG_LINES[5]).groups())
print(PATTERNS[1].findall(TEXT[:400]))
print(PATTERNS[2].findall(TEXT[:400]))
print([m.groupdict() for m in PATTERNS[4].finditer(TEXT[:400])])
print(PATTERNS[5].findall(TEXT[:400]), PATTERNS[6].findall(TEXT[:400]))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", TEXT[:80]))
print(re.subn(r"o", "0", TEXT[:80]), re.split(r"(\d)", "a1b2c3", maxsplit=2))
print(re.search(r"(a|b)*c", "ababababc").span(), re.match(r"(?s).*?X", "ab\ncX").group())
