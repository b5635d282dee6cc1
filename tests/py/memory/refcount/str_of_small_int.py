# str()/repr()/format() of an int make a new str even for one digit (CPython's
# long_to_decimal_string); only %-formatting and chr() give the cached one-character strings.
import sys

print(str(5) is str(5), repr(7) is repr(7), str(0) is "0", f"{5}" is f"{5}", format(5) is format(5))
print("%d" % 5 is "%d" % 5, str(-1) is str(-1), str(True) is str(True))
print(sys.getrefcount(str(5)), sys.getrefcount(str(12)))
x = [str(i) for i in range(10)]
print(len(set(map(id, x))), str(5) is x[5])
y = [f"{i}" for i in range(10)]
print(all(a is not b for a, b in zip(x, y)))
