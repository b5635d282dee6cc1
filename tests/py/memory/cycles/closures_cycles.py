# A function that refers to itself through its closure forms a cycle.
import gc

gc.collect()


def make():
    def rec(n):
        return n if n == 0 else rec(n - 1)

    return rec


f = make()
print("works:", f(3))
del f
print("self-recursive closure:", gc.collect())


def make_pair():
    def even(n):
        return True if n == 0 else odd(n - 1)

    def odd(n):
        return False if n == 0 else even(n - 1)

    return even


e = make_pair()
print("works:", e(4))
del e
print("mutually recursive closures:", gc.collect())
