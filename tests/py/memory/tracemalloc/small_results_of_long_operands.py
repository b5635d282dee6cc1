# Peak memory of int operations whose operands are long (two 30-bit digits or more) but whose
# result is a small int (-5..256): CPython makes the result in a block sized for the operands
# (x_add, x_sub, x_mul, long_bitwise, the floor correction of //, PyLong_FromString,
# int.from_bytes) and maybe_small_long then frees it for the shared int. tracemalloc's peak
# sees that block; the current size does not.
import operator
import tracemalloc

B = 1 << 30
values = [B, B + 1, B + 7, -B, -B - 3, B - 1, -(B - 1), 2**31 - 1, 2**31, -(2**31), 2**60 + 5, -(2**60)]
smalls = [0, 1, 3, 7, -1, -5, 200]
ops = [operator.add, operator.sub, operator.and_, operator.or_, operator.xor, operator.floordiv, operator.mod]

tracemalloc.start()
lines = []


def measure(label, f):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = f()
    c, p = tracemalloc.get_traced_memory()
    lines.append(f"{label} = {r}: current {c - c0:+d}, peak {p - c0:+d}")


for a in values:
    for b in smalls + values:
        for op in ops:
            if op in (operator.floordiv, operator.mod) and b == 0:
                continue
            measure(f"{a} {op.__name__} {b}", lambda: op(a, b))
        # the same through BINARY_OP, where the interpreter has its own fast paths
        measure(f"{a} - {a} + {b}", lambda: a - a + b)
        measure(f"{a} & {b}", lambda: a & b)
        measure(f"{a} ^ {b}", lambda: a ^ b)
        measure(f"{a} | {b}", lambda: a | b)
        measure(f"{a} * 0", lambda: a * 0)
for text in ["5", "-3", "0", "256", "257", "000000000007", "1000000000", "+42"]:
    measure(f"int({text!r})", lambda: int(text))
for data in [b"\x05", b"\x00\x00\x00\x00\x00\x05", b"\x00\xfb", b"\x00\x01\x00"]:
    measure(f"int.from_bytes({data!r})", lambda: int.from_bytes(data, "big"))
print(len(lines), "operations")
for line in lines:
    print(line)
