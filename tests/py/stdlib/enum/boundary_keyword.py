# a Flag created with the boundary= class keyword
from enum import CONFORM, EJECT, Flag


class C(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(C(7), C._boundary_)


class E(Flag, boundary=EJECT):
    A = 1


print(E(5), type(E(5)).__name__)
