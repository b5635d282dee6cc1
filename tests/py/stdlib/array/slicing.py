from array import array

a = array("i", range(10))
print(a[2], a[-1], a[2:5], a[::3], a[::-2], a[5:2], a[:], type(a[1:3]))
a[1:3] = array("i", [20, 30, 40])
print(a)
a[::2] = array("i", [0] * len(a[::2]))
print(a)
del a[::3]
print(a)
del a[1:4]
print(a)
del a[0]
print(a)
a[len(a):] = array("i", [7, 8])
print(a)
a[1:1] = a
print(a)
a[:] = array("i")
print(a, len(a))
c = array("d", [1.5, 2.5])
c[0] = 9
c[-1] = 3.25
print(c)
x = array("b", [1, 2, 3])
print(x + array("b", [4]), x * 2, 2 * x, x * -1, x * 0)
x += array("b", [9])
x *= 2
print(x)
for i, v in enumerate(array("u", "xyz")):
    print(i, v)
it = iter(array("i", [1, 2]))
print(next(it), it.__reduce__()[2], list(it), it.__reduce__()[1])
