# The blocks str.format takes, as tracemalloc's peak sees them (build_string's _PyUnicodeWriter,
# at least len(format) + 100 characters, overallocated until the last piece): an exact str, int
# or float is formatted straight into the writer (an int's digits with long_to_decimal_string's
# scratch int; a float's from PyOS_double_to_string's buffer, or a str of them when padded; an
# int's _PyLong_Format str when padded, signed or grouped), another object's __format__ result
# is written whole, and a str that is the only piece becomes the result itself.
import tracemalloc


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        return f"({self.x}, {self.y})"

    def __repr__(self):
        return "Point(1, 2)"


name = "widget"
n = 1234567
x = 3.14159
p = Point(1, 2)
cases = [
    ("positional", lambda: "{} {}".format(name, n)),
    ("keywords", lambda: "{a}-{b}".format(a=name, b=n)),
    ("indexed", lambda: "{0}{1}{0}".format(name, n)),
    ("only str", lambda: "{}".format(name)),
    ("only int", lambda: "{}".format(n)),
    ("only float", lambda: "{}".format(x)),
    ("float spec", lambda: "{:.3f}".format(x)),
    ("float spec mid", lambda: "x = {:.3f} m".format(x)),
    ("float width", lambda: "[{:10.2f}]".format(x)),
    ("float pct", lambda: "{:.1%} done".format(0.256)),
    ("float sign", lambda: "{:+.2e}".format(x)),
    ("float group", lambda: "{:,.2f}".format(1234567.891)),
    ("int width", lambda: "{:>12}|".format(n)),
    ("int zero", lambda: "{:08d}".format(42)),
    ("int group", lambda: "{:,}".format(n)),
    ("int hex", lambda: "{:x} {:#X} {:#b} {:o}".format(255, 255, 5, 8)),
    ("int sign", lambda: "{:+d} {: d}".format(5, -5)),
    ("int neg width", lambda: "{:>8}".format(-42)),
    ("int big", lambda: "{}".format(10**40)),
    ("str width", lambda: "[{:^20}]".format(name)),
    ("str trunc", lambda: "{:.3}".format(name)),
    ("conversion", lambda: "{!r} {!s}".format(name, p)),
    ("custom", lambda: "at {}".format(p)),
    ("custom only", lambda: "{}".format(p)),
    ("attr", lambda: "{0.x},{0.y}".format(p)),
    ("item", lambda: "{0[1]} {1[k]}".format([1, 2], {"k": name})),
    ("escapes", lambda: "{{{}}}".format(name)),
    ("unicode", lambda: "\u00e9t\u00e9 {} \u2192 {}".format(name, n)),
    ("long format", lambda: ("-" * 200 + "{}").format(n)),
    ("format_map", lambda: "{a} {b}".format_map({"a": name, "b": n})),
    ("bool", lambda: "{} {}".format(True, None)),
]
for label, make in cases:
    make()  # once untraced, as a program's second use finds free lists and caches
    tracemalloc.start()
    result = make()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:16} {result!r:.40} {current} {peak}")
