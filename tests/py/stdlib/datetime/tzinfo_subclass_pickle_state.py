# A tzinfo subclass pickles (and copies) with _PyObject_GetState's state, as tzinfo.__reduce__
# in C: its __getstate__ if it has one, else the __dict__ and the __slots__ values, so a subclass
# keeping its offset in slots keeps it (it came back with None offset and name).
import pickle, copy
from datetime import tzinfo, timedelta, datetime
class FixedOffset(tzinfo):
    def __init__(self, offset=None, name=None):
        self.__offset = offset
        self.__name = name
    def utcoffset(self, dt): return self.__offset
    def tzname(self, dt): return self.__name
    def dst(self, dt): return timedelta(0)
class Slotted(FixedOffset):
    __slots__ = '_FixedOffset__offset', '_FixedOffset__name', 'spam'
for cls in (FixedOffset, Slotted):
    o = cls(timedelta(hours=-5), "EST")
    print(o.__reduce_ex__(2)[0].__name__ if hasattr(o.__reduce_ex__(2)[0], "__name__") else o.__reduce_ex__(2)[0], o.__reduce_ex__(2)[1:])
    for proto in range(0, 6):
        d = pickle.loads(pickle.dumps(o, proto))
        print(cls.__name__, proto, type(d).__name__, d.utcoffset(None), d.tzname(None), hasattr(d, "spam"))
    c = copy.deepcopy(o)
    print(c.utcoffset(None), c.tzname(None))
    dt = datetime(2020, 1, 1, tzinfo=o)
    d2 = pickle.loads(pickle.dumps(dt))
    print(d2, d2.tzname())
class WithState(FixedOffset):
    def __getstate__(self):
        print("getstate called")
        return {"_FixedOffset__offset": timedelta(hours=1), "_FixedOffset__name": "custom"}
w = pickle.loads(pickle.dumps(WithState(timedelta(0), "x")))
print(w.utcoffset(None), w.tzname(None))
class Empty(tzinfo):
    pass
print(Empty().__reduce__(), tzinfo().__reduce__())
e = Empty(); e.x = 1
print(e.__reduce__()[1:], pickle.loads(pickle.dumps(e)).x)
