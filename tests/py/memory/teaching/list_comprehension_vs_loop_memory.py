import tracemalloc

# Building a list with append or a comprehension ends with the same list size,
# but growth by append over-allocates on the way.
tracemalloc.start()
start = tracemalloc.get_traced_memory()[0]
a = []
for i in range(1000):
    a.append(i)
after_append = tracemalloc.get_traced_memory()[0] - start
b = [i for i in range(1000)]
after_both = tracemalloc.get_traced_memory()[0] - start
c = list(range(1000))
after_three = tracemalloc.get_traced_memory()[0] - start
tracemalloc.stop()
print(after_append, after_both - after_append, after_three - after_both)
