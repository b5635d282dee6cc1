def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import sys
attempt(input, "prompt> ")
attempt(input, 1, 2)
print("after")
