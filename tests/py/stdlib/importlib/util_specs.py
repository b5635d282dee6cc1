# importlib.util and importlib.machinery: finding specs, making modules from files, the
# loader protocol, name resolution and cache paths.
import importlib.machinery
import importlib.util
import os
import sys

spec = importlib.util.find_spec("json")
print(spec.name, spec.parent, spec.origin.endswith("json/__init__.py"), spec.has_location)
print(type(spec).__name__, type(spec) is importlib.machinery.ModuleSpec, isinstance(spec.loader, importlib.machinery.SourceFileLoader))
print(importlib.util.find_spec("nope_xyz"), importlib.util.find_spec("json.nope_xyz"))
print(importlib.util.find_spec("sys"), importlib.util.find_spec("sys").origin)
print(importlib.util.find_spec("os"))
for args in [("nope_xyz.sub",), (".x",)]:
    try:
        importlib.util.find_spec(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(importlib.util.resolve_name(".b", "a"), importlib.util.resolve_name("..c", "a.b"), importlib.util.resolve_name("x", None))
print(importlib.util.cache_from_source("/a/b/mod.py"), importlib.util.source_from_cache("/a/b/__pycache__/mod.cpython-311.pyc"))
print(importlib.util.MAGIC_NUMBER, importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.all_suffixes()[:2])
print(importlib.util.decode_source(b"x = 1\r\ny = 2\r\n"))

path = f"/tmp/heapstack_plugin_{os.getpid()}.py"
with open(path, "w") as f:
    f.write("'''A plugin.'''\nNAME = __name__\ndef run(x):\n    return x * 2\n")
spec = importlib.util.spec_from_file_location("my_plugin", path)
print(spec.name, spec.origin == path, spec.has_location, spec.submodule_search_locations, spec.parent == "")
print(spec.cached == importlib.util.cache_from_source(path))
module = importlib.util.module_from_spec(spec)
print(type(module).__name__, module.__name__, module.__file__ == path, "my_plugin" in sys.modules)
spec.loader.exec_module(module)
print(module.NAME, module.run(21), module.__doc__, module.__spec__ is spec, module.__loader__ is spec.loader)
print(spec.loader.get_filename("my_plugin") == path, spec.loader.is_package("my_plugin"))
print(repr(spec.loader.get_source("my_plugin")))
code = spec.loader.get_code("my_plugin")
print(type(code).__name__, code.co_filename == path)
os.remove(path)
print(importlib.util.spec_from_file_location("x", "/tmp/not_python.txt"))
made = importlib.machinery.ModuleSpec("made", None, origin="somewhere")
print(made, made.parent, made.has_location, made.submodule_search_locations)
pkg = importlib.machinery.ModuleSpec("made.pkg", None, is_package=True)
print(pkg.parent, pkg.submodule_search_locations)
print(importlib.machinery.BuiltinImporter.find_spec("sys"), importlib.machinery.BuiltinImporter.find_spec("json"))
found = importlib.machinery.PathFinder.find_spec("os")
print(importlib.machinery.FrozenImporter.find_spec("os"), found.origin.endswith("/os.py"), type(found.loader).__name__)
