def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import sys, builtins
sys.displayhook(5)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")
exec(compile("1 + 1", "<s>", "single"))
print(builtins._)
