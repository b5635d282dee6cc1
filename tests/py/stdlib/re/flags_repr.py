# RegexFlag: values, reprs and combinations
import re

print(re.I, re.IGNORECASE, repr(re.I), str(re.M), int(re.S))
print(repr(re.I | re.M), repr(re.M | re.I), repr(re.A | re.X | re.S))
print(repr(re.NOFLAG), repr(re.RegexFlag(0)), repr(re.RegexFlag(2)))
print(repr(re.I | 1024), repr(re.RegexFlag(4096)))
print(re.U, re.L, re.T, re.DEBUG, re.TEMPLATE)
print(re.I.value, re.I.name, (re.I | re.M).name, re.RegexFlag.MULTILINE)
print(re.I | re.M == 10, isinstance(re.I, int), re.I & re.M, re.I ^ re.I)
print(type(re.I | re.M).__name__, re.RegexFlag.__name__)
print([f.name for f in re.RegexFlag])
print(re.RegexFlag.A is re.ASCII, re.X is re.VERBOSE)
print(re.compile("a", re.I | re.M).flags, re.compile(b"a").flags, re.compile("a").flags)
print(sorted(re.__all__))
print(re.__version__)
F = re.RegexFlag
print(list(F), len(F), list(F.__members__)[:5], len(F.__members__), type(F.__members__).__name__)
print(repr(F), str(F), F.__name__, F.__qualname__, F.__module__)
print(repr(~re.I), repr(~re.NOFLAG), repr(re.I | 4096), repr(F(4096)), repr(F(2 | 4096)), repr(F(0)))
print(f"{re.I}", format(re.I | re.M, "d"), "%d %s %r" % (re.I, re.I, re.I), f"{re.M:>6}", "{}".format(re.X))
print((re.I | re.M).name, F(4096).name, F(0).name, (re.I | 1024).value, int(~re.I), int(~re.NOFLAG))
print(re.I | re.M is re.I | re.M, F(10) is re.I | re.M, F(2) is re.I, F["IGNORECASE"] is re.I, F.I is re.I)
print(type(re.I & 3).__name__, re.I & 3, type(3 & re.I).__name__, type(re.I ^ re.M).__name__, type(re.I + 1).__name__)
print(re.I in (re.I | re.M), re.S in (re.I | re.M), list(re.I | re.M), len(re.I | re.M), len(F(2 | 4096)))
print(hash(re.I) == hash(2), re.I == 2, bool(re.NOFLAG), int(re.I | re.M), repr(F(-1000)), repr(F(-3)))
print(repr(re.I & 0), repr(re.I & re.M), repr(re.I ^ re.I), repr(re.I | re.I), re.I.__reduce_ex__(4))
for bad in [lambda: F("x"), lambda: 2 in re.I, lambda: re.I | "x", lambda: F["nope"]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
import copy
print(copy.copy(re.I) is re.I, copy.deepcopy(re.I | re.M) is re.I | re.M)
