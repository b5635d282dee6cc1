# complex(str): the accepted forms and the error messages.
good = ["1+2j", "(1+2j)", " ( 1+2j ) ", "1e5j", "j", "-j", "+J", "1_0j", "nanj", "inf+infj", "-inf-nanj", "1.5", " 3 ",
        "1+j", "1-j", "(j)", "1e+5-1e-5j", "\u0661+\u0662j", "-1.5e-3-2.5E+3J", ".5j", "5.j", "infj", "-Infinity+1j"]
for s in good:
    print(repr(s), complex(s))
bad = ["1+", "", " ( 1 + 2j ) ", "1__0j", "(1.5", "1.5)", "1+2jj", "1j+2", "1 +2j", "jj", "1+-2j", "(1+2j", "x"]
for s in bad:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), e)
print(complex(), complex(1), complex(1, 2), complex(1.5, -2), complex(True, False), complex(1j, 1j), complex(1j, 2))
print(complex(real=1, imag=2), complex(imag=2), complex(real=3), complex(2**53 + 1), complex("1", ))
for args, kw in [(("1", 2), {}), ((1, "2"), {}), ((None,), {}), ((1, None), {}), (([],), {}), ((1, 2, 3), {}),
                 ((), {"x": 1}), ((10**400,), {})]:
    try:
        complex(*args, **kw)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

class WithComplex:
    def __complex__(self):
        return 3 + 4j

class WithFloat:
    def __float__(self):
        return 2.5

print(complex(WithComplex()), complex(WithFloat()), complex(WithFloat(), WithFloat()), complex(1, WithFloat()))
