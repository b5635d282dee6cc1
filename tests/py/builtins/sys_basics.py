def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version_info).__name__)
print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.getdefaultencoding())
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
attempt(sys.setrecursionlimit, 0)
attempt(sys.setrecursionlimit, -5)
attempt(sys.setrecursionlimit, "x")
attempt(sys.setrecursionlimit, 10**20)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
print(sys.intern("abc") == "abc")
attempt(sys.intern, 1)
print(type(sys.argv).__name__, type(sys.path).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.get_int_max_str_digits())
print(sys.flags.optimize, sys.implementation.name)
