# List-heavy work: comprehensions, slicing, sorting, appends.
data = [(i * 7919) % 10007 for i in range(800_000)]
squares = [x * x for x in data if x % 2 == 0]
data.sort()
chunks = [data[i : i + 100] for i in range(0, len(data), 100)]
sums = [sum(c) for c in chunks]
stack = []
for x in data[:400_000]:
    stack.append(x)
    if len(stack) > 50:
        stack.pop(0)
print(len(squares), sums[:3], sum(sums), stack[-1])
