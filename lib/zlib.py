"""The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip.

adler32(string[, start]) -- Compute an Adler-32 checksum.
compress(data[, level]) -- Compress data, with compression level 0-9 or -1.
compressobj([level[, ...]]) -- Return a compressor object.
crc32(string[, start]) -- Compute a CRC-32 checksum.
decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
decompressobj([wbits[, zdict]]) -- Return a decompressor object.

'wbits' is window buffer size and container format.
Compressor objects support compress() and flush() methods; decompressor
objects support decompress() and flush()."""

# heapstack: the streams are pako's (src/modules/_zlib.ts); this file gives them CPython's
# zlibmodule.c interface, argument checks and error messages.
import _zlib
from _stdlib_helpers import c_layout as _c_layout, c_type_name as _c_type_name

DEFLATED = 8
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
MAX_WBITS = 15
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
__version__ = "1.0"

_Z_OK, _Z_STREAM_END, _Z_NEED_DICT = 0, 1, 2
_Z_STREAM_ERROR, _Z_DATA_ERROR, _Z_MEM_ERROR, _Z_BUF_ERROR = -2, -3, -4, -5


class error(Exception):
    pass


error.__module__ = "zlib"


def _raise(err, what, zmsg):
    if not zmsg:
        zmsg = {
            _Z_BUF_ERROR: "incomplete or truncated stream",
            _Z_STREAM_ERROR: "inconsistent stream state",
            _Z_DATA_ERROR: "invalid input data",
        }.get(err)
    if zmsg is None:
        raise error("Error %d %s" % (err, what))
    raise error("Error %d %s: %s" % (err, what, zmsg[:200]))


def _buffer(data):
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(
            "a bytes-like object is required, not '%s'" % type(data).__name__
        ) from None


