# CPython 3.11's limit on decimal string conversions of huge ints.
import sys
print(sys.get_int_max_str_digits())
n = int("1" * 4300)
print(len(str(n)))
for text in ["1" * 4301, "2" * 5000]:
    try:
        int(text)
    except ValueError as e:
        print(e)
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)))
print(len(hex(10 ** 5000)), int("f" * 5000, 16).bit_length())
try:
    repr(-(10 ** 10000))
except ValueError as e:
    print(e)
