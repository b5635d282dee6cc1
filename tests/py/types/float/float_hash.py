# hash() of floats: integers hash as ints, fractions as their rational value modulo 2**61 - 1.
vals = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 0.5, 1e-300, 1e300, 2.0 ** 61, 2.0 ** 62, 2.0 ** -61, 3.25e-7,
        float("inf"), float("-inf"), 123456789.0, 2.0 ** 53 + 2]
for v in vals:
    print(v, hash(v))

print(all(hash(v) == hash(int(v)) for v in vals if v == v and abs(v) != float("inf") and v.is_integer()))
n = float("nan")
print(hash(n) == hash(n), {n: 1}[n], len({float("nan"), float("nan")}))
print(hash(1.0) == hash(1) == hash(True), hash(2.5) == hash(complex(2.5, 0)))
