import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)), list(it.accumulate([3, 1, 4, 1, 5], min)))
print(list(it.accumulate("abc")), list(it.accumulate([[1], [2], [3]])), list(it.accumulate([])))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=5)), list(it.accumulate([1, 2], initial=None)))
print(list(it.accumulate([1, 2, 3], func=lambda a, b: a * 10 + b)), list(it.accumulate(iterable=[1, 2], func=operator.sub)))
print(list(it.accumulate([1, 2, 3], None, initial=0)), list(it.accumulate(range(10), lambda acc, x: acc + x * x)))
cashflows = [1000, -90, -90, -90, -90]
print([round(x, 2) for x in it.accumulate(cashflows, lambda bal, pmt: bal * 1.05 + pmt)])
def noisy(a, b):
    print("f", a, b)
    return a + b
acc = it.accumulate([1, 2, 3], noisy)
print(next(acc))
print(next(acc))
print(list(acc))
for bad in [lambda: it.accumulate(), lambda: it.accumulate([1], x=1), lambda: it.accumulate(1), lambda: list(it.accumulate([1, "a"])),
            lambda: it.accumulate([1], None, 5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
