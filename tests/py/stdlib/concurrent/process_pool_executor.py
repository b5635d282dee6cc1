# concurrent.futures.ProcessPoolExecutor: map/submit/as_completed/wait, arguments and results
# copied through pickle (a worker's change to an argument stays there), exceptions with the
# worker's traceback as cause, unpicklable calls failing in their Future, argument checks.
import concurrent.futures as cf
import math

def square(n):
    return n * n

def grow(items):
    items.append(len(items))
    return items

def fail(n):
    if n == 3:
        raise ValueError(f"bad input {n}")
    return n

def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, math.isqrt(n) + 1))

class Unpicklable:
    def __reduce__(self):
        raise TypeError("cannot pickle Unpicklable")

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(square, range(8))))
        print(list(ex.map(is_prime, range(20), chunksize=4)))
        futures = {ex.submit(square, n): n for n in (3, 5, 7)}
        print(sorted((futures[f], f.result()) for f in cf.as_completed(futures)))
        data = [1, 2]
        print(ex.submit(grow, data).result(), data)
        f = ex.submit(fail, 3)
        err = f.exception()
        print(type(err).__name__, err, type(err.__cause__).__name__, f.done())
        try:
            list(ex.map(fail, range(5)))
        except ValueError as e:
            print("map raised", e)
        lam = ex.submit(lambda: 1)
        print(type(lam.exception()).__name__)
        print(type(ex.submit(square, Unpicklable()).exception()).__name__)
        print(type(ex.submit(Unpicklable).exception()).__name__)
        done, pending = cf.wait([ex.submit(square, 2), ex.submit(square, 4)])
        print(sorted(f.result() for f in done), pending)
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print(e)
    for bad in (0, -1):
        try:
            cf.ProcessPoolExecutor(max_workers=bad)
        except ValueError as e:
            print(e)
    try:
        cf.ProcessPoolExecutor(initializer=5)
    except TypeError as e:
        print(e)
    for bad in (0, 1.5):
        try:
            cf.ProcessPoolExecutor(max_tasks_per_child=bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    with cf.ProcessPoolExecutor() as ex:
        try:
            ex.map(square, [1], chunksize=0)
        except ValueError as e:
            print(e)
    print("ProcessPoolExecutor" in dir(cf), cf.process.BrokenProcessPool.__mro__[1].__name__)
