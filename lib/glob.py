"""Pathname pattern expansion (heapstack's own implementation of CPython 3.11's glob).

Names come in os.scandir order, as in CPython; hidden names (leading '.') match only
patterns that start with '.', unless include_hidden=True; '**' with recursive=True
matches any number of directory levels.
"""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]

magic_check = re.compile("([*?[])")
magic_check_bytes = re.compile(b"([*?[])")


def has_magic(s):
    checker = magic_check_bytes if isinstance(s, bytes) else magic_check
    return checker.search(s) is not None


def _hidden(name):
    return name[:1] in (".", b".")


def _is_double_star(pattern):
    return pattern == "**" or pattern == b"**"


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching `pathname` (see iglob)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching `pathname`."""
    if dir_fd is not None:
        raise NotImplementedError("heapstack's glob does not support dir_fd")
    import sys

    sys.audit("glob.glob", pathname, recursive)
    sys.audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    root = os.fspath(root_dir) if root_dir is not None else pathname[:0]
    results = _expand(pathname, root, recursive, False, include_hidden)
    if not pathname or (recursive and _is_double_star(pathname[:2])):
        # A leading '**' yields the empty path first: not a result.
        first = next(results, None)
        if first is None:
            return iter(())
        if first:
            return _prepend(first, results)
    return results


def _prepend(first, rest):
    yield first
    yield from rest


def _join(a, b):
    if not a or not b:
        return a or b
    return os.path.join(a, b)


def _expand(pathname, root, recursive, dironly, include_hidden):
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        if tail:
            if os.path.lexists(_join(root, pathname)):
                yield pathname
        elif os.path.isdir(_join(root, head)):
            yield pathname
        return
    if not head:
        if recursive and _is_double_star(tail):
            yield from _all_below(root, tail, dironly, include_hidden)
        else:
            yield from _matching(root, tail, dironly, include_hidden)
        return
    if head != pathname and has_magic(head):
        parents = _expand(head, root, recursive, True, include_hidden)
    else:
        parents = [head]
    if not has_magic(tail):
        step = _literal
    elif recursive and _is_double_star(tail):
        step = _all_below
    else:
        step = _matching
    for parent in parents:
        for name in step(_join(root, parent), tail, dironly, include_hidden):
            yield os.path.join(parent, name)


def _entries(dirname, dironly):
    """Names in `dirname` (directories only if dironly), in scandir order; [] on errors."""
    names = []
    try:
        where = dirname
        if not where:
            where = os.curdir if isinstance(dirname, str) else os.curdir.encode()
        with os.scandir(where) as it:
            for entry in it:
                try:
                    if dironly and not entry.is_dir():
                        continue
                except OSError:
                    continue
                name = entry.name
                names.append(os.fsencode(name) if isinstance(dirname, bytes) else name)
    except OSError:
        pass
    return names


def _matching(dirname, pattern, dironly, include_hidden):
    names = _entries(dirname, dironly)
    if include_hidden or not _hidden(pattern):
        names = [n for n in names if include_hidden or not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _literal(dirname, name, dironly, include_hidden):
    if name:
        if os.path.lexists(_join(dirname, name)):
            return [name]
    elif os.path.isdir(dirname):
        return [name]
    return []


def _all_below(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _walk(dirname, dironly, include_hidden)


def _walk(dirname, dironly, include_hidden):
    for name in _entries(dirname, dironly):
        if include_hidden or not _hidden(name):
            yield name
            sub = _join(dirname, name) if dirname else name
            for below in _walk(sub, dironly, include_hidden):
                yield _join(name, below)


def escape(pathname):
    """Escape the magic characters *, ? and [ so `pathname` matches itself."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        rest = magic_check_bytes.sub(rb"[\1]", rest)
    else:
        rest = magic_check.sub(r"[\1]", rest)
    return drive + rest
