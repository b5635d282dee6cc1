def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("done")
    return "finished"

g = countdown(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
print(list(countdown(2)))
print(g.gi_running, g.gi_frame, g.gi_suspended)
