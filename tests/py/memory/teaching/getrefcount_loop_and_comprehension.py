import sys

# A for loop variable and the iterator hold references while the loop runs.
items = [object() for _ in range(3)]
first = items[0]
print(sys.getrefcount(first) - 1)
for x in items:
    if x is first:
        print("in loop:", sys.getrefcount(first) - 1)
print("after loop, x still bound to the last item:", x is items[-1], sys.getrefcount(first) - 1)
counts = [sys.getrefcount(first) - 1 for y in items if y is first]
print("inside a comprehension:", counts)
gen = (sys.getrefcount(first) - 1 for y in items if y is first)
print("inside a generator:", list(gen))
it = iter(items)
print(sys.getrefcount(items) - 1)
del it
print(sys.getrefcount(items) - 1)
