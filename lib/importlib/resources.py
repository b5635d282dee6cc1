"""Reading data files that ship inside packages (heapstack).

Packages here are always directories on disk, so `files(package)` is a `pathlib.Path` to the
package's directory and the older helpers (`read_text`, `open_binary`, `path`, `contents`, ...)
are thin wrappers over it."""

import os
import sys
import pathlib
import contextlib
import warnings

__all__ = ['as_file', 'contents', 'files', 'is_resource', 'open_binary', 'open_text',
           'path', 'read_binary', 'read_text', 'Package', 'Resource']

Package = object
Resource = str


def _module_of(anchor):
    if anchor is None:
        caller = sys._getframe(2).f_globals.get('__name__', '__main__')
        anchor = caller
    if isinstance(anchor, str):
        __import__(anchor)
        return sys.modules[anchor]
    return anchor


def _directory(module):
    locations = getattr(module, '__path__', None)
    if locations:
        return next(iter(locations))
    spec = getattr(module, '__spec__', None)
    if spec is not None and spec.submodule_search_locations is None and isinstance(
            getattr(module, '__file__', None), str) and getattr(module, '__name__', '') != '__main__':
        return os.path.dirname(module.__file__)
    filename = getattr(module, '__file__', None)
    if filename is None:
        raise TypeError('{!r} is not a package'.format(module.__name__))
    return os.path.dirname(filename)


def files(anchor=None):
    """A path to the directory of the package (or of the module) `anchor`."""
    return pathlib.Path(_directory(_module_of(anchor)))


@contextlib.contextmanager
def as_file(path):
    """A context manager giving a real file-system path for `path` (it already is one)."""
    yield pathlib.Path(path)


def _resource(package, resource):
    if os.path.basename(resource) != resource or resource in ('', '.', '..'):
        raise ValueError('{!r} must be only a file name'.format(resource))
    return files(package) / resource


def _deprecated(name):
    warnings.warn('{} is deprecated. Use files() instead. Refer to https://importlib-resources'
                  '.readthedocs.io/en/latest/using.html#migrating-from-legacy for migration '
                  'advice.'.format(name), DeprecationWarning, stacklevel=3)


def open_binary(package, resource):
    _deprecated('open_binary')
    return _resource(package, resource).open('rb')


def open_text(package, resource, encoding='utf-8', errors='strict'):
    _deprecated('open_text')
    return _resource(package, resource).open('r', encoding=encoding, errors=errors)


def read_binary(package, resource):
    _deprecated('read_binary')
    return _resource(package, resource).read_bytes()


def read_text(package, resource, encoding='utf-8', errors='strict'):
    _deprecated('read_text')
    with _resource(package, resource).open('r', encoding=encoding, errors=errors) as f:
        return f.read()


def path(package, resource):
    _deprecated('path')
    return as_file(_resource(package, resource))


def is_resource(package, name):
    _deprecated('is_resource')
    return _resource(package, name).is_file()


def contents(package):
    _deprecated('contents')
    return sorted(p.name for p in files(package).iterdir())
