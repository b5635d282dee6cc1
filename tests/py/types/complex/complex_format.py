# format() with complex numbers.
specs = ["", "g", ".2f", "e", ".3e", ">30", "<30.2f", "^30", "+", " ", "+.1f", ",.2f", "_", "n", "z.1f", "zg", "#g",
         ".0f", "E", "F", "*^25.3g", "-", "10", ".3"]
vals = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(1, 2), complex(-1.5, -2.5), complex(1e20, 1e-20),
        complex(1234.5678, -0.0001), complex(float("inf"), float("nan")), 1j, complex(3, 0), complex(-0.0001, -0.0001)]
for z in vals:
    print(repr(z), [format(z, s) for s in specs])
print(f"{3 - 4j:.1f} {2j:>8} {complex(1, 1):^12g}")
for s in ["010", "=20", "%", "x", "d", "c"]:
    try:
        format(1j, s)
    except ValueError as e:
        print(e)
