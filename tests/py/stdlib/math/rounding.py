import math

class F:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"

class OnlyFloat:
    def __float__(self):
        return 2.5

class Idx:
    def __index__(self):
        return 7

for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1e20, 0.999999, 3, -3, True, 2 ** 70, 1.5e300]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x))
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()), math.floor(Idx()), math.ceil(Idx()))
print(type(math.floor(2.0)).__name__, type(math.ceil(True)).__name__, math.floor(True))
for bad in [math.inf, -math.inf, math.nan]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
for f in (math.floor, math.ceil, math.trunc):
    try:
        f("3")
    except TypeError as e:
        print("TypeError", e)
try:
    math.trunc(OnlyFloat())
except TypeError as e:
    print("TypeError", e)
