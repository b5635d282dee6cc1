def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True]), sum([2**62, 2**62, 2**62]))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1, 2], start=10), sum([0.5, 1, 2**70]), sum([1, 2**64, 1.5]))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum(x * x for x in range(10)))
attempt(sum, ["a", "b"], "")
attempt(sum, [b"a"], b"")
attempt(sum, [], bytearray())
attempt(sum, [1, "a"])
attempt(sum)
attempt(sum, iterable=[1])
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    __radd__ = __add__
print(sum([V(1), V(2)]).v)
