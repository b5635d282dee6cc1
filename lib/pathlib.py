"""Object-oriented filesystem paths (heapstack's own implementation, CPython 3.11 behaviour).

A path is kept as its root ('', '/' or the POSIX-special '//') and the list of its names
('.' components and empty names dropped, '..' kept).  PurePath/PurePosixPath and
Path/PosixPath are the POSIX flavour; PureWindowsPath keeps its anchor (drive + root, e.g.
'c:\\', '\\\\host\\share\\') in the same slot and compares case-insensitively; WindowsPath
cannot be instantiated here, as on any POSIX system.
"""

import fnmatch
import os
import sys
ENOENT, EBADF, ENOTDIR, ELOOP = 2, 9, 20, 40  # Linux errno values (there is no errno module)
from _collections_abc import Sequence
from _stdlib_helpers import path_parse as _path_parse, path_split as _path_split
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISFIFO, S_ISBLK, S_ISCHR

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

_QUIET_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _quiet(exc):
    """Errors that exists()/is_dir()/... answer with False."""
    return getattr(exc, "errno", None) in _QUIET_ERRNOS


def _split_text(text):
    if type(text) is str:
        return _path_split(text)
    if text.startswith("/"):
        root = "//" if text.startswith("//") and not text.startswith("///") else "/"
    else:
        root = ""
    return root, [name for name in text.split("/") if name and name != "."]


def _parse(args):
    # exact strs and POSIX paths (nearly every call) are read natively
    parsed = _path_parse(args, PurePath)
    if parsed is not None:
        return parsed
    root = ""
    names = []
    for arg in args:
        if isinstance(arg, PurePath) and arg._windows:
            # A Windows path's parts are read again as POSIX texts (its anchor is a name).
            arg_root, arg_names = _parse(arg.parts)
        elif isinstance(arg, PurePath):
            arg_root, arg_names = arg._root, arg._names
        else:
            text = os.fspath(arg)
            if not isinstance(text, str):
                raise TypeError(
                    "argument should be a str object or an os.PathLike object returning str, not %r" % type(text)
                )
            arg_root, arg_names = _split_text(text)
        if arg_root:
            root = arg_root
            names = list(arg_names)
        else:
            names.extend(arg_names)
    return root, names


def _has_magic(part):
    return "*" in part or "?" in part or "[" in part


