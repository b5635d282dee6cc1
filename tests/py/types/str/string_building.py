import sys
lines = []
for i in range(50):
    lines.append("line %03d: %s" % (i, "*" * (i % 7)))
text = "\n".join(lines)
print(len(text), text.count("\n"), sys.getsizeof(text))
words = text.split()
print(len(words), words[:6])
freq = {}
for ch in text:
    freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items())[:10])
rev = ""
for w in "the quick brown fox".split():
    rev = w + " " + rev
print(rev.strip(), rev.title(), "-".join(sorted(set("mississippi"))))
csv = "name,age\nann,7\nbob,12\n"
rows = [r.split(",") for r in csv.strip().splitlines()]
print(rows, {r[0]: int(r[1]) for r in rows[1:]})
