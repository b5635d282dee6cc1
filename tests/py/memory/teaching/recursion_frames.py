import sys

# Each call adds a frame; the limit stops runaway recursion with RecursionError.


def depth(n):
    return depth(n + 1) if n < 500 else sys._getframe().f_back.f_code.co_name


print(depth(0))


def runaway(n):
    return runaway(n + 1)


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)


def count_frames():
    f = sys._getframe()
    n = 0
    while f is not None:
        n += 1
        f = f.f_back
    return n


def nest(k):
    return count_frames() if k == 0 else nest(k - 1)


print(nest(0), nest(10), nest(100))
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(2500))
sys.setrecursionlimit(old)
