# Formatting creates new strings; the formatted objects are not retained.
import sys


class F:
    def __format__(self, spec):
        return "F" + spec

    def __repr__(self):
        return "F()"


f = F()
base = sys.getrefcount(f)
s1 = f"{f}"
s2 = "{}".format(f)
s3 = "%r" % (f,)
s4 = f"{f!r:>10}"
print(s1, s2, s3, s4.strip())
print("no references retained:", sys.getrefcount(f) - base)
