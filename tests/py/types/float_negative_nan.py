# float('-nan') keeps its sign bit: copysign, struct, float.hex-free checks
import math
import struct
for s in ["nan", "-nan", "+nan", "-NaN", " -nan ", "-NAN"]:
    x = float(s)
    print(repr(s), x, math.copysign(1.0, x), struct.pack(">d", x).hex(), math.isnan(x))
x = float("-nan")
print(math.copysign(1.0, -x), struct.pack(">d", abs(x)).hex(), math.copysign(2.0, [x][0]))
print(math.copysign(1.0, float("-inf")), complex("-nan+1j").real, math.copysign(1, complex("-nan-nanj").imag))
