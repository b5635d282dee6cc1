# sys.stdlib_module_names is the release's list of standard-library modules, importable here or not.
import sys

names = sys.stdlib_module_names
print(type(names).__name__, len(names))
print(sorted(names)[:5], sorted(names)[-5:])
for name in ("os", "sqlite3", "tkinter", "json", "_json", "numpy", "heapstack"):
    print(name, name in names)
