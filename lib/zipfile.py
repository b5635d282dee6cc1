"""Read and write ZIP files.

heapstack's own implementation of the zipfile interface: ZipFile (modes r, w, a, x) with
stored and deflated members (deflate through the zlib module), ZipInfo, the member file
objects, extraction, printdir/testzip, is_zipfile and the errors. The archives written are
byte-for-byte what CPython writes for the same members and timestamps. ZIP64, encryption,
bzip2/lzma members and zipfile.Path are not supported.
"""

import binascii
import io
import os
import pathlib
import posixpath
import shutil
import stat
import struct
import sys
import time

try:
    import zlib
except ImportError:  # pragma: no cover
    zlib = None

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile that needs ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
MAX_EXTRACT_VERSION = 63

_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_LOCAL_SIG = b"PK\003\004"
_CENTRAL_SIG = b"PK\001\002"
_END_SIG = b"PK\005\006"

_COMPRESSOR_NAMES = {0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce",
                     5: "reduce", 6: "implode", 7: "tokenize", 8: "deflate", 9: "deflate64",
                     10: "implode", 12: "bzip2", 14: "lzma", 18: "terse", 19: "lz77",
                     97: "wavpack", 98: "ppmd"}


def _find_end(data):
    """The end-of-central-directory record's fields and offset, or None."""
    if len(data) < _END.size:
        return None
    at = data.rfind(_END_SIG, max(0, len(data) - ZIP_MAX_COMMENT - _END.size))
    if at < 0 or at + _END.size > len(data):
        return None
    fields = _END.unpack(data[at:at + _END.size])
    comment = data[at + _END.size:at + _END.size + fields[7]]
    return fields, comment, at


def is_zipfile(filename):
    """True if `filename` (a path or a file object) holds a ZIP archive."""
    try:
        if hasattr(filename, "read"):
            pos = filename.tell()
            filename.seek(0)
            data = filename.read()
            filename.seek(pos)
        else:
            with open(filename, "rb") as f:
                data = f.read()
    except OSError:
        return False
    return _find_end(data) is not None


class ZipInfo:
    """Information about one member of an archive."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type", "_compresslevel",
                 "comment", "extra", "create_system", "create_version", "extract_version",
                 "reserved", "flag_bits", "volume", "internal_attr", "external_attr",
                 "header_offset", "CRC", "compress_size", "file_size", "_raw_time",
                 "_end_offset")

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        nul = filename.find(chr(0))
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == "win32" else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self.header_offset = 0
        self.CRC = 0
        self._end_offset = None

    def __repr__(self):
        parts = ["<%s filename=%r" % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(" compress_type=%s" % _COMPRESSOR_NAMES.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            parts.append(" filemode=%r" % stat.filemode(hi))
        if lo:
            parts.append(" external_attr=%#x" % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(" file_size=%r" % self.file_size)
        if (not isdir or self.compress_size) and (
                self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
            parts.append(" compress_size=%r" % self.compress_size)
        parts.append(">")
        return "".join(parts)

    def is_dir(self):
        """True if this member is a directory (its name ends with a slash)."""
        return self.filename[-1:] == "/"

    def _names(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | 0x800

    def _dos_time(self):
        y, mo, d, h, mi, s = self.date_time
        return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d

    def FileHeader(self, zip64=None):
        """The local file header of this member."""
        dostime, dosdate = self._dos_time()
        if self.flag_bits & 0x08:
            crc = compress_size = file_size = 0
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        name, flags = self._names()
        self.extract_version = max(DEFAULT_VERSION, self.extract_version)
        self.create_version = max(DEFAULT_VERSION, self.create_version)
        header = _LOCAL.pack(_LOCAL_SIG, self.extract_version, self.reserved, flags,
                             self.compress_type, dostime, dosdate, crc, compress_size,
                             file_size, len(name), len(self.extra))
        return header + name + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file of the file system, ready for ZipFile.write."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += "/"
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading: its uncompressed bytes as a file object."""

    def __init__(self, data, mode, zipinfo):
        self._buf = io.BytesIO(data)
        self.mode = mode
        self.name = zipinfo.filename
        self._info = zipinfo

    def __repr__(self):
        if self.closed:
            return "<zipfile.ZipExtFile [closed]>"
        return "<zipfile.ZipExtFile name=%r mode=%r>" % (self.name, self.mode)

    def readable(self):
        return True

    def seekable(self):
        return True

    def read(self, n=-1):
        return self._buf.read(n)

    def read1(self, n=-1):
        return self._buf.read(n)

    def readline(self, limit=-1):
        return self._buf.readline(limit)

    def peek(self, n=1):
        pos = self._buf.tell()
        data = self._buf.read(max(n, 1))
        self._buf.seek(pos)
        return data

    def seek(self, offset, whence=0):
        return self._buf.seek(offset, whence)

    def tell(self):
        return self._buf.tell()

    def __iter__(self):
        return iter(self._buf)

    def close(self):
        self._buf.close()
        super().close()


