# A coroutine object freed without ever running warns "coroutine ... was never awaited"
import warnings


async def job():
    return 1


def make_and_drop():
    c = job()
    print(type(c).__name__)


make_and_drop()
print("after first")
x = job()
del x
print("after del")
started = job()
try:
    started.send(None)
except StopIteration as e:
    print("ran", e.value)
del started
print("no warning for a coroutine that ran")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    job()
    print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
closed = job()
closed.close()
del closed
print("closed: no warning")
