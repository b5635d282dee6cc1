# The blocks printf-style formatting (str % args, CPython's PyUnicode_Format) takes, as
# tracemalloc's peak sees them: a writer buffer of at least len(format) + 100 characters,
# overallocated until the last piece; ints written straight into it (with long_to_decimal_string's
# scratch int) unless a width, precision or sign asks for _PyUnicode_FormatLong's temporary strs;
# floats written from PyOS_double_to_string's buffer, or made into a str first; a str that is the
# only piece (or a float alone) becomes the result without a buffer.
import tracemalloc


class Money:
    def __str__(self):
        return "12.50 EUR"

    def __repr__(self):
        return "Money('12.50')"


name = "widget"
wide = "h\u00e9llo \u20ac"
money = Money()
cases = [
    ("plain int", lambda: "count=%d" % 42),
    ("int last", lambda: "%d items" % 1234567),
    ("s of int", lambda: "%s" % 99),
    ("s of str only", lambda: "%s" % name),
    ("two strs", lambda: "%s and %s" % (name, name)),
    ("repr", lambda: "obj=%r" % (money,)),
    ("str obj", lambda: "price: %s!" % money),
    ("width int", lambda: "[%8d]" % 42),
    ("zero pad", lambda: "%05d" % 42),
    ("sign", lambda: "%+d" % 42),
    ("hex", lambda: "%x-%X-%#o" % (255, 255, 8)),
    ("float default", lambda: "%f" % 3.14159),
    ("float prec", lambda: "%.2f" % 3.14159),
    ("float wide", lambda: "%10.3f|" % 2.5),
    ("exp", lambda: "%e %g %G" % (12345.678, 0.0001234, 1e20)),
    ("big int", lambda: "%d" % (10 ** 40)),
    ("big float", lambda: "%.1f" % 1e22),
    ("char", lambda: "%c%c" % (65, "z")),
    ("dict", lambda: "%(a)s=%(b)d" % {"a": name, "b": 7}),
    ("percent", lambda: "100%% of %s" % name),
    ("no conversion", lambda: "just text" % ()),
    ("non ascii", lambda: "%s: %s" % (wide, name)),
    ("long literal", lambda: ("x" * 300 + " %d") % 5),
    ("many", lambda: " ".join("%d:%s" % (i, name) for i in range(20))),
    ("precision str", lambda: "%.3s|%-8s|" % (name, name)),
    ("int sub", lambda: "%d %s" % (True, False)),
    ("neg", lambda: "%d|%5d|%-5d|" % (-42, -42, -42)),
    ("hexprec", lambda: "%.6x %#.6x %#X %#x" % (255, 255, -255, 0)),
    ("octneg", lambda: "%o %#o" % (-8, -8)),
    ("dprec", lambda: "%.5d %+.3d % d" % (42, 7, 9)),
    ("bigx", lambda: "%x %X" % (2**100, -2**100)),
    ("bigd", lambda: "%30d %+d" % (3**50, 3**60)),
    ("floats", lambda: "%+.3e % .2f %-9.1f| %08.2f" % (1234.5, 2.0, -3.25, 3.14159)),
    ("nan", lambda: "%f %F %.1f" % (float("nan"), float("inf"), -0.0)),
    ("g", lambda: "%g %.10g %#g %.0e" % (0.5, 1 / 3, 2.0, 5e300)),
    ("unicode fmt", lambda: "\u00e9t\u00e9: %s \u2192 %d" % (name, 5)),
    ("astral", lambda: "\U0001f600 %s" % name),
    ("a", lambda: "%a %a" % ("\u00e9", name)),
    ("pad str", lambda: "%-10s|%10s|%.2s" % (name, "\u20ac\u20ac", name)),
    ("star", lambda: "%*d|%-*.*f" % (6, 42, 8, 2, 3.14159)),
    ("float only", lambda: "%.3f" % 2.5),
    ("g only", lambda: "%g" % 1e-7),
    ("d last big", lambda: "value: %d" % (10**25)),
    ("c wide", lambda: "%5c|%c" % ("x", 0x20ac)),
]
for label, make in cases:
    make()  # once untraced, as a program's second use finds free lists and caches
    tracemalloc.start()
    result = make()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:16} {result!r:.50} {current} {peak}")
plain = "plain"
print(("%s" % name) is name, (plain % ()) is plain)
