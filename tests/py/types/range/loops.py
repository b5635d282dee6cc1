# Ranges in loops and comprehensions: steps, negative ranges, nested, sums.
print([i for i in range(10, 0, -3)], [i for i in range(-5, 5, 2)], [i for i in range(5, 5)])
print(sum(i * j for i in range(10) for j in range(i)), sum(range(1, 101)))
n = 0
for i in range(3):
    for j in range(i, 3):
        n += 1
print(n)
squares = {i: i * i for i in range(6)}
print(squares, list(range(len(squares))))
acc = []
for i in reversed(range(1, 10, 4)):
    acc.append(i)
print(acc, list(range(0, -10, -4)), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
