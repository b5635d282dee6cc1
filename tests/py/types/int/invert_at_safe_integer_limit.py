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

# ~(2**53 - 1) is -2**53: it must equal, hash and sort as the same int made any other way (it
# was held as a JS number past the safe integers and compared unequal to them)
B = 2**53
x = B - 1
made = {
    "~x": ~x,
    "~9007199254740991": ~9007199254740991,
    "x ^ -1": x ^ -1,
    "-x - 1": -x - 1,
    "-B": -B,
    "int(str)": int("-9007199254740992"),
    "~x << 1 >> 1": ~x << 1 >> 1,
    "~x | 0": ~x | 0,
}
for name, v in made.items():
    others = [w for w in made.values()]
    print(name, v, all(v == w and w == v and hash(v) == hash(w) for w in others), {v: name}.get(-B), sorted([v, -B + 1, -B - 1]))
print(len({*made.values()}), ~x in [-B], [-B].index(~x), (~x).bit_length(), -(~x), abs(~x), ~~x == x)
