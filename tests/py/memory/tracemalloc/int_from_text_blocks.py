# int(str) and int(bytes) allocate the int before knowing its value: PyLong_FromString sizes the
# block from the count of digit characters (leading zeros too, underscores not), as
# digits * log_base_BASE[base] + 1 30-bit digits, or exactly digits * bits / 30 rounded up for a
# power-of-two base. tracemalloc sees that block; sys.getsizeof the normalized int.
import sys
import tracemalloc

tracemalloc.start()


def traced(text, base=10):
    before = tracemalloc.get_traced_memory()[0]
    x = int(text, base)
    after = tracemalloc.get_traced_memory()[0]
    return after - before, sys.getsizeof(x)


cases = [
    ("123456789", 10),
    ("1_000", 10),
    (" 1000 ", 10),
    ("-1_000_000", 10),
    ("１２３４", 10),
    ("1" * 16, 10),
    ("9" * 20, 10),
    ("0" * 30 + "1000", 10),
    ("1" * 100, 10),
    ("7" * 400, 10),
    ("ff", 16),
    ("0x" + "0" * 40 + "1234", 0),
    ("0" * 20 + "77", 8),
    ("1" * 31, 2),
    ("zz" * 10, 36),
    ("123456", 7),
    (b"0000000000001234", 10),
    (b"1_000", 10),
    ("0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_5000", 0),
]
for text, base in cases:
    print(repr(text)[:24], base, traced(text, base))
