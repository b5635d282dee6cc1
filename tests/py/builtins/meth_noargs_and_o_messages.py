# Argument-count messages of METH_NOARGS / METH_O methods of str, bytes, math, random, operator, heapq, cmath.
import math, random, hashlib, operator, heapq, cmath
tests = [lambda: "a".upper(1), lambda: "a".join(), lambda: "a".join(x=1), lambda: "a".upper(k=1), lambda: math.sin(1, 2), lambda: math.sin(x=1),
 lambda: hashlib.sha256().digest(1), lambda: hashlib.sha512().update(), lambda: random.Random().random(1), lambda: random.Random().getstate(k=2),
 lambda: operator.neg(), lambda: heapq.heapify(), lambda: cmath.sqrt(), lambda: b"x".hex(1, 2, 3), lambda: bytearray(b"x").copy(1), lambda: bytearray(b"x").append(), lambda: b"a".fromhex(), lambda: "x".isdigit(1)]
for t in tests:
    try: t()
    except TypeError as e: print(e)
