# Huge requests: MemoryError where CPython runs out of memory, OverflowError where it checks
# PY_SSIZE_T_MAX first (str and bytes repeats: 'repeated string is too long').
import sys
tests = [
    "[0] * (2**62)", "'a' * (2**62)", "b'a' * (2**62)", "bytearray(2**62)", "bytes(2**62)",
    "list(range(2**62))", "[None] * sys.maxsize", "'ab' * (sys.maxsize // 2 + 1)", "(1,) * (2**62)",
    "1 << (2**62)", "'x'.ljust(2**62)", "' ' * 2**40",
    "'{:>{}}'.format('', 2**62)", "[1,2] * (sys.maxsize)",
    "'a'.zfill(2**62)", "'abc'.center(2**62)", 
    "tuple(range(2**62))", "bytes(range(256)) * (2**62)",
    "'a'.expandtabs(2**62) if False else 'x\\tb'.expandtabs(2**62)", "sys.setrecursionlimit(2**62)",
    "[].extend([0] * 2**62)", "'%*d' % (2**62, 1)", "(2**62) * [0]", "'a' * -1",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", type(r).__name__, len(r) if hasattr(r, '__len__') and len(r) < 100 else '')
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(t, "->", type(e).__name__, e)
