# Shallow copies share items; list() and [:] make new lists; * repeats references.
a = [[1], [2]]
b = a.copy()
c = a[:]
d = list(a)
b[0].append("shared")
b.append("only b")
print(a, b, c, d, a[0] is c[0] is d[0], a is c)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
x = [1, 2, 3]
y = x
y += [4]
y = y + [5]
print(x, y)
stack = []
for i in range(5):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = list(range(5))
print(queue.pop(0), queue.pop(0), queue)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [list(row) for row in zip(*matrix)], sum(matrix, []))
