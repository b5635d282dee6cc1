a = b = c = 0
a += 1
print(a, b, c)
x = y = []
x.append(1)
print(y)
i = 0
items = [10, 20, 30]
i, items[i] = 1, 99
print(i, items)
s = "abc"
first, second, third = s
print(third + second + first)
point = {"x": 1}
point["y"] = point["x"] = 5
print(point)
