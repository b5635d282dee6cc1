"""Cache of source file lines, for tracebacks and debuggers.

getline(filename, lineno) returns one line (with its newline, '' when
there is no such line); getlines(filename) all of them.  Files are read
once and kept in `cache`; checkcache() and clearcache() drop entries.

heapstack has no os module yet, so files are not stat'ed: an entry stays
valid until it is cleared (like CPython's entries for sources that came
from a module's __loader__).
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_lines,) for a lazy entry
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of the file, or '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of the file (read and cached on first use)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries of files that changed on disk.  Without file
    status information every loaded entry is kept."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        # size and mtime are None: nothing to compare with


def _is_pseudo(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def _encoding_of(data):
    """The source encoding (PEP 263): BOM, else a coding cookie on one of
    the first two lines, else UTF-8."""
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    for line in data.split(b'\n', 2)[:2]:
        text = line.decode('latin-1').strip()
        if not text.startswith('#'):
            if text:
                break
            continue
        at = text.find('coding')
        if at >= 0 and text[at + 6:at + 7] in (':', '='):
            rest = text[at + 7:].lstrip()
            name = ''
            for ch in rest:
                if ch.isalnum() or ch in '-_.':
                    name += ch
                else:
                    break
            if name:
                return name
    return 'utf-8'


def _split_lines(text):
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    last = lines.pop()
    lines = [line + '\n' for line in lines]
    if last:
        lines.append(last + '\n')
    return lines


def _read(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    return _split_lines(data.decode(_encoding_of(data)))


def updatecache(filename, module_globals=None):
    """(Re)reads the file into the cache and returns its lines ([] when
    it cannot be read)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        cache.pop(filename, None)
    if _is_pseudo(filename):
        return []
    fullname = filename
    try:
        lines = _read(fullname)
    except (OSError, UnicodeDecodeError, LookupError, ValueError):
        lines = None
    if lines is None:
        if lazycache(filename, module_globals):
            try:
                source = cache[filename][0]()
            except (ImportError, OSError):
                source = None
            if source is None:
                return []
            lines = _split_lines(source)
            cache[filename] = (len(source), None, lines, fullname)
            return lines
        if filename.startswith('/'):
            return []
        for directory in sys.path:
            if not isinstance(directory, str):
                continue
            candidate = directory + '/' + filename if directory else filename
            try:
                lines = _read(candidate)
            except (OSError, UnicodeDecodeError, LookupError, ValueError):
                continue
            fullname = candidate
            break
        else:
            return []
    cache[filename] = (sum(len(line) for line in lines), None, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remembers how to get the source of a module that is not a plain
    file (through its loader's get_source), without reading it yet.
    Returns whether an entry (lazy or not) exists afterwards."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo(filename):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None) or module_globals['__name__']
        loader = getattr(spec, 'loader', None)
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
