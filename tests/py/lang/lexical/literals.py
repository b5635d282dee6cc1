print(0b1010, 0o17, 0xFF, 1_000_000, 0x_ff_ff)
print(1.5e3, .5, 5., 1_0.0_1, 1e-3, 3.14j, 2 + 3j, (1j) ** 2)
print("single", 'double', """triple
quoted""", '''also triple''')
print(r"raw\n", b"bytes\x00", rb"raw\bytes", "\u00e9\N{BULLET}\x41\101")
print("implicit" " " "concatenation", f"f{'-'}string")
print(..., None, True, False, NotImplemented)
print(type(...).__name__, type(1j).__name__, type(b"").__name__)
