"""heapstack's wave: reading and writing uncompressed (PCM) WAV files.

    w = wave.open(path_or_file, "wb")   # Wave_write
    w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
    w.writeframes(data); w.close()
    r = wave.open(path_or_file, "rb")   # Wave_read
    r.getparams(); r.readframes(n)

A WAV file is a RIFF chunk holding the word WAVE, a "fmt " chunk (format 1,
channels, frame rate, byte rate, block alignment, bits per sample) and a "data"
chunk with the little-endian samples.
"""
import builtins
import struct
import sys
from collections import namedtuple

__all__ = ["open", "Error", "Wave_read", "Wave_write"]


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 0x0001

_wave_params = namedtuple("_wave_params",
                          "nchannels sampwidth framerate nframes comptype compname")


def _swap_bytes(data, width):
    """Samples of `width` bytes in the other byte order (WAV data is little-endian)."""
    out = bytearray(data)
    for start in range(0, len(out) - len(out) % width, width):
        out[start:start + width] = out[start:start + width][::-1]
    return bytes(out)


class _Chunk:
    """One RIFF chunk being read: a 4-byte id, a little-endian 32-bit size, the data
    (padded to an even length)."""

    def __init__(self, file):
        self.file = file
        self.name = file.read(4)
        if len(self.name) < 4:
            raise EOFError
        try:
            self.size = struct.unpack("<L", file.read(4))[0]
        except struct.error:
            raise EOFError from None
        self.done = 0
        try:
            self.start = file.tell()
        except (AttributeError, OSError):
            self.seekable = False
        else:
            self.seekable = True

    def tell(self):
        return self.done

    def seek(self, pos, whence=0):
        if not self.seekable:
            raise OSError("cannot seek")
        if whence == 1:
            pos += self.done
        elif whence == 2:
            pos += self.size
        if pos < 0 or pos > self.size:
            raise RuntimeError
        self.file.seek(self.start + pos, 0)
        self.done = pos

    def read(self, n=-1):
        left = self.size - self.done
        if left <= 0:
            return b""
        if n < 0 or n > left:
            n = left
        data = self.file.read(n)
        self.done += len(data)
        if self.done == self.size and self.size & 1:
            self.done += len(self.file.read(1))
        return data

    def skip(self):
        left = self.size - self.done + (self.size & 1)
        if self.seekable:
            self.file.seek(left, 1)
            self.done += left
            return
        while self.done < self.size:
            if not self.read(min(8192, self.size - self.done)):
                raise EOFError


def _init_from(wave_file, f, mode):
    """Sets up a Wave_read or Wave_write over f, a file name (opened here in mode and
    closed again if the set-up fails) or an open binary file."""
    wave_file._owned = None
    if isinstance(f, str):
        f = builtins.open(f, mode)
        wave_file._owned = f
    try:
        wave_file.initfp(f)
    except:
        if wave_file._owned:
            f.close()
        raise


class Wave_read:
    """A WAV file open for reading (what wave.open(f, "rb") returns)."""

    def __init__(self, f):
        _init_from(self, f, "rb")

    def initfp(self, file):
        self._convert = None
        self._pos = 0
        self._file = _Chunk(file)
        if self._file.name != b"RIFF":
            raise Error("file does not start with RIFF id")
        if self._file.read(4) != b"WAVE":
            raise Error("not a WAVE file")
        have_fmt = False
        self._data = None
        while True:
            self._reposition = 1
            try:
                chunk = _Chunk(self._file)
            except EOFError:
                break
            if chunk.name == b"fmt ":
                self._take_format(chunk)
                have_fmt = True
            elif chunk.name == b"data":
                if not have_fmt:
                    raise Error("data chunk before fmt chunk")
                self._data = chunk
                self._frames = chunk.size // self._frame_bytes
                self._reposition = 0
                break
            chunk.skip()
        if not have_fmt or not self._data:
            raise Error("fmt chunk and/or data chunk missing")

    def _take_format(self, chunk):
        try:
            tag, self._channels, self._rate, _, _ = struct.unpack_from(
                "<HHLLH", chunk.read(14))
        except struct.error:
            raise EOFError from None
        if tag != WAVE_FORMAT_PCM:
            raise Error("unknown format: %r" % (tag,))
        try:
            bits = struct.unpack_from("<H", chunk.read(2))[0]
        except struct.error:
            raise EOFError from None
        self._width = (bits + 7) // 8
        if not self._width:
            raise Error("bad sample width")
        if not self._channels:
            raise Error("bad # of channels")
        self._frame_bytes = self._channels * self._width
        self._kind = "NONE"
        self._kind_name = "not compressed"

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def getfp(self):
        return self._file

    def rewind(self):
        self._reposition = 1
        self._pos = 0

    def close(self):
        self._file = None
        file = self._owned
        if file:
            self._owned = None
            file.close()

    def tell(self):
        return self._pos

    def getnchannels(self):
        return self._channels

    def getnframes(self):
        return self._frames

    def getsampwidth(self):
        return self._width

    def getframerate(self):
        return self._rate

    def getcomptype(self):
        return self._kind

    def getcompname(self):
        return self._kind_name

    def getparams(self):
        return _wave_params(self.getnchannels(), self.getsampwidth(), self.getframerate(),
                            self.getnframes(), self.getcomptype(), self.getcompname())

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error("no marks")

    def setpos(self, pos):
        if pos < 0 or pos > self._frames:
            raise Error("position not in range")
        self._pos = pos
        self._reposition = 1

    def readframes(self, nframes):
        if self._reposition:
            self._data.seek(0, 0)
            offset = self._pos * self._frame_bytes
            if offset:
                self._data.seek(offset, 0)
            self._reposition = 0
        if nframes == 0:
            return b""
        data = self._data.read(nframes * self._frame_bytes)
        if self._width != 1 and sys.byteorder == "big":
            data = _swap_bytes(data, self._width)
        if self._convert and data:
            data = self._convert(data)
        self._pos += len(data) // (self._channels * self._width)
        return data


