"""Streams: text and binary I/O (the `_io` module's classes, plus the
abstract base classes IOBase, RawIOBase, BufferedIOBase and TextIOBase
that every stream type registers with)."""

__author__ = ", ".join([
    "Guido van Rossum <guido@python.org>",
    "Mike Verdone <mike.verdone@gmail.com>",
    "Mark Russell <mark.russell@zen.co.uk>",
    "Antoine Pitrou <solipsis@pitrou.net>",
    "Amaury Forgeot d'Arc <amauryfa@gmail.com>",
    "Benjamin Peterson <benjamin@python.org>",
])

__all__ = [
    "BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO",
    "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader",
    "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
    "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
    "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
    "IncrementalNewlineDecoder",
]

import _io
import abc

DEFAULT_BUFFER_SIZE = _io.DEFAULT_BUFFER_SIZE
BlockingIOError = _io.BlockingIOError
UnsupportedOperation = _io.UnsupportedOperation
open = _io.open
open_code = _io.open_code
text_encoding = _io.text_encoding
BytesIO = _io.BytesIO
StringIO = _io.StringIO
BufferedReader = _io.BufferedReader
BufferedWriter = _io.BufferedWriter
BufferedRandom = _io.BufferedRandom
FileIO = _io.FileIO
TextIOWrapper = _io.TextIOWrapper
IncrementalNewlineDecoder = _io.IncrementalNewlineDecoder

# whence values of seek()
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


def _abstract_base(name, *native_bases):
    """An ABC named `name` over the `_io` base classes, sharing their doc."""
    namespace = {'__doc__': native_bases[0].__doc__, '__module__': __name__}
    return abc.ABCMeta(name, native_bases, namespace)


IOBase = _abstract_base('IOBase', _io._IOBase)
RawIOBase = _abstract_base('RawIOBase', _io._RawIOBase, IOBase)
BufferedIOBase = _abstract_base('BufferedIOBase', _io._BufferedIOBase, IOBase)
TextIOBase = _abstract_base('TextIOBase', _io._TextIOBase, IOBase)



class BufferedRWPair(BufferedIOBase):
    """A readable and a writable stream used as one (the two ends of a pipe, a socket's two
    directions): reads come from `reader`, writes go to `writer`."""

    __module__ = "_io"

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /):
        if not reader.readable():
            raise UnsupportedOperation('File or stream is not readable.')
        if not writer.writable():
            raise UnsupportedOperation('File or stream is not writable.')
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._reader = reader
        self._writer = writer

    def read(self, size=-1, /):
        return self._reader.read(-1 if size is None else size)

    def read1(self, size=-1, /):
        return self.read(size)

    def peek(self, size=0, /):
        return self._reader.peek(size)

    def write(self, b, /):
        return self._writer.write(b)

    def flush(self):
        return self._writer.flush()

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def isatty(self):
        return self._reader.isatty() or self._writer.isatty()

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()

    @property
    def closed(self):
        return self._writer.closed


RawIOBase.register(FileIO)
for _stream in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_stream)
for _stream in (StringIO, TextIOWrapper):
    TextIOBase.register(_stream)
del _stream


# ---------------------------------------------------------------------------------------------
# The work behind TextIOWrapper(buffer), BufferedReader(raw) and BufferedWriter(raw) built over
# a stream of the program's own: the `_io` types forward every method and attribute here.

def _missing_attribute(type_name, name):
    return AttributeError(f"'{type_name}' object has no attribute '{name}'")


def _stream_repr(type_name, stream, extra=''):
    """`<type name='...'>`: the name is left out when the stream has none (or is closed)."""
    try:
        name = stream.name
    except (AttributeError, ValueError):
        return f"<{type_name}{extra}>"
    return f"<{type_name} name={name!r}{extra}>"


