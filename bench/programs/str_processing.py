# Text processing: split, strip, join, lower/upper, replace, f-strings, str.format, slicing.
lines = []
for i in range(200_000):
    lines.append(f"  Record {i}: name=user{i % 977}; score={i * 7 % 101}; tags=a,b,{i % 13}  ")

total = 0
names = {}
out = []
for line in lines:
    head, _, rest = line.strip().partition(": ")
    fields = {}
    for part in rest.split("; "):
        key, value = part.split("=")
        fields[key] = value
    score = int(fields["score"])
    total += score
    name = fields["name"].upper()
    names[name] = names.get(name, 0) + 1
    tags = "|".join(t.strip() for t in fields["tags"].split(","))
    if score > 90:
        out.append("{:>8} {:<10} {:5.1f} {}".format(head.replace("Record ", "#"), name.lower(), score / 3, tags))
words = " ".join(out).split()
print(total, len(names), len(out), len(words), out[0], out[-1][:20])
print(sum(len(w) for w in words), max(words, key=len), "-".join(sorted(set(words[:50]))[:5]))
