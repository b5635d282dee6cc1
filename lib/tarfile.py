"""Tar archives (heapstack's own implementation): reading and writing POSIX archives, plain or
gzip-compressed.

Written archives are laid out as CPython 3.11 writes them in its default pax format: a ustar
header per member, preceded by a pax extended header when a value does not fit the ustar fields
(the float modification time os.stat gives, long names, non-ASCII names), data padded to 512-byte
blocks, two zero blocks at the end and the whole padded to a 10240-byte record. Reading accepts
ustar, pax and GNU long-name headers. bz2 and xz compression are not available."""

import io
import os
import stat as _stat
import sys
import time

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError", "CompressionError",
           "StreamError", "ExtractError", "HeaderError", "ENCODING", "USTAR_FORMAT", "GNU_FORMAT",
           "PAX_FORMAT", "DEFAULT_FORMAT", "open"]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"
LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE,
                   BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)

ENCODING = sys.getfilesystemencoding()


class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    """Exception for empty headers."""


class TruncatedHeaderError(HeaderError):
    """Exception for truncated headers."""


class EOFHeaderError(HeaderError):
    """Exception for end of file headers."""


class InvalidHeaderError(HeaderError):
    """Exception for invalid headers."""


# --- header fields -----------------------------------------------------------------------------

def _text_field(value, width, encoding, errors):
    data = value.encode(encoding, errors)[:width]
    return data + NUL * (width - len(data))


def _number_field(value, width):
    # octal digits then a NUL; a value too large for them is base-256 (GNU)
    value = int(value)
    if 0 <= value < 8 ** (width - 1):
        return b"%0*o" % (width - 1, value) + NUL
    if -256 ** (width - 1) <= value < 256 ** (width - 1):
        if value < 0:
            value += 256 ** width
        out = bytearray([0x80])
        out += value.to_bytes(width - 1, "big")
        return bytes(out)
    raise ValueError("overflow in number field")


def _read_text(data, encoding, errors):
    end = data.find(NUL)
    if end != -1:
        data = data[:end]
    return data.decode(encoding, errors)


