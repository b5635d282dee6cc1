# Flag: composition, iteration, containment, inversion, reprs as 3.11 prints them
from enum import Flag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm(0), repr(Perm(0)), list(Perm.R | Perm.X), Perm.R in rw)
print(~Perm.R, repr(~Perm.R), bool(Perm(0)), len(rw), rw & Perm.W, rw ^ Perm.R, rw.name, Perm(0).name)
print(list(Perm), Perm._member_map_.keys(), Perm(7), repr(Perm(7)), ~Perm(7), ~Perm(0))
print(Perm.R.value, Perm.X.value, repr(Perm), Perm(3) is rw)
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)
try:
    1 in rw
except TypeError as e:
    print("TypeError", e)


class Access(Flag):
    READ = 4
    WRITE = 2
    EXEC = 1
    RW = 6
    ALL = 7


print(list(Access), Access.RW, repr(Access(3)), Access.ALL, [m.name for m in Access.ALL])
print(Access.__members__.keys(), Access.RW in Access.ALL, Access(0))
