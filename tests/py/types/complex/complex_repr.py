# repr/str of complex numbers: parentheses, signed zeros, inf and nan parts.
vals = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), 1j, -1j, complex(1, 0), complex(1, -0.0),
        complex(1.5, 2.25), complex(1e16, 1e-5), complex(float("inf"), float("nan")), complex(float("-inf"), -1),
        complex(float("nan"), 0), complex(3, float("-inf")), complex(0.1 + 0.2, 1 / 3), complex(2, 1e300),
        complex(5e-324, 0)]
for z in vals:
    print(repr(z), str(z), z, z.real, z.imag)
print([complex(i, -i) for i in range(-2, 3)])
