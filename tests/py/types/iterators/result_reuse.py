# enumerate, zip and dict.items() reuse their result tuple when nobody keeps it.
pairs = [p for p in enumerate("abc")]
print(pairs, len({id(p) for p in pairs}))
kept = []
for p in zip("ab", "cd"):
    kept.append(p)
print(kept, kept[0] is kept[1])
d = {"x": 1, "y": 2}
items = list(d.items())
print(items, items[0] is items[1])
same = [id(p) for p in enumerate("abcd")]
print(same[0] == same[1] == same[2])
