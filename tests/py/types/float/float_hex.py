# float.hex() and float.fromhex().
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 3.141592653589793, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e-310,
        float("inf"), float("-inf"), float("nan"), 2.0 ** 100, 1 / 3]
for v in vals:
    h = v.hex()
    print(h, float.fromhex(h), float.fromhex(h) == v or v != v)
for s in ["0x1.8p1", "0X1P-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1.fffffffffffff7p1023", " -0x1.8p+1 ",
          "inf", "-Infinity", "nan", "1", "1p-2", "0x3.p0", "0x.8", "0x1.00000000000008p0", "0x1.00000000000018p0",
          "0x1.000000000000081p0", "0x0.0000000000001p-1022", "ABC", "0x1p+00001"]:
    print(repr(s), float.fromhex(s))
for s in ["x", "0x", "0x1p", "0x1.p+", "1e5", "0x1 2", "", "0x1p1024", "0x2p1023", "0x1.fffffffffffff8p1023"]:
    try:
        float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class F(float):
    pass
r = F.fromhex("0x1p3")
print(r, type(r).__name__)
