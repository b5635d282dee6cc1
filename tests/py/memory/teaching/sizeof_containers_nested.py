import sys

# sys.getsizeof is shallow: it does not count what a container refers to.


def deep_size(obj, seen=None):
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(deep_size(x, seen) for x in obj)
    return size


data = {"names": ["ann", "bob", "cy"], "ages": (31, 42, 1000), "tags": {"a", "b"}}
print(sys.getsizeof(data), deep_size(data))
nested = [[0] * 10 for _ in range(10)]
print(sys.getsizeof(nested), deep_size(nested))
shared = [0] * 10
aliased = [shared] * 10
print(sys.getsizeof(aliased), deep_size(aliased))
