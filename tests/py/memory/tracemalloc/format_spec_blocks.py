# The blocks int.__format__ and float.__format__ take, as tracemalloc's peak sees them, through
# format(), an f-string's {x:spec} and a direct call: their writer has no minimum and does not
# overallocate, so its buffer becomes the result; an exact int's digits are written with
# long_to_decimal_string's scratch int, a float's from PyOS_double_to_string's buffer (the result
# made while it is alive); padded, signed or grouped, _PyLong_Format's str (or a str of the
# float's digits) lives while the result is written; an int with a float presentation type is
# converted by PyNumber_Float first (an int subclass's __float__ is called). A str.format spec
# with fields of its own is built by build_string with a writer of its own (its minimum is the
# whole format's length + 100), as a str that lives while the field is formatted.
import tracemalloc


class Money(float):
    pass


class Count(int):
    floats = 0

    def __float__(self):
        Count.floats += 1
        return 7.25


n = 1234567
x = 3.14159
cases = [
    ("format int width", lambda: format(n, ">12")),
    ("format int plain d", lambda: format(n, "d")),
    ("format int hex", lambda: format(255, "x")),
    ("format int #X", lambda: format(255, "#X")),
    ("format int group", lambda: format(n, ",")),
    ("format int zero", lambda: format(42, "08d")),
    ("format int sign", lambda: format(5, "+d")),
    ("format int big", lambda: format(10**40, "d")),
    ("format int big w", lambda: format(10**40, ">50")),
    ("format int as f", lambda: format(n, ".2f")),
    ("format float f", lambda: format(x, ".2f")),
    ("format float w", lambda: format(x, "10.2f")),
    ("format float e", lambda: format(x, "+.3e")),
    ("format float %", lambda: format(0.256, ".1%")),
    ("format float g", lambda: format(x, "g")),
    ("format float grp", lambda: format(1234567.891, ",.2f")),
    ("fstr float", lambda: f"{x:.2f}"),
    ("fstr int w", lambda: f"{n:>8}"),
    ("fstr int x", lambda: f"{n:x}"),
    ("fstr mixed", lambda: f"v={x:.3f} n={n:,}"),
    ("fstr nested", lambda: f"{x:{10}.{3}f}"),
    ("fstr bool", lambda: f"{True:>6}"),
    ("sub float", lambda: format(Money(2.5), ".2f")),
    ("sub int", lambda: format(Count(7), ">4")),
    ("int __format__", lambda: (12).__format__("04")),
    ("float __format__", lambda: (1.5).__format__("e")),
    ("sub int as f", lambda: format(Count(3), ".1f")),
    ("nested float", lambda: "{:{w}.{p}f}".format(x, w=10, p=3)),
    ("nested float pos", lambda: "[{0:{1}.{2}f}]".format(x, 12, 4)),
    ("nested int", lambda: "{:>{}}".format(n, 8)),
    ("nested str", lambda: "{:{}}|".format("abc", 9)),
    ("nested spec str", lambda: "{:{}}".format("abc", ">7")),
    ("nested custom", lambda: "{0:{1}}".format(Money(2.5), "^9.2f")),
    ("nested then field", lambda: "{:{}}{}".format("abc", 9, "abc")),
]
for label, make in cases:
    make()
    tracemalloc.start()
    result = make()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:18} {result!r:.40} {current} {peak}")
print("Count.__float__ calls:", Count.floats)