class _PathParents(Sequence):
    """The immutable sequence of a path's ancestors (path.parents)."""

    __slots__ = ("_path",)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._names)

    def __getitem__(self, idx):
        count = len(self)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(count)))
        if idx >= count or idx < -count:
            raise IndexError(idx)
        if idx < 0:
            idx += count
        p = self._path
        return p._build(p._root, p._names[: count - idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path with no filesystem access; PurePath(...) makes a PurePosixPath."""

    # Seven slots, as CPython's PurePath has (sys.getsizeof of a path is 88): the anchor, the
    # names, and caches filled on first use (the text, the hash, the drive, the parts tuple,
    # the comparison key).
    __slots__ = ("_root", "_names", "_text", "_hashval", "_drv", "_pparts", "_cached_cparts")
    _windows = False

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, names = _parse(args)
        return cls._build_as(root, names)

    @classmethod
    def _build_as(cls, root, names):
        self = object.__new__(cls)
        self._root = root
        self._names = names
        self._text = None
        self._hashval = None
        return self

    def _build(self, root, names):
        # _build_as's body, one call fewer on every derived path
        path = object.__new__(type(self))
        path._root = root
        path._names = names
        path._text = None
        path._hashval = None
        return path

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    # -- text forms
    def __str__(self):
        if self._text is None:
            self._text = (self._root + "/".join(self._names)) or "."
        return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        raw = os.fsencode(str(self))
        keep = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/"
        quoted = "".join(chr(b) if b in keep else "%%%02X" % b for b in raw)
        return "file://" + quoted

    # -- comparisons
    def _key(self):
        try:
            return self._cached_cparts
        except AttributeError:
            key = [self._root] + self._names if self._root else list(self._names)
            self._cached_cparts = key
            return key

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._windows is other._windows and self._key() == other._key()

    def __hash__(self):
        if self._hashval is None:
            self._hashval = hash(tuple(self._key()))
        return self._hashval

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._windows is not other._windows:
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._windows is not other._windows:
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._windows is not other._windows:
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._windows is not other._windows:
            return NotImplemented
        return self._key() >= other._key()

    # -- components
    drive = property(lambda self: "", doc="The drive ('' on POSIX).")
    root = property(lambda self: self._root, doc="'/' for absolute paths ('//' kept), else ''.")

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        try:
            return self._pparts
        except AttributeError:
            self._pparts = parts = tuple([self._root] + self._names if self._root else self._names)
            return parts

    @property
    def name(self):
        return self._names[-1] if self._names else ""

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind(".")
        return name[dot:] if 0 < dot < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        return ["." + piece for piece in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        dot = name.rfind(".")
        return name[:dot] if 0 < dot < len(name) - 1 else name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._build(self._root, self._names[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    # -- derived paths
    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, names = _parse((name,))
        if not name or name[-1] == "/" or root or len(names) != 1:
            raise ValueError("Invalid name %r" % (name))
        return self._build(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[: -len(old)] + suffix
        return self._build(self._root, self._names[:-1] + [name])

    def joinpath(self, *args):
        root, names = _parse((self,) + args)
        return self._build(root, names)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            root, names = _parse((key, self))
        except TypeError:
            return NotImplemented
        return self._build(root, names)

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        mine = self._key()
        to_root, to_names = _parse(other)
        theirs = ([to_root] + to_names) if to_root else to_names
        n = len(theirs)
        if (bool(self._root) if n == 0 else mine[:n] != theirs):
            shown = (to_root + "/".join(to_names)) or "."
            raise ValueError(
                "{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute.".format(
                    str(self), shown
                )
            )
        return self._build(self._root if n == 1 else "", mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pat_root, pat_names = _split_text(path_pattern)
        if not pat_root and not pat_names:
            raise ValueError("empty pattern")
        if pat_root and pat_root != self._root:
            return False
        names = self._names
        if pat_root:
            if len(pat_names) != len(names):
                return False
        elif len(pat_names) > len(self._key()):
            return False
        for name, pat in zip(reversed(self._key()), reversed(pat_names)):
            if not fnmatch.fnmatchcase(name, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""

    __slots__ = ()


_WIN_RESERVED = (
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {"COM" + c for c in "123456789\xb9\xb2\xb3"}
    | {"LPT" + c for c in "123456789\xb9\xb2\xb3"}
)
_DRIVE_LETTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _win_splitroot(part):
    """(drive, root, rest) of one Windows path text whose separators are already backslashes."""
    prefix = ""
    if part[:2] == "\\\\":
        if part.startswith("\\\\?\\"):
            prefix, part = part[:4], part[4:]
            if part.startswith("UNC\\"):
                prefix, part = prefix + part[:3], "\\" + part[3:]
        if part[:2] == "\\\\" and part[2:3] != "\\":
            index = part.find("\\", 2)
            if index != -1:
                index2 = part.find("\\", index + 1)
                if index2 != index + 1:
                    if index2 == -1:
                        index2 = len(part)
                    drv = prefix + part[1:index2] if prefix else part[:index2]
                    return drv, "\\", part[index2 + 1 :]
    drv = root = ""
    if part[1:2] == ":" and part[:1] in _DRIVE_LETTERS:
        drv, part = part[:2], part[2:]
    if part[:1] == "\\":
        root, part = "\\", part.lstrip("\\")
    return prefix + drv, root, part


def _win_texts(args):
    texts = []
    for arg in args:
        if isinstance(arg, PurePath):
            texts.extend(arg.parts)
            continue
        text = os.fspath(arg)
        if not isinstance(text, str):
            raise TypeError(
                "argument should be a str object or an os.PathLike object returning str, not %r" % type(text)
            )
        texts.append(text)
    return texts


def _win_parse(args):
    """(drive, root, names) of the arguments of PureWindowsPath(...): scanning from the right,
    the last anchored argument starts the path; a root without a drive takes the drive of an
    argument before it."""
    names = []
    drv = root = ""
    it = reversed(_win_texts(args))
    for part in it:
        if not part:
            continue
        drv, root, rel = _win_splitroot(part.replace("/", "\\"))
        names.extend(x for x in reversed(rel.split("\\")) if x and x != ".")
        if drv or root:
            if not drv:
                for earlier in it:
                    if earlier:
                        drv = _win_splitroot(earlier.replace("/", "\\"))[0]
                        if drv:
                            break
            break
    names.reverse()
    return drv, root, names


class PureWindowsPath(PurePath):
    """A pure path with Windows semantics: drives, UNC shares, '\\\\' and '/' as separators,
    case-insensitive comparison."""

    __slots__ = ()
    _windows = True

    def __new__(cls, *args):
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        drv, root, names = _win_parse(args)
        return cls._build_as(drv + root, names)

    def _split_anchor(self):
        anchor = self._root
        if anchor.endswith("\\"):
            return anchor[:-1], "\\"
        return anchor, ""

    def __str__(self):
        if self._text is None:
            self._text = (self._root + "\\".join(self._names)) or "."
        return self._text

    def as_posix(self):
        return str(self).replace("\\", "/")

    def _key(self):
        try:
            return self._cached_cparts
        except AttributeError:
            key = [self._root] + self._names if self._root else list(self._names)
            self._cached_cparts = key = [x.lower() for x in key]
            return key

    @property
    def drive(self):
        """The drive ('c:', '\\\\\\\\host\\\\share' or '')."""
        try:
            return self._drv
        except AttributeError:
            self._drv = drive = self._split_anchor()[0]
            return drive

    root = property(lambda self: self._split_anchor()[1], doc="'\\\\' if the path has a root, else ''.")

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        keep = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/"

        def quote(text):
            return "".join(chr(b) if b in keep else "%%%02X" % b for b in text.encode("utf-8"))

        drive = self.drive
        if len(drive) == 2 and drive[1] == ":":
            return "file:///%s/%s" % (drive, quote(self.as_posix()[2:].lstrip("/")))
        return "file:" + quote(self.as_posix())

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, names = _win_parse((name,))
        if not name or name[-1] in "\\/" or drv or root or len(names) != 1:
            raise ValueError("Invalid name %r" % (name))
        return self._build(self._root, self._names[:-1] + [name])

    def with_suffix(self, suffix):
        if "\\" in suffix or "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        return PurePath.with_suffix(self, suffix)

    def joinpath(self, *args):
        drv, root = self._split_anchor()
        names = self._names
        drv2, root2, names2 = _win_parse(args)
        if root2:
            if not drv2 and drv:
                return self._build(drv + root2, names2)
        elif drv2:
            if drv2.lower() == drv.lower():
                return self._build(self._root, names + names2)
        else:
            return self._build(self._root, names + names2)
        return self._build(drv2 + root2, names2)

    def __rtruediv__(self, key):
        try:
            return type(self)(key).joinpath(self)
        except TypeError:
            return NotImplemented

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        drv, root = self._split_anchor()
        mine = ([drv, root] + self._names) if root else list(self.parts)
        to_drv, to_root, to_names = _win_parse(other)
        if to_root:
            theirs = [to_drv, to_root] + to_names
        else:
            theirs = ([to_drv] if to_drv else []) + to_names
        n = len(theirs)
        if (bool(root or drv) if n == 0 else [x.lower() for x in mine[:n]] != [x.lower() for x in theirs]):
            shown = (to_drv + to_root + "\\".join(to_names)) or "."
            raise ValueError(
                "{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute.".format(
                    str(self), shown
                )
            )
        if n == 1 and root:
            return self._build(root, mine[2:])
        return self._build("", mine[n:])

    def is_absolute(self):
        drv, root = self._split_anchor()
        return bool(root) and bool(drv)

    def is_reserved(self):
        parts = self.parts
        if not parts or parts[0].startswith("\\\\"):
            return False
        name = parts[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return name.upper() in _WIN_RESERVED

    def match(self, path_pattern):
        pattern = path_pattern.lower()
        drv, root, pat_names = _win_parse((pattern,))
        if not (drv or root or pat_names):
            raise ValueError("empty pattern")
        my_drv, my_root = self._split_anchor()
        if drv and drv != my_drv.lower():
            return False
        if root and root != my_root:
            return False
        key = self._key()
        if drv or root:
            if len(pat_names) + 1 != len(key):
                return False
        elif len(pat_names) > len(key):
            return False
        for name, pat in zip(reversed(key), reversed(pat_names)):
            if not fnmatch.fnmatchcase(name, pat):
                return False
        return True


class Path(PurePath):
    """A path on the real filesystem; Path(...) makes a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    def _child(self, name):
        return self._build(self._root, self._names + [name])

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    # -- information
    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(str(self))

    def owner(self):
        """The name of the user owning the file (from the password database)."""
        try:
            import pwd
        except ImportError:
            raise NotImplementedError("Path.owner() is unsupported on this system")
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """The name of the group owning the file (from the group database)."""
        try:
            import grp
        except ImportError:
            raise NotImplementedError("Path.group() is unsupported on this system")
        return grp.getgrgid(self.stat().st_gid).gr_name

    def _mode_test(self, test, use_lstat=False):
        try:
            mode = (self.lstat() if use_lstat else self.stat()).st_mode
        except OSError as exc:
            if not _quiet(exc):
                raise
            return False
        except ValueError:
            return False
        return test(mode)

    def exists(self):
        return self._mode_test(lambda mode: True)

    def is_dir(self):
        return self._mode_test(S_ISDIR)

    def is_file(self):
        return self._mode_test(S_ISREG)

    def is_symlink(self):
        return self._mode_test(S_ISLNK, use_lstat=True)

    def is_socket(self):
        return self._mode_test(S_ISSOCK)

    def is_fifo(self):
        return self._mode_test(S_ISFIFO)

    def is_block_device(self):
        return self._mode_test(S_ISBLK)

    def is_char_device(self):
        return self._mode_test(S_ISCHR)

    def samefile(self, other_path):
        mine = self.stat()
        other = other_path.stat() if isinstance(other_path, Path) else os.stat(other_path)
        return mine.st_ino == other.st_ino and mine.st_dev == other.st_dev

    # -- absolute forms
    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), *self._names)

    def resolve(self, strict=False):
        try:
            resolved = os.path.realpath(str(self), strict=strict)
        except OSError as exc:
            if getattr(exc, "errno", None) == ELOOP:
                raise RuntimeError("Symlink loop from %r" % exc.filename)
            raise
        p = type(self)(resolved)
        if not strict:
            try:
                p.stat()
            except OSError as exc:
                if getattr(exc, "errno", None) == ELOOP:
                    raise RuntimeError("Symlink loop from %r" % exc.filename)
        return p

    def expanduser(self):
        if not self._root and self._names and self._names[0][:1] == "~":
            home = os.path.expanduser(self._names[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._names[1:])
        return self

    def readlink(self):
        return type(self)(os.readlink(str(self)))

    # -- directory contents
    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._child(name)

    def glob(self, pattern):
        sys.audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, names = _split_text(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith("/"):
            names.append("")
        yield from _select(self, names)

    def rglob(self, pattern):
        sys.audit("pathlib.Path.rglob", self, pattern)
        root, names = _split_text(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern.endswith("/"):
            names.append("")
        yield from _select(self, ["**"] + names)

    # -- file contents
    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def write_bytes(self, data):
        # any bytes-like object; anything else fails in memoryview() with its message
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    # -- changing the filesystem
    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            os.utime(str(self), None)
            return
        open(self, "a").close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, str(self), target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to target (os.link's arguments the other way round)."""
        os.link(target, self)

    def link_to(self, target):
        """Make target a hard link to this path (deprecated: hardlink_to)."""
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled for removal in "
                      "Python 3.12. Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        type(self)(target).hardlink_to(self)

    def lchmod(self, mode):
        """chmod() of the link itself, not of what it points to."""
        self.chmod(mode, follow_symlinks=False)

    def is_mount(self):
        """Whether this is a mount point: a directory on another device than its parent, or
        the same directory as its parent (the root)."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            up = self.parent.stat()
        except OSError:
            return False
        here = self.stat()
        return here.st_dev != up.st_dev or here.st_ino == up.st_ino

    # A Path as a context manager does nothing since 3.9; entering one warns from 3.11.
    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled for removal in "
                      "Python 3.13; Path objects as a context manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete Windows path: not available on this (POSIX) system."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))


# -- glob selection (pathlib's own rules: '*' matches hidden names; '**' is any depth)


def _entries_of(path, dironly):
    try:
        with os.scandir(str(path)) as it:
            entries = list(it)
    except PermissionError:
        return []
    out = []
    for entry in entries:
        if dironly:
            try:
                if not entry.is_dir():
                    continue
            except OSError as exc:
                if not _quiet(exc):
                    raise
                continue
        out.append(entry)
    return out


def _subdirs_and_self(path):
    yield path
    try:
        with os.scandir(str(path)) as it:
            entries = list(it)
    except PermissionError:
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            if not _quiet(exc):
                raise
            is_dir = False
        if is_dir and not entry.is_symlink():
            yield from _subdirs_and_self(path._child(entry.name))


def _select(path, names):
    if not names or not names[0]:
        yield path
        return
    part, rest = names[0], names[1:]
    dironly = bool(rest)
    if part == "**":
        seen = set()
        for start in _subdirs_and_self(path):
            for found in _select(start, rest):
                if found not in seen:
                    seen.add(found)
                    yield found
        return
    if "**" in part:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if _has_magic(part):
        import re

        matcher = re.compile(fnmatch.translate(part)).fullmatch
        for entry in _entries_of(path, dironly):
            if matcher(entry.name):
                yield from _select(path._child(entry.name), rest)
        return
    child = path._child(part)
    if child.is_dir() if dironly else child.exists():
        yield from _select(child, rest)
