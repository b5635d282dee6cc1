# Struct sequences (os.stat_result, time.struct_time, sys.float_info...): sizes count the visible
# items, the hidden fields are attributes only, native results are untracked, Python-made ones
# tracked, and the constructor's checks and messages.
import gc
import os
import pickle
import sys
import time

st = os.stat(__file__)
lt = time.localtime(0)
made = os.stat_result(tuple(range(10)))
for name, o in [("stat", st), ("localtime", lt), ("gmtime", time.gmtime(0)), ("made", made),
                ("made19", os.stat_result(tuple(range(19)))), ("struct_time", time.struct_time(tuple(range(9)))),
                ("float_info", sys.float_info), ("version_info", sys.version_info)]:
    t = type(o)
    print(name, t.__name__, t.__module__, sys.getsizeof(o), o.__sizeof__(), gc.is_tracked(o),
          hasattr(o, "__dict__"), len(o), t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, t.__match_args__)

print(made)
print(made.st_atime, made.st_mtime, made.st_ctime, made.st_atime_ns, made.st_blksize)
s16 = os.stat_result(tuple(range(16)))
print(s16.st_atime, s16.st_atime_ns, s16.st_blocks, s16[7], s16[9])
print(s16.__reduce__())
print(time.struct_time(tuple(range(9))).__reduce__())
with_dict = os.stat_result(tuple(range(10)), {"st_atime": 3.5, "st_blksize": 7, "other": 1})
print(with_dict, with_dict.st_atime, with_dict.st_blksize, with_dict.st_rdev)
print(repr(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, "UTC", 0))))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, "UTC", 0)).tm_zone)
print(os.stat_result(sequence=range(10), dict={})[:3])
for bad in [lambda: os.stat_result((1, 2)), lambda: os.stat_result(tuple(range(20))), lambda: os.stat_result(5),
            lambda: os.stat_result(tuple(range(10)), 5), lambda: os.stat_result(tuple(range(10)), None),
            lambda: time.struct_time(tuple(range(12))), lambda: type(sys.version_info)((1, 2, 3, 4, 5)),
            lambda: type(sys.flags)()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for attempt in ["made.st_mode = 5", "del made.st_atime", "made.other = 1",
                "class S(os.stat_result): pass", "class T(time.struct_time): pass"]:
    try:
        exec(attempt)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(isinstance(st, tuple), st == tuple(st), hash(made) == hash(tuple(made)))
print(pickle.loads(pickle.dumps(with_dict)) == with_dict, pickle.loads(pickle.dumps(with_dict)).st_atime)
print(type(os.stat_result.st_mode).__name__, os.stat_result.st_mode.__doc__, time.struct_time.tm_zone.__doc__)
print(sorted(k for k in vars(os.stat_result) if not k.startswith("__")))
print(st.st_mtime == st.st_mtime_ns / 1e9 or abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-6,
      st.st_mtime_ns // 10**9 == st[8])



def allocations(make, n):
    gc.collect()
    before = gc.get_count()[0]
    kept = [make() for _ in range(n)]
    return gc.get_count()[0] - before


# per call (the first call's one-time allocations differ: not compared)
print("os.stat:", allocations(lambda: os.stat(__file__), 50) - allocations(lambda: os.stat(__file__), 2))
print("time.localtime:", allocations(lambda: time.localtime(0), 50) - allocations(lambda: time.localtime(0), 2))
print("os.stat_result():", allocations(lambda: os.stat_result(range(10)), 50) - allocations(lambda: os.stat_result(range(10)), 2))

for o in [os.times(), os.uname(), os.terminal_size((80, 24)), sys.get_asyncgen_hooks(), sys.int_info]:
    print(type(o).__module__, type(o).__name__, sys.getsizeof(o), gc.is_tracked(o), hasattr(o, "__dict__"),
          type(o).n_fields, type(o).__match_args__, o.__reduce__()[1][1] if len(o.__reduce__()[1]) > 1 else None)
print(os.terminal_size((3, 4)), os.terminal_size((3, 4)).__reduce__())
print(type(os.times().user).__name__, len(os.uname()), os.uname().sysname == os.uname()[0])
