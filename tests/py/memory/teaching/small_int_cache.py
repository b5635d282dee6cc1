# CPython preallocates the ints -5..256; every other int result is a new object.
def same(text_a, text_b):
    return int(text_a) is int(text_b)


for n in [-6, -5, 0, 1, 100, 256, 257, 1000]:
    print(n, same(str(n), str(n)))

x = 256
y = 255 + 1
print("255 + 1 is 256:", x is y)
x = 257
y = int("257")
print("257 is int('257'):", x is y)
total = 0
objs = set()
for i in range(250, 262):
    objs.add(id(i + 0) if i <= 256 else None)
print("cached ids distinct:", len(objs) - 1)
print(sum(1 for i in range(-10, 300) if int(str(i)) is int(str(i))))
