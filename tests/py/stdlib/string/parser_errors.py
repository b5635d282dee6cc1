# the format-string parser used by string.Formatter
import _string

for s in ["a{{b", "a}}b", "{", "}", "x{0}y", "{0!r:>{w}}", "{a.b[c]}", "{!r}", "{:}", "{0!}",
          "{0!rr}", "{0!r", "{0:{", "{0[}", "{0:}}", "a{}", "{0]}", "", "{ab", "{a[}b]}", "{{}}"]:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for name in ["0", "a.b[0][x]", "", "a[", "a.", "0.x", "a[1]b", "a..b", "[0]", "a[]"]:
    try:
        first, rest = _string.formatter_field_name_split(name)
        print(repr(name), repr(first), list(rest))
    except ValueError as e:
        print(repr(name), "ValueError", e)
