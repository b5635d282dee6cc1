# bool is an int subclass: arithmetic gives ints, &, | and ^ between bools give bools.
B = [True, False]
for a in B:
    for b in B:
        print(a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a and b, a or b, a == b, a < b, a // (b or True))
print(True & 3, 3 & True, True | 2, False ^ 5, ~True, ~False, -True, +True, abs(-True), True << 3, True / 2)
print(type(True & False).__name__, type(True & 1).__name__, type(True + True).__name__, type(~True).__name__)
print(sum([True, True, False, True]), True * "ab", [1, 2, 3][True], max(True, 0.5), 2 ** True, divmod(True, 2))
