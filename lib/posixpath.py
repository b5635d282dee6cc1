"""Path operations on POSIX paths (os.path), written for heapstack.

Pure string functions work on str and bytes alike; the ones that ask the file system (exists,
isdir, getsize, realpath...) go through os.stat/os.lstat, most of them in genericpath.

CPython freezes this module, and its tracebacks show only line numbers ("<frozen posixpath>",
line 76, in join): the statements that can raise stand at the lines CPython's stand at."""

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

import os
import sys
import stat as _stat
import genericpath
from genericpath import *

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink',
           'exists', 'lexists', 'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars',
           'normpath', 'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir', 'pardir',
           'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull', 'realpath',
           'supports_unicode_filenames', 'relpath', 'commonpath']


def _seps(p):
    """(separator, current dir, parent dir) in the type of p."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'














def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return os.fspath(s)





def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])







def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = os.fspath(a)
    slash = _seps(a)[0] if isinstance(a, (str, bytes)) else '/'
    try:
        result = a
        if not p:
            result[:0] + slash
        for piece in map(os.fspath, p):
            if piece.startswith(slash):
                result = piece
            elif not result or result.endswith(slash):
                result = result + piece
            else:
                result = result + slash + piece
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', a, *p)
        raise
    return result







def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = os.fspath(p)
    slash = _seps(p)[0]
    cut = p.rfind(slash) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail







def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'/', None, b'.')
    return genericpath._splitext(p, '/', None, '.')


splitext.__doc__ = genericpath._splitext.__doc__






def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = os.fspath(p)
    return p[:0], p




def basename(p):
    """Returns the final component of a pathname"""
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]






def dirname(p):
    """Returns the directory component of a pathname"""
    p = os.fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head






def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return _stat.S_ISLNK(st.st_mode)



def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True





def ismount(path):
    """Test whether a path is a mount point"""
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    # a symbolic link is never a mount point
    if _stat.S_ISLNK(here.st_mode):
        return False
    # the parent, with symbolic links resolved: another device, or the same
    # inode (the root: its parent is itself), makes path a mount point, as
    # the kernel tells no other way
    path = os.fspath(path)
    parent = realpath(join(path, _seps(path)[2]))
    try:
        # the parent of a path that lstat accepted can only fail to be
        # looked at when it went away meanwhile (or cannot be searched):
        # then path is not taken for a mount point, as it cannot be
        # proved to be one
        up = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return here.st_dev != up.st_dev or here.st_ino == up.st_ino


def _password_home(name):
    """The home directory the password database gives user `name` (None: the current user),
    or None when it has no such entry."""
    try:
        import pwd
    except ImportError:
        return None
    try:
        entry = pwd.getpwuid(os.getuid()) if name is None else pwd.getpwnam(name)
    except KeyError:
        return None
    return entry.pw_dir






def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    end = path.find(slash, 1)
    if end < 0:
        end = len(path)
    if end != 1:
        # ~user: that user's home in the password database
        name = path[1:end]
        if isinstance(name, bytes):
            name = str(name, 'ASCII')
        home = _password_home(name)
    else:
        home = os.environ.get('HOME')
        if home is None:
            home = _password_home(None)
    if home is None:
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(slash)
    return (home + path[end:]) or slash





































def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        text = path.decode('utf-8', 'surrogateescape')
    else:
        if '$' not in path:
            return path
        text = path
    out = []
    i = 0
    n = len(text)
    word = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
    while i < n:
        ch = text[i]
        if ch != '$':
            out.append(ch)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            close = text.find('}', i + 2)
            if close < 0:
                out.append(ch)
                i += 1
                continue
            name = text[i + 2:close]
            end = close + 1
        else:
            j = i + 1
            while j < n and text[j] in word:
                j += 1
            if j == i + 1:
                out.append(ch)
                i += 1
                continue
            name = text[i + 1:j]
            end = j
        if name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(text[i:end])
        i = end
    result = ''.join(out)
    if isinstance(path, bytes):
        return result.encode('utf-8', 'surrogateescape')
    return result


def _normalise(path, slash, here, up):
    """normpath's work on a path of the type of slash."""
    if not path:
        return here
    if path.startswith(slash):
        # POSIX keeps exactly two leading slashes; one or three and more become one
        lead = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    else:
        lead = 0
    kept = []
    for part in path.split(slash):
        if not part or part == here:
            continue
        if part == up and kept and kept[-1] != up:
            kept.pop()
        elif part == up and lead:
            continue
        else:
            kept.append(part)
    result = slash * lead + slash.join(kept)
    return result or here
























