# difflib.HtmlDiff: tables and pages for hand-picked and random line lists, with and without
# context, wrapping and tabs; _mdiff's side-by-side rows.
import difflib
import hashlib
import random

before = """def greet(name):
\tprint("Hello, " + name)
    return None

x = 1 & 2 < 3
unchanged line
another unchanged line
""".splitlines(keepends=True)
after = """def greet(name, punctuation="!"):
\tprint("Hello, " + name + punctuation)

x = 1 & 2 > 3
unchanged line
another unchanged line
added at the end with a very long line that certainly needs wrapping somewhere
""".splitlines(keepends=True)

html = difflib.HtmlDiff()
print(html.make_table(before, after, "before.py", "after.py"))
print(difflib.HtmlDiff(tabsize=4, wrapcolumn=24).make_table(before, after, context=True, numlines=1))
print(html.make_file(before, after, "a", "b", context=True, charset="ascii"))
print(html.make_table([], []))
print(html.make_table(before, before, context=True))
print(html.make_table(["only\n"], []))
for row in difflib._mdiff(before, after):
    print(row)
for row in difflib._mdiff(["a\n", "b\n", "c\n", "d\n", "e\n", "f\n"], ["a\n", "B\n", "c\n", "d\n", "e\n", "F\n"], 1):
    print(row)

rng = random.Random(7)
words = ["alpha", "beta", "gamma", "delta", "  indented", "\ttabbed", "x < y & z", "", "épée", "long " * 12]


def mutate(lines):
    out = list(lines)
    for _ in range(rng.randint(0, 6)):
        op = rng.choice("ids")
        pos = rng.randint(0, len(out))
        if op == "i" or not out:
            out.insert(pos, rng.choice(words) + "\n")
        elif op == "d":
            del out[min(pos, len(out) - 1)]
        else:
            at = min(pos, len(out) - 1)
            out[at] = out[at].replace("a", "o", 1) + ("!" if rng.random() < 0.5 else "")
    return out


digest = hashlib.sha256()
for case in range(60):
    a = [rng.choice(words) + "\n" for _ in range(rng.randint(0, 12))]
    b = mutate(a)
    d = difflib.HtmlDiff(tabsize=rng.choice([2, 4, 8]), wrapcolumn=rng.choice([None, 10, 30]))
    text = d.make_table(a, b, "a", "b", context=rng.random() < 0.5, numlines=rng.randint(0, 3))
    digest.update(text.encode())
    if case % 20 == 0:
        print(text)
print(digest.hexdigest())
