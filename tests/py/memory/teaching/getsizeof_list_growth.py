import sys

# A list over-allocates: its size only changes every few appends.
items = []
last = sys.getsizeof(items)
print(0, last)
for i in range(1, 65):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(i, size, "capacity", (size - sys.getsizeof([])) // 8)
        last = size
print("list(range(64)):", sys.getsizeof(list(range(64))))
print("[0] * 64:", sys.getsizeof([0] * 64))
print("comprehension:", sys.getsizeof([i for i in range(64)]))
while len(items) > 4:
    items.pop()
    size = sys.getsizeof(items)
    if size != last:
        print("shrunk at", len(items), size)
        last = size
