# A script's __main__ has a SourceFileLoader for its file as __loader__ (python3's
# set_main_loader), so loader-based tools (get_source, inspect, pkgutil) work on the main module.
import importlib.machinery
import inspect
import sys


def helper(x):
    """A function whose source inspect reads through the loader."""
    return x * 2


print(type(__loader__).__name__, type(__loader__).__module__)
print(isinstance(__loader__, importlib.machinery.SourceFileLoader))
print(__loader__.name, __loader__.path == __file__, __loader__.get_filename() == __file__)
print(sys.modules["__main__"].__loader__ is __loader__, __spec__, __cached__)
print(__loader__.get_source("__main__").splitlines()[:2])
print(__loader__.is_package("__main__"))
print(inspect.getsource(helper))
print(list(globals())[:9])
