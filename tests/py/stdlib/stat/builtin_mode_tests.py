# stat's mode tests come from the built-in _stat module, as in CPython: built-in functions with
# _PyLong_AsMode_t's argument errors, the same constants, filemode letters for every file type.
import stat, _stat, sys
print(stat.S_ISDIR, stat.S_ISDIR.__module__, stat.S_IMODE, stat.filemode, stat.S_IFMT)
print("_stat" in sys.builtin_module_names)
print(sorted(n for n in dir(_stat) if not n.startswith("__")))
class I:
    def __repr__(self): return "I()"
    def __index__(self): return 0o040000
class J(int): pass
for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISDOOR, stat.S_IMODE, stat.S_IFMT, stat.filemode):
    for bad in ['a', -1, 2**32, 2**64-1, 2**64, -2**70, 1.5, True, None, I(), J(0o040755), 0o120777, 0o100644, 0o140000, 0o010000, 0o020000, 0o060000, 0o177777, 0o107777, 0o106666, 0]:
        try: print(f.__name__, repr(bad), f(bad))
        except Exception as e: print(f.__name__, repr(bad), type(e).__name__, e)
for call in (lambda: stat.S_ISDIR(), lambda: stat.S_ISDIR(1, 2), lambda: stat.S_ISDIR(mode=1), lambda: stat.filemode(), lambda: stat.S_IMODE(m=3)):
    try: call()
    except TypeError as e: print("TypeError", e)
print(stat.S_IFDIR, stat.UF_HIDDEN, stat.SF_SNAPSHOT, stat.ST_CTIME, stat.FILE_ATTRIBUTE_DIRECTORY, stat.S_ENFMT)
print(_stat.S_IFDIR, _stat.S_IRWXU)
