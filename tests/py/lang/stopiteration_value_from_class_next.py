# A StopIteration(value) raised by a class's __next__ keeps its value through next(it) and
# through `yield from` / `await` driving the iterator with None (tp_iternext).
class It:
    def __init__(self, stop=2):
        self.n = 0
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > self.stop:
            raise StopIteration(self.n * 10)
        return self.n


try:
    next(It(0))
except StopIteration as e:
    print("next:", e.value, e.args)
print("default:", next(It(0), "dflt"))


def deleg(it):
    r = yield from it
    print("yield from returned", r)
    return r


print(list(deleg(It())))
g = deleg(It(1))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("outer value", e.value)


class Bare:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(list(deleg(Bare())))
try:
    next(Bare())
except StopIteration as e:
    print("bare", e.value, e.args)
