"""Utilities for packages and the modules found on a search path.

Our import system is native and installs no path hooks, so a directory on sys.path (or in a
package's __path__) is represented here by a small FileFinder of our own that lists and finds
modules the way CPython's importlib FileFinder does for source files.
"""

import collections
import importlib
import importlib.util
import os
import os.path
import sys

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data',
    'ImpImporter', 'ImpLoader', 'read_code', 'extend_path',
    'ModuleInfo',
]

ModuleInfo = collections.namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'

# Longest first, so "x.cpython-311-x86_64-linux-gnu.so" is not taken for "x.cpython-311...".
_SUFFIXES = sorted({'.py', '.pyc', '.so', '.abi3.so',
                    '.cpython-311-x86_64-linux-gnu.so'}, key=len, reverse=True)


def _module_name(filename):
    base = os.path.basename(filename)
    for suffix in _SUFFIXES:
        if base.endswith(suffix) and len(base) > len(suffix):
            return base[:-len(suffix)]
    return None


def _has_init(directory):
    try:
        names = os.listdir(directory)
    except OSError:
        return False
    return any(_module_name(n) == '__init__' for n in names)


class FileFinder:
    """Finds the modules of one directory (a stand-in for importlib's FileFinder)."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return f'FileFinder({self.path!r})'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        last = fullname.rpartition('.')[2]
        where = self.path or os.getcwd()
        pkgdir = os.path.join(where, last)
        if os.path.isdir(pkgdir):
            init = os.path.join(pkgdir, '__init__.py')
            if os.path.isfile(init):
                return importlib.util.spec_from_file_location(
                    fullname, init, submodule_search_locations=[pkgdir])
        for suffix in ('.py',):
            candidate = os.path.join(where, last + suffix)
            if os.path.isfile(candidate):
                return importlib.util.spec_from_file_location(fullname, candidate)
        if os.path.isdir(pkgdir):
            # A portion of a namespace package.
            spec = importlib.util.spec_from_loader(fullname, None, is_package=True)
            spec.submodule_search_locations = [pkgdir]
            return spec
        return None

    def iter_modules(self, prefix=''):
        where = self.path or os.getcwd()
        if not os.path.isdir(where):
            return
        try:
            names = sorted(os.listdir(where))  # a package comes before a same-named module
        except OSError:
            return
        seen = set()
        for fn in names:
            modname = _module_name(fn)
            if modname == '__init__' or modname in seen:
                continue
            full = os.path.join(where, fn)
            ispkg = False
            if not modname and os.path.isdir(full) and '.' not in fn:
                if not _has_init(full):
                    continue
                modname = fn
                ispkg = True
            if modname and '.' not in modname:
                seen.add(modname)
                yield prefix + modname, ispkg


def _deprecated():
    import warnings
    warnings.warn("This emulation is deprecated and slated for removal in "
                  "Python 3.12; use 'importlib' instead",
                  DeprecationWarning, stacklevel=3)


class ImpImporter(FileFinder):
    """The old PEP 302 finder over one directory (deprecated; kept for old callers)."""

    def __init__(self, path=None):
        _deprecated()
        FileFinder.__init__(self, path)

    def find_module(self, fullname, path=None):
        spec = self.find_spec(fullname)
        return None if spec is None else spec.loader


class ImpLoader:
    """The old PEP 302 loader (deprecated; loads through importlib)."""

    def __init__(self, fullname, file, filename, etc):
        _deprecated()
        self.fullname = fullname
        self.file = file
        self.filename = filename
        self.etc = etc

    def load_module(self, fullname):
        return importlib.import_module(fullname)

    def get_filename(self, fullname=None):
        return self.filename


_finders = {}


def get_importer(path_item):
    """The finder for one sys.path entry (None when it is not a directory)."""
    path_item = os.fsdecode(path_item)
    cached = sys.path_importer_cache.get(path_item)
    if cached is not None:
        return cached
    for hook in sys.path_hooks:
        try:
            return hook(path_item)
        except ImportError:
            pass
    if path_item in _finders:
        return _finders[path_item]
    finder = None
    if os.path.isdir(path_item or os.getcwd()):
        finder = FileFinder(path_item)
    _finders[path_item] = finder
    return finder


def iter_importers(fullname=""):
    """The finders that could find `fullname`: sys.meta_path's, then those of its search path."""
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    if '.' in fullname:
        parent = fullname.rpartition('.')[0]
        pkg = importlib.import_module(parent)
        path = getattr(pkg, '__path__', None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for item in path:
        yield get_importer(item)


def iter_importer_modules(importer, prefix=''):
    """(name, ispkg) for each module `importer` can list."""
    lister = getattr(importer, 'iter_modules', None)
    if lister is None:
        return []
    return lister(prefix)


def iter_modules(path=None, prefix=''):
    """ModuleInfo for every top-level module on `path` (default sys.path), first wins."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = map(get_importer, path)
    seen = set()
    for finder in importers:
        for name, ispkg in iter_importer_modules(finder, prefix):
            if name not in seen:
                seen.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """ModuleInfo for every module on `path`, recursively, importing each package to see
    inside it. An ImportError while importing goes to onerror(name) (or is ignored); any
    other exception goes to onerror or propagates."""
    visited = set()

    def walk(path, prefix):
        for info in iter_modules(path, prefix):
            yield info
            if not info.ispkg:
                continue
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
                continue
            except Exception:
                if onerror is None:
                    raise
                onerror(info.name)
                continue
            inner = getattr(sys.modules[info.name], '__path__', None) or []
            fresh = [p for p in inner if p not in visited]
            visited.update(fresh)
            yield from walk(fresh, info.name + '.')

    return walk(path, prefix)


def get_loader(module_or_name):
    """The loader of a module (object or name), or None."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        loader = getattr(module_or_name, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module_or_name, '__spec__', None) is None:
            return None
        fullname = module_or_name.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The loader importlib.util.find_spec() gives for `fullname`, or None."""
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError("Error while finding loader for {!r} ({}: {})".format(
            fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def read_code(stream):
    """The code object of a .pyc stream, or None when its magic number is not ours."""
    import marshal
    magic = stream.read(4)
    if magic != importlib.util.MAGIC_NUMBER:
        return None
    stream.read(12)
    return marshal.load(stream)


def get_data(package, resource):
    """The bytes of `resource` ('/'-separated, relative to the package's directory)."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    mod = sys.modules.get(package) or importlib.import_module(package)
    if mod is None or not hasattr(mod, '__file__'):
        return None
    where = os.path.join(os.path.dirname(mod.__file__), *resource.split('/'))
    return loader.get_data(where)


def extend_path(path, name):
    """Extend a package's __path__ with the same-named directories of the rest of its
    search path (and the lines of any NAME.pkg files there)."""
    if not isinstance(path, list):
        return path
    path = path[:]
    parent, _, last = name.rpartition('.')
    if parent:
        try:
            search = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search = sys.path
    for entry in search:
        if not isinstance(entry, str):
            continue
        finder = get_importer(entry)
        if finder is not None:
            portions = []
            if hasattr(finder, 'find_spec'):
                spec = finder.find_spec(last)
                if spec is not None:
                    portions = spec.submodule_search_locations or []
            elif hasattr(finder, 'find_loader'):
                _, portions = finder.find_loader(last)
            for portion in portions:
                if portion not in path:
                    path.append(portion)
        pkgfile = os.path.join(entry, name + '.pkg')
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if line and not line.startswith('#'):
                            path.append(line)
    return path


_NAME_PATTERN = None


def resolve_name(name):
    """The object `name` names: 'pkg.mod:attr.sub' or a dotted 'pkg.mod.attr'."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        word = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{word})(?P<cln>:(?P<obj>{word})?)?$', re.U)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    if m.group('cln'):
        obj = importlib.import_module(m.group('pkg'))
        rest = m.group('obj').split('.') if m.group('obj') else []
    else:
        rest = name.split('.')
        modname = rest.pop(0)
        obj = importlib.import_module(modname)
        while rest:
            candidate = f'{modname}.{rest[0]}'
            try:
                obj = importlib.import_module(candidate)
            except ImportError:
                break
            rest.pop(0)
            modname = candidate
    for attr in rest:
        obj = getattr(obj, attr)
    return obj