class Wave_write:
    """A WAV file open for writing (what wave.open(f, "wb") returns). The header is
    written with the first frames and patched on close if fewer or more followed."""

    def __init__(self, f):
        _init_from(self, f, "wb")

    def initfp(self, file):
        self._file = file
        self._convert = None
        self._channels = 0
        self._width = 0
        self._rate = 0
        self._frames = 0
        self._frames_out = 0
        self._bytes_out = 0
        self._bytes_declared = 0
        self._header_done = False

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _check_not_started(self):
        if self._bytes_out:
            raise Error("cannot change parameters after starting to write")

    def setnchannels(self, nchannels):
        self._check_not_started()
        if nchannels < 1:
            raise Error("bad # of channels")
        self._channels = nchannels

    def getnchannels(self):
        if not self._channels:
            raise Error("number of channels not set")
        return self._channels

    def setsampwidth(self, sampwidth):
        self._check_not_started()
        if sampwidth < 1 or sampwidth > 4:
            raise Error("bad sample width")
        self._width = sampwidth

    def getsampwidth(self):
        if not self._width:
            raise Error("sample width not set")
        return self._width

    def setframerate(self, framerate):
        self._check_not_started()
        if framerate <= 0:
            raise Error("bad frame rate")
        self._rate = int(round(framerate))

    def getframerate(self):
        if not self._rate:
            raise Error("frame rate not set")
        return self._rate

    def setnframes(self, nframes):
        self._check_not_started()
        self._frames = nframes

    def getnframes(self):
        return self._frames_out

    def setcomptype(self, comptype, compname):
        self._check_not_started()
        if comptype not in ("NONE",):
            raise Error("unsupported compression type")
        self._kind = comptype
        self._kind_name = compname

    def getcomptype(self):
        return self._kind

    def getcompname(self):
        return self._kind_name

    def setparams(self, params):
        nchannels, sampwidth, framerate, nframes, comptype, compname = params
        self._check_not_started()
        self.setnchannels(nchannels)
        self.setsampwidth(sampwidth)
        self.setframerate(framerate)
        self.setnframes(nframes)
        self.setcomptype(comptype, compname)

    def getparams(self):
        if not self._channels or not self._width or not self._rate:
            raise Error("not all parameters set")
        return _wave_params(self._channels, self._width, self._rate,
                            self._frames, self._kind, self._kind_name)

    def setmark(self, id, pos, name):
        raise Error("setmark() not supported")

    def getmark(self, id):
        raise Error("no marks")

    def getmarkers(self):
        return None

    def tell(self):
        return self._frames_out

    def writeframesraw(self, data):
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).cast("B")
        self._start_header(len(data))
        nframes = len(data) // (self._width * self._channels)
        if self._convert:
            data = self._convert(data)
        if self._width != 1 and sys.byteorder == "big":
            data = _swap_bytes(data, self._width)
        self._file.write(data)
        self._bytes_out += len(data)
        self._frames_out += nframes

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._bytes_declared != self._bytes_out:
            self._fix_header()

    def close(self):
        try:
            if self._file:
                self._start_header(0)
                if self._bytes_declared != self._bytes_out:
                    self._fix_header()
                self._file.flush()
        finally:
            self._file = None
            file = self._owned
            if file:
                self._owned = None
                file.close()

    def _start_header(self, datasize):
        if self._header_done:
            return
        if not self._channels:
            raise Error("# channels not specified")
        if not self._width:
            raise Error("sample width not specified")
        if not self._rate:
            raise Error("sampling rate not specified")
        self._put_header(datasize)

    def _put_header(self, initlength):
        framesize = self._channels * self._width
        self._file.write(b"RIFF")
        if not self._frames:
            self._frames = initlength // framesize
        self._bytes_declared = self._frames * framesize
        try:
            self._riff_size_at = self._file.tell()
        except (AttributeError, OSError):
            self._riff_size_at = None
        self._file.write(struct.pack(
            "<L4s4sLHHLLHH4s", 36 + self._bytes_declared, b"WAVE", b"fmt ", 16,
            WAVE_FORMAT_PCM, self._channels, self._rate,
            self._rate * framesize, framesize, self._width * 8, b"data"))
        if self._riff_size_at is not None:
            self._data_size_at = self._file.tell()
        self._file.write(struct.pack("<L", self._bytes_declared))
        self._header_done = True

    def _fix_header(self):
        if self._bytes_out == self._bytes_declared:
            return
        here = self._file.tell()
        self._file.seek(self._riff_size_at, 0)
        self._file.write(struct.pack("<L", 36 + self._bytes_out))
        self._file.seek(self._data_size_at, 0)
        self._file.write(struct.pack("<L", self._bytes_out))
        self._file.seek(here, 0)
        self._bytes_declared = self._bytes_out


def open(f, mode=None):
    """A Wave_read for mode "r"/"rb", a Wave_write for "w"/"wb" (mode defaults to
    f.mode, else "rb")."""
    if mode is None:
        mode = f.mode if hasattr(f, "mode") else "rb"
    if mode in ("r", "rb"):
        return Wave_read(f)
    if mode in ("w", "wb"):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
