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
