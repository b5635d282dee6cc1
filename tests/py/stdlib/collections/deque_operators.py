# deque operators, comparisons, copies, repr, iteration helpers
import copy
from collections import deque

a = deque("abc")
print(a + deque("de"), a * 2, 2 * a, a * 0, a * -1)
a += "xy"
print(a)
a *= 2
print(a)
m = deque([1, 2], maxlen=3)
print(m * 3, deque([7], maxlen=4) * 10)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]))
print(deque([1, 2]) < deque([1, 2, 3]), deque([1, 2, 3]) >= deque([1, 2]), deque() <= deque())
print(list(reversed(deque(range(5)))), 3 in deque(range(5)), 7 in deque(range(5)))
print(copy.copy(m), copy.deepcopy(deque([[1], [2]])), m.copy(), m.__copy__() is m)
x = deque([1])
x.append(x)
print(x)
it = iter(deque("abcd"))
next(it)
print(it.__length_hint__(), list(it))
print(deque.__name__, deque.__module__, type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(deque[int], deque([3, 1, 2], 5).__reduce__()[:3])


class MyDeque(deque):
    def __repr__(self):
        return "My" + super().__repr__()


md = MyDeque([1, 2], 5)
print(md, type(md.copy()).__name__, md + deque([3]), isinstance(md, deque))
