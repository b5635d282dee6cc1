def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import sys, os
print(len(sys.argv), os.path.basename(sys.argv[0]))
print(os.path.basename(sys.path[0]) == os.path.basename(os.path.dirname(os.path.abspath(__file__))))
print(__name__, os.path.basename(__file__))
