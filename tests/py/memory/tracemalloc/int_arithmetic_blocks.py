# tracemalloc sees the block CPython's int arithmetic allocates, which can be a digit longer than
# the result needs: x_add allocates one digit more than the longer operand, x_sub trims equal
# leading digits, x_mul the sum of both lengths, << and ~ their own; compact ints take 32 bytes.
import tracemalloc
tracemalloc.start()
L = [None] * 100
def d(label, f):
    for i in range(100): L[i] = None
    b = tracemalloc.get_traced_memory()[0]
    for i in range(100): L[i] = f(i)
    print(label, (tracemalloc.get_traced_memory()[0] - b) / 100)
big = 2**40; huge = 2**61; vast = 10**30; neg = -2**40
d("2**40 + i", lambda i: big + i)
d("2**40 - i", lambda i: big - i)
d("i - 2**40", lambda i: i - big)
d("-2**40 + i", lambda i: neg + i)
d("2**40 * i", lambda i: big * (i + 1))
d("2**61 + i", lambda i: huge + i)
d("2**61 - i", lambda i: huge - i)
d("10**30 + i", lambda i: vast + i)
d("10**30 - i", lambda i: vast - i)
d("10**30 - 10**30+i", lambda i: vast - (vast - i - 300))
d("2**40 // i", lambda i: big // (i + 1))
d("2**40 % i", lambda i: big % (i + 7))
d("2**29+2**29+i", lambda i: 2**29 + 2**29 + 1000 + i)
d("1000003*i", lambda i: 1000003 * (i + 1000))
d("2**40 << 1", lambda i: (big + i) << 1)
d("2**40 >> 1", lambda i: big >> (i % 5 + 1))
d("-(2**40)", lambda i: -(big + i))
d("abs", lambda i: abs(neg - i))
d("2**40 & i", lambda i: (big + 1000) & (big + i))
d("2**40 | i", lambda i: big | (i + 1000))
d("2**40 ^ i", lambda i: big ^ (i + 1000))
d("~", lambda i: ~(big + i))
d("int(str)", lambda i: int("1099511627776"))
d("int(float)", lambda i: int(1e12 + i))
d("hash", lambda i: hash("abc%d" % i) | 1)
d("sum", lambda i: sum([big, i]))
d("2**61*i", lambda i: huge * (i + 2))
d("id", lambda i: id(L))
d("len big", lambda i: (1 << 62) + i)
