text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness...
Ünïcödé lines — with “quotes” and emoji 😀 too!"""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = [w.strip(".,!—“”").lower() for w in text.split()]
counts = {}
for w in words:
    if w:
        counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(text.title().splitlines()[2], text.upper().count("IT"), text.find("wisdom"), text.rfind("it"))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if "a" <= c <= "z" else c for c in lines[0])
print(caesar)
table = str.maketrans("aeiou", "AEIOU")
print(lines[1].translate(table))
print(" | ".join(w.center(9, ".") for w in ["left", "mid", "right"]))
print("\n".join("%-10s%5d" % (w, n) for w, n in top))
