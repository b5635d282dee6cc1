# Arbitrary-precision integers: the spigot algorithm for digits of pi (big int *, //, divmod).
def pi_digits(count):
    k = 0
    numerator, accumulator, denominator = 1, 0, 1
    digits = []
    while len(digits) < count:
        k += 1
        k2 = 2 * k + 1
        accumulator += numerator << 1
        accumulator *= k2
        denominator *= k2
        numerator *= k
        if numerator > accumulator:
            continue
        digit, rest = divmod(numerator * 3 + accumulator, denominator)
        if rest + numerator >= denominator:
            continue
        digits.append(digit)
        accumulator -= denominator * digit
        accumulator *= 10
        numerator *= 10
    return "".join(map(str, digits))


text = pi_digits(4000)
print(text[:20], text[-20:], len(text))
