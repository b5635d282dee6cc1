import sys

# ints are arrays of 30-bit digits.
for n in [0, 1, 255, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90, 10**100, -1, -(2**30)]:
    print(n.bit_length(), sys.getsizeof(n))
print(sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(1.0), sys.getsizeof(1j))
big = 1
sizes = []
for i in range(10):
    big *= 2**31
    sizes.append(sys.getsizeof(big))
print(sizes)
