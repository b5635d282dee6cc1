"""High-level file operations (heapstack's own implementation of CPython 3.11's basics).

Copying (copyfileobj, copyfile, copymode, copystat, copy, copy2, copytree with
ignore_patterns), removing (rmtree), moving (move), which, get_terminal_size, disk_usage, and
archives (make_archive/unpack_archive in the zip, tar and gztar formats, and formats the program
registers).
chown is not provided.
"""

import os
import stat as _stat
import sys

__all__ = [
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move", "rmtree",
    "Error", "SpecialFileError", "ExecError", "ignore_patterns", "which", "get_terminal_size", "SameFileError",
    "disk_usage", "make_archive", "get_archive_formats", "register_archive_format",
    "unregister_archive_format", "get_unpack_formats", "register_unpack_format",
    "unregister_unpack_format", "unpack_archive", "ReadError", "RegistryError",
]

COPY_BUFSIZE = 64 * 1024


def _audit(event, *args):
    sys.audit("shutil." + event, *args)


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile() was asked to copy a file onto itself."""


class SpecialFileError(OSError):
    """Raised when trying to copy a named pipe (or another special file)."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving and unpacking registries fails."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of file object fsrc into file object fdst, in chunks."""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(length)
        if not chunk:
            return
        write(chunk)


def _same_file(src, dst):
    try:
        same = os.path.samefile(src, dst)
    except OSError:
        same = False
    return same


def _is_special(path):
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return _stat.S_ISFIFO(mode)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (no metadata); returns dst."""
    _audit("copyfile", src, dst)
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for name in (src, dst):
        if _is_special(name):
            raise SpecialFileError("`%s` is a named pipe" % os.fspath(name))
    if not follow_symlinks and os.path.islink(src):
        target = os.readlink(src)
        os.symlink(target, dst)
        return dst
    with open(src, "rb") as source:
        try:
            target = open(dst, "wb")
        except IsADirectoryError as exc:
            if not os.path.exists(dst):
                raise FileNotFoundError(f"Directory does not exist: {dst}") from exc
            raise
        with target:
            copyfileobj(source, target)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    _audit("copymode", src, dst)
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    os.chmod(dst, _stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits and access/modification times of src to dst."""
    _audit("copystat", src, dst)
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, _stat.S_IMODE(st.st_mode))


def _copy_then(src, dst, follow_symlinks, metadata):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    metadata(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits; dst may be a directory. Returns the file's new path."""
    return _copy_then(src, dst, follow_symlinks, copymode)


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), and the times too (copystat)."""
    return _copy_then(src, dst, follow_symlinks, copystat)


def ignore_patterns(*patterns):
    """A copytree `ignore` callable skipping names that match any glob-style pattern."""

    import fnmatch

    def skip_matching(path, names):
        return {name for pattern in patterns for name in fnmatch.filter(names, pattern)}

    return skip_matching


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Recursively copy the directory tree src to dst; returns dst."""
    _audit("copytree", src, dst)
    with os.scandir(src) as it:
        entries = list(it)
    names = [e.name for e in entries]
    skipped = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, 0o777, dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in skipped:
            continue
        s = os.path.join(src, entry.name)
        d = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                target = os.readlink(s)
                if symlinks:
                    os.symlink(target, d)
                    copystat(s, d, follow_symlinks=not symlinks)
                    continue
                if not os.path.exists(target) and ignore_dangling_symlinks:
                    continue
            if entry.is_dir():
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            problems.extend(err.args[0])
        except OSError as why:
            problems.append((s, d, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        problems.append((src, dst, str(why)))
    if problems:
        raise Error(problems)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete a directory tree. Errors go to onerror(function, path, exc_info), or are raised."""
    _audit("rmtree", path, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError("heapstack's rmtree does not support dir_fd")
    if ignore_errors:

        def onerror(*args):
            pass

    elif onerror is None:

        def onerror(*args):
            raise

    try:
        st = os.lstat(path)
    except Exception:
        _report(onerror, os.lstat, path)
        return
    if _stat.S_ISLNK(st.st_mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            _report(onerror, os.path.islink, path)
        return
    _remove_below(os.fspath(path), onerror)


def _report(onerror, function, path):
    """Hands the exception being handled to the rmtree error callback."""
    onerror(function, path, sys.exc_info())


def _remove_below(path, onerror):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        _report(onerror, os.scandir, path)
        entries = []
    for entry in entries:
        full = os.path.join(path, entry.name)
        try:
            subdir = entry.is_dir(follow_symlinks=False)
        except OSError:
            subdir = False
        if subdir:
            _remove_below(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                _report(onerror, os.unlink, full)
    try:
        os.rmdir(path)
    except OSError:
        _report(onerror, os.rmdir, path)


rmtree.avoids_symlink_attacks = False


def _basename(path):
    path = os.fspath(path)
    return os.path.basename(path.rstrip(os.path.sep))


def _inside(src, dst):
    outer = os.path.join(os.path.abspath(src), "")
    inner = os.path.join(os.path.abspath(dst), "")
    return inner.startswith(outer)


def move(src, dst, copy_function=copy2):
    """Move a file or directory tree to dst (into it when dst is a directory); returns the new path."""
    _audit("move", src, dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            target = os.readlink(src)
            os.symlink(target, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _inside(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable `cmd` found on PATH (or `path`), or None."""

    def usable(candidate):
        return os.path.exists(candidate) and os.access(candidate, mode) and not os.path.isdir(candidate)

    as_bytes = isinstance(cmd, bytes)
    if os.path.dirname(cmd):
        return cmd if usable(cmd) else None
    if path is None:
        path = os.environ.get("PATH")
        if path is None:
            path = os.defpath
    if not path:
        return None
    if as_bytes:
        dirs = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        dirs = os.fsdecode(path).split(os.pathsep)
    seen = set()
    for directory in dirs:
        key = os.path.normcase(directory)
        if key in seen:
            continue
        seen.add(key)
        candidate = os.path.join(directory, cmd)
        if usable(candidate):
            return candidate
    return None


class _terminal_size(tuple):
    """os.terminal_size: (columns, lines)."""

    __slots__ = ()

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]!r}, lines={self[1]!r})"


