# Finders appended to sys.meta_path (as six.moves does) are asked for modules nothing on disk provides.
import sys
import types
import importlib
import importlib.util


class VirtualLoader:
    def __init__(self, sources):
        self.sources = sources

    def create_module(self, spec):
        return None  # default module creation

    def exec_module(self, module):
        print("exec", module.__name__, module.__package__, module.__spec__.name,
              hasattr(module, "__path__"), module.__loader__ is self)
        exec(self.sources[module.__name__], module.__dict__)


class VirtualFinder:
    def __init__(self, sources, packages):
        self.loader = VirtualLoader(sources)
        self.sources = sources
        self.packages = packages

    def find_spec(self, name, path, target=None):
        print("find_spec", name, path if path is None else list(path), target)
        if name not in self.sources:
            return None
        return importlib.util.spec_from_loader(name, self.loader, is_package=name in self.packages)


sources = {
    "vpkg": "X = 1\n",
    "vpkg.sub": "from . import helper\nY = helper.Z * 2\n",
    "vpkg.helper": "Z = 21\n",
    "vflat": "def hello():\n    return 'hi from vflat'\n",
    "vbroken": "raise ValueError('broken on purpose')\n",
}
sys.meta_path.append(VirtualFinder(sources, {"vpkg"}))

import vflat
print(vflat.hello(), vflat.__name__, vflat.__spec__.name)
import vpkg.sub
print(vpkg.X, vpkg.sub.Y, vpkg.sub is sys.modules["vpkg.sub"], vpkg.helper.Z)
from vpkg import helper
print(helper.Z)
try:
    import vbroken
except ValueError as e:
    print("ValueError", e, "vbroken" in sys.modules)
try:
    import nowhere_to_be_found
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)


class Creator:
    """create_module returns the module object itself (six's style)."""
    def find_spec(self, name, path, target=None):
        if name == "made_here":
            return importlib.util.spec_from_loader(name, self)
        return None

    def create_module(self, spec):
        m = types.ModuleType(spec.name)
        m.origin_note = "created by Creator"
        return m

    def exec_module(self, module):
        pass


sys.meta_path.append(Creator())
import made_here
print(made_here.origin_note, made_here.__loader__.__class__.__name__)
print(importlib.import_module("vflat") is vflat)
