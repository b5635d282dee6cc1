print([x * x for x in range(10) if x % 3 == 0])
print({x: x ** 2 for x in range(5)})
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2]
print(pairs)
x = "outer"
print([x for x in range(3)], x)
print(list(zip(*matrix)))
words = "the quick brown the lazy the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print([(i, j) for i in range(3) if i for j in range(i)])
