squares = (x * x for x in range(6))
print(next(squares), list(squares))
print(sum(x for x in range(101)))
print(max(len(w) for w in "a quick brown fox".split()))
words = ["apple", "bob", "kayak", "tree"]
print([w for w in words if w == w[::-1]])
print(dict((w, len(w)) for w in words))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
g = (x for x in [1, 2, 3])
print(list(g), list(g))
def lazy():
    print("side effect")
    yield 1
gen = (v for v in lazy())
print("created")
print(list(gen))
