def bad():
    yield 1
    raise StopIteration("oops")

try:
    print(list(bad()))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

def uses_next(it):
    while True:
        yield next(it)

try:
    list(uses_next(iter([1, 2])))
except RuntimeError as e:
    print("RuntimeError:", e)

for x in bad():
    print("loop", x)
