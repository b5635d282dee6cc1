# Objects of different sizes come from different size classes and do not share blocks.
class Small:
    __slots__ = ()


class Big:
    __slots__ = ("a", "b", "c", "d", "e", "f", "g", "h")


s = Small()
sid = id(s)
del s
b = Big()
print("different size class not reused:", id(b) != sid)
del b
s2 = Small()
print("same size class reused:", id(s2) == sid)
