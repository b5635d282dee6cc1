# Values around the 2**53 boundary where the implementation switches representation.
edge = [2**53 - 2, 2**53 - 1, 2**53, 2**53 + 1, 2**53 + 2]
for v in edge:
    for w in (v, -v):
        print(w, w + 1, w - 1, w * 2, w // 2, w % 1000, w >> 1, w << 1, -w, ~w, hash(w), w.bit_length())
print([v == v + 0 for v in edge], [v - 1 < v for v in edge])
big = 2**1000
print(big)
print(-big)
print(len(str(big)), str(big)[:20], str(-big)[-20:])
print(big // 3**500, big % 3**500)
print((big + 1) * (big - 1) == big * big - 1)
print(2**63, -2**63, 2**63 - 1, 2**64 - 1, -(2**64))
print(int("9" * 40) + 1, int("-" + "9" * 40) - 1)
m = 1
for i in range(100):
    m = m * 3 + 1
print(m, m.bit_length(), m.bit_count())