_terminal_size.__name__ = "terminal_size"
_terminal_size.__qualname__ = "terminal_size"
_terminal_size.__module__ = "os"


_usage = None


def disk_usage(path):
    """Return disk usage statistics about the given path.

    Returned value is a named tuple with attributes 'total', 'used' and
    'free', which are the amount of total, used and free space, in bytes.
    """
    global _usage
    import _os
    if _usage is None:
        from collections import namedtuple
        _usage = namedtuple('usage', 'total used free', module=__name__)
    return _usage(*_os.disk_usage(os.fsdecode(os.fspath(path)), path))


def _positive_env(name):
    try:
        value = int(os.environ[name])
    except (KeyError, ValueError):
        return 0
    return value


def get_terminal_size(fallback=(80, 24)):
    """COLUMNS/LINES from the environment, else the terminal's size, else `fallback`."""
    size_type = getattr(os, "terminal_size", _terminal_size)
    columns = _positive_env("COLUMNS")
    lines = _positive_env("LINES")
    if columns > 0 and lines > 0:
        return size_type((columns, lines))
    try:
        measured = os.get_terminal_size(sys.__stdout__.fileno())
    except (AttributeError, OSError, ValueError):
        measured = size_type(fallback)
    if columns <= 0:
        columns = measured.columns or fallback[0]
    if lines <= 0:
        lines = measured.lines or fallback[1]
    return size_type((columns, lines))


# --- archives ---------------------------------------------------------------------------------
#
# zip (through zipfile), tar and gztar (through tarfile) are built in; make_archive walks base_dir below root_dir in
# os.walk's order, directories before the files beside them, each listed in sorted order.


def _archive_folder(archive_name, dry_run, logger):
    # the folder the archive goes in is made first
    folder = os.path.dirname(archive_name)
    if folder and not os.path.exists(folder):
        if logger is not None:
            logger.info("creating %s", folder)
        if not dry_run:
            os.makedirs(folder)


