# print() whose write of the line end meets the recursion limit: the bound `write` method
# CPython looks up for that write (a tracked 72-byte block) goes away with the RecursionError.
# gc.get_count() and tracemalloc's current size after each round are python3's (the level that
# fails alternates with the depth the recursion starts at, hence two functions and two depths).
import gc
import sys
import tracemalloc


def every_other(n):
    if n % 2 == 0:
        print()
    every_other(n + 1)


def every_other_odd(n):
    if n % 2 == 1:
        print()
    every_other_odd(n + 1)


def shifted(f):
    f(0)


tracemalloc.start()
for rounds in range(2):
    for f in (every_other, every_other_odd):
        for call in (f, lambda: shifted(f)):
            gc.collect()
            m0 = tracemalloc.get_traced_memory()[0]
            try:
                call(0) if call is f else call()
            except RecursionError:
                c = gc.get_count()
            m1 = tracemalloc.get_traced_memory()[0]
            print(f.__name__, m1 - m0, c, file=sys.stderr)