def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    return _normalise(path, *_seps(path))




def abspath(path):
    """Return an absolute path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)








def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    filename = os.fspath(filename)
    resolved, _ = _follow(filename[:0], filename, strict, {})
    return abspath(resolved)


def _follow(base, tail, strict, links):
    """Walk tail's components from base, replacing symbolic links by their targets.

    links maps each link met to what it resolved to (None while it is being resolved, which
    reveals a loop). Returns (path, complete); an incomplete path keeps the unresolved rest."""
    slash, here, up = _seps(tail)
    if tail.startswith(slash):
        base = slash
    parts = tail.split(slash)
    for index, part in enumerate(parts):
        if part == '' or part == here:
            continue
        if part == up:
            if not base:
                base = up
            else:
                head, last = split(base)
                base = join(head, up, up) if last == up else head
            continue
        candidate = join(base, part)
        try:
            is_link = _stat.S_ISLNK(os.lstat(candidate).st_mode)
        except OSError:
            if strict:
                raise
            is_link = False
        if not is_link:
            base = candidate
            continue
        if candidate in links:
            known = links[candidate]
            if known is not None:
                base = known
                continue
            if strict:
                os.stat(candidate)
            return join(candidate, slash.join(parts[index + 1:])), False
        links[candidate] = None
        base, complete = _follow(base, os.readlink(candidate), strict, links)
        if not complete:
            return join(base, slash.join(parts[index + 1:])), False
        links[candidate] = base
    return base, True























def relpath(path, start=None):
    """Return a relative version of a path"""

    if not path:
        raise ValueError("no path specified")

    path = os.fspath(path)
    slash, here, up = _seps(path)
    # start defaults to the current directory: compared as absolute paths,
    # the two share a prefix of components; the rest of start becomes one
    # parent each, followed by the rest of path.  Unequal types (str and
    # bytes) or a start of another type fail in that comparison, and
    # _check_arg_types then says which argument was wrong.
    # (Blank and comment lines keep the statements that can raise at the
    # line numbers of CPython's frozen module.)

    if start is None:
        start = here
    else:
        start = os.fspath(start)

    try:
        target = [c for c in abspath(path).split(slash) if c]
        origin = [c for c in abspath(start).split(slash) if c]
        same = 0
        while same < min(len(target), len(origin)) and target[same] == origin[same]:
            same += 1
        parts = [up] * (len(origin) - same) + target[same:]
        if not parts:
            return here
        return join(*parts)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise







def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""

    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')

    paths = tuple(map(os.fspath, paths))
    slash, here, _ = _seps(paths[0])
    # Every path is cut at its separators (a path of the other type fails
    # there, and _check_arg_types says so); the longest run of components,
    # without empty ones and '.', that the smallest and the largest list
    # share is the answer, under the root when the paths are absolute.
    #
    # (Blank and comment lines keep the statements that can raise at the
    # line numbers of CPython's frozen module.)

    try:
        parts = [p.split(slash) for p in paths]
        absolute = {p[:1] == slash for p in paths}
        if len(absolute) != 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        parts = [[c for c in s if c and c != here] for s in parts]
        # in sorted order, what the smallest and the largest list share
        # every list between them shares too
        shortest, longest = min(parts), max(parts)
        common = shortest
        for i, c in enumerate(shortest):
            if c != longest[i]:
                common = shortest[:i]
                break

        prefix = slash if absolute.pop() else slash[:0]
        return prefix + slash.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
