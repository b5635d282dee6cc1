# Generators and closures in a pipeline.
def numbers(n):
    for i in range(n):
        yield i


def scaled(it, k):
    for x in it:
        yield x * k


def make_filter(m):
    def keep(x):
        return x % m != 0

    return keep


keep = make_filter(3)
print(sum(x for x in scaled(numbers(4_000_000), 3) if keep(x + 1)))
