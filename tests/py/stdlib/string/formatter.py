# string.Formatter: format, vformat, parse, get_field, conversions
import string

f = string.Formatter()
print(f.format("{0} {1!r} {name:>5} {x[0]} {y.real}", 1, "a", name="nm", x=[9], y=3j))
print(f.format("{} {}", "a", "b"), f.vformat("{a:{w}}", (), {"a": 3, "w": 4}))
print(f.format("{0:{1}.{2}f}", 3.14159, 8, 2), f.format("{:*^9}", "mid"), f.format("{!a}", "é"))
for bad in ("{} {0}", "{0} {}", "{0!x}", "{", "}", "{0:{1:{2}}}"):
    try:
        print(repr(f.format(bad, 1, 2, 3)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print(list(f.parse("a{0}b{{c}}{d!s:>3}")), list(f.parse("")))
print(f.get_field("a.b", (), {"a": type("O", (), {"b": 5})}), f.get_value(1, (7, 8), {}))
print(f.convert_field("x", "r"), f.convert_field(5, None), f.format_field(3.5, ".3f"))


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "?")
        return super().get_value(key, args, kwargs)


print(Defaulting().format("{a} {b} {0}", 7, a=1))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f"unused {sorted(unused)}")


try:
    Strict().format("{a}", a=1, b=2)
except ValueError as e:
    print("ValueError", e)
