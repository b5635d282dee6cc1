# Recursive algorithms over lists: quicksort, merge sort, permutations, flattening, n-queens.
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + quicksort([x for x in xs if x > pivot])


def mergesort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a = mergesort(xs[:mid])
    b = mergesort(xs[mid:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def permutations(xs):
    if not xs:
        return [[]]
    result = []
    for i, x in enumerate(xs):
        for p in permutations(xs[:i] + xs[i + 1 :]):
            result.append([x] + p)
    return result


def flatten(tree):
    if isinstance(tree, list):
        out = []
        for t in tree:
            out.extend(flatten(t))
        return out
    return [tree]


def queens(n, row=0, cols=()):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
            count += queens(n, row + 1, cols + (c,))
    return count


data = [(i * 7919) % 10007 for i in range(200_000)]
q = quicksort(data)
m = mergesort(data)
perms = permutations(list(range(8)))
tree = [[i, [i + 1, [i + 2, [i + 3]]]] for i in range(50_000)]
print(q == m, q[:5], len(perms), perms[-1], sum(flatten(tree)), queens(8))
