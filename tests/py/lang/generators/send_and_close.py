def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                break
            total += value
    finally:
        print("cleanup, total =", total)
    return total

acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

acc2 = accumulator()
next(acc2)
acc2.send(3)
acc2.close()
print("closed", acc2.gi_frame)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
fresh.close()
