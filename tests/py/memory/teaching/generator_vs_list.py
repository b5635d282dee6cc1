import sys
import tracemalloc

# A list holds every item at once; a generator makes them one at a time.
squares_list = [n * n for n in range(10000)]
squares_gen = (n * n for n in range(10000))
print("list:", sys.getsizeof(squares_list))
print("generator:", sys.getsizeof(squares_gen))
print(sum(squares_gen) == sum(squares_list))

tracemalloc.start()
total = sum([n * 3 for n in range(20000)])
_, peak_list = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
total2 = sum(n * 3 for n in range(20000))
_, peak_gen = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(total == total2)
print("list peak much larger:", peak_list > 10 * peak_gen)
print("list peak at least 20000 pointers:", peak_list >= 20000 * 8)
