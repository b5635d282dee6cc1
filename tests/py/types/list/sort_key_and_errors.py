# Key functions are called once per item, in order; exceptions leave the list intact;
# mutating the list during a sort is detected.
calls = []


def key(x):
    calls.append(x)
    return -x


l = [3, 1, 2, 5, 4]
l.sort(key=key)
print(l, calls)


def bad_key(x):
    if x == 2:
        raise ValueError("no 2")
    return x


l = [3, 1, 2, 5, 4]
try:
    l.sort(key=bad_key)
except ValueError as e:
    print("error", e, l)


class Evil:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v


l = []
l.extend(Evil(v, l) for v in [3, 1, 2])
try:
    l.sort()
except ValueError as e:
    print(e, [e.v for e in l])


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise RuntimeError("cannot compare 3")
        return self.v < other.v


l = [Cmp(v) for v in [5, 4, 3, 2, 1]]
try:
    l.sort()
except RuntimeError as e:
    print(e, sorted(c.v for c in l))
print(sorted([1, 2, 3], key=None, reverse=False), sorted([], reverse=True))
