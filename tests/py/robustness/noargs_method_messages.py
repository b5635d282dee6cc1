# Argument errors of int and float methods that take no arguments name the method with its
# type, as CPython's METH_NOARGS check does (found by the differential fuzzer).
def attempt(f, *args, **kw):
    try:
        f(*args, **kw)
    except TypeError as e:
        print(e)


for n in ["conjugate", "bit_length", "bit_count", "as_integer_ratio", "__trunc__", "__floor__", "__ceil__", "__getnewargs__", "__sizeof__"]:
    attempt(getattr(5, n), 1)
    attempt(getattr(5, n), x=1)
    attempt(getattr(int, n), 5, 1, 2)
for n in ["conjugate", "__trunc__", "__floor__", "__ceil__", "as_integer_ratio", "hex", "is_integer", "__getnewargs__"]:
    attempt(getattr(1.5, n), 1)
    attempt(getattr(1.5, n), y=2)
    attempt(getattr(float, n), 2.5, None)
attempt(lambda: (7).bit_length(1))
attempt(lambda: True.bit_length(1))
attempt(lambda: (2.5).hex(x=1))
print((7).bit_length(), (2.5).hex(), (1.5).is_integer(), (-7).bit_count())
