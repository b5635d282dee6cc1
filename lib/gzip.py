"""Reading and writing gzip (RFC 1952) files and byte strings."""

# heapstack's own gzip (RFC 1952 framing around the zlib module's raw deflate streams).
import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "compress", "decompress", "open"]

FTEXT = 1
FHCRC = 2
FEXTRA = 4
FNAME = 8
FCOMMENT = 16
READ, WRITE = "rb", "wb"
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
_MAGIC = b"\x1f\x8b"


class BadGzipFile(OSError):
    """A gzip stream that is not valid."""


def _xfl(level):
    if level == _COMPRESS_LEVEL_BEST:
        return 2
    if level == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(level, mtime, fname=b""):
    flags = FNAME if fname else 0
    head = _MAGIC + bytes([8, flags]) + struct.pack("<L", int(mtime) & 0xFFFFFFFF)
    head += bytes([_xfl(level), 255])
    if fname:
        head += fname + b"\x00"
    return head


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """One gzip member holding `data` (level 0-9; mtime defaults to now)."""
    if mtime == 0:
        # Without a timestamp, zlib writes the whole gzip member itself (OS byte: Unix).
        return zlib.compress(data, compresslevel, 16 + zlib.MAX_WBITS)
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, level=compresslevel, wbits=-zlib.MAX_WBITS)
    size = len(memoryview(data).cast("B")) if not isinstance(data, bytes) else len(data)
    return _header(compresslevel, mtime) + body + struct.pack("<LL", zlib.crc32(data), size & 0xFFFFFFFF)


class _Reader:
    """Walks the members of a gzip stream held in memory."""

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.mtime = None

    def _need(self, n):
        if self.pos + n > len(self.data):
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def _read_header(self):
        magic = self.data[self.pos : self.pos + 2]
        if magic == b"":
            return False
        if magic != _MAGIC:
            raise BadGzipFile("Not a gzipped file (%r)" % magic)
        self.pos += 2
        method, flag, self.mtime = struct.unpack("<BBIxx", self._need(8))
        if method != 8:
            raise BadGzipFile("Unknown compression method")
        if flag & FEXTRA:
            (extra_len,) = struct.unpack("<H", self._need(2))
            self._need(extra_len)
        for bit in (FNAME, FCOMMENT):
            if flag & bit:
                while self._need(1) != b"\x00":
                    pass
        if flag & FHCRC:
            self._need(2)
        return True

    def read_all(self):
        out = []
        while True:
            # Padding of zero bytes between and after members is allowed.
            while self.pos < len(self.data) and self.data[self.pos] == 0:
                self.pos += 1
            if not self._read_header():
                break
            d = zlib.decompressobj(-zlib.MAX_WBITS)
            member = d.decompress(self.data[self.pos :])
            if not d.eof:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            self.pos = len(self.data) - len(d.unused_data)
            crc, size = struct.unpack("<II", self._need(8))
            if crc != zlib.crc32(member):
                raise BadGzipFile("CRC check failed")
            if size != (len(member) & 0xFFFFFFFF):
                raise BadGzipFile("Incorrect length of data produced")
            out.append(member)
        return b"".join(out)


def decompress(data):
    """The concatenated contents of every gzip member in `data`."""
    return _Reader(bytes(data)).read_all()


class GzipFile(io.BufferedIOBase):
    """A file object whose contents are stored gzip-compressed."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if type(filename) not in (str, bytes):
                filename = ""
        else:
            filename = os.fspath(filename)  # path-like
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._buffer = None
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if origmode is None:
                import warnings

                warnings.warn(
                    "GzipFile was opened for writing, but this will change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning,
                    2,
                )
            self.mode = WRITE
            self.name = filename
            self._crc = 0
            self._size = 0
            self._level = compresslevel
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._mtime = mtime
            self._header_written = False
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj

    @property
    def mtime(self):
        """The mtime of the last member read (None before reading)."""
        return self._mtime_read if self.mode == READ else None

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _fill(self):
        if self._buffer is None:
            r = _Reader(self.fileobj.read())
            self._buffer = io.BytesIO(r.read_all())
            self._mtime_read = r.mtime
        return self._buffer

    def _write_header(self):
        fname = os.path.basename(self.name)
        if type(fname) is not bytes:
            fname = fname.encode("latin-1")
        if fname.endswith(b".gz"):
            fname = fname[:-3]
        mtime = self._mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(self._level, mtime, fname))
        self._header_written = True

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno

            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if not self._header_written:
            self._write_header()
        if type(data) in (bytes, bytearray):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)  # running
        return length

    def _check_read(self):
        self._check_not_closed()
        if self.mode != READ:
            import errno

            raise OSError(errno.EBADF, "read() on write-only GzipFile object")

    def read(self, size=-1):
        self._check_read()
        return self._fill().read(size)

    def read1(self, size=-1):
        self._check_read()
        return self._fill().read1(size)

    def peek(self, n):
        self._check_read()
        buf = self._fill()
        pos = buf.tell()
        data = buf.read(max(n, 1))
        buf.seek(pos)
        return data

    def readline(self, size=-1):
        self._check_read()
        return self._fill().readline(size)

    def readinto(self, b):
        self._check_read()
        return self._fill().readinto(b)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                if not self._header_written:
                    self._write_header()
                fileobj.write(self._compress.flush())
                fileobj.write(struct.pack("<LL", self._crc, self._size & 0xFFFFFFFF))
        finally:
            self.fileobj = None
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            if not self._header_written:
                self._write_header()
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._fill().seek(0)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=0):
        if self.mode == WRITE:
            raise OSError("Negative seek in write mode")
        return self._fill().seek(offset, whence)

    def tell(self):
        if self.mode == WRITE:
            return self._size
        return self._fill().tell()

    def __iter__(self):
        self._check_read()
        return iter(self._fill())

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()


class _TextWriter:
    """Text mode over a GzipFile opened for writing."""

    def __init__(self, binary, encoding, errors, newline):
        self.buffer = binary
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self._newline = newline

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    @property
    def closed(self):
        return self.buffer.closed

    def flush(self):
        pass

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """A GzipFile (binary modes) or a text stream over one ("rt", "wt", ...); `filename`
    may be a path or a file object."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    binmode = "".join(c for c in mode if c != "t")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, binmode, compresslevel)
    elif any(hasattr(filename, m) for m in ("read", "write")):
        binary_file = GzipFile(None, binmode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" not in mode:
        return binary_file
    if binary_file.mode == WRITE:
        return _TextWriter(binary_file, encoding, errors, newline)
    data = binary_file.read()
    binary_file.close()
    text = data.decode(encoding or "utf-8", errors or "strict")
    return io.StringIO(text, newline=newline if newline is not None else None)
