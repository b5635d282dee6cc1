# math.pow and float ** bit for bit over many arguments (hex of each result): fractional and
# integral exponents, bases near 1, tiny/subnormal and huge bases, results near the ends of the
# range, negative bases with integral exponents, and constants folded at compile time.
import math
import random

rng = random.Random(53)
cases = []
for _ in range(300):
    cases.append((rng.uniform(0, 10), rng.uniform(-5, 5)))
for _ in range(200):
    cases.append((rng.uniform(0.99, 1.01), rng.uniform(-1000, 1000)))
for _ in range(200):
    cases.append((rng.uniform(0, 100), float(rng.randint(-20, 20))))
for _ in range(150):
    cases.append((rng.random() * 2.0 ** rng.randint(-1074, 1023), rng.uniform(-1.2, 1.2)))
for _ in range(100):
    cases.append((rng.uniform(1, 3), rng.uniform(600, 1000)))
for _ in range(100):
    cases.append((rng.uniform(1, 3), -rng.uniform(600, 1000)))
for _ in range(100):
    cases.append((-rng.uniform(0, 10), float(rng.randint(-30, 30))))
# arguments where a correctly rounded pow differs from glibc's
bases = [
    float.fromhex("0x1.1a567c0387278p-1"),
    float.fromhex("0x1.c0c451d43fc7cp-19"),
    float.fromhex("0x1.993c2d047f856p-18"),
    float.fromhex("0x1.239e951203ee6p-1"),
    float.fromhex("0x1.0874f5d97d5b8p+0"),
    float.fromhex("0x1.079c5d8f95354p-17"),
    float.fromhex("0x1.117252cf7733dp+19"),
    float.fromhex("0x1.4426125c87a68p-1"),
    float.fromhex("0x1.43082ddb47a22p+0"),
    float.fromhex("0x1.fd0a060c54340p-1"),
    float.fromhex("0x1.adc30b5471221p+19"),
    float.fromhex("0x1.d3304d89140f0p+4"),
]
exponents = [
    float.fromhex("-0x1.4b0c4deba6c5cp+4"),
    float.fromhex("-0x1.bfe3626435e3cp-2"),
    float.fromhex("-0x1.5cc9f51e26bdap-1"),
    float.fromhex("-0x1.72e966c23f5e7p+6"),
    float.fromhex("0x1.52ce4a38efb3ap+6"),
    float.fromhex("-0x1.56c0d7dc3a810p+6"),
    float.fromhex("0x1.6bdb61c7efa43p+1"),
    float.fromhex("0x1.0165ba69d4725p+0"),
    float.fromhex("0x1.00cbc6f65dbf9p+0"),
    float.fromhex("-0x1.85c03365c1c80p-7"),
    float.fromhex("0x1.136b74c314931p+2"),
    float.fromhex("0x1.1c60b706643cdp+2"),
]
for b in bases:
    cases.append((b, 1.37))
for e in exponents:
    cases.append((1.37, e))
out = []
for x, y in cases:
    try:
        r = math.pow(x, y).hex()
    except OverflowError:
        r = "OverflowError"
    try:
        s = (x**y).hex()
    except OverflowError:
        s = "OverflowError"
    out.append(r if r == s else r + "/" + s)
for i in range(0, len(out), 6):
    print(" ".join(out[i : i + 6]))
print((1.37**2.5).hex(), (2.0**0.5).hex(), (10.0**-3.3).hex(), (0.7**123.456).hex())