class _StreamWorker:
    """What the stream classes below share: readlines() over readline(), and the lifetime of
    the stream they wrap (the attribute named by _inner_name: TextIOWrapper's buffer, or
    BufferedReader's and BufferedWriter's raw stream)."""

    _inner_name = '_buffer'

    def _attached_inner(self):
        self._check_attached()
        return getattr(self, self._inner_name)

    @property
    def name(self):
        return self._attached_inner().name

    @property
    def closed(self):
        return self._attached_inner().closed

    def close(self):
        inner = self._attached_inner()
        if inner.closed:
            return
        try:
            self.flush()
        finally:
            inner.close()

    def detach(self):
        inner = self._attached_inner()
        self.flush()
        setattr(self, self._inner_name, None)
        return inner

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def readlines(self, hint=-1, /):
        self._check_open()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines


class _TextStream(_StreamWorker):
    """TextIOWrapper's behaviour over any binary stream: an incremental decoder for reads
    (multi-byte sequences may split across chunks), an incremental encoder for writes, and
    newline translation in both directions."""

    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding, errors, newline, line_buffering, write_through):
        import codecs
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, "
                            f"not {type(encoding).__name__}")
        if errors is not None and not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, "
                            f"not {type(errors).__name__}")
        if newline is not None:
            if not isinstance(newline, str):
                raise TypeError("TextIOWrapper() argument 'newline' must be str or None, "
                                f"not {type(newline).__name__}")
            if newline not in ('', '\n', '\r', '\r\n'):
                raise ValueError(f"illegal newline value: {newline}")
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        if errors is None:
            errors = 'strict'
        info = codecs.lookup(encoding)
        if not getattr(info, '_is_text_encoding', True):
            raise LookupError(f"{encoding!r} is not a text encoding; "
                              "use codecs.open() to handle arbitrary codecs")
        self._codec = info
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._readable = buffer.readable()
        self._writable = buffer.writable()
        self._seekable = buffer.seekable()
        self._setup_codecs()

    def _setup_codecs(self):
        self._decoder = None
        self._encoder = None
        if self._readable:
            decoder = self._codec.incrementaldecoder(self._errors)
            if self._newline is None or self._newline == '':
                decoder = IncrementalNewlineDecoder(decoder, self._newline is None)
            self._decoder = decoder
        if self._writable:
            self._encoder = self._codec.incrementalencoder(self._errors)
        self._decoded = ''
        self._decoded_pos = 0
        self._eof = False
        self._snapshot = None
        self._pending = []
        self._pending_count = 0

    # state checks ---------------------------------------------------------------------------

    def _check_attached(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")

    def _check_open(self):
        self._check_attached()
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def _check_readable(self):
        self._check_open()
        if self._decoder is None:
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        self._check_open()
        if self._encoder is None:
            raise UnsupportedOperation("not writable")

    # attributes -----------------------------------------------------------------------------

    @property
    def buffer(self):
        self._check_attached()
        return self._buffer

    @property
    def mode(self):
        raise _missing_attribute('_io.TextIOWrapper', 'mode')

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        if self._decoder is None or not isinstance(self._decoder, IncrementalNewlineDecoder):
            return None
        return self._decoder.newlines

    def _repr(self, type_name):
        extra = f" encoding={self._encoding!r}"
        if self._buffer is None:
            return f"<{type_name}{extra}>"
        return _stream_repr(type_name, self._buffer, extra)

    # delegated capabilities -----------------------------------------------------------------

    def readable(self):
        self._check_attached()
        return self._buffer.readable()

    def writable(self):
        self._check_attached()
        return self._buffer.writable()

    def seekable(self):
        self._check_attached()
        return self._buffer.seekable()

    def isatty(self):
        self._check_attached()
        return self._buffer.isatty()

    def fileno(self):
        self._check_attached()
        return self._buffer.fileno()

    # writing --------------------------------------------------------------------------------

    def write(self, text, /):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self._check_writable()
        length = len(text)
        has_line_end = '\n' in text or '\r' in text
        if self._newline is not None and self._newline not in ('', '\n') and '\n' in text:
            text = text.replace('\n', self._newline)
        self._drop_read_ahead()
        data = self._encoder.encode(text)
        self._pending.append(data)
        self._pending_count += len(data)
        needs_flush = self._line_buffering and has_line_end
        if needs_flush or self._write_through or self._pending_count > self._CHUNK_SIZE:
            self._write_pending()
        if needs_flush:
            self._buffer.flush()
        return length

    def writelines(self, lines, /):
        self._check_open()
        for line in lines:
            self.write(line)

    def _write_pending(self):
        if not self._pending:
            return
        data = b''.join(self._pending)
        self._pending = []
        self._pending_count = 0
        self._buffer.write(data)

    def flush(self):
        self._check_open()
        self._write_pending()
        self._buffer.flush()

    # reading --------------------------------------------------------------------------------

    def _drop_read_ahead(self):
        """Writing after reading: continue from the reader's position in the buffer."""
        if self._decoded_pos < len(self._decoded) and self._seekable:
            self._buffer.seek(self.tell())
        self._decoded = ''
        self._decoded_pos = 0
        self._eof = False

    def _read_chunk(self):
        """Decodes one more chunk onto the unread text; False at the end of the stream."""
        if self._eof:
            return False
        self._write_pending()
        reader = getattr(self._buffer, 'read1', None) or self._buffer.read
        data = reader(self._CHUNK_SIZE)
        if data is None:
            data = b''
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("underlying read1() should have returned a bytes-like object, "
                            f"not '{type(data).__name__}'")
        final = not data
        # what tell() needs to find a character's byte position: the decoder's state before
        # this chunk, the chunk, and how much earlier text comes first
        self._snapshot = (self._decoder.getstate(), bytes(data),
                          len(self._decoded) - self._decoded_pos)
        text = self._decoder.decode(data, final)
        self._decoded = self._decoded[self._decoded_pos:] + text
        self._decoded_pos = 0
        self._eof = final
        return not final

    def _take(self, end):
        text = self._decoded[self._decoded_pos:end]
        self._decoded_pos = end
        return text

    def read(self, size=-1, /):
        self._check_readable()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        if size < 0:
            self._write_pending()
            rest = self._buffer.read()
            text = self._decoded[self._decoded_pos:] + self._decoder.decode(rest or b'', True)
            self._decoded = ''
            self._decoded_pos = 0
            self._eof = True
            return text
        while len(self._decoded) - self._decoded_pos < size and self._read_chunk():
            pass
        return self._take(min(len(self._decoded), self._decoded_pos + size))

    def _line_end(self, start):
        """Where the line starting at `start` ends in the unread text (-1: not there yet)."""
        text = self._decoded
        if self._newline is None or self._newline == '\n':
            at = text.find('\n', start)
            return -1 if at < 0 else at + 1
        if self._newline == '':
            for at in range(start, len(text)):
                ch = text[at]
                if ch == '\n':
                    return at + 1
                if ch == '\r':
                    # the decoder holds a final '\r' back until it knows what follows
                    return at + 2 if text.startswith('\n', at + 1) else at + 1
            return -1
        at = text.find(self._newline, start)
        return -1 if at < 0 else at + len(self._newline)

    def readline(self, size=-1, /):
        self._check_readable()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        while True:
            end = self._line_end(self._decoded_pos)
            if end >= 0 or (0 <= size <= len(self._decoded) - self._decoded_pos):
                break
            if not self._read_chunk():
                end = len(self._decoded)
                break
        if 0 <= size and (end < 0 or end - self._decoded_pos > size):
            end = self._decoded_pos + size
        return self._take(min(end, len(self._decoded)))

    def _next_line(self):
        # the common case first: a whole '\n'-ended line already decoded
        if self._newline is None or self._newline == '\n':
            start = self._decoded_pos
            end = self._decoded.find('\n', start) + 1
            if end and self._buffer is not None and not self._buffer.closed:
                self._decoded_pos = end
                return self._decoded[start:end]
        return self.readline() or None

    # positioning ----------------------------------------------------------------------------

    def tell(self):
        self._check_open()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        self.flush()
        position = self._buffer.tell()
        if self._decoder is None or self._decoded_pos == len(self._decoded) and (
                not self._decoder.getstate()[0]):
            return position
        snapshot = self._snapshot
        wanted = self._decoded_pos - (snapshot[2] if snapshot else 0)
        if snapshot is None or wanted < 0:
            # still inside text from an earlier chunk: count its bytes by encoding it again
            unread = self._decoded[self._decoded_pos:]
            pending = self._decoder.getstate()[0]
            return position - len(self._codec.encode(unread, self._errors)[0]) - len(pending)
        state, data, _ = snapshot
        return position - len(data) + self._bytes_for(state, data, wanted)

    def _bytes_for(self, state, data, wanted):
        """How many bytes of `data`, decoded from `state`, give `wanted` characters (the
        fewest; one less when that byte also gave characters past them)."""
        saved = self._decoder.getstate()
        try:
            low, high = 0, len(data)
            while low < high:
                middle = (low + high) // 2
                self._decoder.setstate(state)
                if len(self._decoder.decode(data[:middle])) >= wanted:
                    high = middle
                else:
                    low = middle + 1
            self._decoder.setstate(state)
            if low and len(self._decoder.decode(data[:low])) > wanted:
                low -= 1
            return low
        finally:
            self._decoder.setstate(saved)

    def seek(self, cookie, whence=0, /):
        self._check_open()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        elif cookie < 0:
            raise ValueError(f"negative seek position {cookie!r}")
        self.flush()
        position = self._buffer.seek(cookie, whence)
        self._setup_codecs()
        return position

    def truncate(self, pos=None, /):
        self.flush()
        return self._buffer.truncate(self.tell() if pos is None else pos)

    # lifetime -------------------------------------------------------------------------------


    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        self._check_open()
        self.flush()
        if encoding is not None:
            import codecs
            self._codec = codecs.lookup(encoding)
            self._encoding = encoding
            self._errors = 'strict' if errors is None else errors
        elif errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError(f"illegal newline value: {newline}")
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)
        if encoding is not None or errors is not None or newline is not Ellipsis:
            unread = self._decoded[self._decoded_pos:]
            eof = self._eof
            self._setup_codecs()
            self._decoded = unread
            self._eof = eof

    def _finalize(self):
        """The wrapper is being freed: close it, as IOBase's finalizer does."""
        if self._buffer is not None and not self._buffer.closed:
            self.close()


