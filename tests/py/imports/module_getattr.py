import lazy_mod
print(lazy_mod.real, lazy_mod.virtual_thing)
from lazy_mod import other_virtual
print(other_virtual)
print(dir(lazy_mod))
