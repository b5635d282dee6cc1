depth = 0

def mapper(n):
    global depth
    depth = n
    return list(map(lambda x: mapper(n + 1), [1]))

try:
    mapper(0)
except RecursionError as e:
    print(depth, e)

def filterer(n):
    global depth
    depth = n
    return [x for x in filter(lambda v: filterer(n + 1), [1])]

try:
    filterer(0)
except RecursionError as e:
    print(depth, e)

def via_repr(n):
    class R:
        def __repr__(self):
            return via_repr(n + 1)
    global depth
    depth = n
    return repr(R())

try:
    via_repr(0)
except RecursionError as e:
    print(depth, e)
