a = [3, 1, 2]
print(a + [4], a * 2, len(a), min(a), max(a), sorted(a), list(reversed(a)))
a.sort(reverse=True)
print(a, a.index(2), a.count(1))
a.extend(range(2))
a.insert(0, "first")
print(a, a.pop(), a.pop(0), a)
a.remove(1)
print(a)
t = tuple("hello")
print(t, t.count("l"), t.index("o"), t[1:3], "".join(t))
r = range(2, 20, 3)
print(list(r), len(r), r[2], 8 in r, r.index(11), list(r[::-1]))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], (1, [2]) == (1, [2]))
nested = [[1, 2], [3, [4, 5]]]
copy = [row[:] for row in nested]
copy[1][1].append(6)
print(nested)
