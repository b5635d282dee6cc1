# The script's constant tuples are made by the compiler just before the first line: they sit in
# generation 0, so the first automatic (generation-0) collection untracks the atomic ones, as it
# does a tuple built at run time; a tuple holding a list stays tracked.
import gc


def pair():
    return (3, 4)


print(gc.get_count()[0] > 0, gc.is_tracked((1, 2)), gc.is_tracked(pair()), gc.is_tracked((5, [])))
print(gc.is_tracked(pair.__code__.co_consts), gc.is_tracked(((1, 2), ("a", None))))
built = tuple([7, 8])
before = gc.get_stats()[0]["collections"]
junk = [[] for _ in range(800)]
print(gc.get_stats()[0]["collections"] > before)
print(gc.is_tracked((1, 2)), gc.is_tracked(pair()), gc.is_tracked(built))
print(gc.is_tracked(pair.__code__.co_consts), gc.is_tracked(((1, 2), ("a", None))))
print(gc.is_tracked((5, [])))
