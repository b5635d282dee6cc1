"""Create portable serialized representations of Python objects.

heapstack's own pickle.  The pickler writes exactly the bytes CPython's C
pickler (_pickle) writes: the same opcodes, memo numbering, batching and
protocol-4 framing; the unpickler reads every opcode of protocols 0-5.
"""

import sys
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
from struct import pack as _pack, unpack as _unpack
import _compat_pickle
from _pickle_native import dump as _native_dump, dumps as _native_dumps, loads as _native_loads

__all__ = ["PickleBuffer", "PickleError", "PicklingError", "UnpicklingError",
           "Pickler", "Unpickler", "dump", "dumps", "load", "loads"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


# CPython's pickle.py defines these three exceptions in Python and, at the end of the module,
# imports the accelerator's (_pickle) classes over them; the replaced classes are left behind
# as cyclic garbage of the import.  heapstack does the same: these are the Python-level ones,
# replaced at the bottom of this file by the ones (module "_pickle") pickle and _pickle export.
class PickleError(Exception):
    """The base class of the pickling exceptions below."""


class PicklingError(PickleError):
    """Raised when an object cannot be pickled."""


class UnpicklingError(PickleError):
    """Raised when a pickle stream cannot be read back."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---------------------------------------------------------------------------
# Opcodes (one module attribute each, as in CPython)

_OPCODES = dict(
    MARK=b'(', STOP=b'.', POP=b'0', POP_MARK=b'1', DUP=b'2', FLOAT=b'F',
    INT=b'I', BININT=b'J', BININT1=b'K', LONG=b'L', BININT2=b'M', NONE=b'N',
    PERSID=b'P', BINPERSID=b'Q', REDUCE=b'R', STRING=b'S', BINSTRING=b'T',
    SHORT_BINSTRING=b'U', UNICODE=b'V', BINUNICODE=b'X', APPEND=b'a',
    BUILD=b'b', GLOBAL=b'c', DICT=b'd', EMPTY_DICT=b'}', APPENDS=b'e',
    GET=b'g', BINGET=b'h', INST=b'i', LONG_BINGET=b'j', LIST=b'l',
    EMPTY_LIST=b']', OBJ=b'o', PUT=b'p', BINPUT=b'q', LONG_BINPUT=b'r',
    SETITEM=b's', TUPLE=b't', EMPTY_TUPLE=b')', SETITEMS=b'u', BINFLOAT=b'G',
    TRUE=b'I01\n', FALSE=b'I00\n',
    PROTO=b'\x80', NEWOBJ=b'\x81', EXT1=b'\x82', EXT2=b'\x83', EXT4=b'\x84',
    TUPLE1=b'\x85', TUPLE2=b'\x86', TUPLE3=b'\x87', NEWTRUE=b'\x88',
    NEWFALSE=b'\x89', LONG1=b'\x8a', LONG4=b'\x8b',
    BINBYTES=b'B', SHORT_BINBYTES=b'C',
    SHORT_BINUNICODE=b'\x8c', BINUNICODE8=b'\x8d', BINBYTES8=b'\x8e',
    EMPTY_SET=b'\x8f', ADDITEMS=b'\x90', FROZENSET=b'\x91',
    NEWOBJ_EX=b'\x92', STACK_GLOBAL=b'\x93', MEMOIZE=b'\x94', FRAME=b'\x95',
    BYTEARRAY8=b'\x96', NEXT_BUFFER=b'\x97', READONLY_BUFFER=b'\x98',
)
globals().update(_OPCODES)
__all__.extend(sorted(_OPCODES))
__all__.extend(["DEFAULT_PROTOCOL", "HIGHEST_PROTOCOL"])

_BATCHSIZE = 1000
_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4


# ---------------------------------------------------------------------------
# PickleBuffer (protocol 5 out-of-band data)

class PickleBuffer:
    """Wrapper for potentially out-of-band buffers"""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view.cast("B")

    def release(self):
        if self._view is not None:
            self._view.release()
        self._view = None

    def __buffer_view(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view


PickleBuffer.__module__ = "pickle"


# ---------------------------------------------------------------------------
# Integers in the LONG1/LONG4 format

def encode_long(x):
    """Encode a long to a two's complement little-endian binary string."""
    if x == 0:
        return b''
    size = (x.bit_length() >> 3) + 1
    data = x.to_bytes(size, 'little', signed=True)
    if x < 0 and size > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    """Decode a long from a two's complement little-endian binary string."""
    return int.from_bytes(data, 'little', signed=True)


# ---------------------------------------------------------------------------
# Finding a global's module

def _dotted_path(name, owner=None):
    parts = name.split(".")
    if "<locals>" in parts:
        if owner is None:
            raise AttributeError(f"Can't pickle local object {name!r}")
        raise AttributeError(f"Can't pickle local attribute {name!r} on {owner!r}")
    return parts


def _walk(obj, parts):
    # getattr along a dotted path; returns (value, parent)
    parent = None
    for part in parts:
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belong to."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    parts = name.split(".") if isinstance(name, str) else name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module_name == "__mp_main__" or module is None:
            continue
        try:
            if _walk(module, parts)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _import_module(name):
    __import__(name, level=0)
    return sys.modules[name]


_global_getattr = getattr


# ---------------------------------------------------------------------------
# The pickler

class _MemoProxy:
    def __init__(self, owner):
        self._owner = owner

    def clear(self):
        self._owner.clear_memo()

    def copy(self):
        return {key: (idx, obj) for key, (idx, obj) in self._owner._memo.items()}

    def __len__(self):
        return len(self._owner._memo)


_PicklerMemoProxy = type("PicklerMemoProxy", (_MemoProxy,), {"__module__": "_pickle"})


class _Writer:
    """The pickler's output buffer with CPython's framing rules.

    While framing (protocol 4+) a frame is always open: its 9-byte header
    is reserved where it starts and filled in (or dropped, for a frame
    under 4 bytes) when it is committed.  CPython opens frames lazily at
    the next write; opening them eagerly gives the same bytes."""

    _NEVER = float("inf")

    def __init__(self):
        self.buf = bytearray()
        self.framing = False
        self.frame_start = -1
        self.limit = self._NEVER   # buffer length at which the frame is full

    def start(self):
        if self.framing:
            self.frame_start = len(self.buf)
            self.buf += bytes(9)
            self.limit = self.frame_start + 9 + _FRAME_TARGET

    def commit(self):
        start = self.frame_start
        if start < 0:
            return
        length = len(self.buf) - start - 9
        if length >= _FRAME_MIN:
            self.buf[start:start + 9] = FRAME + length.to_bytes(8, 'little')
        else:
            del self.buf[start:start + 9]
        self.frame_start = -1
        self.limit = self._NEVER

    def write_payload(self, header, data):
        if len(data) >= _FRAME_TARGET:
            # large payloads go outside any frame
            self.commit()
            self.buf += header
            self.buf += data
            self.start()
        else:
            self.buf += header
            self.buf += data


# what a Python-level recursion past the limit says inside the pickler
_DEPTH_MESSAGES = {("maximum recursion depth exceeded",),
                   ("maximum recursion depth exceeded while calling a Python object",)}


class Pickler:
    """This takes a binary file for writing a pickle data stream."""

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        if file is not None:
            try:
                self._file_write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute") from None
        else:
            self._file_write = None
        self.proto = int(protocol)
        self.bin = 1 if protocol >= 1 else 0
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self._memo = {}
        self._out = None

    @property
    def memo(self):
        return _PicklerMemoProxy(self)

    @memo.setter
    def memo(self, value):
        if isinstance(value, _MemoProxy):
            value = value.copy()
        if not isinstance(value, dict):
            raise TypeError("'memo' attribute must be a PicklerMemoProxy object "
                            f"or dict, not {type(value).__name__}")
        self._memo = dict(value)

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self._memo.clear()

    def dump(self, obj):
        """Write a pickled representation of the given object to the open file."""
        if (type(self) is Pickler and not self._memo
                and getattr(self, "persistent_id", None) is None
                and getattr(self, "reducer_override", None) is None
                and getattr(self, "dispatch_table", None) is None):
            done = _native_dump(obj, self.proto, self.fix_imports)   # plain data only, else None
            if done is not None:
                data, objs, cuts = done
                self._memo = {id(o): (i, o) for i, o in enumerate(objs)}
                if self._file_write is not None:
                    start = 0
                    for end in cuts + (len(data),):   # one write per full frame, as _dump
                        self._file_write(data[start:end])
                        start = end
                return
        self._dump(obj)

    def _dump(self, obj):
        if not hasattr(self, "_memo"):
            raise PicklingError("Pickler.__init__() was not called by "
                                f"{type(self).__name__}.__init__()")
        self._out = out = _Writer()
        self._write = out.buf.extend
        self._pers = getattr(self, "persistent_id", None)
        self._override = getattr(self, "reducer_override", None)
        if self.proto >= 2:
            self._write(PROTO + bytes((self.proto,)))
            if self.proto >= 4:
                out.framing = True
                out.start()
        too_deep = False
        try:
            self.save(obj)
        except RecursionError as e:
            # CPython's pickler is C and counts its own depth, with its own words for it
            if e.args not in _DEPTH_MESSAGES:
                raise
            too_deep = True
        if too_deep:
            raise RecursionError("maximum recursion depth exceeded while pickling an object")
        self._write(STOP)
        out.commit()
        data = bytes(out.buf)
        self._out = None
        if self._file_write is not None:
            self._file_write(data)
        return data

    # -- low level ----------------------------------------------------------

    def write(self, data):
        self._write(data)

    def memoize(self, obj):
        memo = self._memo
        idx = len(memo)
        memo[id(obj)] = (idx, obj)
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif not self.bin:
            self._write(PUT + str(idx).encode() + b'\n')
        elif idx < 256:
            self._write(BINPUT + bytes((idx,)))
        else:
            self._write(LONG_BINPUT + idx.to_bytes(4, 'little'))

    def _get(self, idx):
        if not self.bin:
            self._write(GET + str(idx).encode() + b'\n')
        elif idx < 256:
            self._write(BINGET + bytes((idx,)))
        else:
            self._write(LONG_BINGET + idx.to_bytes(4, 'little'))

    def _boundary(self):
        # the current frame is full: close it (and hand it to the file)
        out = self._out
        out.commit()
        if self._file_write is not None:
            self._file_write(bytes(out.buf))
            del out.buf[:]
        out.start()

    # -- the dispatcher -----------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        if save_persistent_id and self._pers is not None:
            pid = self._pers(obj)
            if pid is not None:
                self._save_pers(pid)
                if len(self._out.buf) >= self._out.limit:
                    self._boundary()
                return
        cls = type(obj)
        write = self._write
        if obj is None:
            write(NONE)
        elif cls is int:
            if 0 <= obj < 256 and self.bin:
                write(bytes((75, obj)))   # BININT1
            else:
                self._save_int(obj)
        elif cls is bool:
            if self.proto >= 2:
                write(NEWTRUE if obj else NEWFALSE)
            else:
                write(TRUE if obj else FALSE)
        elif cls is float:
            if self.bin:
                write(BINFLOAT + _pack('>d', obj))
            else:
                write(FLOAT + repr(obj).encode() + b'\n')
        else:
            memo = self._memo
            hit = memo.get(id(obj))
            if hit is not None:
                self._get(hit[0])
            elif cls is str and self.proto >= 4:
                # the common case, inlined: SHORT_BINUNICODE/BINUNICODE + MEMOIZE
                data = obj.encode('utf-8', 'surrogatepass')
                size = len(data)
                if size < 256:
                    write(bytes((0x8c, size)))
                    write(data)
                else:
                    header = (BINUNICODE + size.to_bytes(4, 'little') if size <= 0xffffffff
                              else BINUNICODE8 + size.to_bytes(8, 'little'))
                    self._out.write_payload(header, data)
                memo[id(obj)] = (len(memo), obj)
                write(MEMOIZE)
            else:
                self._save_object(obj, cls)
        if len(self._out.buf) >= self._out.limit:
            self._boundary()

    def _save_object(self, obj, cls):
        if cls is bytes:
            return self._save_bytes(obj)
        if cls is str:
            return self._save_str(obj)
        if cls is dict:
            return self._save_dict(obj)
        if cls is set:
            return self._save_set(obj)
        if cls is frozenset:
            return self._save_frozenset(obj)
        if cls is list:
            return self._save_list(obj)
        if cls is tuple:
            return self._save_tuple(obj)
        if cls is bytearray:
            return self._save_bytearray(obj)
        if cls is PickleBuffer:
            if self.proto < 5:
                raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
            return self._save_picklebuffer(obj)
        rv = NotImplemented
        if self._override is not None:
            rv = self._override(obj)
        if rv is NotImplemented:
            if cls is type:
                return self._save_type(obj)
            if cls is _function_type:
                return self.save_global(obj)
            table = getattr(self, "dispatch_table", None)
            if table is None:
                table = dispatch_table
            reducer = table.get(cls) if type(table) is dict else _lookup(table, cls)
            if reducer is not None:
                rv = reducer(obj)
            elif issubclass(cls, type):
                return self.save_global(obj)
            else:
                reducer = getattr(obj, "__reduce_ex__", None)
                if reducer is not None:
                    rv = reducer(self.proto)
                else:
                    reducer = getattr(obj, "__reduce__", None)
                    if reducer is None:
                        raise PicklingError(f"can't pickle '{cls.__name__}' object: {obj!r}")
                    rv = reducer()
        if isinstance(rv, str):
            return self.save_global(obj, rv)
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self.save_reduce(*_reduce_parts(rv), obj=obj)

    # -- atoms --------------------------------------------------------------

    def _save_int(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._write(BININT1 + bytes((obj,)))
                elif 0 <= obj <= 0xffff:
                    self._write(BININT2 + obj.to_bytes(2, 'little'))
                else:
                    self._write(BININT + obj.to_bytes(4, 'little', signed=True))
            else:
                self._write(INT + repr(obj).encode() + b'\n')
        elif self.proto >= 2:
            data = encode_long(obj)
            if len(data) < 256:
                self._write(LONG1 + bytes((len(data),)) + data)
            else:
                self._write(LONG4 + len(data).to_bytes(4, 'little', signed=True) + data)
        else:
            self._write(LONG + repr(obj).encode() + b'L\n')

    def _save_bytes(self, obj):
        if self.proto < 3:
            if obj:
                # imported here: loading _codecs (builtin in CPython) is a cost import pickle
                # need not pay
                from _codecs import encode as _codecs_encode
                rv = (_codecs_encode, (str(obj, 'latin1'), 'latin1'))
            else:
                rv = (bytes, ())
            return self.save_reduce(*rv, obj=obj)
        size = len(obj)
        if size <= 0xff:
            header = SHORT_BINBYTES + bytes((size,))
        elif size <= 0xffffffff:
            header = BINBYTES + size.to_bytes(4, 'little')
        else:
            header = BINBYTES8 + size.to_bytes(8, 'little')
        self._out.write_payload(header, obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            rv = (bytearray, (bytes(obj),)) if obj else (bytearray, ())
            return self.save_reduce(*rv, obj=obj)
        self._out.write_payload(BYTEARRAY8 + len(obj).to_bytes(8, 'little'), bytes(obj))
        self.memoize(obj)

    def _save_picklebuffer(self, obj):
        view = obj._PickleBuffer__buffer_view()
        readonly = view.readonly
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if readonly:
                data = view.tobytes()
                size = len(data)
                if size <= 0xff:
                    header = SHORT_BINBYTES + bytes((size,))
                elif size <= 0xffffffff:
                    header = BINBYTES + size.to_bytes(4, 'little')
                else:
                    header = BINBYTES8 + size.to_bytes(8, 'little')
                self._out.write_payload(header, data)
            else:
                data = view.tobytes()
                self._out.write_payload(BYTEARRAY8 + len(data).to_bytes(8, 'little'), data)
            self.memoize(obj)
        else:
            self._write(NEXT_BUFFER)
            if readonly:
                self._write(READONLY_BUFFER)

    def _save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            size = len(data)
            if size <= 0xff and self.proto >= 4:
                header = SHORT_BINUNICODE + bytes((size,))
            elif size <= 0xffffffff:
                header = BINUNICODE + size.to_bytes(4, 'little')
            elif self.proto >= 4:
                header = BINUNICODE8 + size.to_bytes(8, 'little')
            else:
                raise OverflowError("cannot serialize a string larger than 4GiB")
            self._out.write_payload(header, data)
        else:
            self._write(UNICODE + _raw_escape(obj) + b'\n')
        self.memoize(obj)

    # -- containers ---------------------------------------------------------

    def _save_tuple(self, obj):
        size = len(obj)
        out = self._out
        if size == 0:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        memo = self._memo
        if size <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            hit = memo.get(id(obj))
            if hit is not None:
                self._write(POP * size)
                self._get(hit[0])
                return
            self._write((TUPLE1, TUPLE2, TUPLE3)[size - 1])
        else:
            self._write(MARK)
            for item in obj:
                save(item)
            hit = memo.get(id(obj))
            if hit is not None:
                self._write(POP_MARK if self.bin else POP * (size + 1))
                self._get(hit[0])
                return
            self._write(TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        save = self.save
        if self.proto == 0:
            for item in obj:
                save(item)
                self._write(APPEND)
            return
        if len(obj) == 1:
            save(obj[0])
            self._write(APPEND)
            return
        done = 0
        while done < len(obj):
            self._write(MARK)
            count = 0
            while done < len(obj):
                save(obj[done])
                done += 1
                count += 1
                if count == _BATCHSIZE:
                    break
            self._write(APPENDS)

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            return self._batch_setitems(iter(obj.items()))
        save = self.save
        size = len(obj)
        if size == 1:
            for key, value in obj.items():
                save(key)
                save(value)
            self._write(SETITEM)
            return
        items = iter(obj.items())
        while True:
            self._write(MARK)
            count = 0
            for key, value in items:
                save(key)
                save(value)
                count += 1
                if count == _BATCHSIZE:
                    break
            self._write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if count != _BATCHSIZE:
                break

    def _save_set(self, obj):
        if self.proto < 4:
            return self.save_reduce(set, (list(obj),), obj=obj)
        self._write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        size = len(obj)
        items = iter(obj)
        save = self.save
        while True:
            self._write(MARK)
            count = 0
            for item in items:
                save(item)
                count += 1
                if count == _BATCHSIZE:
                    break
            self._write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if count != _BATCHSIZE:
                break

    def _save_frozenset(self, obj):
        if self.proto < 4:
            return self.save_reduce(type(obj), (list(obj),), obj=obj)
        self._write(MARK)
        for item in obj:
            self.save(item)
        hit = self._memo.get(id(obj))
        if hit is not None:
            self._write(POP_MARK)
            self._get(hit[0])
            return
        self._write(FROZENSET)
        self.memoize(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self._write
        if self.proto == 0:
            for item in items:
                save(item)
                write(APPEND)
            return
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if not batch:
                return
            if len(batch) == 1:
                save(batch[0])
                self._write(APPEND)
                return
            self._write(MARK)
            for item in batch:
                save(item)
            self._write(APPENDS)
            if len(batch) < _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        if self.proto == 0:
            for pair in items:
                key, value = _pair(pair)
                save(key)
                save(value)
                self._write(SETITEM)
            return
        while True:
            batch = []
            for pair in items:
                batch.append(_pair(pair))
                if len(batch) == _BATCHSIZE:
                    break
            if not batch:
                return
            if len(batch) == 1:
                save(batch[0][0])
                save(batch[0][1])
                self._write(SETITEM)
                return
            self._write(MARK)
            for key, value in batch:
                save(key)
                save(value)
            self._write(SETITEMS)
            if len(batch) < _BATCHSIZE:
                return

    # -- persistent ids, classes, reductions --------------------------------

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            text = str(pid)
            if not text.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._write(PERSID + text.encode('ascii') + b'\n')

    def _save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        parts = _dotted_path(name)
        module_name = whichmodule(obj, parts)
        try:
            module = _import_module(module_name)
        except Exception:
            raise PicklingError(
                f"Can't pickle {obj!r}: import of module {module_name!r} failed") from None
        try:
            found, parent = _walk(module, parts)
        except AttributeError:
            raise PicklingError(
                f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed") from None
        if found is not obj:
            raise PicklingError(
                f"Can't pickle {obj!r}: it's not the same object as {module_name}.{name}")
        lastname = parts[-1]
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if not isinstance(code, int):
                    raise PicklingError(
                        f"Can't pickle {obj!r}: extension code {code!r} isn't an integer")
                if code <= 0 or code > 0x7fffffff:
                    raise PicklingError(
                        f"Can't pickle {obj!r}: extension code {code} is out of range")
                if code <= 0xff:
                    self._write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    self._write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    self._write(EXT4 + code.to_bytes(4, 'little'))
                return
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(_global_getattr, (parent, lastname))
        else:
            if self.fix_imports:
                fixed = _compat_pickle.REVERSE_NAME_MAPPING.get((module_name, name))
                if fixed is not None:
                    module_name, name = fixed
                else:
                    module_name = _compat_pickle.REVERSE_IMPORT_MAPPING.get(
                        module_name, module_name)
            encoding = 'utf-8' if self.proto == 3 else 'ascii'
            try:
                mod_bytes = module_name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle module identifier '{module_name}' "
                                    f"using pickle protocol {self.proto}") from None
            try:
                name_bytes = name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle global identifier '{name}' "
                                    f"using pickle protocol {self.proto}") from None
            self._write(GLOBAL + mod_bytes + b'\n' + name_bytes + b'\n')
        self.memoize(obj)

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ "
                                "must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ "
                                "must be a tuple")
        if listitems is not None and not _is_iterator(listitems):
            raise PicklingError("fourth element of the tuple returned by __reduce__ "
                                f"must be an iterator, not {type(listitems).__name__}")
        if dictitems is not None and not _is_iterator(dictitems):
            raise PicklingError("fifth element of the tuple returned by __reduce__ "
                                f"must be an iterator, not {type(dictitems).__name__}")
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ "
                                f"must be a function, not {type(state_setter).__name__}")
        save = self.save
        func_name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if not isinstance(func_name, str):
            func_name = ""
        if func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    f"exactly 3, not {len(args)}")
            cls, new_args, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must "
                                    f"be a class, not {type(cls).__name__}")
            if not isinstance(new_args, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must "
                                    f"be a tuple, not {type(new_args).__name__}")
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must "
                                    f"be a dict, not {type(kwargs).__name__}")
            if self.proto >= 4:
                save(cls)
                save(new_args)
                save(kwargs)
                self._write(NEWOBJ_EX)
            else:
                from functools import partial
                save(partial(cls.__new__, cls, *new_args, **kwargs))
                save(())
                self._write(REDUCE)
        elif func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, "__class__", None) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            self._write(NEWOBJ)
        else:
            save(func)
            save(args)
            self._write(REDUCE)
        if obj is not None:
            hit = self._memo.get(id(obj))
            if hit is not None:
                self._write(POP)
                self._get(hit[0])
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                self._write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                self._write(TUPLE2 + REDUCE + POP)


