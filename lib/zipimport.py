"""Importing Python modules from ZIP archives (heapstack).

`zipimporter(path)` serves the modules under `path`, a ZIP archive or a directory inside
one (``archive.zip/lib/``). The archive's member list is read with the zipfile module and
kept per archive in `_zip_directory_cache`; modules are compiled from their .py sources."""

import os
import sys
import _imp
import zipfile

__all__ = ['ZipImportError', 'zipimporter']

path_sep = os.sep
alt_path_sep = os.altsep or ''

# archive path -> {member name: ZipInfo}
_zip_directory_cache = {}


class ZipImportError(ImportError):
    pass


def _read_directory(archive):
    try:
        size = os.path.getsize(archive)
    except OSError:
        raise ZipImportError("can't open Zip file: {!r}".format(archive), path=archive)
    if size < 22:  # shorter than an end-of-central-directory record
        raise ZipImportError("can't read Zip file: {!r}".format(archive), path=archive)
    try:
        with zipfile.ZipFile(archive) as zf:
            return {info.filename: info for info in zf.infolist()}
    except (OSError, zipfile.BadZipFile, EOFError):
        raise ZipImportError('not a Zip file: {!r}'.format(archive), path=archive)


class zipimporter:
    """zipimporter(archivepath) -> an importer for the modules in a ZIP archive."""

    def __init__(self, path):
        if not isinstance(path, str):
            path = os.fsdecode(path)
        if not path:
            raise ZipImportError('archive path is empty', path=path)
        if alt_path_sep:
            path = path.replace(alt_path_sep, path_sep)
        inner = []
        while True:
            try:
                st = os.stat(path)
            except (OSError, ValueError):
                head, tail = os.path.split(path)
                if head == path:
                    raise ZipImportError('not a Zip file', path=path)
                path = head
                inner.append(tail)
            else:
                if (st.st_mode & 0o170000) != 0o100000:
                    raise ZipImportError('not a Zip file', path=path)
                break
        try:
            files = _zip_directory_cache[path]
        except KeyError:
            files = _read_directory(path)
            _zip_directory_cache[path] = files
        self._files = files
        self.archive = path
        self.prefix = os.path.join(*inner[::-1]) if inner else ''
        if self.prefix:
            self.prefix += path_sep

    def _member(self, relative):
        return relative.replace(path_sep, '/')

    def _module_info(self, fullname):
        path = self.prefix + fullname.rpartition('.')[2]
        if self._member(path + path_sep + '__init__.py') in self._files:
            return True, path + path_sep + '__init__.py'
        if self._member(path + '.py') in self._files:
            return False, path + '.py'
        return None, None

    def find_spec(self, fullname, target=None):
        import importlib.util
        ispackage, member = self._module_info(fullname)
        if member is not None:
            return importlib.util.spec_from_loader(fullname, self, is_package=ispackage)
        path = self.prefix + fullname.rpartition('.')[2]
        if self._member(path + path_sep) in self._files or any(
                name.startswith(self._member(path + path_sep)) for name in self._files):
            spec = importlib.util.spec_from_loader(fullname, None, is_package=True)
            spec.submodule_search_locations.append(self.archive + path_sep + path)
            return spec
        return None

    def _source(self, fullname):
        ispackage, member = self._module_info(fullname)
        if member is None:
            raise ZipImportError("can't find module {!r}".format(fullname), name=fullname)
        return ispackage, member, self._read(member)

    def _read(self, member):
        with zipfile.ZipFile(self.archive) as zf:
            return zf.read(self._member(member))

    def get_data(self, pathname):
        if alt_path_sep:
            pathname = pathname.replace(alt_path_sep, path_sep)
        key = pathname
        if pathname.startswith(self.archive + path_sep):
            key = pathname[len(self.archive + path_sep):]
        if self._member(key) not in self._files:
            raise OSError(0, '', key)
        return self._read(key)

    def get_filename(self, fullname):
        ispackage, member = self._module_info(fullname)
        if member is None:
            raise ZipImportError("can't find module {!r}".format(fullname), name=fullname)
        return self.archive + path_sep + member

    def get_source(self, fullname):
        ispackage, member = self._module_info(fullname)
        if member is None:
            raise ZipImportError("can't find module {!r}".format(fullname), name=fullname)
        return self._read(member).decode('utf-8')

    def get_code(self, fullname):
        ispackage, member, data = self._source(fullname)
        return compile(data, self.archive + path_sep + member, 'exec', dont_inherit=True)

    def is_package(self, fullname):
        ispackage, member = self._module_info(fullname)
        if member is None:
            raise ZipImportError("can't find module {!r}".format(fullname), name=fullname)
        return ispackage

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        name = module.__spec__.name if module.__spec__ is not None else module.__name__
        code = self.get_code(name)
        module.__file__ = self.get_filename(name)
        if self.is_package(name):
            module.__path__ = [os.path.dirname(module.__file__)]
        exec(code, module.__dict__)

    def load_module(self, fullname):
        import types
        mod = sys.modules.get(fullname)
        if mod is None:
            mod = types.ModuleType(fullname)
            sys.modules[fullname] = mod
        mod.__loader__ = self
        try:
            self.exec_module(mod)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]

    def invalidate_caches(self):
        _zip_directory_cache[self.archive] = self._files = _read_directory(self.archive)

    def __repr__(self):
        return '<zipimporter object "{}{}{}">'.format(self.archive, path_sep, self.prefix)
