"""The import system's finder and loader classes (heapstack): the types of the objects the
native import statement makes, so isinstance checks and direct construction agree."""

import _imp

ModuleSpec = _imp._ModuleSpec
BuiltinImporter = _imp._BuiltinImporter
FrozenImporter = _imp._FrozenImporter
SourceFileLoader = _imp._SourceFileLoader
NamespaceLoader = _imp._NamespaceLoader

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = _imp.extension_suffixes()


def all_suffixes():
    """Every file suffix the finders recognise, source first."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class PathFinder:
    """The meta path finder for sys.path and packages' __path__."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return _imp._find_spec(fullname, None if path is None else list(path), True)

    @classmethod
    def invalidate_caches(cls):
        pass
