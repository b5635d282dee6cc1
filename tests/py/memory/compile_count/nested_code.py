import gc

# Every code object python3 compiles before the first line (closures, lambdas,
# comprehensions, generator expressions, nested classes) moves the count.
print(gc.get_count())


def counter():
    n = 0

    def bump(step=1):
        nonlocal n
        n += step
        return n

    return bump


squares = [i * i for i in range(10)]
evens = {i for i in range(10) if i % 2 == 0}
index = {name: len(name) for name in ("ab", "cde", "f")}
total = sum(x for x in range(100))
key = lambda pair: (pair[1], pair[0])


class Outer:
    class Inner:
        LIMITS = (0.5, 1.5)

        def scaled(self, k, *, factor=2.0):
            return [v * k * factor for v in self.LIMITS]

    def make(self):
        return self.Inner()


b = counter()
b()
print(b(5), squares[-1], sorted(evens), index, total, key((1, 2)))
print(Outer().make().scaled(2, factor=0.5))
print(gc.get_count())
