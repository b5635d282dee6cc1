# Ints next to the safe-integer boundary (2**53) and the 64-bit one (2**63), through every
# unary and binary fast path: ~, -, +, abs, +, -, *, //, %, <<, >>.
B53 = 2**53
B63 = 2**63
values = []
for base in (B53, B63, B53 // 2):
    for d in (-2, -1, 0, 1, 2):
        values += [base + d, -base + d]

print(~(2**53 - 1), ~(2**53), ~-(2**53), ~-(2**53 + 1), ~9007199254740991, ~-9007199254740992)

others = [1, 2, 3, 7, -1, -3, B53 - 1, B53, -B53, B63 - 1]
for v in values:
    print(v, ~v, -v, +v, abs(v), ~~v, -~v, ~-v)
    for w in others:
        print(" ", w, v + w, v - w, w - v, v * w, v // w, v % w, w // v, w % v)
    for s in (1, 2, 11, 31, 52, 53, 63):
        print(" ", s, v << s, v >> s)


def loop():
    # the same operations in a loop, where the evaluation loop's int paths warm up
    out = []
    for _ in range(200):
        for v in values:
            out.append((~v, -v, abs(v), v + 1, v - 1, v * 2, v // 2, v % 10, v << 1, v >> 1))
    return out[-len(values):]


for row in loop():
    print(row)

x = 1
for i in range(66):
    x = x * 2 + 1
    print(i, x, ~x, -x, ~-x, x // 3, -x // 3, x % 7, -x % 7)
