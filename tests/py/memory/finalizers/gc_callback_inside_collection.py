# gc callbacks see the collection's results; collect() inside a callback returns 0.
import gc


class N:
    __slots__ = ("me",)


results = []


def cb(phase, info):
    results.append((phase, info["collected"], gc.collect()))


gc.collect()
gc.callbacks.append(cb)
n = N()
n.me = n
del n
print("outer:", gc.collect())
gc.callbacks.remove(cb)
print(results)
