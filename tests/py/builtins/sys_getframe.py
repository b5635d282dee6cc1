def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import sys
def inner():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name
def outer():
    return inner()
print(outer())
print(sys._getframe().f_code.co_name)
attempt(sys._getframe, 100)
def lineno():
    return sys._getframe(1).f_lineno
print(lineno())
