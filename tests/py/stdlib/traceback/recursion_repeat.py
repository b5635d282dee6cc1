import traceback


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    return recurse(n - 1)


for depth in (2, 3, 4, 10):
    try:
        recurse(depth)
    except RecursionError:
        print(traceback.format_exc())


def ping(n):
    if n == 0:
        raise ValueError("done")
    return pong(n - 1)


def pong(n):
    return ping(n)


try:
    ping(6)
except ValueError:
    traceback.print_exc()
