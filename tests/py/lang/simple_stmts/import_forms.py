import sys
import sys as system
from sys import maxsize as big, getrecursionlimit
print(system is sys, big == sys.maxsize, getrecursionlimit())
import builtins
print(builtins.len("abc"), type(builtins).__name__)
def local_import():
    import sys as s
    return s.version_info[:2] >= (3, 0)
print(local_import())
print("sys" in sys.modules, __name__)
