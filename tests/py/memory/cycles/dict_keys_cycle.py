# A cycle through dict keys (instances as keys).
import gc


class K:
    __slots__ = ("d",)

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self is other


gc.collect()
d = {}
k = K()
k.d = d
d[k] = None
del d, k
print("key -> dict -> key:", gc.collect())
