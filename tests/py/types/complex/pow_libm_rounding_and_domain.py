# complex ** takes the polar form of _Py_c_pow through glibc's cos and sin (V8's Math.cos and
# Math.sin differ from them in the last bit at times), and an infinite phase makes glibc set
# errno to EDOM, which complex_pow reports as ZeroDivisionError before any overflow.
inf = float("inf")
nan = float("nan")


def show(a, b):
    try:
        print(repr(a), repr(b), a**b)
    except (ZeroDivisionError, OverflowError) as e:
        print(repr(a), repr(b), type(e).__name__, e)


show(-2, 0.8498912699930402)
show(-2.0, 0.8498912699930402)
show(complex(-2), 0.8498912699930402)
show(complex(-2, 0), complex(0.85, 0))
for base in (-3, -2.5, -7, complex(0, 2), complex(-1.5, 0)):
    for e in (0.25, 1 / 3, 1.5, 2.2, 0.8498912699930402, complex(0.5, 0.5)):
        show(base, e)
# infinite phases
show(complex(-0.554924314413618, -62.52113181641161), inf)
show(complex(-4.164732242207895, 4.681878190563225), complex(-127.55731672531851, -inf))
show(complex(inf, -7039.848947725982), complex(-6.636469479510028, -0.000409492103426111))
show(complex(0.0009603421077038168, 0.0009135769933461344), -inf)
show(complex(0.7843080562051754, 976866.1768758136), complex(-inf, 52.79531233112047))
show(complex(2, 3), complex(inf, 0))
show(complex(inf, 1), complex(0.5, 1))
show(complex(nan, 1), complex(0.5, 1))
show(complex(1e300, 1e300), complex(2.5, 0))
show(0j, complex(-1, 0))
show(0j, complex(1, 1))
show(complex(1, 1), 1e300)
