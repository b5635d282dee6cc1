# IntFlag: int arithmetic, KEEP boundary for unknown bits, reprs
from enum import IntFlag


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


print(Mode.R | Mode.W, repr(Mode.R | Mode.W), Mode(7), repr(Mode(8)), repr(Mode(9)))
print(Mode.R + 1, repr(~Mode.R), str(Mode.R), Mode.R | 8, repr(Mode.X | 8), Mode(0), repr(Mode(0)))
print(Mode.R & 6, Mode.R == 4, isinstance(Mode.R, int), int(Mode.W | Mode.X), list(Mode(7)))
print(f"{Mode.W}", format(Mode.W | Mode.R, "b"), Mode(6).name, Mode.W in Mode(6), sorted(Mode))
print(Mode._boundary_, len(Mode(5)), bool(Mode(0)))