class _BufferedStream(_StreamWorker):
    """What BufferedReader and BufferedWriter share over a raw stream."""

    _inner_name = '_raw'

    # True for BufferedReader: only one direction of the raw stream is offered
    _reads = True

    def __init__(self, raw, buffer_size):
        if buffer_size is None:
            buffer_size = DEFAULT_BUFFER_SIZE
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self._buffer_size = buffer_size

    def _check_attached(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")

    def _check_open(self, operation=None):
        self._check_attached()
        if self._raw.closed:
            if operation is None:
                raise ValueError("I/O operation on closed file.")
            raise ValueError(f"{operation} closed file")

    @property
    def raw(self):
        self._check_attached()
        return self._raw

    @property
    def mode(self):
        self._check_attached()
        return self._raw.mode

    def _repr(self, type_name):
        if self._raw is None:
            return f"<{type_name}>"
        return _stream_repr(type_name, self._raw)

    def readable(self):
        self._check_attached()
        return self._raw.readable() if self._reads else False

    def writable(self):
        self._check_attached()
        return False if self._reads else self._raw.writable()

    def seekable(self):
        self._check_attached()
        return self._raw.seekable()

    def isatty(self):
        self._check_attached()
        return self._raw.isatty()

    def fileno(self):
        self._check_attached()
        return self._raw.fileno()

    def flush(self):
        self._check_open()
        self._raw.flush()

    def _next_line(self):
        self._check_open("readline of")
        return self.readline() or None

    def writelines(self, lines, /):
        for line in lines:
            self.write(line)

    def _finalize(self):
        if self._raw is not None and not self._raw.closed:
            self.close()


def _size_argument(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


class _BufferedReaderStream(_BufferedStream):
    """BufferedReader over a raw stream: reads ahead in buffer_size chunks."""

    def __init__(self, raw, buffer_size):
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        super().__init__(raw, buffer_size)
        self._ahead = b''

    def _fill(self):
        """Reads one more chunk after what is buffered; False at the end of the stream."""
        data = self._raw.read(self._buffer_size)
        if not data:
            return False
        self._ahead += data
        return True

    def _take(self, n):
        data = self._ahead[:n]
        self._ahead = self._ahead[n:]
        return data

    def read(self, size=-1, /):
        self._check_open("read of")
        size = _size_argument(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        if size == -1:
            rest = self._raw.readall() if hasattr(self._raw, 'readall') else self._raw.read()
            data = self._ahead + (rest or b'')
            self._ahead = b''
            return data
        while len(self._ahead) < size and self._fill():
            pass
        return self._take(size)

    def read1(self, size=-1, /):
        self._check_open("read of")
        size = _size_argument(size)
        if not self._ahead:
            self._fill()
        return self._take(len(self._ahead) if size < 0 else size)

    def peek(self, size=0, /):
        self._check_open("peek of")
        if not self._ahead:
            self._fill()
        return self._ahead

    def readinto(self, buffer, /):
        self._check_open("readinto of")
        view = memoryview(buffer).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto1(self, buffer, /):
        view = memoryview(buffer).cast('B')
        data = self.read1(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1, /):
        self._check_open("readline of")
        size = _size_argument(size)
        while True:
            end = self._ahead.find(b'\n') + 1
            if end > 0 or (0 <= size <= len(self._ahead)) or not self._fill():
                break
        if end <= 0:
            end = len(self._ahead)
        if 0 <= size < end:
            end = size
        return self._take(end)

    def write(self, data, /):
        raise UnsupportedOperation("write")

    def tell(self):
        self._check_open()
        return self._raw.tell() - len(self._ahead)

    def seek(self, target, whence=0, /):
        self._check_open("seek of")
        if whence == 1:
            target -= len(self._ahead)
        self._ahead = b''
        return self._raw.seek(target, whence)

    def truncate(self, pos=None, /):
        self._check_open()
        raise UnsupportedOperation("truncate")


class _BufferedWriterStream(_BufferedStream):
    """BufferedWriter over a raw stream: passes writes down once buffer_size bytes wait."""

    _reads = False

    def __init__(self, raw, buffer_size):
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        super().__init__(raw, buffer_size)
        self._waiting = bytearray()

    def write(self, data, /):
        self._check_open("write to")
        data = memoryview(data).cast('B')
        length = len(data)
        if len(self._waiting) + len(data) > self._buffer_size:
            # what waits goes first; then the raw stream takes all but a buffer's worth
            self._write_waiting()
            while len(data) > self._buffer_size:
                written = self._raw.write(data)
                if written is None:
                    break
                data = data[written:]
        self._waiting += data
        return length

    def _write_waiting(self):
        while self._waiting:
            written = self._raw.write(bytes(self._waiting))
            if written is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._waiting[:written]

    def flush(self):
        self._check_open("flush of")
        self._write_waiting()
        self._raw.flush()

    def _unreadable(self, *args):
        raise UnsupportedOperation("read")

    read = read1 = readline = readinto = readinto1 = _unreadable

    def tell(self):
        self._check_open()
        return self._raw.tell() + len(self._waiting)

    def seek(self, target, whence=0, /):
        self._check_open("seek of")
        self._write_waiting()
        return self._raw.seek(target, whence)

    def truncate(self, pos=None, /):
        self.flush()
        return self._raw.truncate(self._raw.tell() if pos is None else pos)
