# types.coroutine wraps what a decorated plain function returns when it is a generator or
# implements collections.abc.Generator (and is not a Coroutine), like CPython.
import collections.abc
import types


class G:
    def __init__(self):
        self.n = 0

    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n)
        return self.n

    def throw(self, *a):
        raise a[0]

    def close(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)


collections.abc.Generator.register(G)


@types.coroutine
def foo():
    return G()


w = foo()
print(type(w).__name__, w.__await__() is w, iter(w) is w)
print(isinstance(w, collections.abc.Coroutine), isinstance(w, collections.abc.Awaitable))


async def main():
    return await foo()


c = main()
try:
    while True:
        print("yielded", c.send(None))
except StopIteration as e:
    print("result", e.value)


class NotGen:
    pass


@types.coroutine
def bar():
    return NotGen()


print(type(bar()).__name__)


def plain():
    yield 1


@types.coroutine
def baz():
    return plain()


print(type(baz()).__name__)
