depth = 0
def nested(n):
    global depth
    depth = n
    yield from nested(n + 1)

try:
    list(nested(0))
except RecursionError as e:
    print(depth, e)

def nested_for(n):
    global depth
    depth = n
    for x in nested_for(n + 1):
        yield x

try:
    list(nested_for(0))
except RecursionError as e:
    print(depth, e)

def tree(n):
    if n == 0:
        yield 0
        return
    yield n
    yield from tree(n - 1)
print(sum(tree(500)))
