text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""

def words(s):
    out = []
    word = ""
    for ch in s.lower():
        if ch.isalpha():
            word += ch
        elif word:
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out

counts = {}
for w in words(text):
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, c in top:
    print(f"{w:>8} {'#' * c} {c}")
print(len(counts), sum(counts.values()))
