# The 4300-digit limit on int <-> str conversion (CVE-2020-10735, CPython 3.11): defaults,
# sys.flags, sys.set_int_max_str_digits / get_int_max_str_digits, the exact messages, the
# threshold, and what stays unlimited (hex/oct/bin, powers of two bases, repr of the limit).
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r if not isinstance(r, str) or len(r) < 60 else len(r))
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)


print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
attempt("str 4300", lambda: len(str(10**4299)))
attempt("str 4301", lambda: str(10**4300))
attempt("repr", lambda: repr(-(10**5000)))
attempt("f-string", lambda: f"{10**5000}")
attempt("format d", lambda: format(10**5000, "d"))
attempt("%d", lambda: "%d" % 10**5000)
attempt("int 4300", lambda: int("7" * 4300) % 1000)
attempt("int 4301", lambda: int("7" * 4301))
attempt("int underscores", lambda: int("1_" * 4300 + "1"))
attempt("int spaces", lambda: int("  " + "9" * 4301 + "  "))
attempt("int base 16", lambda: int("f" * 5000, 16) % 7)
attempt("int base 10 explicit", lambda: int("1" * 5000, 10))
attempt("int base 0", lambda: int("1" * 5000, 0))
attempt("int base 36", lambda: int("z" * 5000, 36))
attempt("hex", lambda: len(hex(10**5000)))
attempt("bin", lambda: len(bin(10**5000)))
attempt("float", lambda: float("1" * 5000))
attempt("decimal-ish bytes", lambda: int(b"1" * 5000))
attempt("set bad", lambda: sys.set_int_max_str_digits(1))
attempt("set 639", lambda: sys.set_int_max_str_digits(639))
attempt("set neg", lambda: sys.set_int_max_str_digits(-1))
attempt("set str", lambda: sys.set_int_max_str_digits("5000"))
attempt("set kw", lambda: sys.set_int_max_str_digits(maxdigits=640))
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
attempt("str 640", lambda: len(str(10**639)))
attempt("str 641", lambda: str(10**640))
attempt("int 641", lambda: int("1" * 641))
attempt("set 0", lambda: sys.set_int_max_str_digits(0))
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
attempt("unlimited", lambda: len(str(10**20000)))
attempt("unlimited int", lambda: int("3" * 20000) % 10)
sys.set_int_max_str_digits(4300)
attempt("back", lambda: str(10**4300))
