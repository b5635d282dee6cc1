# Formatter gives the same results as str.format
import string

f = string.Formatter()
cases = [("{0}-{1}", (1, 2), {}), ("{x:>6.2f}", (), {"x": 3.14159}), ("{0[1]}", ([4, 5],), {}),
         ("{:,}", (1234567,), {}), ("{a!s:^7}", (), {"a": [1]}), ("{0:#x} {0:o}", (255,), {}),
         ("{:%}", (0.25,), {}), ("{0.imag}", (2j,), {})]
for fmt, args, kwargs in cases:
    print(f.format(fmt, *args, **kwargs) == fmt.format(*args, **kwargs), f.format(fmt, *args, **kwargs))
