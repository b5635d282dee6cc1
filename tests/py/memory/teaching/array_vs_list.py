import array
import sys

# array.array stores raw numbers; a list stores references to int objects.
nums = list(range(1000))
arr = array.array("i", nums)
print("list object:", sys.getsizeof(nums))
print("plus its ints (above the small-int cache):", sum(sys.getsizeof(n) for n in nums if n > 256))
print("array:", sys.getsizeof(arr), arr.itemsize, arr.buffer_info()[1])
arr.append(5)
print("array after append:", sys.getsizeof(arr))
print(array.array("d", [1.0] * 10).itemsize, sys.getsizeof(array.array("b")))
