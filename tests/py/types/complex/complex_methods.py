# complex's methods, attributes and sizes.
import sys
for z in (complex(0, 0), complex(1, 2), complex(-1.5, -0.0), 1j):
    print(z.conjugate(), z.real, z.imag, z.__getnewargs__(), z.__complex__(), z.__pos__(), z.__neg__(), z.__abs__(),
          z.__bool__(), sys.getsizeof(z))
class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, type(c + 1).__name__, type(c.__complex__()).__name__, type(+c).__name__, C("3+4j"), C())
print(sorted(n for n in dir(complex) if not n.startswith("__")))
try:
    (1j).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