def _read_number(data):
    if data[0] in (0x80, 0xff):
        value = int.from_bytes(data[1:], "big")
        if data[0] == 0xff:
            value -= 256 ** (len(data) - 1)
        return value
    text = data.split(NUL, 1)[0].decode("ascii", "replace").strip()
    try:
        return int(text or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header") from None


def _checksum(block):
    # the sum of the header's bytes with the checksum field counted as spaces
    return 256 + sum(block[:148]) + sum(block[156:512])


def _pad(size):
    rest = size % BLOCKSIZE
    return NUL * (BLOCKSIZE - rest) if rest else b""


# --- members -----------------------------------------------------------------------------------

class TarInfo:
    """One member of an archive: its name, type, size, times and ownership."""

    __slots__ = dict(
        name='Name of the archive member.', mode='Permission bits.', uid='User ID of the user who originally stored this member.',
        gid='Group ID of the user who originally stored this member.', size='Size in bytes.',
        mtime='Time of last modification.', chksum='Header checksum.', type='File type.',
        linkname='Name of the target file name.', uname='User name.', gname='Group name.',
        devmajor='Device major number.', devminor='Device minor number.',
        offset='The tar header starts here.', offset_data="The file's data starts here.",
        pax_headers='A dictionary containing key-value pairs of an associated pax extended header.',
        sparse='Sparse member information.', tarfile=None)

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.tarfile = None
        self.pax_headers = {}

    @property
    def path(self):
        """In pax headers, "name" is called "path"."""
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        """In pax headers, "linkname" is called "linkpath"."""
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def replace(self, **kwargs):
        import copy
        result = copy.copy(self)
        for key, value in kwargs.items():
            setattr(result, key, value)
        return result

    def get_info(self):
        """The member's header fields as a dictionary."""
        info = {"name": self.name, "mode": self.mode & 0o7777, "uid": self.uid, "gid": self.gid,
                "size": self.size, "mtime": self.mtime, "chksum": self.chksum, "type": self.type,
                "linkname": self.linkname, "uname": self.uname, "gname": self.gname,
                "devmajor": self.devmajor, "devminor": self.devminor}
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The member's header blocks."""
        info = self.get_info()
        for name, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % name)
        if format == USTAR_FORMAT:
            return self._ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self._gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self._pax_header(info, encoding)
        raise ValueError("invalid format")

    def _ustar_header(self, info, encoding, errors):
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        name = info["name"]
        if len(name.encode(encoding, errors)) > LENGTH_NAME:
            prefix, name = self._split_name(name, encoding, errors)
            info["name"] = name
            info["prefix"] = prefix
        return self._header(info, POSIX_MAGIC, encoding, errors)

    @staticmethod
    def _split_name(name, encoding, errors):
        # a long name goes into prefix + "/" + name, split at a slash
        components = name.split("/")
        for i in range(1, len(components)):
            prefix = "/".join(components[:i])
            rest = "/".join(components[i:])
            if (len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and
                    len(rest.encode(encoding, errors)) <= LENGTH_NAME):
                return prefix, rest
        raise ValueError("name is too long")

    def _gnu_header(self, info, encoding, errors):
        out = b""
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            out += self._long_header(info["linkname"], GNUTYPE_LONGLINK, encoding, errors)
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            out += self._long_header(info["name"], GNUTYPE_LONGNAME, encoding, errors)
        return out + self._header(info, GNU_MAGIC, encoding, errors)

    @classmethod
    def _long_header(cls, name, kind, encoding, errors):
        data = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": kind, "size": len(data), "magic": GNU_MAGIC}
        return cls._header(info, GNU_MAGIC, encoding, errors) + data + _pad(len(data))

    def _pax_header(self, info, encoding):
        records = {}
        for field, key, width in (("name", "path", LENGTH_NAME), ("linkname", "linkpath", LENGTH_LINK),
                                  ("uname", "uname", 32), ("gname", "gname", 32)):
            if key in self.pax_headers:
                continue
            value = info[field]
            if not value.isascii() or len(value) > width:
                records[key] = value
        for field, width in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[field]
            whole = round(value) if isinstance(value, float) else value
            if not 0 <= whole < 8 ** (width - 1):
                info[field] = 0
            elif isinstance(value, float):
                info[field] = whole
            else:
                continue
            if field not in self.pax_headers:
                records[field] = str(value)
        if records:
            out = self._extended_header(records, XHDTYPE, encoding)
        else:
            out = b""
        # the ustar header keeps what fits; the pax records carry the rest
        return out + self._header(info, POSIX_MAGIC, "ascii", "replace")

    @classmethod
    def _extended_header(cls, records, kind, encoding):
        body = bytearray()
        for key, value in records.items():
            item = key.encode("utf-8") + b"=" + value.encode("utf-8") + b"\n"
            # the record's length counts its own digits
            size = len(item) + 2
            while len(b"%d " % size) + len(item) != size:
                size = len(b"%d " % size) + len(item)
            body += b"%d " % size + item
        info = {"name": "././@PaxHeader", "type": kind, "size": len(body), "magic": POSIX_MAGIC}
        return cls._header(info, POSIX_MAGIC, "ascii", "replace") + bytes(body) + _pad(len(body))

    @staticmethod
    def _header(info, magic, encoding, errors):
        kind = info.get("type", REGTYPE)
        if kind in (CHRTYPE, BLKTYPE):
            devmajor = _number_field(info.get("devmajor", 0), 8)
            devminor = _number_field(info.get("devminor", 0), 8)
        else:
            devmajor = devminor = NUL * 8
        block = b"".join([
            _text_field(info.get("name", ""), 100, encoding, errors),
            _number_field(info.get("mode", 0) & 0o7777, 8),
            _number_field(info.get("uid", 0), 8),
            _number_field(info.get("gid", 0), 8),
            _number_field(info.get("size", 0), 12),
            _number_field(info.get("mtime", 0), 12),
            b" " * 8,
            kind,
            _text_field(info.get("linkname", ""), 100, encoding, errors),
            info.get("magic", magic),
            _text_field(info.get("uname", ""), 32, encoding, errors),
            _text_field(info.get("gname", ""), 32, encoding, errors),
            devmajor,
            devminor,
            _text_field(info.get("prefix", ""), 155, encoding, errors),
        ])
        block += NUL * (BLOCKSIZE - len(block))
        checksum = b"%06o" % _checksum(block) + NUL
        return block[:148] + checksum + block[155:]

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one 512-byte header block."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        if _read_number(buf[148:156]) != _checksum(buf):
            raise InvalidHeaderError("bad checksum")
        info = cls()
        info.name = _read_text(buf[0:100], encoding, errors)
        info.mode = _read_number(buf[100:108])
        info.uid = _read_number(buf[108:116])
        info.gid = _read_number(buf[116:124])
        info.size = _read_number(buf[124:136])
        info.mtime = _read_number(buf[136:148])
        info.chksum = _read_number(buf[148:156])
        info.type = buf[156:157]
        info.linkname = _read_text(buf[157:257], encoding, errors)
        info.uname = _read_text(buf[265:297], encoding, errors)
        info.gname = _read_text(buf[297:329], encoding, errors)
        info.devmajor = _read_number(buf[329:337])
        info.devminor = _read_number(buf[337:345])
        prefix = _read_text(buf[345:500], encoding, errors)
        if info.type == AREGTYPE and info.name.endswith("/"):
            info.type = DIRTYPE
        if prefix and info.type not in (GNUTYPE_SPARSE,) and buf[257:265] == POSIX_MAGIC:
            info.name = prefix + "/" + info.name
        if info.isdir():
            info.name = info.name.rstrip("/")
        return info

    def isfile(self):
        """Return True if the Tarinfo object is a regular file."""
        return self.type in REGULAR_TYPES

    isreg = isfile

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


