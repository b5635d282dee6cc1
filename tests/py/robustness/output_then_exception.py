# Output written before an uncaught exception is all there, in order with stderr
# (stdout block-buffered to a pipe, partial last line included).
import sys

for i in range(3000):
    print(i, "x" * (i % 37))
sys.stdout.write("partial line without newline")
print("to stderr", file=sys.stderr)
sys.stdout.write(" and more")


class Boom(Exception):
    pass


def f(n):
    if n == 0:
        raise Boom("after lots of output")
    return f(n - 1)


f(50)
