def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import sys
for arg in [(), (0,), (1,), ("message",), (None,), ((1, 2),)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e), e.code, e.args)
attempt(sys.exit, 1, 2)
try:
    exit(3)
except SystemExit as e:
    print("exit builtin", e.code)
print(repr(exit))
sys.stdout.flush()
sys.exit("final message to stderr")
