class Chain:
    depth = 0
    def __init__(self, n):
        Chain.depth = n
        self.child = Chain(n + 1)

try:
    Chain(0)
except RecursionError as e:
    print(Chain.depth, e)

class Callable:
    def __call__(self, n):
        Callable.depth = n
        return self(n + 1)

try:
    Callable()(0)
except RecursionError as e:
    print(Callable.depth, e)
