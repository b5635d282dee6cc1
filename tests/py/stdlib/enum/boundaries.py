# Flag boundaries: STRICT, CONFORM, EJECT, KEEP
from enum import CONFORM, EJECT, KEEP, STRICT, Flag, IntFlag, FlagBoundary


class S(Flag):
    A = 1
    B = 2


print(S._boundary_, FlagBoundary.STRICT, repr(KEEP), list(FlagBoundary))
try:
    S(4)
except ValueError as e:
    print("ValueError", e)


class K(IntFlag):
    A = 1
    B = 2


print(repr(K(5)), K(5), K(-1), repr(K(-1)))
print(STRICT is FlagBoundary.STRICT, CONFORM.value, EJECT == "eject")
