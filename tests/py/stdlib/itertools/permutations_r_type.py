# permutations(iterable, r) takes r only as an int (PyLong_Check): "Expected int as r" otherwise,
# even for an object with __index__; None means the full length.
import itertools
class Two:
    def __index__(self):
        return 2
print(list(itertools.permutations("abc", True)), list(itertools.permutations("ab", None)), list(itertools.permutations("ab", 5)))
for r in ["a", 1.5, Two(), 2**70, -1, [2]]:
    try:
        print(list(itertools.permutations("abc", r)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(list(itertools.combinations("abc", Two())), list(itertools.product("ab", repeat=Two())))
