"""Compare files and directories (heapstack's own filecmp).

cmp() compares two files (shallow: by type, size and mtime first), cmpfiles() a list of
names in two directories, and dircmp the contents of two directory trees, with report(),
report_partial_closure() and report_full_closure() printing CPython's reports.
"""

import os
import stat
from itertools import filterfalse

__all__ = ["clear_cache", "cmp", "dircmp", "cmpfiles", "DEFAULT_IGNORES"]

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ["RCS", "CVS", "tags", ".git", ".hg", ".bzr", "_darcs", "__pycache__"]


def clear_cache():
    """Forget the results of earlier comparisons."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """True if files f1 and f2 seem equal: same signature (type, size, mtime) when shallow,
    else (or when signatures differ but sizes match) the same bytes."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    result = _cache.get(key)
    if result is None:
        result = _same_bytes(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = result
    return result


def _same_bytes(f1, f2):
    with open(f1, "rb") as a, open(f2, "rb") as b:
        while True:
            x = a.read(BUFSIZE)
            y = b.read(BUFSIZE)
            if x != y:
                return False
            if not x:
                return True


def _filter(names, skip):
    return list(filterfalse(skip.__contains__, names))


class dircmp:
    """Compare two directories: left_list/right_list, common, left_only/right_only,
    common_dirs/common_files/common_funny, same_files/diff_files/funny_files and subdirs
    are computed when first read."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        self.left_list = sorted(_filter(os.listdir(self.left), self.hide + self.ignore))
        self.right_list = sorted(_filter(os.listdir(self.right), self.hide + self.ignore))

    def phase1(self):
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            a_path = os.path.join(self.left, name)
            b_path = os.path.join(self.right, name)
            try:
                a_type = stat.S_IFMT(os.stat(a_path).st_mode)
                b_type = stat.S_IFMT(os.stat(b_path).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if a_type != b_type:
                self.common_funny.append(name)
            elif stat.S_ISDIR(a_type):
                self.common_dirs.append(name)
            elif stat.S_ISREG(a_type):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name),
                                                os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sd in self.subdirs.values():
            sd.phase4_closure()

    _phases = {
        "subdirs": "phase4",
        "same_files": "phase3", "diff_files": "phase3", "funny_files": "phase3",
        "common_dirs": "phase2", "common_files": "phase2", "common_funny": "phase2",
        "common": "phase1", "left_only": "phase1", "right_only": "phase1",
        "left_list": "phase0", "right_list": "phase0",
    }

    def __getattr__(self, attr):
        phase = self._phases.get(attr)
        if phase is None:
            raise AttributeError(attr)
        getattr(self, phase)()
        return getattr(self, attr)

    def report(self):
        print("diff", self.left, self.right)
        if self.left_only:
            self.left_only.sort()
            print("Only in", self.left, ":", self.left_only)
        if self.right_only:
            self.right_only.sort()
            print("Only in", self.right, ":", self.right_only)
        for title, names in (("Identical files :", self.same_files),
                             ("Differing files :", self.diff_files),
                             ("Trouble with common files :", self.funny_files),
                             ("Common subdirectories :", self.common_dirs),
                             ("Common funny cases :", self.common_funny)):
            if names:
                names.sort()
                print(title, names)

    def report_partial_closure(self):
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report()

    def report_full_closure(self):
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report_full_closure()

    def __class_getitem__(cls, item):
        import types

        return types.GenericAlias(cls, item)


def cmpfiles(a, b, common, shallow=True):
    """Sort `common` names into (same, different, uncomparable) between directories a, b."""
    result = ([], [], [])
    for name in common:
        x = os.path.join(a, name)
        y = os.path.join(b, name)
        try:
            outcome = 0 if cmp(x, y, shallow) else 1
        except OSError:
            outcome = 2
        result[outcome].append(name)
    return result


def demo():
    """'python -m filecmp [-r] dir1 dir2': report how two directories differ (-r: recursively)."""
    import getopt
    import sys
    options, args = getopt.getopt(sys.argv[1:], 'r')
    if len(args) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    comparison = dircmp(args[0], args[1])
    if ('-r', '') in options:
        comparison.report_full_closure()
    else:
        comparison.report()


if __name__ == '__main__':
    demo()
