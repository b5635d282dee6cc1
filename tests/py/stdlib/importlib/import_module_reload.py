# importlib.import_module (absolute, relative, errors) and importlib.reload of a module
# written by the program itself.
import importlib
import os
import sys
import types

json = importlib.import_module("json")
print(json is sys.modules["json"], importlib.import_module("json.decoder").__name__)
print(importlib.import_module(".decoder", "json").__name__, importlib.import_module("..decoder", "json.x").__name__)
for args in [(".x",), ("nope_module_xyz",), ("json.nope_sub",), ("",), ("...x", "a.b")]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", None))

directory = f"/tmp/heapstack_importlib_{os.getpid()}"
os.makedirs(directory, exist_ok=True)
sys.path.insert(0, directory)
path = os.path.join(directory, "counter_mod.py")
with open(path, "w") as f:
    f.write("VALUE = 1\nloads = globals().get('loads', 0) + 1\n")
import counter_mod
print(counter_mod.VALUE, counter_mod.loads)
with open(path, "w") as f:
    f.write("VALUE = 2\nloads = globals().get('loads', 0) + 1\ndef hello():\n    return 'hi'\n")
again = importlib.reload(counter_mod)
print(again is counter_mod, counter_mod.VALUE, counter_mod.loads, counter_mod.hello())
for bad in (3, types.ModuleType("never_imported_xyz")):
    try:
        importlib.reload(bad)
    except Exception as e:
        print(type(e).__name__, e)
importlib.invalidate_caches()
os.remove(path)
os.rmdir(directory)
