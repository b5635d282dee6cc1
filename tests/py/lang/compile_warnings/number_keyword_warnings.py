# A number directly followed by a keyword (and, else, for, if, in, is, not, or) is accepted with
# "SyntaxWarning: invalid <kind> literal", printed once per literal before the program runs;
# a warnings filter set to "error" makes it a SyntaxError with the same text.
import warnings

x = [0x1for x in (1, 2)]
print(x, 1if 1 else 2, 1_0if 0else 3, 0b1or 2, 0o7and 5, 1.5and 3, 1e3in [1.0], 1jif 1 else 2)
print(7 if 1else 8, 3not in [3])


def f(v):
    return v if 0else 2


print(f(1), f(2))
warnings.simplefilter("error")
try:
    compile("y = 1if 1 else 2", "<text>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.text)
