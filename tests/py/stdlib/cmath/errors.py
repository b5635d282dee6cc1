import cmath

tests = ["cmath.sqrt('a')", "cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.log()", "cmath.log(1, 2, 3)", "cmath.log(0)", "cmath.log(1, 0)",
         "cmath.log(1, 1)", "cmath.log(0, 2)", "cmath.exp(1000)", "cmath.cosh(1000+1j)", "cmath.atanh(1)", "cmath.atanh(-1)", "cmath.isclose(1)",
         "cmath.isclose(1, 2, rel_tol=-1)", "cmath.sqrt(x=1)", "cmath.exp(complex(float('inf'), float('inf')))", "cmath.sin(float('inf'))",
         "cmath.log(1, 'x')", "cmath.sqrt(2**2000)", "cmath.log10(0)", "cmath.acos(None)", "cmath.nope"]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
class WithComplex:
    def __complex__(self):
        return 3 + 4j
class BadComplex:
    def __complex__(self):
        return "x"
class WithFloat:
    def __float__(self):
        return 0.5
class WithIndex:
    def __index__(self):
        return 9
print(cmath.sqrt(WithComplex()), cmath.exp(WithFloat()), cmath.sqrt(WithIndex()), cmath.phase(WithComplex()))
try:
    cmath.sqrt(BadComplex())
except TypeError as e:
    print("TypeError", e)