Pickler.__module__ = "_pickle"
_Pickler = Pickler


def _reduce_parts(rv):
    if not 2 <= len(rv) <= 6:
        raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
    return rv


def _pair(item):
    if not isinstance(item, tuple) or len(item) != 2:
        raise TypeError("dict items iterator must return 2-tuples")
    return item


def _is_iterator(obj):
    return hasattr(type(obj), "__next__")


def _lookup(table, cls):
    try:
        return table[cls]
    except KeyError:
        return None


_function_type = type(_pair)


def _raw_escape(text):
    out = []
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out.append("\\U%08x" % code)
        elif code >= 256 or ch in "\\\0\n\r\x1a":
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    return "".join(out).encode('latin-1')



# ---------------------------------------------------------------------------
# The unpickler

_UnpicklerMemoProxy = type("UnpicklerMemoProxy", (), {
    "__module__": "_pickle",
    "__init__": lambda self, owner: setattr(self, "_owner", owner),
    "clear": lambda self: self._owner._memo.clear(),
    "copy": lambda self: dict(self._owner._memo),
    "__len__": lambda self: len(self._owner._memo),
})


class _Truncated(Exception):
    pass


class Unpickler:
    """This takes a binary file for reading a pickle data stream."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._file_readinto = getattr(file, "readinto", None)
        self._data = None
        self._pos = 0
        self._buffers = iter(buffers) if buffers is not None else None
        self._memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    @property
    def memo(self):
        return _UnpicklerMemoProxy(self)

    @memo.setter
    def memo(self, value):
        if isinstance(value, _UnpicklerMemoProxy):
            value = value.copy()
        if not isinstance(value, dict):
            raise TypeError("'memo' attribute must be an UnpicklerMemoProxy object "
                            f"or dict, not {type(value).__name__}")
        self._memo = dict(value)

    # -- input --------------------------------------------------------------

    def _read(self, n):
        data = self._data
        if data is not None:
            pos = self._pos
            end = pos + n
            if end <= len(data):
                self._pos = end
                return data[pos:end]
            if pos < len(data):
                raise UnpicklingError("pickle data was truncated")
            self._data = None
        chunk = self._file_read(n)
        if len(chunk) < n:
            raise _Truncated
        return chunk

    def _readline(self):
        data = self._data
        if data is not None:
            pos = self._pos
            end = data.find(b'\n', pos)
            if end >= 0:
                self._pos = end + 1
                return data[pos:end + 1]
            if pos < len(data):
                raise UnpicklingError("pickle data was truncated")
            self._data = None
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise _Truncated
        return line

    def _load_frame(self, size):
        data = self._data
        if data is not None and self._pos < len(data):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        frame = self._file_read(size)
        if len(frame) < size:
            raise _Truncated
        self._data = frame
        self._pos = 0

    # -- driver -------------------------------------------------------------

    def load(self):
        """Load a pickle."""
        if not hasattr(self, "_memo"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  f"{type(self).__name__}.__init__()")
        self.stack = []
        self.metastack = []
        self.append = self.stack.append
        self.proto = 0
        table = _DISPATCH_TABLE
        read = self._read
        try:
            while True:
                data = self._data
                pos = self._pos
                if data is not None and pos < len(data):
                    code = data[pos]        # the in-memory fast path
                    self._pos = pos + 1
                else:
                    try:
                        code = read(1)[0]
                    except (_Truncated, UnpicklingError):
                        raise EOFError("Ran out of input") from None
                handler = table[code]
                if handler is None:
                    if 0x20 <= code <= 0x7e and code not in (0x27, 0x5c):
                        raise UnpicklingError(f"invalid load key, '{chr(code)}'.")
                    raise UnpicklingError(f"invalid load key, '\\x{code:02x}'.")
                handler(self)
        except _Stop as stop:
            return stop.value
        except _Truncated:
            raise UnpicklingError("pickle data was truncated") from None

    def _pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        sys.audit('pickle.find_class', module, name)
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        mod = sys.modules[module]
        try:
            if self.proto >= 4:
                return _walk(mod, name.split("."))[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {mod!r}") from None

    def _memo_get(self, idx):
        try:
            value = self._memo[idx]
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {idx}") from None
        self.append(value)

    def _memo_put(self, idx):
        if idx < 0:
            raise ValueError("negative PUT argument")
        self._memo[idx] = self._top()

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)


Unpickler.__module__ = "_pickle"
_Unpickler = Unpickler


def _op(code):
    def register(fn):
        _DISPATCH[code[0]] = fn
        return fn
    return register


_DISPATCH = {}


@_op(PROTO)
def _load_proto(u):
    proto = u._read(1)[0]
    if proto > HIGHEST_PROTOCOL:
        raise ValueError(f"unsupported pickle protocol: {proto}")
    u.proto = proto


@_op(FRAME)
def _load_frame(u):
    size = int.from_bytes(u._read(8), 'little')
    if size > sys.maxsize:
        raise ValueError(f"frame size > sys.maxsize: {size}")
    if u._data is None or u._pos >= len(u._data):
        u._load_frame(size)


@_op(PERSID)
def _load_persid(u):
    try:
        pid = u._readline()[:-1].decode("ascii")
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
    u.append(u.persistent_load(pid))


@_op(BINPERSID)
def _load_binpersid(u):
    pid = u._pop()
    u.append(u.persistent_load(pid))


@_op(NONE)
def _load_none(u):
    u.append(None)


@_op(NEWFALSE)
def _load_false(u):
    u.append(False)


@_op(NEWTRUE)
def _load_true(u):
    u.append(True)


@_op(INT)
def _load_int(u):
    line = u._readline()
    if line == b'00\n':
        u.append(False)
    elif line == b'01\n':
        u.append(True)
    else:
        u.append(_parse_int(line))


def _parse_int(line):
    try:
        return int(line, 0)
    except ValueError:
        raise ValueError("could not convert string to int") from None


@_op(BININT)
def _load_binint(u):
    u.append(int.from_bytes(u._read(4), 'little', signed=True))


@_op(BININT1)
def _load_binint1(u):
    u.append(u._read(1)[0])


@_op(BININT2)
def _load_binint2(u):
    u.append(int.from_bytes(u._read(2), 'little'))


@_op(LONG)
def _load_long(u):
    line = u._readline()[:-1]
    if line.endswith(b'L'):
        line = line[:-1]
    u.append(_parse_int(line))


@_op(LONG1)
def _load_long1(u):
    n = u._read(1)[0]
    u.append(decode_long(u._read(n)))


@_op(LONG4)
def _load_long4(u):
    n = int.from_bytes(u._read(4), 'little', signed=True)
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u.append(decode_long(u._read(n)))


@_op(FLOAT)
def _load_float(u):
    u.append(float(u._readline()[:-1]))


@_op(BINFLOAT)
def _load_binfloat(u):
    u.append(_unpack('>d', u._read(8))[0])


@_op(STRING)
def _load_string(u):
    data = u._readline()[:-1]
    if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
        data = data[1:-1]
    else:
        raise UnpicklingError("the STRING opcode argument must be quoted")
    import codecs
    u.append(u._decode_string(codecs.escape_decode(data)[0]))


@_op(BINSTRING)
def _load_binstring(u):
    n = int.from_bytes(u._read(4), 'little', signed=True)
    if n < 0:
        raise UnpicklingError("BINSTRING pickle has negative byte count")
    u.append(u._decode_string(u._read(n)))


@_op(SHORT_BINSTRING)
def _load_short_binstring(u):
    n = u._read(1)[0]
    u.append(u._decode_string(u._read(n)))


@_op(BINBYTES)
def _load_binbytes(u):
    n = int.from_bytes(u._read(4), 'little')
    u.append(bytes(u._read(n)))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(u):
    n = u._read(1)[0]
    u.append(bytes(u._read(n)))


@_op(BINBYTES8)
def _load_binbytes8(u):
    n = int.from_bytes(u._read(8), 'little')
    u.append(bytes(u._read(n)))


@_op(BYTEARRAY8)
def _load_bytearray8(u):
    n = int.from_bytes(u._read(8), 'little')
    u.append(bytearray(u._read(n)))


@_op(NEXT_BUFFER)
def _load_next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data "
                              "but no *buffers* argument was given")
    try:
        buf = next(u._buffers)
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None
    u.append(buf)


@_op(READONLY_BUFFER)
def _load_readonly_buffer(u):
    buf = u._top()
    view = memoryview(buf)
    if not view.readonly:
        u.stack[-1] = view.toreadonly()


@_op(UNICODE)
def _load_unicode(u):
    u.append(str(u._readline()[:-1], 'raw-unicode-escape'))


@_op(BINUNICODE)
def _load_binunicode(u):
    n = int.from_bytes(u._read(4), 'little')
    u.append(str(u._read(n), 'utf-8', 'surrogatepass'))


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(u):
    n = u._read(1)[0]
    u.append(str(u._read(n), 'utf-8', 'surrogatepass'))


@_op(BINUNICODE8)
def _load_binunicode8(u):
    n = int.from_bytes(u._read(8), 'little')
    u.append(str(u._read(n), 'utf-8', 'surrogatepass'))


@_op(TUPLE)
def _load_tuple(u):
    items = u._pop_mark()
    u.append(tuple(items))


@_op(EMPTY_TUPLE)
def _load_empty_tuple(u):
    u.append(())


def _tuple_n(n):
    def load(u):
        if len(u.stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(u.stack[-n:])
        del u.stack[-n:]
        u.append(items)
    return load


_DISPATCH[TUPLE1[0]] = _tuple_n(1)
_DISPATCH[TUPLE2[0]] = _tuple_n(2)
_DISPATCH[TUPLE3[0]] = _tuple_n(3)


@_op(EMPTY_LIST)
def _load_empty_list(u):
    u.append([])


@_op(EMPTY_DICT)
def _load_empty_dict(u):
    u.append({})


@_op(EMPTY_SET)
def _load_empty_set(u):
    u.append(set())


@_op(FROZENSET)
def _load_frozenset(u):
    items = u._pop_mark()
    u.append(frozenset(items))


@_op(LIST)
def _load_list(u):
    items = u._pop_mark()
    u.append(items)


@_op(DICT)
def _load_dict(u):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for DICT")
    u.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


def _instantiate(u, klass, args):
    if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
        value = klass(*args)
    else:
        value = klass.__new__(klass)
    u.append(value)


@_op(INST)
def _load_inst(u):
    module = u._readline()[:-1].decode("ascii")
    name = u._readline()[:-1].decode("ascii")
    klass = u.find_class(module, name)
    args = u._pop_mark()
    _instantiate(u, klass, args)


@_op(OBJ)
def _load_obj(u):
    args = u._pop_mark()
    if not args:
        raise UnpicklingError("unpickling stack underflow")
    cls = args.pop(0)
    _instantiate(u, cls, args)


@_op(NEWOBJ)
def _load_newobj(u):
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError(f"NEWOBJ class argument isn't a type object")
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ expected an arg tuple.")
    u.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(u):
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError(f"NEWOBJ_EX class argument must be a type, "
                              f"not {type(cls).__name__}")
    u.append(cls.__new__(cls, *args, **kwargs))


@_op(GLOBAL)
def _load_global(u):
    module = u._readline()[:-1].decode("utf-8")
    name = u._readline()[:-1].decode("utf-8")
    u.append(u.find_class(module, name))


@_op(STACK_GLOBAL)
def _load_stack_global(u):
    name = u._pop()
    module = u._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u.append(u.find_class(module, name))


def _load_ext(u, code):
    obj = _extension_cache.get(code, _NOTHING)
    if obj is not _NOTHING:
        u.append(obj)
        return
    key = _inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        raise ValueError(f"unregistered extension code {code}")
    obj = u.find_class(*key)
    _extension_cache[code] = obj
    u.append(obj)


_NOTHING = object()
_DISPATCH[EXT1[0]] = lambda u: _load_ext(u, u._read(1)[0])
_DISPATCH[EXT2[0]] = lambda u: _load_ext(u, int.from_bytes(u._read(2), 'little'))
_DISPATCH[EXT4[0]] = lambda u: _load_ext(u, int.from_bytes(u._read(4), 'little', signed=True))


@_op(REDUCE)
def _load_reduce(u):
    args = u._pop()
    func = u._pop()
    if not isinstance(args, tuple):
        raise UnpicklingError("REDUCE args must be a tuple")
    u.append(func(*args))


@_op(POP)
def _load_pop(u):
    if u.stack:
        u.stack.pop()
    elif u.metastack:
        u._pop_mark()
    else:
        raise UnpicklingError("unpickling stack underflow")


@_op(POP_MARK)
def _load_pop_mark(u):
    u._pop_mark()


@_op(DUP)
def _load_dup(u):
    u.append(u._top())


@_op(GET)
def _load_get(u):
    u._memo_get(_parse_int(u._readline()[:-1]))


@_op(BINGET)
def _load_binget(u):
    u._memo_get(u._read(1)[0])


@_op(LONG_BINGET)
def _load_long_binget(u):
    u._memo_get(int.from_bytes(u._read(4), 'little'))


@_op(PUT)
def _load_put(u):
    u._memo_put(_parse_int(u._readline()[:-1]))


@_op(BINPUT)
def _load_binput(u):
    u._memo_put(u._read(1)[0])


@_op(LONG_BINPUT)
def _load_long_binput(u):
    u._memo_put(int.from_bytes(u._read(4), 'little'))


@_op(MEMOIZE)
def _load_memoize(u):
    u._memo[len(u._memo)] = u._top()


@_op(APPEND)
def _load_append(u):
    value = u._pop()
    u._top().append(value)


@_op(APPENDS)
def _load_appends(u):
    items = u._pop_mark()
    target = u._top()
    if type(target) is list:
        target[len(target):] = items   # as _pickle's PyList_SetSlice (the same over-allocation)
    else:
        extend = getattr(target, "extend", None)
        if extend is not None:
            extend(items)
        else:
            for item in items:
                target.append(item)


@_op(SETITEM)
def _load_setitem(u):
    value = u._pop()
    key = u._pop()
    u._top()[key] = value


@_op(SETITEMS)
def _load_setitems(u):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for SETITEMS")
    target = u._top()
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


@_op(ADDITEMS)
def _load_additems(u):
    items = u._pop_mark()
    target = u._top()
    if isinstance(target, set):
        target.update(items)
    else:
        for item in items:
            target.add(item)


@_op(BUILD)
def _load_build(u):
    state = u._pop()
    inst = u._top()
    setstate = getattr(inst, "__setstate__", _NOTHING)
    if setstate is not _NOTHING:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        namespace = inst.__dict__
        for key, value in state.items():
            if type(key) is str:
                key = sys.intern(key)
            namespace[key] = value
    if slotstate:
        if not isinstance(slotstate, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for key, value in slotstate.items():
            setattr(inst, key, value)


@_op(MARK)
def _load_mark(u):
    u.metastack.append(u.stack)
    u.stack = []
    u.append = u.stack.append


@_op(STOP)
def _load_stop(u):
    raise _Stop(u._pop())


_DISPATCH_TABLE = [_DISPATCH.get(code) for code in range(256)]


# ---------------------------------------------------------------------------
# Shorthands

class _Sink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    if buffer_callback is None and (protocol is None or type(protocol) is int):
        # Plain data with a valid protocol: no Pickler is needed (its __init__ checks nothing
        # else that can fail here).
        proto = DEFAULT_PROTOCOL if protocol is None else protocol
        if proto < 0:
            proto = HIGHEST_PROTOCOL
        if proto <= HIGHEST_PROTOCOL:
            data = _native_dumps(obj, proto, fix_imports)   # plain data only, else None
            if data is not None:
                return data
    pickler = Pickler(None, protocol, fix_imports=fix_imports,
                      buffer_callback=buffer_callback)
    data = _native_dumps(obj, pickler.proto, pickler.fix_imports)   # plain data only, else None
    if data is not None:
        return data
    return pickler._dump(obj)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


class _NoFile:
    def read(self, n=-1):
        return b''

    def readline(self):
        return b''


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if type(data) is bytes:
        done = _native_loads(data, fix_imports)   # (value,) for a pure-data pickle, else None
        if done is not None:
            return done[0]
    unpickler = Unpickler(_NoFile(), fix_imports=fix_imports, buffers=buffers,
                          encoding=encoding, errors=errors)
    unpickler._data = bytes(data)
    unpickler._pos = 0
    return unpickler.load()



# The accelerator's exception classes, which replace the Python-level ones above.
class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"
del _cls
