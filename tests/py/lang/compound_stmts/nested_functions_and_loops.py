def make_multipliers():
    return {n: (lambda x, n=n: x * n) for n in range(1, 4)}
m = make_multipliers()
print([m[k](10) for k in m])

def search(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                return r, c
    return None
print(search([[1, 2], [3, 4]], 3), search([[1]], 9))

result = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        result.append((i, j))
    else:
        result.append("inner completed")
print(result)
