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
