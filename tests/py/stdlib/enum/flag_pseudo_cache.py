# pseudo-members made by value lookup are cached in _value2member_map_, unknown bits included
from enum import IntFlag, Flag, KEEP, CONFORM
class Num(IntFlag):
    ONE = 1
    TWO = 2
a = Num(4); print(Num._value2member_map_)
b = Num(5); print(Num._value2member_map_, Num(5) is b)
c = Num(-1); print(Num._value2member_map_)
class K(Flag, boundary=KEEP):
    A = 1
    B = 2
K(12); K(5); print(K._value2member_map_)
class C(Flag, boundary=CONFORM):
    A = 1
C(6); print(C._value2member_map_)
