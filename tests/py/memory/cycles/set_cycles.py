# Sets cannot hold lists, but they can hold instances that refer back to the set.
import gc


class M:
    __slots__ = ("owner",)

    def __hash__(self):
        return 0


gc.collect()
s = set()
for _ in range(3):
    m = M()
    m.owner = s
    s.add(m)
del s, m
print("set <-> members:", gc.collect())
fs_holder = []
fs = frozenset([M()])
next(iter(fs)).owner = fs_holder
fs_holder.append(fs)
del fs, fs_holder
print("frozenset cycle:", gc.collect())