# --- archives ----------------------------------------------------------------------------------

def _parse_pax(data, encoding):
    records = {}
    pos = 0
    while pos < len(data) and data[pos:pos + 1] != NUL:
        space = data.index(b" ", pos)
        length = int(data[pos:space])
        if length < 5:
            raise InvalidHeaderError("invalid header")
        item = data[space + 1:pos + length - 1]
        key, _, value = item.partition(b"=")
        records[key.decode("utf-8")] = value.decode("utf-8", "surrogateescape")
        pos += length
    return records


class TarFile:
    """An archive: open it with tarfile.open(), iterate over its members, add or extract them."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = None
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors="surrogateescape",
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None):
        if len(mode) > 1 or mode not in "raw":
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}[mode]
        if fileobj is None:
            if self.mode == "a" and not os.path.exists(name):
                self.mode = "w"
                self._mode = "wb"
            fileobj = builtins_open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and hasattr(fileobj, "name") and isinstance(fileobj.name, (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors
        self.pax_headers = dict(pax_headers) if pax_headers is not None and self.format == PAX_FORMAT else {}
        if errorlevel is not None:
            self.errorlevel = errorlevel
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = 0
        self.inodes = {}
        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                while True:
                    self.fileobj.seek(self.offset)
                    try:
                        member = self.tarinfo_from(self.fileobj.read(BLOCKSIZE))
                    except EOFHeaderError:
                        self.fileobj.seek(self.offset)
                        break
                    self._read_member(member)
                self._loaded = True
            if self.mode in "aw" and self.pax_headers:
                data = TarInfo._extended_header(self.pax_headers, XGLTYPE, self.encoding)
                self.fileobj.write(data)
                self.offset += len(data)
        except BaseException:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def tarinfo_from(self, buf):
        return self.tarinfo.frombuf(buf, self.encoding, self.errors)

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive: mode 'r' or 'r:*' (any compression), 'r:' (none), 'r:gz',
        'w', 'w:', 'w:gz', 'x', 'x:gz', 'a'; the stream forms ('r|gz'...) read and write the
        same way."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if "|" in mode:
            filemode, _, comptype = mode.partition("|")
        else:
            filemode, _, comptype = mode.partition(":")
        filemode = filemode or "r"
        comptype = comptype or ("*" if filemode == "r" and ":" not in mode and "|" not in mode else "tar")
        if comptype == "":
            comptype = "tar"
        if filemode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        if comptype == "*":
            if filemode != "r":
                raise ValueError("undiscernible mode")
            if fileobj is not None:
                start = fileobj.tell()
                head = fileobj.read(2)
                fileobj.seek(start)
            else:
                with builtins_open(name, "rb") as probe:
                    head = probe.read(2)
            comptype = "gz" if head == b"\x1f\x8b" else "tar"
            try:
                return cls._open_as(comptype, name, filemode, fileobj, **kwargs)
            except (ReadError, CompressionError) as e:
                raise ReadError("file could not be opened successfully:\n- method %s: %r"
                                % (comptype, e)) from None
        if comptype in ("bz2", "xz"):
            raise CompressionError("%s module is not available" % {"bz2": "bz2", "xz": "lzma"}[comptype])
        if comptype not in ("tar", "gz"):
            raise CompressionError("unknown compression type %r" % comptype)
        return cls._open_as(comptype, name, filemode, fileobj, **kwargs)

    @classmethod
    def _open_as(cls, comptype, name, mode, fileobj, compresslevel=9, **kwargs):
        if comptype == "tar":
            return cls(name, mode, fileobj, **kwargs)
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        import gzip
        try:
            zipped = gzip.GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        try:
            if mode == "r":
                # a gzip error shows up on the first read
                data = zipped.read()
                zipped.close()
                plain = io.BytesIO(data)
                plain.name = name
                archive = cls(name, "r", plain, **kwargs)
                archive._extfileobj = False
                return archive
            archive = cls(name, mode, zipped, **kwargs)
        except OSError as e:
            zipped.close()
            raise ReadError("not a gzip file") from e
        except BaseException:
            zipped.close()
            raise
        archive._extfileobj = False
        return archive

    taropen = classmethod(lambda cls, name, mode="r", fileobj=None, **kw: cls(name, mode, fileobj, **kw))

    def close(self):
        """Close the archive; in write mode the end-of-archive blocks are written first."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in "awx":
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                rest = self.offset % RECORDSIZE
                if rest:
                    self.fileobj.write(NUL * (RECORDSIZE - rest))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            # an exception: the archive is left as it is (not finished)
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    # reading

    def _read_member(self, member):
        member.offset = self.offset
        member.offset_data = self.offset + BLOCKSIZE
        self.offset = member.offset_data
        if member.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            data = self.fileobj.read(member.size)
            self.offset += member.size + len(_pad(member.size))
            self.fileobj.seek(self.offset)
            header = self.fileobj.read(BLOCKSIZE)
            following = self.tarinfo_from(header)
            if member.type in (XHDTYPE, SOLARIS_XHDTYPE, XGLTYPE):
                records = _parse_pax(data, self.encoding)
                if member.type == XGLTYPE:
                    self.pax_headers.update(records)
                    following = self._read_member(following)
                    return following
                following = self._read_member(following)
                following.pax_headers = records
                self._apply_pax(following, records)
                return following
            text = data.split(NUL, 1)[0].decode(self.encoding, self.errors)
            following = self._read_member(following)
            if member.type == GNUTYPE_LONGNAME:
                following.name = text.rstrip("/") if following.isdir() else text
            else:
                following.linkname = text
            return following
        if member.isfile() or member.type not in SUPPORTED_TYPES:
            self.offset += member.size + len(_pad(member.size))
        self.members.append(member)
        member.tarfile = self
        return member

    @staticmethod
    def _apply_pax(member, records):
        for key, value in records.items():
            if key == "path":
                member.name = value.rstrip("/") if member.isdir() else value
            elif key == "linkpath":
                member.linkname = value
            elif key in ("uname", "gname"):
                setattr(member, key, value)
            elif key in ("uid", "gid", "size"):
                setattr(member, key, int(value))
            elif key == "mtime":
                member.mtime = float(value)

    def next(self):
        """The next member of the archive, or None at its end."""
        self._check("ra")
        if self.firstmember is not None:
            member = self.firstmember
            self.firstmember = None
            return member
        if self._loaded:
            return None
        self.fileobj.seek(self.offset)
        while True:
            buf = self.fileobj.read(BLOCKSIZE)
            try:
                member = self.tarinfo_from(buf)
                member.offset = self.offset
                break
            except EOFHeaderError:
                if self.ignore_zeros and len(buf) == BLOCKSIZE:
                    self.offset += BLOCKSIZE
                    continue
                self._loaded = True
                return None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
                self._loaded = True
                return None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
                self._loaded = True
                return None
            except InvalidHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
                self._loaded = True
                return None
        return self._read_member(member)

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def getmembers(self):
        """The archive's members as a list of TarInfo objects, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        return [member.name for member in self.getmembers()]

    def getmember(self, name):
        """The TarInfo of member `name` (its last occurrence); KeyError if there is none."""
        wanted = name.rstrip("/")
        for member in reversed(self.getmembers()):
            if member.name == wanted:
                return member
        raise KeyError("filename %r not found" % name)

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            # read when the archive was opened, and already in members
            index += 1
            yield self.next()
        while True:
            if index < len(self.members):
                member = self.members[index]
            elif not self._loaded:
                member = self.next()
                if member is None:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield member

    def list(self, verbose=True, *, members=None):
        """Print a table of contents (ls -l style with verbose)."""
        self._check()
        for member in self if members is None else members:
            if verbose:
                print(_stat.filemode(member.mode), end=" ")
                print("%s/%s" % (member.uname or member.uid, member.gname or member.gid), end=" ")
                if member.ischr() or member.isblk():
                    print("%10s" % ("%d,%d" % (member.devmajor, member.devminor)), end=" ")
                else:
                    print("%10d" % member.size, end=" ")
                print("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(member.mtime)[:6], end=" ")
            print(member.name + ("/" if member.isdir() else ""), end=" ")
            if verbose:
                if member.issym():
                    print("->", member.linkname, end=" ")
                if member.islnk():
                    print("link to", member.linkname, end=" ")
            print()

    def _member(self, member):
        return self.getmember(member) if isinstance(member, str) else member

    def extractfile(self, member):
        """A file object reading a regular member's data (None for directories...)."""
        self._check("r")
        member = self._member(member)
        if member.isfile() or member.type not in SUPPORTED_TYPES:
            self.fileobj.seek(member.offset_data)
            data = self.fileobj.read(member.size)
            return io.BytesIO(data)
        if member.islnk() or member.issym():
            return self.extractfile(self.getmember(
                member.linkname if member.islnk() else os.path.normpath(
                    os.path.join(os.path.dirname(member.name), member.linkname))))
        return None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract the members (all by default) below `path`; directories' times and modes
        are set last."""
        directories = []
        for member in self.getmembers() if members is None else members:
            if member.isdir():
                directories.append(member)
                self._extract_one(member, path, set_attrs=False)
            else:
                self._extract_one(member, path, set_attrs=True)
        directories.sort(key=lambda m: m.name, reverse=True)
        for member in directories:
            target = os.path.join(path, member.name)
            self._set_attrs(member, target)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        """Extract one member below `path`."""
        self._extract_one(self._member(member), path, set_attrs)

    def _extract_one(self, member, path, set_attrs):
        self._check("r")
        target = os.path.join(path, member.name)
        folder = os.path.dirname(target)
        if folder and not os.path.exists(folder):
            os.makedirs(folder)
        if member.isdir():
            if not os.path.isdir(target):
                os.mkdir(target, 0o700)
        elif member.issym():
            if os.path.lexists(target):
                os.unlink(target)
            os.symlink(member.linkname, target)
            return
        elif member.islnk():
            source = self.extractfile(member)
            with builtins_open(target, "wb") as out:
                out.write(source.read())
        else:
            self.fileobj.seek(member.offset_data)
            with builtins_open(target, "wb") as out:
                out.write(self.fileobj.read(member.size))
        if set_attrs:
            self._set_attrs(member, target)

    @staticmethod
    def _set_attrs(member, target):
        try:
            os.chmod(target, member.mode)
        except OSError:
            pass
        try:
            os.utime(target, (member.mtime, member.mtime))
        except OSError:
            pass

    # writing

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for the file `name` (or fileobj), as os.lstat describes it."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = arcname.replace(os.sep, "/").lstrip("/")
        info = self.tarinfo()
        info.tarfile = self
        if fileobj is None:
            st = os.stat(name) if self.dereference else os.lstat(name)
        else:
            st = os.fstat(fileobj.fileno())
        mode = st.st_mode
        linkname = ""
        if _stat.S_ISREG(mode):
            kind = REGTYPE
        elif _stat.S_ISDIR(mode):
            kind = DIRTYPE
        elif _stat.S_ISFIFO(mode):
            kind = FIFOTYPE
        elif _stat.S_ISLNK(mode):
            kind = SYMTYPE
            linkname = os.readlink(name)
        elif _stat.S_ISCHR(mode):
            kind = CHRTYPE
        elif _stat.S_ISBLK(mode):
            kind = BLKTYPE
        else:
            return None
        info.name = arcname
        info.mode = _stat.S_IMODE(mode)
        info.uid = st.st_uid
        info.gid = st.st_gid
        info.size = st.st_size if kind == REGTYPE else 0
        info.mtime = st.st_mtime
        info.type = kind
        info.linkname = linkname
        try:
            import pwd
            info.uname = pwd.getpwuid(info.uid)[0]
        except (ImportError, KeyError):
            pass
        try:
            import grp
            info.gname = grp.getgrgid(info.gid)[0]
        except (ImportError, KeyError):
            pass
        return info

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file `name` (a directory with what is below it, unless recursive is false)."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            return
        info = self.gettarinfo(name, arcname)
        if info is None:
            return
        if filter is not None:
            info = filter(info)
            if info is None:
                return
        if info.isreg():
            with builtins_open(name, "rb") as f:
                self.addfile(info, f)
        elif info.isdir():
            self.addfile(info)
            if recursive:
                for entry in sorted(os.listdir(name)):
                    self.add(os.path.join(name, entry), os.path.join(arcname, entry), recursive,
                             filter=filter)
        else:
            self.addfile(info)

    def addfile(self, tarinfo, fileobj=None):
        """Add a member from its TarInfo and, for a regular file, tarinfo.size bytes of fileobj."""
        self._check("awx")
        import copy
        tarinfo = copy.copy(tarinfo)
        header = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(header)
        self.offset += len(header)
        if fileobj is not None:
            data = fileobj.read(tarinfo.size)
            if len(data) < tarinfo.size:
                raise OSError("unexpected end of data")
            self.fileobj.write(data)
            self.fileobj.write(_pad(tarinfo.size))
            self.offset += tarinfo.size + len(_pad(tarinfo.size))
        self.members.append(tarinfo)


def builtins_open(*args):
    import builtins
    return builtins.open(*args)


def is_tarfile(name):
    """Return True if name points to a tar archive that we are able to handle, else return
    False. name may be a path or a file object."""
    try:
        if hasattr(name, "read"):
            start = name.tell()
            archive = open(fileobj=name)
            name.seek(start)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open