def _int(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError(
            "'%s' object cannot be interpreted as an integer" % type(v).__name__
        ) from None


def _uint32(v):
    return _int(v) & 0xFFFFFFFF


def adler32(data, value=1, /):
    """Compute an Adler-32 checksum of data.

      value
        Starting value of the checksum.

    The returned checksum is an integer."""
    return _zlib.adler32(_buffer(data), _uint32(value))


def crc32(data, value=0, /):
    """Compute a CRC-32 checksum of data.

      value
        Starting value of the checksum.

    The returned checksum is an integer."""
    return _zlib.crc32(_buffer(data), _uint32(value))


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data.

      data
        Binary data to be compressed.
      level
        Compression level, in 0-9 or -1.
      wbits
        The window buffer size and container format."""
    data = _buffer(data)
    level = _int(level)
    wbits = _int(wbits)
    err, strm = _zlib.deflate_init(level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY)
    if err == _Z_MEM_ERROR:
        raise MemoryError("Out of memory while compressing data")
    if err == _Z_STREAM_ERROR:
        raise error("Bad compression level")
    if err != _Z_OK:
        _raise(err, "while compressing data", None)
    err, out, msg = _zlib.deflate(strm, data, Z_FINISH)
    _zlib.end(strm)
    if err != _Z_STREAM_END:
        _raise(err, "while compressing data", msg)
    return out


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data.

      data
        Compressed data.
      wbits
        The window buffer size and container format.
      bufsize
        The initial output buffer size."""
    data = _buffer(data)
    wbits = _int(wbits)
    if _int(bufsize) < 0:
        raise ValueError("bufsize must be non-negative")
    err, strm = _zlib.inflate_init(wbits)
    if err == _Z_MEM_ERROR:
        raise MemoryError("Out of memory while decompressing data")
    if err != _Z_OK:
        _zlib.end(strm)
        _raise(err, "while preparing to decompress data", None)
    err, out, _used, msg = _zlib.inflate(strm, data, Z_FINISH, 0, None)
    _zlib.end(strm)
    if err != _Z_STREAM_END:
        _raise(err, "while decompressing data", msg)
    return out


def _no_new(cls):
    def __new__(klass, *args, **kwargs):
        raise TypeError("cannot create 'zlib.%s' instances" % cls.__name__)

    cls.__new__ = __new__
    cls.__module__ = "zlib"
    return cls


@_no_new
class Compress:
    __slots__ = ("_strm", "_done")

    def compress(self, data, /):
        """Returns a bytes object containing compressed data.

          data
            Binary data to be compressed.

        After calling this function, some of the input data may still
        be stored in internal buffers for later processing.
        Call the flush() method to clear these buffers."""
        data = _buffer(data)
        err, out, msg = _zlib.deflate(self._strm, data, Z_NO_FLUSH)
        if err == _Z_STREAM_ERROR:
            _raise(err, "while compressing data", msg)
        return out

    def flush(self, mode=Z_FINISH, /):
        """Return a bytes object containing any remaining compressed data.

          mode
            One of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH.
            If mode == Z_FINISH, the compressor object can no longer be
            used after calling the flush() method.  Otherwise, more data
            can still be compressed."""
        mode = _int(mode)
        if mode == Z_NO_FLUSH:
            return b""
        err, out, msg = _zlib.deflate(self._strm, b"", mode)
        if mode == Z_FINISH and err == _Z_STREAM_END:
            return out
        if err != _Z_OK and err != _Z_BUF_ERROR:
            _raise(err, "while flushing", msg)
        return out

    def copy(self):
        """Return a copy of the compression object."""
        if self._done:
            raise ValueError("Inconsistent stream state")
        return _wrap(Compress, _zlib.copy(self._strm))

    __copy__ = copy

    def __deepcopy__(self, memo, /):
        return self.copy()

    def __del__(self):
        _zlib.end(self._strm)


@_no_new
class Decompress:
    __slots__ = ("_strm", "_done", "_zdict", "unused_data", "unconsumed_tail", "eof")

    def _save(self, data, used, err):
        # zlibmodule.c's save_unconsumed_input, quirks included: at the end of the stream the
        # rest goes to unused_data, and it also stays the unconsumed_tail when one was pending.
        rest = data[used:]
        left = len(rest)
        if err == _Z_STREAM_END:
            if rest:
                self.unused_data += rest
            left = 0
            self.eof = True
        if left > 0 or self.unconsumed_tail:
            self.unconsumed_tail = rest

    def decompress(self, data, /, max_length=0):
        """Return a bytes object containing the decompressed version of the data.

          data
            The binary data to decompress.
          max_length
            The maximum allowable length of the decompressed data.
            Unconsumed input data will be stored in
            the unconsumed_tail attribute.

        After calling this function, some of the input data may still be stored in
        internal buffers for later processing.
        Call the flush() method to clear these buffers."""
        data = _buffer(data)
        max_length = _int(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        err, out, used, msg = _zlib.inflate(self._strm, data, Z_SYNC_FLUSH, max_length, self._zdict)
        if err == _Z_NEED_DICT and self._zdict is None:
            self._save(data, used, err)
            _raise(err, "while decompressing data", msg)
        self._save(data, used, err)
        if err not in (_Z_OK, _Z_BUF_ERROR, _Z_STREAM_END):
            _raise(err, "while decompressing data", msg)
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return a bytes object containing any remaining decompressed data.

          length
            the initial size of the output buffer."""
        length = _int(length)
        if length <= 0:
            raise ValueError("length must be greater than zero")
        data = self.unconsumed_tail
        err, out, used, msg = _zlib.inflate(self._strm, data, Z_FINISH, 0, self._zdict)
        self._save(data, used, err)
        if err not in (_Z_OK, _Z_BUF_ERROR, _Z_STREAM_END):
            _raise(err, "while decompressing data", msg)
        if err == _Z_STREAM_END:
            _zlib.end(self._strm)
        return out

    def copy(self):
        """Return a copy of the decompression object."""
        c = _wrap(Decompress, _zlib.copy(self._strm))
        c._zdict = self._zdict
        c.unused_data = self.unused_data
        c.unconsumed_tail = self.unconsumed_tail
        c.eof = self.eof
        return c

    __copy__ = copy

    def __deepcopy__(self, memo, /):
        return self.copy()

    def __del__(self):
        _zlib.end(self._strm)


def _wrap(cls, strm):
    o = object.__new__(cls)
    o._strm = strm
    o._done = False
    return o


def compressobj(
    level=Z_DEFAULT_COMPRESSION,
    method=DEFLATED,
    wbits=MAX_WBITS,
    memLevel=DEF_MEM_LEVEL,
    strategy=Z_DEFAULT_STRATEGY,
    zdict=None,
):
    """Return a compressor object.

      level
        The compression level (an integer in the range 0-9 or -1; default is
        currently equivalent to 6).  Higher compression levels are slower,
        but produce smaller results.
      method
        The compression algorithm.  If given, this must be DEFLATED.
      wbits
        +9 to +15: The base-two logarithm of the window size.  Include a zlib
            container.
        -9 to -15: Generate a raw stream.
        +25 to +31: Include a gzip container.
      memLevel
        Controls the amount of memory used for internal compression state.
        Valid values range from 1 to 9.  Higher values result in higher memory
        usage, faster compression, and smaller output.
      strategy
        Used to tune the compression algorithm.  Possible values are
        Z_DEFAULT_STRATEGY, Z_FILTERED, and Z_HUFFMAN_ONLY.
      zdict
        The predefined compression dictionary - a sequence of bytes
        containing subsequences that are likely to occur in the input data."""
    args = [_int(level), _int(method), _int(wbits), _int(memLevel), _int(strategy)]
    if zdict is not None:
        zdict = _buffer(zdict)
    err, strm = _zlib.deflate_init(*args)
    if err == _Z_MEM_ERROR:
        raise MemoryError("Can't allocate memory for compression object")
    if err == _Z_STREAM_ERROR:
        raise ValueError("Invalid initialization option")
    if err != _Z_OK:
        _raise(err, "while creating compression object", None)
    if zdict is not None and _zlib.set_dictionary(strm, zdict) != _Z_OK:
        raise ValueError("Invalid dictionary")
    return _wrap(Compress, strm)


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    """Return a decompressor object.

      wbits
        The window buffer size and container format.
      zdict
        The predefined compression dictionary.  This must be the same
        dictionary as used by the compressor that produced the input data."""
    wbits = _int(wbits)
    try:
        zdict = bytes(memoryview(zdict))
    except TypeError:
        raise TypeError("zdict argument must support the buffer protocol") from None
    err, strm = _zlib.inflate_init(wbits)
    if err == _Z_MEM_ERROR:
        raise MemoryError("Can't allocate memory for decompression object")
    if err == _Z_STREAM_ERROR:
        raise ValueError("Invalid initialization option")
    if err != _Z_OK:
        _raise(err, "while creating decompression object", None)
    d = _wrap(Decompress, strm)
    d._zdict = zdict if zdict else None
    d.unused_data = b""
    d.unconsumed_tail = b""
    d.eof = False
    if d._zdict is not None and wbits < 0:
        if _zlib.set_dictionary(strm, d._zdict) != _Z_OK:
            raise ValueError("Invalid dictionary")
    return d


del _no_new


# zlib's compobject: 168 bytes (the z_stream inside it), not a GC object
_c_layout(Compress, 168)
_c_layout(Decompress, 168)
_c_type_name(Compress, 'zlib.Compress')
_c_type_name(Decompress, 'zlib.Decompress')
