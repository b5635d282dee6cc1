def build(depth):
    if depth == 0:
        return None
    return (build(depth - 1), build(depth - 1))

def count(node):
    if node is None:
        return 1
    left, right = node
    return count(left) + count(right)

def height(node):
    if node is None:
        return 0
    return 1 + max(height(node[0]), height(node[1]))

tree = build(12)
print(count(tree), height(tree))

def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
print(len(permutations([1, 2, 3, 4, 5])), permutations([1, 2, 3])[:3])
