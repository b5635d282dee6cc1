# Hashes and equality of complex numbers, consistent with ints and floats.
vals = [complex(0, 0), complex(1, 0), complex(-1, 0), complex(1.5, 0), 1j, complex(1, 2), complex(-1, -1),
        complex(2**61, 0), complex(0.1, 0.2), complex(float("inf"), 0), complex(0, float("-inf"))]
for z in vals:
    print(z, hash(z), z == z.real, z == complex(z.real, z.imag), z != 1)
print(hash(complex(1, 0)) == hash(1) == hash(1.0), complex(2, 0) == 2, complex(2, 0) == 2.0, complex(2, 1) == 2)
print(complex(2**53 + 1, 0) == 2**53 + 1, complex(2**53, 0) == 2**53, 1j == 1j + 0, {1j: "i"}[complex(0, 1)])
print(len({1, 1.0, complex(1, 0), True}), (1j).__eq__(1j), (1j).__eq__("a") is NotImplemented, (1j).__lt__(1j) is NotImplemented, (1j).__ne__(0))
print(abs(complex(3, 4)), abs(complex(-5, 12)), abs(complex(1e308, 1e308)) if False else abs(complex(1e300, 1e300)),
      abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)), abs(complex(1, 1)), abs(complex(0.1, 0.2)))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(e)
