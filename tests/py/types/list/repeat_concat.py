# * and + on lists, in-place variants, shared references and sizes.
import sys

a = [1, 2]
b = a * 3
print(b, sys.getsizeof(b), a * 0, a * -2, 0 * a)
c = [[]] * 3
c[0].append(1)
print(c)
a *= 2
print(a, sys.getsizeof(a))
a *= 1
a *= 0
print(a, sys.getsizeof(a))
x = [1] + [2, 3]
print(x, sys.getsizeof(x))
x += (4, 5)
x += "ab"
print(x)
y = x
y += [6]
print(x is y, x)
print([] + [], sys.getsizeof([] + []))