def _zip_archive(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None, group=None,
                 root_dir=None):
    import zipfile
    zip_name = base_name + ".zip"
    _archive_folder(zip_name, dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", zip_name, base_dir)
    if dry_run:
        return zip_name

    def on_disk(path):
        return path if root_dir is None else os.path.join(root_dir, path)

    with zipfile.ZipFile(zip_name, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        top = os.path.normpath(base_dir)
        if top != os.curdir:
            zf.write(on_disk(top), top)
            if logger is not None:
                logger.info("adding '%s'", top)
        for folder_path, subdirs, files in os.walk(on_disk(base_dir)):
            rel = folder_path if root_dir is None else os.path.relpath(folder_path, root_dir)
            for name in sorted(subdirs):
                arc = os.path.normpath(os.path.join(rel, name))
                zf.write(on_disk(arc), arc)
                if logger is not None:
                    logger.info("adding '%s'", arc)
            for name in sorted(files):
                arc = os.path.normpath(os.path.join(rel, name))
                if os.path.isfile(on_disk(arc)):
                    zf.write(on_disk(arc), arc)
                    if logger is not None:
                        logger.info("adding '%s'", arc)
    return zip_name


_zip_archive.supports_root_dir = True

def _tar_archive(base_name, base_dir, compress="gzip", verbose=0, dry_run=0, owner=None, group=None,
                 logger=None, root_dir=None):
    if compress is None:
        suffix = ""
    elif compress == "gzip":
        suffix = ".gz"
    else:
        raise ValueError("bad value for 'compress', or compression format not supported : {0}"
                         .format(compress))
    import tarfile
    archive_name = base_name + ".tar" + suffix
    _archive_folder(archive_name, dry_run, logger)
    if logger is not None:
        logger.info("Creating tar archive")
    uid = _owner_id(owner, "pwd", "getpwnam", 2)
    gid = _owner_id(group, "grp", "getgrnam", 2)

    def set_owner(info):
        if gid is not None:
            info.gid = gid
            info.gname = group
        if uid is not None:
            info.uid = uid
            info.uname = owner
        return info

    if not dry_run:
        with tarfile.open(archive_name, "w|gz" if suffix else "w") as tar:
            path = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
            tar.add(path, base_dir, filter=set_owner)
    return archive_name


_tar_archive.supports_root_dir = True


def _owner_id(name, module, function, index):
    if name is None:
        return None
    try:
        return getattr(__import__(module), function)(name)[index]
    except (ImportError, KeyError):
        return None


_ARCHIVE_FORMATS = {
    "gztar": (_tar_archive, [("compress", "gzip")], "gzip'ed tar-file"),
    "tar": (_tar_archive, [("compress", None)], "uncompressed tar file"),
    "zip": (_zip_archive, [], "ZIP file"),
}


def get_archive_formats():
    """Returns a list of supported formats for archiving and unarchiving, as
    (name, description) pairs."""
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def _check_extra_args(extra_args):
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')


def register_archive_format(name, function, extra_args=None, description=''):
    """Registers an archive format: function(base_name, base_dir, **kwargs) makes it."""
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    _check_extra_args(extra_args)
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    """Create an archive file (such as zip) and return its name."""
    sys.audit("shutil.make_archive", base_name, format, root_dir, base_dir)
    try:
        entry = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    function, extra, _ = entry
    kwargs = dict(extra)
    kwargs["dry_run"] = dry_run
    kwargs["logger"] = logger
    kwargs["owner"] = owner
    kwargs["group"] = group
    if base_dir is None:
        base_dir = os.curdir
    if root_dir is not None and getattr(function, "supports_root_dir", False):
        kwargs["root_dir"] = os.fspath(root_dir)
        return function(os.fspath(base_name), base_dir, **kwargs)
    saved = None
    if root_dir is not None:
        # a registered format without root_dir support runs inside root_dir
        base_name = os.path.abspath(base_name)
        if logger is not None:
            logger.debug("changing into '%s'", root_dir)
        saved = os.getcwd()
        if not dry_run:
            os.chdir(root_dir)
    try:
        return function(base_name, base_dir, **kwargs)
    finally:
        if saved is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", saved)
            os.chdir(saved)


def _unzip(filename, extract_dir):
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as zf:
        for info in zf.infolist():
            name = info.filename
            # nothing outside extract_dir
            if name.startswith('/') or '..' in name.split('/'):
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            if not target:
                continue
            folder = os.path.dirname(target)
            if not os.path.isdir(folder):
                os.makedirs(folder)
            if not name.endswith('/'):
                with zf.open(name) as src, open(target, 'wb') as dst:
                    copyfileobj(src, dst)


def _untar(filename, extract_dir, *, filter=None):
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % filename)
    try:
        archive.extractall(extract_dir, filter=filter)
    finally:
        archive.close()


_UNPACK_FORMATS = {
    "tar": ([".tar"], _untar, [], "uncompressed tar file"),
    "zip": ([".zip"], _unzip, [], "ZIP file"),
    "gztar": ([".tar.gz", ".tgz"], _untar, [], "gzip'ed tar-file"),
}


def get_unpack_formats():
    """Returns a list of supported formats for unpacking, as (name, extensions, description)."""
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    """Registers an unpack format: function(filename, extract_dir, **kwargs) unpacks it."""
    if extra_args is None:
        extra_args = []
    taken = {ext: name for name, entry in _UNPACK_FORMATS.items() for ext in entry[0]}
    for extension in extensions:
        if extension in taken:
            raise RegistryError('%s is already registered for "%s"' % (extension, taken[extension]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _check_extra_args(extra_args)
    _UNPACK_FORMATS[name] = extensions, function, extra_args, description


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack an archive into extract_dir (default: the current directory)."""
    sys.audit("shutil.unpack_archive", filename, extract_dir, format)
    if extract_dir is None:
        extract_dir = os.getcwd()
    extract_dir = os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is not None:
        try:
            entry = _UNPACK_FORMATS[format]
        except KeyError:
            raise ValueError("Unknown unpack format '{0}'".format(format)) from None
    else:
        for name, candidate in _UNPACK_FORMATS.items():
            if any(filename.endswith(ext) for ext in candidate[0]):
                entry = candidate
                break
        else:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    entry[1](filename, extract_dir, **dict(entry[2]))