class _ZipWriteFile(io.BufferedIOBase):
    """A member opened for writing: compressed into the archive when closed."""

    def __init__(self, zf, zinfo):
        self._zf = zf
        self._info = zinfo
        self._chunks = []

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        data = bytes(data)
        self._chunks.append(data)
        return len(data)

    def close(self):
        if self.closed:
            return
        try:
            self._zf._add(self._info, b"".join(self._chunks))
        finally:
            self._zf._writing = False
            super().close()


def _compress(data, compress_type, level):
    if compress_type == ZIP_STORED:
        return data
    if compress_type == ZIP_DEFLATED:
        c = zlib.compressobj(level if level is not None else zlib.Z_DEFAULT_COMPRESSION,
                             zlib.DEFLATED, -15)
        return c.compress(data) + c.flush()
    raise NotImplementedError("That compression method is not supported")


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression in (ZIP_BZIP2, ZIP_LZMA):
        raise RuntimeError("Compression requires the (missing) %s module"
                           % ("bz2" if compression == ZIP_BZIP2 else "lzma"))
    raise NotImplementedError("That compression method is not supported")


class ZipFile:
    """A ZIP archive: ZipFile(file, mode="r", compression=ZIP_STORED, allowZip64=True,
    compresslevel=None), `file` being a path or a file object."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b""
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._modified = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {"r": "rb", "w": "w+b", "x": "x+b", "a": "r+b"}
            try:
                self.fp = open(file, modes[mode])
            except FileNotFoundError:
                if mode != "a":
                    raise
                self.fp = open(file, "w+b")
                mode = "w"
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, "name", None)
        self._data = b""
        self._start = 0
        try:
            if mode == "r":
                self._read_directory()
            elif mode == "a":
                try:
                    self._read_directory()
                except BadZipFile:
                    self._start = self._size()
                else:
                    self._start = self._start_dir
                self._modified = True
            else:
                self._modified = True
                try:
                    self._start = self.fp.tell()
                except (AttributeError, OSError):
                    self._start = 0
            self._offset = self._start
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def _size(self):
        self.fp.seek(0, 2)
        return self.fp.tell()

    def _read_directory(self):
        self.fp.seek(0)
        data = self.fp.read()
        self._data = data
        found = _find_end(data)
        if found is None:
            raise BadZipFile("File is not a zip file")
        (_sig, _disk, _cd_disk, _n_here, count, size, offset, _clen), comment, at = found
        self._comment = comment
        # archives with data prepended: offsets are relative to the archive's start
        concat = at - size - offset
        self._start_dir = offset + concat
        pos = self._start_dir
        for _ in range(count):
            if data[pos:pos + 4] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            fields = _CENTRAL.unpack(data[pos:pos + _CENTRAL.size])
            pos += _CENTRAL.size
            name_len, extra_len, comment_len = fields[12], fields[13], fields[14]
            raw_name = data[pos:pos + name_len]
            pos += name_len
            flags = fields[5]
            if flags & 0x800:
                name = raw_name.decode("utf-8")
            else:
                name = raw_name.decode(self.metadata_encoding or "cp437")
            info = ZipInfo(name)
            info.extra = data[pos:pos + extra_len]
            pos += extra_len
            info.comment = data[pos:pos + comment_len]
            pos += comment_len
            (info.create_version, info.create_system, info.extract_version, info.reserved,
             info.flag_bits, info.compress_type, t, d, info.CRC, info.compress_size,
             info.file_size) = fields[1:12]
            info.volume, info.internal_attr, info.external_attr, info.header_offset = fields[15:19]
            info.header_offset += concat
            info._raw_time = t
            info.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                              t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            info.orig_filename = name
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    # -- reading ----------------------------------------------------------------------------

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        for zinfo in self.filelist:
            try:
                self.read(zinfo)
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings

            warnings.warn("Archive comment is too long; truncating to %d bytes" % ZIP_MAX_COMMENT,
                          stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._modified = True

    def _member_bytes(self, info):
        if self.mode != "r":
            self.fp.seek(0)
            self._data = self.fp.read()
        data = self._data
        at = info.header_offset
        head = data[at:at + _LOCAL.size]
        if len(head) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        fields = _LOCAL.unpack(head)
        if fields[0] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        start = at + _LOCAL.size + fields[10] + fields[11]
        raw = data[start:start + info.compress_size]
        if info.flag_bits & 0x1:
            raise NotImplementedError("heapstack's zipfile cannot decrypt members")
        if info.compress_type == ZIP_STORED:
            out = raw
        elif info.compress_type == ZIP_DEFLATED:
            d = zlib.decompressobj(-15)
            out = d.decompress(raw) + d.flush()
        else:
            name = _COMPRESSOR_NAMES.get(info.compress_type)
            if name:
                raise NotImplementedError("compression type %d (%s)" % (info.compress_type, name))
            raise NotImplementedError("compression type %d" % (info.compress_type,))
        if zlib.crc32(out) != info.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % info.filename)
        return out

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == "w":
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == "w":
            if self.mode == "r":
                raise ValueError("open() requires mode 'w', 'x', or 'a'")
            if self._writing:
                raise ValueError("Can't write to the ZIP file while there is another write "
                                 "handle open on it. Close the first handle before opening another.")
            self._writing = True
            zinfo.external_attr = zinfo.external_attr or 0o600 << 16
            return _ZipWriteFile(self, zinfo)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")
        return ZipExtFile(self._member_bytes(zinfo), "r", zinfo)

    def read(self, name, pwd=None):
        """The uncompressed bytes of a member."""
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def extract(self, member, path=None, pwd=None):
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace("/", os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid = ("", os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep) if x not in invalid)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with open(targetpath, "wb") as target:
            target.write(self.read(member, pwd))
        return targetpath

    # -- writing ----------------------------------------------------------------------------

    def _check_writable(self, zinfo):
        if self.mode not in ("w", "x", "a"):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if zinfo.filename in self.NameToInfo:
            import warnings

            warnings.warn("Duplicate name: %r" % zinfo.filename, stacklevel=3)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add a file of the file system (a directory: just its entry) to the archive."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self._check_writable(zinfo)
            self._add(zinfo, None)
            return
        zinfo.compress_type = compress_type if compress_type is not None else self.compression
        zinfo._compresslevel = compresslevel if compresslevel is not None else self.compresslevel
        with open(filename, "rb") as src:
            data = src.read()
        self._check_writable(zinfo)
        self._add(zinfo, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member named zinfo_or_arcname (or described by that ZipInfo) holding data."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == "/":
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        self._check_writable(zinfo)
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16  # ?rw-------
        zinfo.flag_bits = 0
        self._add(zinfo, bytes(data))

    def _add(self, zinfo, data):
        zinfo.file_size = len(data) if data is not None else 0
        if data is None:
            body = b""
        else:
            zinfo.CRC = zlib.crc32(data)
            body = _compress(data, zinfo.compress_type, zinfo._compresslevel)
        zinfo.compress_size = len(body)
        zinfo.header_offset = self._offset
        self.fp.seek(self._offset)
        header = zinfo.FileHeader()
        self.fp.write(header)
        self.fp.write(body)
        self._offset += len(header) + len(body)
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self._modified = True

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name, time.localtime(time.time())[:6])
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self._check_writable(zinfo)
        self._add(zinfo, None)

    def _write_directory(self):
        pos = self._offset
        self.fp.seek(pos)
        for zinfo in self.filelist:
            dostime, dosdate = zinfo._dos_time()
            name, flags = zinfo._names()
            record = _CENTRAL.pack(
                _CENTRAL_SIG, zinfo.create_version, zinfo.create_system, zinfo.extract_version,
                zinfo.reserved, flags, zinfo.compress_type, dostime, dosdate, zinfo.CRC,
                zinfo.compress_size, zinfo.file_size, len(name), len(zinfo.extra),
                len(zinfo.comment), 0, zinfo.internal_attr, zinfo.external_attr,
                zinfo.header_offset)
            self.fp.write(record + name + zinfo.extra + zinfo.comment)
        end = self.fp.tell()
        count = len(self.filelist)
        self.fp.write(_END.pack(_END_SIG, 0, 0, count, count, end - pos, pos, len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()

    def close(self):
        """Write the central directory (when writing) and close the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on "
                             "it. Close the writing handle before closing the zip.")
        try:
            if self.mode in ("w", "x", "a") and self._modified:
                self._write_directory()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self):
        result = ["<%s.%s" % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(" file=%r" % self.fp)
            elif self.filename is not None:
                result.append(" filename=%r" % self.filename)
            result.append(" mode=%r" % self.mode)
        else:
            result.append(" [closed]")
        result.append(">")
        return "".join(result)


class PyZipFile(ZipFile):
    """ZipFile that can add Python source files (compiled .pyc writing is not supported)."""


def _ancestors(name):
    """The directories above a member name, nearest first ('a/b/c' -> 'a/b', 'a')."""
    name = name.rstrip('/')
    while True:
        name = name.rpartition('/')[0]
        if not name:
            return
        yield name


class CompleteDirs(ZipFile):
    """A ZipFile whose name list also holds the directories that members
    imply ('a/' for 'a/b.txt') even when the archive has no entry for them."""

    @staticmethod
    def _implied_dirs(names):
        present = set(names)
        implied = {}
        for name in names:
            for parent in _ancestors(name):
                entry = parent + '/'
                if entry not in present:
                    implied[entry] = None
        return implied

    def namelist(self):
        names = super().namelist()
        return names + list(self._implied_dirs(names))

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """name + '/' when that is a directory of the archive and name is not a member."""
        known = self._name_set()
        if name not in known and name + '/' in known:
            return name + '/'
        return name

    def getinfo(self, name):
        try:
            return super().getinfo(name)
        except KeyError:
            if name.endswith('/') and name in self._name_set():
                return ZipInfo(filename=name)
            raise

    @classmethod
    def make(cls, source):
        """source (a ZipFile, a path or a file object) as a CompleteDirs."""
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        # a ZipFile being written changes under us: no caching then
        source.__class__ = cls if 'r' in source.mode else CompleteDirs
        return source


class FastLookup(CompleteDirs):
    """CompleteDirs that computes its name list once (for reading)."""

    def namelist(self):
        cached = self.__dict__.get('_fast_names')
        if cached is None:
            cached = self._fast_names = super().namelist()
        return cached

    def _name_set(self):
        cached = self.__dict__.get('_fast_set')
        if cached is None:
            cached = self._fast_set = super()._name_set()
        return cached


class Path:
    """A pathlib-like view of a location inside a zip archive: root is
    the archive (a ZipFile, path or file), at the member path ('' for the
    top, directories ending with '/')."""

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """The member opened for reading or writing, as text unless mode has 'b'."""
        if self.is_dir():
            raise IsADirectoryError(self)
        kind = mode[0]
        if kind == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, kind, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        encoding, args, kwargs = _text_encoding_args(*args, **kwargs)
        return io.TextIOWrapper(stream, encoding, *args, **kwargs)

    def _pure(self):
        return pathlib.PurePosixPath(self.at or self.root.filename)

    @property
    def name(self):
        return self._pure().name

    @property
    def suffix(self):
        return self._pure().suffix

    @property
    def suffixes(self):
        return self._pure().suffixes

    @property
    def stem(self):
        return self._pure().stem

    @property
    def filename(self):
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        encoding, args, kwargs = _text_encoding_args(*args, **kwargs)
        with self.open('r', encoding, *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()

    def _here(self, at):
        return type(self)(self.root, at)

    def is_dir(self):
        return self.at == '' or self.at.endswith('/')

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self.root._name_set()

    def iterdir(self):
        """The members and directories directly inside this directory."""
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        mine = self.at.rstrip('/')
        inside = (self._here(n) for n in self.root.namelist())
        return filter(lambda p: p.at.rstrip('/').rpartition('/')[0] == mine, inside)

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return '{}({!r}, {!r})'.format(type(self).__name__, self.root.filename, self.at)

    def joinpath(self, *other):
        target = posixpath.join(self.at, *other)
        return self._here(self.root.resolve_dir(target))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        up = self.at.rstrip('/').rpartition('/')[0]
        return self._here(up + '/' if up else '')


def _text_encoding_args(encoding=None, *args, **kwargs):
    # io.text_encoding's EncodingWarning points at the caller of Path's method
    return io.text_encoding(encoding, 3), args, kwargs


def main(args=None):
    import argparse

    parser = argparse.ArgumentParser(description="A simple command-line interface for zipfile module.")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("-l", "--list", metavar="<zipfile>", help="Show listing of a zipfile")
    group.add_argument("-e", "--extract", nargs=2, metavar=("<zipfile>", "<output_dir>"),
                       help="Extract zipfile into target dir")
    group.add_argument("-c", "--create", nargs="+", metavar=("<name>", "<file>"),
                       help="Create zipfile from sources")
    group.add_argument("-t", "--test", metavar="<zipfile>", help="Test if a zipfile is valid")
    parser.add_argument("--metadata-encoding", metavar="<encoding>",
                        help="Specify encoding of member names for -l, -e and -t")
    args = parser.parse_args(args)
    encoding = args.metadata_encoding
    if args.test is not None:
        with ZipFile(args.test, "r", metadata_encoding=encoding) as zf:
            badfile = zf.testzip()
        if badfile:
            print("The following enclosed file is corrupted: {!r}".format(badfile))
        print("Done testing")
    elif args.list is not None:
        with ZipFile(args.list, "r", metadata_encoding=encoding) as zf:
            zf.printdir()
    elif args.extract is not None:
        src, curdir = args.extract
        with ZipFile(src, "r", metadata_encoding=encoding) as zf:
            zf.extractall(curdir)
    elif args.create is not None:
        if encoding:
            # names are always written as UTF-8 (or ASCII) by this module
            print("Non-conforming encodings not supported with -c.", file=sys.stderr)
            sys.exit(1)
        zip_name = args.create.pop(0)
        with ZipFile(zip_name, "w") as zf:
            for path in args.create:
                zf.write(path, os.path.basename(path))


if __name__ == "__main__":
    main()
