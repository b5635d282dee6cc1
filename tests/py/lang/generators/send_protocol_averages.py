def running_stats():
    count = 0
    total = 0.0
    minimum = maximum = None
    while True:
        x = yield (count, total / count if count else None, minimum, maximum)
        count += 1
        total += x
        minimum = x if minimum is None else min(minimum, x)
        maximum = x if maximum is None else max(maximum, x)

s = running_stats()
print(next(s))
for v in [4, 8, 15, 16, 23, 42]:
    print(s.send(v))
s.close()
try:
    s.send(1)
except StopIteration:
    print("closed generator raises StopIteration")
