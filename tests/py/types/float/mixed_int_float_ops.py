# float op float / float op int / int op float (+ - * /) and float comparisons, as expressions
# and as conditions of if/while (the interpreter fuses a comparison with the jump), including
# nan, infinities, signed zeros, big ints near 2**53 and division by zero.
vals = [0.0, -0.0, 1.5, -2.25, float("nan"), float("inf"), -float("inf"), 1e308, 5e-324]
ints = [0, 1, -3, 2**52 + 1, -(2**53 - 1), 7, True, 2**70]


def ops(x, y):
    row = []
    for f in (lambda: x + y, lambda: x - y, lambda: x * y, lambda: x / y):
        try:
            row.append(repr(f()))
        except (ZeroDivisionError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    return row


def conds(x, y):
    out = ""
    if x < y:
        out += "<"
    if x <= y:
        out += "L"
    if x == y:
        out += "="
    if x != y:
        out += "!"
    if x > y:
        out += ">"
    if not x >= y:
        out += "n"
    return out


for a in vals:
    for b in vals + ints:
        for x, y in ((a, b), (b, a)):
            print(repr(x), repr(y), ops(x, y), conds(x, y), [x < y, x <= y, x == y, x != y, x > y, x >= y])

n = 0
x = 0.0
while x < 10.0:
    x += 0.5
    n += 1
print(n, x, 3 / 2.0, 2.0 / 3, 10 * 0.1, 0.1 * 10, 1 - 0.9, 0.9 - 1)
