"""The import system's Python interface (heapstack): import_module, reload, invalidate_caches.

The import statement is native in heapstack (src/modules/importlib.ts, with `_imp` exposing
its finders and loaders); this package offers what programs call on top of it. Of CPython's
importlib, `metadata` (metadata/) finds distributions on sys.path itself;
`resources` (resources.py) reads package data straight from the file system."""

import sys
import _imp

__all__ = ['import_module', 'invalidate_caches', 'reload']

# Modules being reloaded, name -> module, so that a module reloading itself is not reentered.
_RELOADING = {}


def _resolve(name, package, level):
    """The absolute name of a relative import of `name` at `level` from `package`."""
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = parts[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to `package`."""
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        level = len(name) - len(name.lstrip('.'))
        name = _resolve(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Clear the finders' caches (heapstack's finders look at the file system each time)."""


def reload(module):
    """Execute the module's code again, in its existing namespace, and return it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module") from None
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent, _, _ = name.rpartition('.')
        path = None
        if parent:
            try:
                path = sys.modules[parent].__path__
            except KeyError:
                raise ImportError("parent {!r} not in sys.modules".format(parent),
                                  name=parent) from None
        spec = _imp._find_spec(name, None if path is None else list(path))
        if spec is None:
            raise ModuleNotFoundError("spec not found for the module {!r}".format(name),
                                      name=name)
        module.__spec__ = spec
        module.__loader__ = spec.loader
        if spec.origin not in (None, 'built-in', 'frozen'):
            module.__file__ = spec.origin
        spec.loader.exec_module(module)
        return sys.modules[name]
    finally:
        del _RELOADING[name]


def __getattr__(name):
    if name in ('util', 'machinery', 'abc'):
        return import_module('importlib.' + name)
    raise AttributeError("module 'importlib' has no attribute {!r}".format(name))
