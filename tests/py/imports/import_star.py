from star_all import *
print(public, _exported_private, "not_listed" in dir())
from star_noall import *
print(visible, func(), "_hidden" in dir())
def check():
    ns = {}
    exec("from star_noall import *", ns)
    return sorted(k for k in ns if k != "__builtins__")
print(check())
