def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(format(3.14159, ".2f"), format(42, "08b"), format("hi", "^6"), format(1234567, ","), format(0.25, "%"), format(5), format("x"))
class F:
    def __format__(self, spec): return "F<" + spec + ">"
print(format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()))
attempt(format, 1, 2)
attempt(format, object(), "x")
attempt(format)
class Bad:
    def __format__(self, spec): return 1
attempt(format, Bad())
print(format(object.__new__(object), "") .startswith("<object"))
