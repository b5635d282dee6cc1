# Modules CPython 3.11 freezes: their spec, loader and code file names.
import os
print(os.__spec__, os.__loader__, os.__file__.endswith("os.py"), os.getcwd.__module__ if hasattr(os.getcwd, "__module__") else None)
print(os.path.__spec__.name, os.path.join.__code__.co_filename, os.makedirs.__code__.co_filename)
import stat, abc, io
print(stat.__spec__.origin, abc.__loader__, io.__spec__.loader_state.origname)
