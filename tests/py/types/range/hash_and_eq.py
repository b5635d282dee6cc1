# Ranges are equal when they describe the same sequence; their hashes follow.
pairs = [(range(0), range(3, 3)), (range(0, 10, 2), range(0, 9, 2)), (range(1, 2), range(1, 3, 5)),
         (range(5), range(0, 5, 1)), (range(1, 4), range(1, 5))]
for a, b in pairs:
    print(a, b, a == b, a != b, hash(a) == hash(b))
print(hash(range(5)), hash(range(1, 10, 3)), hash(range(10, 0, -2)))
d = {range(3): "a"}
print(d[range(0, 3)], range(3) in {range(0, 3, 1)})
try:
    range(3) < range(4)
except TypeError as e:
    print(e)
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
