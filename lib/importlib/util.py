"""Helpers around module specs (heapstack): find_spec, module_from_spec,
spec_from_file_location, spec_from_loader, resolve_name and the cache-path functions."""

import sys
import _imp
from importlib import _resolve
from importlib.machinery import ModuleSpec, SourceFileLoader, SOURCE_SUFFIXES

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'
_CACHE_TAG = 'cpython-311'


def resolve_name(name, package):
    """The absolute name for a (possibly relative) module name."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    return _resolve(name[level:], package, level)


def find_spec(name, package=None):
    """The spec the import system would use for `name`, or None when nothing provides it.

    A module already in sys.modules answers with its __spec__. For a submodule, the parent
    package is imported first."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError('{}.__spec__ is not set'.format(name)) from None
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(name))
        return spec
    parent_name = fullname.rpartition('.')[0]
    path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    return _imp._find_spec(fullname, None if path is None else list(path))


def _set_if_missing(module, name, value, override):
    if override or getattr(module, name, None) is None:
        try:
            setattr(module, name, value)
        except AttributeError:
            pass


def module_from_spec(spec):
    """A new module made from the spec, with its import-related attributes set."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _set_if_missing(module, '__name__', spec.name, False)
    _set_if_missing(module, '__loader__', spec.loader, False)
    _set_if_missing(module, '__package__', spec.parent, False)
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if spec.submodule_search_locations is not None:
        _set_if_missing(module, '__path__', spec.submodule_search_locations, False)
    if spec.has_location:
        _set_if_missing(module, '__file__', spec.origin, False)
        if spec.cached is not None:
            _set_if_missing(module, '__cached__', spec.cached, False)
    return module


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module this loader provides."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if hasattr(loader, 'get_filename') and origin is None:
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for the module in the file `location` (a .py file: a SourceFileLoader)."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        import os
        location = os.fspath(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _POPULATE:
        is_package = False
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
        if is_package:
            spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        import os
        spec.submodule_search_locations.append(os.path.split(location)[0])
    if spec.submodule_search_locations is not None:
        spec.parent = name
    if location.endswith('.py'):
        spec.cached = cache_from_source(location)
    return spec


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc path CPython would cache `path`'s bytecode at (heapstack writes none)."""
    import os
    path = os.fspath(path)
    head, tail = os.path.split(path)
    base, sep, rest = tail.rpartition('.')
    stem = base if sep else rest
    opt = '' if not optimization else '.opt-{}'.format(optimization)
    return os.path.join(head, '__pycache__', '{}.{}{}.pyc'.format(stem, _CACHE_TAG, opt))


def source_from_cache(path):
    """The .py path a __pycache__ .pyc path was compiled from."""
    import os
    path = os.fspath(path)
    head, pycache_filename = os.path.split(path)
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError('{} not bottom-level directory in {!r}'.format('__pycache__', path))
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError('expected only 2 or 3 dots in {!r}'.format(pycache_filename))
    base = pycache_filename.partition('.')[0]
    return os.path.join(head, base + SOURCE_SUFFIXES[0])


def decode_source(source_bytes):
    """Source bytes as text: UTF-8 (a BOM is dropped), universal newlines."""
    text = source_bytes.decode('utf-8-sig')
    return text.replace('\r\n', '\n').replace('\r', '\n')
