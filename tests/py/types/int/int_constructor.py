# int(x): floats truncate, objects convert through __int__, __index__ and __trunc__.
for x in (0.0, -0.0, 1.9, -1.9, 1e20, -1e300, 2.5, 123456789.987, 2.0**53 + 2):
    print(x, int(x))
for x in (float("inf"), float("-inf"), float("nan")):
    try:
        int(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

class WithInt:
    def __int__(self):
        return 42

class WithIndex:
    def __index__(self):
        return 7

class BadInt:
    def __int__(self):
        return "x"

print(int(WithInt()), int(WithIndex()), int(True), int(), int("  -3  "))
for bad in (BadInt(), [], None, object()):
    try:
        int(bad)
    except TypeError as e:
        print(e)
print(int(WithIndex()) + 1, [10, 20, 30][WithIndex() if False else 1], bin(WithIndex()))
