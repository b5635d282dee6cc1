# What a call holds while its callee runs, as tracemalloc's peak sees it. A class without
# vectorcall is called through _PyObject_MakeTpCall: a tuple of the positional arguments and a
# dict of the keyword ones, both alive until the call returns. slot_tp_init, slot_tp_new and
# slot_tp_call call the Python method through _PyObject_Call_Prepend: its array of self and the
# arguments is a PyMem block over 5 slots, and keywords are unpacked into a new array (one slot
# more) and a tuple of names (_PyStack_UnpackDict), as f(*t, **d) does. dict.__init__,
# dict.update and OrderedDict merge the keyword dict itself (its keys cloned into an empty dict),
# where dict(a=1) inserts the keywords one by one into a block of its own.
import tracemalloc
from collections import Counter, OrderedDict, defaultdict, namedtuple


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


class Wide:
    def __init__(self, a, b, c, d, e, f=0):
        self.a = a


class OwnNew:
    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)


class BothMethods:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        self.kwargs = kwargs


class Record(dict):
    pass


class Callable:
    def __call__(self, *args, **kwargs):
        return 1


Pair = namedtuple("Pair", "a b")


def anything(*args, **kwargs):
    return None


mapping = {"a": 1, "b": 2}
pair = (1, 2)
callable_instance = Callable()

cases = {
    "Point(1, 2)": lambda: Point(1, 2),
    "Point(x=1, y=2)": lambda: Point(x=1, y=2),
    "Point(1, y=2)": lambda: Point(1, y=2),
    "Wide(1, 2, 3, 4, 5)": lambda: Wide(1, 2, 3, 4, 5),
    "Wide(1, 2, 3, 4, e=5)": lambda: Wide(1, 2, 3, 4, e=5),
    "OwnNew(1, z=2)": lambda: OwnNew(1, z=2),
    "BothMethods(1, z=3)": lambda: BothMethods(1, z=3),
    "Pair(a=1, b=2)": lambda: Pair(a=1, b=2),
    "anything(*pair, **mapping)": lambda: anything(*pair, **mapping),
    "Record(a=1, b=2)": lambda: Record(a=1, b=2),
    "Record({'a': 1})": lambda: Record({"a": 1}),
    "dict(a=1, b=2)": lambda: dict(a=1, b=2),
    "OrderedDict(a=1, b=2)": lambda: OrderedDict(a=1, b=2),
    "defaultdict(int, a=1)": lambda: defaultdict(int, a=1),
    "Counter(a=1, b=2)": lambda: Counter(a=1, b=2),
    "callable_instance(1, k=2)": lambda: callable_instance(1, k=2),
    "callable_instance(1, 2, 3, 4, 5)": lambda: callable_instance(1, 2, 3, 4, 5),
    "dict(a=1, ..., g=7)": lambda: dict(a=1, b=2, c=3, d=4, e=5, f=6, g=7),
    "Record(a=1, ..., g=7)": lambda: Record(a=1, b=2, c=3, d=4, e=5, f=6, g=7),
}

for label, make in cases.items():
    make()  # once untraced, so free lists and caches are as a program's second call finds them
    tracemalloc.start()
    result = make()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    print(f"{label:36} current {current:5}  peak {peak:5}")
