"""Constants and functions for interpreting os.stat() results (Linux values), written for
heapstack."""

# indexes of the os.stat() tuple
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# file types
S_IFMT_MASK = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# permission bits
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# BSD file flags
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

del S_IFMT_MASK


def S_IMODE(mode):
    """The permission bits of mode (what os.chmod() sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type bits of mode."""
    return mode & 0o170000


def _type_test(name, bits, what):
    if bits:
        def test(mode):
            return mode & 0o170000 == bits
    else:
        def test(mode):
            return False
    test.__name__ = test.__qualname__ = name
    test.__doc__ = "True when mode describes %s." % what
    return test


for _name, _bits, _what in (('S_ISDIR', S_IFDIR, 'a directory'),
                            ('S_ISCHR', S_IFCHR, 'a character device'),
                            ('S_ISBLK', S_IFBLK, 'a block device'),
                            ('S_ISREG', S_IFREG, 'a regular file'),
                            ('S_ISFIFO', S_IFIFO, 'a FIFO'),
                            ('S_ISLNK', S_IFLNK, 'a symbolic link'),
                            ('S_ISSOCK', S_IFSOCK, 'a socket'),
                            ('S_ISDOOR', 0, 'a door'),
                            ('S_ISPORT', 0, 'an event port'),
                            ('S_ISWHT', 0, 'a whiteout')):
    globals()[_name] = _type_test(_name, _bits, _what)
del _name, _bits, _what, _type_test


_TYPE_LETTERS = ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'),
                 (S_IFDIR, 'd'), (S_IFCHR, 'c'), (S_IFIFO, 'p'))


def filemode(mode):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'."""
    letter = '?'
    for bits, char in _TYPE_LETTERS:
        if mode & 0o170000 == bits:
            letter = char
            break
    out = [letter]
    for shift, special, lower, upper in ((6, S_ISUID, 's', 'S'), (3, S_ISGID, 's', 'S'),
                                         (0, S_ISVTX, 't', 'T')):
        triple = (mode >> shift) & 7
        out.append('r' if triple & 4 else '-')
        out.append('w' if triple & 2 else '-')
        if mode & special:
            out.append(lower if triple & 1 else upper)
        else:
            out.append('x' if triple & 1 else '-')
    return ''.join(out)


# Windows file attributes (defined everywhere, as in CPython)
for _i, _name in enumerate(('READONLY', 'HIDDEN', 'SYSTEM', None, 'DIRECTORY', 'ARCHIVE', 'DEVICE',
                            'NORMAL', 'TEMPORARY', 'SPARSE_FILE', 'REPARSE_POINT', 'COMPRESSED',
                            'OFFLINE', 'NOT_CONTENT_INDEXED', 'ENCRYPTED', 'INTEGRITY_STREAM',
                            'VIRTUAL', 'NO_SCRUB_DATA')):
    if _name is not None:
        globals()['FILE_ATTRIBUTE_' + _name] = 1 << _i
del _i, _name

# The built-in module's functions replace the ones above (its constants are the same values):
# S_ISDIR() and the rest are called for every isdir()/is_dir() test, and a built-in runs no frame.
from _stat import *
