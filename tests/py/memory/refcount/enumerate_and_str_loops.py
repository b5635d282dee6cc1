# for-loops over enumerate (which refills its result tuple while no one else holds it) and over
# str iterators: the tuples, iterators and counts as each step sees them, when a loop runs out,
# breaks, nests, keeps the tuples, or iterates a generator; enumerate past a machine index.
import sys

words = [c * 3 for c in "abcd"]
for i, w in enumerate(words):
    print(i, w, sys.getrefcount(w))

kept = []
for pair in enumerate(words, 10):
    kept.append(pair)  # held: enumerate makes a new tuple next time
print(kept)

for i, w in enumerate(words):
    if i == 2:
        break
print(i, w)

it = enumerate("h\u00e9llo")
for i, ch in it:
    for j, c2 in enumerate(ch * 2):
        last = (j, c2)
    if i == 3:
        break
print(list(it), last)

total = 0
for ch in "abc":
    total += ord(ch)
for ch in "\u00fc\u20ac\U0001f600":
    total += ord(ch)
print(total)

e = enumerate((1, 2, 3))
for x in e:
    held = x
print(held, list(e))


def gen():
    yield "x"
    yield "y"


for i, g in enumerate(gen()):
    print(i, g)

r = enumerate(range(3))
for i, v in r:
    print(i * v)

for i, v in enumerate([1, 2], sys.maxsize - 1):
    print(i, v)

rows = [[1, 2], [3, 4]]
for i, row in enumerate(rows):
    for j, cell in enumerate(row):
        row[j] = cell * (i + 1)
print(rows)
