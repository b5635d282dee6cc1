# A constant tuple folded again in a later function (a duplicate of one the compiler already
# has) is an object of its own in CPython's parse arena, holding the duplicate of its nested
# tuple that its own fold made, not the shared (4, 5): only the code's objects count.
import sys


def third():
    return ((4, 5), "other")


def fourth():
    return ((4, 5), "other"), 2


def fifth():
    return (((6, 7), "deep"), 3), ((6, 7), "deep")


pair = third()[0]
print(sys.getrefcount(pair), sys.getrefcount(third()), sys.getrefcount(fourth()[0]))
deep = fifth()[1]
print(sys.getrefcount(deep), sys.getrefcount(deep[0]), sys.getrefcount(fifth()[0]))
print(fourth()[0] is third(), fifth()[0][0] is deep)
