"""Path operations on POSIX paths (os.path), written for heapstack.

Pure string functions work on str and bytes alike; the ones that ask the file system (exists,
isdir, getsize, realpath...) go through os.stat/os.lstat."""

import os
import stat as _stat

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

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


def _check_types(funcname, *args):
    kinds = set()
    for arg in args:
        if isinstance(arg, str):
            kinds.add(str)
        elif isinstance(arg, bytes):
            kinds.add(bytes)
        else:
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r"
                            % (funcname, type(arg).__name__)) from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


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
        _check_types('join', a, *p)
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
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        slash, dot = b'/', b'.'
    else:
        slash, dot = '/', '.'
    last_sep = p.rfind(slash)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        start = last_sep + 1
        # a name made only of leading dots up to the last one has no extension
        if p[start:last_dot].strip(dot):
            return p[:last_dot], p[last_dot:]
    return p, p[:0]


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


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    low, high = min(m), max(m)
    n = 0
    limit = min(len(low), len(high))
    while n < limit and low[n] == high[n]:
        n += 1
    return low[:n]


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    slash, here, _ = _seps(paths[0])
    try:
        parts = [[c for c in p.split(slash) if c and c != here] for p in paths]
        absolute = {p[:1] == slash for p in paths}
    except (TypeError, AttributeError):
        _check_types('commonpath', *paths)
        raise
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    _check_types('commonpath', *paths)
    shortest, longest = min(parts), max(parts)
    common = shortest
    for i, c in enumerate(shortest):
        if c != longest[i]:
            common = shortest[:i]
            break
    prefix = slash if absolute.pop() else slash[:0]
    return prefix + slash.join(common)


# --- questions to the file system ------------------------------------------------------------

def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_test(path, check, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return False
    return check(st.st_mode)


def isfile(path):
    """Test whether a path is a regular file"""
    return _mode_test(path, _stat.S_ISREG)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    return _mode_test(s, _stat.S_ISDIR)


def islink(path):
    """Test whether a path is a symbolic link"""
    return _mode_test(path, _stat.S_ISLNK, False)


def ismount(path):
    """Test whether a path is a mount point"""
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    parent = realpath(join(path, _seps(path)[2]))
    try:
        up = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return here.st_dev != up.st_dev or here.st_ino == up.st_ino


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    return samestat(os.stat(f1), os.stat(f2))


# --- normalisation ---------------------------------------------------------------------------

def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    slash, here, up = _seps(path)
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
    if start is None:
        start = here
    else:
        start = os.fspath(start)
    try:
        target = [c for c in abspath(path).split(slash) if c]
        origin = [c for c in abspath(start).split(slash) if c]
        same = 0
        for a, b in zip(target, origin):
            if a != b:
                break
            same += 1
        parts = [up] * (len(origin) - same) + target[same:]
        if not parts:
            return here
        return join(*parts)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_types('relpath', path, start)
        raise


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


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    raise OSError(38, 'Function not implemented')
