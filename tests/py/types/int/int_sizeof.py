# sys.getsizeof for ints: 24 bytes of header plus 4 per 30-bit digit (zero still counts one digit).
import sys
for v in (0, 1, -1, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90, 2**1000, -(2**1000), 10**100, True, False):
    print(v.bit_length(), sys.getsizeof(v), v.__sizeof__())
class Sub(int):
    pass
print(sys.getsizeof(Sub(1)), sys.getsizeof(Sub(2**100)))
