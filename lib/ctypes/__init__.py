"""ctypes for heapstack: C data types kept in our own buffers, no native code.

Simple types, arrays, structures/unions (x86-64 Linux layout), pointers, byref/addressof,
create_string_buffer, cast, sizeof/alignment, memmove/memset/string_at work on bytearrays
that this module owns, at made-up addresses. `T.from_address(id(obj))` and
`cast(id(obj), py_object)` read the header of a live heapstack object as CPython 3.11 lays it
out (ob_refcnt at 0, ob_type at 8, ob_size or the value at 16; see src/modules/_ctypes_heap.ts);
any other address raises ValueError, and nothing can be written there. Native libraries
(CDLL, cdll, pythonapi...) raise OSError: heapstack cannot load them.
"""

import _os

if not _os.can_spawn():
    # the browser sandbox has no ctypes at all
    raise ModuleNotFoundError("No module named 'ctypes' (not available on this host)", name='ctypes')

import struct as _struct
import sys as _sys
import _ctypes_heap
import weakref as _weakref

_ctypes_heap.enable()

__version__ = "1.1.0"
DEFAULT_MODE = 0
RTLD_LOCAL = 0
RTLD_GLOBAL = 256


class ArgumentError(Exception):
    pass


# --- memory: buffers with made-up addresses -------------------------------------------------

_next_base = [0x10000000]
_buffers = _weakref.WeakValueDictionary()   # base address -> _Buf, alive while a ctypes object uses it


class _Buf(bytearray):
    pass


def _new_buffer(size):
    buf = _Buf(size)
    base = _next_base[0]
    _next_base[0] += (max(size, 1) + 15) // 16 * 16 + 16
    _buffers[base] = buf
    return buf, base


def _find_buffer(addr):
    for base, buf in list(_buffers.items()):
        if base <= addr < base + max(len(buf), 1):
            return buf, base
    return None, 0


class _HeapMem:
    """Read-only view of a live heapstack object's modelled header."""
    __slots__ = ('addr',)

    def __init__(self, addr):
        self.addr = addr


def _mem_read(mem, base, off, n):
    if isinstance(mem, _HeapMem):
        return _ctypes_heap.read(mem.addr + off, n)
    return bytes(mem[off:off + n])


def _mem_write(mem, off, data):
    if isinstance(mem, _HeapMem):
        raise ValueError("heapstack: ctypes cannot write address 0x%x: objects' memory is read-only"
                         % (mem.addr + off))
    mem[off:off + len(data)] = data


# --- metatypes --------------------------------------------------------------------------------

class _CDataMeta(type):
    def __mul__(cls, length):
        return _array_type(cls, length, _sys._getframe(1).f_globals.get('__name__', 'ctypes'))

    __rmul__ = __mul__

    def from_address(cls, address):
        if not isinstance(address, int):
            raise TypeError("integer expected")
        buf, base = _find_buffer(address)
        self = cls.__new__(cls)
        if buf is not None:
            _bind(self, buf, base, address - base)
        else:
            # check now, so that a bad address fails here as well as on .value
            _ctypes_heap.read(address, cls._size_ or 1)
            _bind(self, _HeapMem(address), address, 0)
        return self

    def from_buffer(cls, source, offset=0):
        if not isinstance(source, bytearray):
            raise TypeError("heapstack: ctypes from_buffer needs a bytearray")
        self = cls.__new__(cls)
        _bind(self, source, 0, offset)
        return self

    def from_buffer_copy(cls, source, offset=0):
        data = bytes(source)[offset:offset + cls._size_]
        if len(data) < cls._size_:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (len(bytes(source)), cls._size_ + offset))
        self = cls.__new__(cls)
        _alloc(self)
        self._b_mem_[self._b_off_:self._b_off_ + len(data)] = data
        return self

    def in_dll(cls, dll, name):
        raise OSError("heapstack: native libraries are not available")


class PyCSimpleType(_CDataMeta):
    pass


class PyCArrayType(_CDataMeta):
    pass


class PyCPointerType(_CDataMeta):
    pass


for _m in (PyCSimpleType, PyCArrayType, PyCPointerType):
    _m.__module__ = '_ctypes'


def _bind(obj, mem, base, off):
    obj._b_mem_ = mem
    obj._b_addr_ = base + off
    obj._b_off_ = off
    obj._objects = None


def _alloc(obj):
    buf, base = _new_buffer(type(obj)._size_)
    _bind(obj, buf, base, 0)


class _CData(metaclass=_CDataMeta):
    _size_ = 0
    _align_ = 1
    _b_needsfree_ = 1
    _b_base_ = None

    def __new__(cls, *args, **kw):
        if cls._size_ is None:
            raise TypeError("abstract class")
        self = object.__new__(cls)
        _alloc(self)
        return self

    def _read(self, off, n):
        return _mem_read(self._b_mem_, 0, self._b_off_ + off, n)

    def _write(self, off, data):
        _mem_write(self._b_mem_, self._b_off_ + off, data)

    def __ctypes_from_outparam__(self):
        return self

    def __reduce__(self):
        raise ValueError("ctypes objects containing pointers cannot be pickled")

    def __bytes__(self):
        return self._read(0, type(self)._size_)


_CData.__module__ = '_ctypes'


# --- simple types -------------------------------------------------------------------------------

_CODES = {
    '?': ('?', 1), 'c': ('c', 1), 'b': ('b', 1), 'B': ('B', 1), 'h': ('h', 2), 'H': ('H', 2),
    'i': ('i', 4), 'I': ('I', 4), 'l': ('q', 8), 'L': ('Q', 8), 'q': ('q', 8), 'Q': ('Q', 8),
    'f': ('f', 4), 'd': ('d', 8), 'g': ('d', 16), 'u': ('I', 4), 'z': ('Q', 8), 'Z': ('Q', 8),
    'P': ('Q', 8), 'O': ('Q', 8),
}


def _wrap_int(code, v):
    fmt, size = _CODES[code]
    bits = size * 8
    v &= (1 << bits) - 1
    if fmt in 'bhiq' and v >= 1 << (bits - 1):
        v -= 1 << bits
    return v


class _SimpleCData(_CData):
    _type_ = None
    _size_ = None

    def __init__(self, value=None):
        if value is not None:
            self.value = value

    @property
    def value(self):
        code = type(self)._type_
        fmt, size = _CODES[code]
        raw = self._read(0, size if code != 'g' else 8)
        v = _struct.unpack('<' + fmt, raw)[0]
        if code == '?':
            return bool(raw[0])
        if code == 'c':
            return v
        if code == 'u':
            return chr(v)
        if code == 'z':
            return None if v == 0 else string_at(v)
        if code == 'Z':
            return None if v == 0 else wstring_at(v)
        if code == 'P':
            return v or None
        if code == 'O':
            if v == 0:
                raise ValueError("PyObject is NULL")
            return _ctypes_heap.object_at(v)
        return v

    @value.setter
    def value(self, value):
        code = type(self)._type_
        fmt, size = _CODES[code]
        if code == '?':
            data = bytes([1 if value else 0])
        elif code == 'c':
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 256:
                data = bytes([value])
            elif isinstance(value, (bytes, bytearray)) and len(value) == 1:
                data = bytes(value)
            else:
                raise TypeError("one character bytes, bytearray or integer expected")
        elif code == 'u':
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError("one character unicode string expected")
            data = _struct.pack('<I', ord(value))
        elif code in 'fdg':
            if not isinstance(value, (int, float)) and not hasattr(value, '__float__'):
                raise TypeError("must be real number, not %s" % type(value).__name__)
            data = _struct.pack('<' + fmt, float(value))
            if code == 'g':
                data += bytes(8)
        elif code in 'zZO':
            if code == 'z' and not (value is None or isinstance(value, (bytes, int))):
                raise TypeError("bytes or integer address expected instead of %s instance"
                                % type(value).__name__)
            if code == 'Z' and not (value is None or isinstance(value, (str, int))):
                raise TypeError("unicode string or integer address expected instead of %s instance"
                                % type(value).__name__)
            if value is None and code != 'O':
                addr = 0
            elif isinstance(value, int) and code != 'O':
                addr = value
            elif code == 'O':
                addr = _ctypes_heap.note(value)
                self._objects = value   # py_object(x) holds a reference to x
            else:
                if code == 'z':
                    buf, addr = _new_buffer(len(value) + 1)
                    buf[:len(value)] = value
                else:
                    buf, addr = _new_buffer(4 * (len(value) + 1))
                    buf[:4 * len(value)] = value.encode('utf-32-le')
                self._objects = buf
            data = _struct.pack('<Q', addr)
        else:
            if not isinstance(value, int):
                if hasattr(value, '__index__'):
                    value = value.__index__()
                else:
                    raise TypeError("'%s' object cannot be interpreted as an integer"
                                    % type(value).__name__)
            if code == 'P':
                value &= (1 << 64) - 1
            data = _struct.pack('<' + fmt, _wrap_int(code if code != 'P' else 'L', value)
                                if code != 'P' else value)
        self._write(0, data)

    def __bool__(self):
        code = type(self)._type_
        if code == 'O':
            return self._read(0, 8) != bytes(8)
        return bool(self.value)

    def __repr__(self):
        cls = type(self)
        if cls.__bases__[0] is not _SimpleCData:
            return "<%s object at %#x>" % (cls.__qualname__, id(self))
        if cls._type_ == 'O':
            try:
                return "py_object(%r)" % (self.value,)
            except ValueError:
                return "py_object(<NULL>)"
        if cls._type_ in 'zZ':
            return "%s(%s)" % (cls.__name__, _struct.unpack('<Q', self._read(0, 8))[0] or None)
        return "%s(%r)" % (cls.__name__, self.value)


_SimpleCData.__module__ = '_ctypes'


def _simple(name, code):
    cls = PyCSimpleType(name, (_SimpleCData,), {'_type_': code, '_size_': _CODES[code][1],
                                              '_align_': _CODES[code][1], '__module__': 'ctypes'})
    return cls


c_bool = _simple('c_bool', '?')
c_char = _simple('c_char', 'c')
c_wchar = _simple('c_wchar', 'u')
c_byte = _simple('c_byte', 'b')
c_ubyte = _simple('c_ubyte', 'B')
c_short = _simple('c_short', 'h')
c_ushort = _simple('c_ushort', 'H')
c_int = _simple('c_int', 'i')
c_uint = _simple('c_uint', 'I')
c_long = _simple('c_long', 'l')
c_ulong = _simple('c_ulong', 'L')
c_float = _simple('c_float', 'f')
c_double = _simple('c_double', 'd')
c_longdouble = _simple('c_longdouble', 'g')
c_char_p = _simple('c_char_p', 'z')
c_wchar_p = _simple('c_wchar_p', 'Z')
c_void_p = _simple('c_void_p', 'P')
py_object = _simple('py_object', 'O')
c_longlong = c_long
c_ulonglong = c_ulong
c_int8 = c_byte
c_uint8 = c_ubyte
c_int16 = c_short
c_uint16 = c_ushort
c_int32 = c_int
c_uint32 = c_uint
c_int64 = c_long
c_uint64 = c_ulong
c_size_t = c_ulong
c_ssize_t = c_long
c_time_t = c_long
c_voidp = c_void_p


def _to_python(tp, obj, off):
    """A field or item of type tp at off inside obj: a Python value for simple types, else a view."""
    if issubclass(tp, _SimpleCData) and tp.__bases__[0] is _SimpleCData:
        view = tp.__new__(tp)
        _bind(view, obj._b_mem_, obj._b_addr_ - obj._b_off_, obj._b_off_ + off)
        return view.value
    view = tp.__new__(tp)
    _bind(view, obj._b_mem_, obj._b_addr_ - obj._b_off_, obj._b_off_ + off)
    view._b_base_ = obj
    return view


def _from_python(tp, obj, off, value):
    if isinstance(value, _CData):
        if not isinstance(value, tp):
            raise TypeError("incompatible types, %s instance instead of %s instance"
                            % (type(value).__name__, tp.__name__))
        obj._write(off, value._read(0, tp._size_))
        if isinstance(value, _Pointer):
            _keep(obj, value)
        return
    if issubclass(tp, _SimpleCData):
        view = tp.__new__(tp)
        _bind(view, obj._b_mem_, obj._b_addr_ - obj._b_off_, obj._b_off_ + off)
        view.value = value
        if view._objects is not None:
            _keep(obj, view._objects)
        return
    if issubclass(tp, (Structure, Union)) and isinstance(value, tuple):
        tmp = tp(*value)
        obj._write(off, tmp._read(0, tp._size_))
        return
    if issubclass(tp, Array) and isinstance(value, (bytes, str)) and tp._type_ in (c_char, c_wchar):
        view = tp.__new__(tp)
        _bind(view, obj._b_mem_, obj._b_addr_ - obj._b_off_, obj._b_off_ + off)
        view.value = value
        return
    raise TypeError("expected %s instance, got %s" % (tp.__name__, type(value).__name__))


def _keep(obj, value):
    while obj._b_base_ is not None:
        obj = obj._b_base_
    if getattr(obj, '_objects', None) is None:
        obj._objects = {}
    obj._objects[len(obj._objects)] = value


# --- arrays --------------------------------------------------------------------------------------

_array_cache = {}


class Array(_CData):
    _size_ = None
    _length_ = 0
    _type_ = None

    def __init__(self, *args):
        if len(args) > self._length_:
            raise IndexError("invalid index")
        for i, v in enumerate(args):
            self[i] = v

    def __len__(self):
        return self._length_

    def _index(self, i):
        if not isinstance(i, int):
            i = i.__index__()
        if i < 0:
            i += self._length_
        if not 0 <= i < self._length_:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self[k] for k in range(*i.indices(self._length_))]
            if self._type_ is c_char:
                return b''.join(items)
            if self._type_ is c_wchar:
                return ''.join(items)
            return items
        i = self._index(i)
        return _to_python(self._type_, self, i * self._type_._size_)

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            idx = range(*i.indices(self._length_))
            if len(value) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(idx, value):
                self[k] = v
            return
        i = self._index(i)
        _from_python(self._type_, self, i * self._type_._size_, value)

    def __iter__(self):
        for i in range(self._length_):
            yield self[i]

    @property
    def value(self):
        if self._type_ is c_char:
            raw = self._read(0, self._length_)
            n = raw.find(b'\0')
            return raw if n < 0 else raw[:n]
        if self._type_ is c_wchar:
            s = ''.join(self)
            n = s.find('\0')
            return s if n < 0 else s[:n]
        raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @value.setter
    def value(self, v):
        if self._type_ is c_char:
            if not isinstance(v, bytes):
                raise TypeError("bytes expected instead of %s instance" % type(v).__name__)
            if len(v) > self._length_:
                raise ValueError("byte string too long")
            self._write(0, v + (b'\0' if len(v) < self._length_ else b''))
            return
        if self._type_ is c_wchar:
            if not isinstance(v, str):
                raise TypeError("unicode string expected instead of %s instance" % type(v).__name__)
            if len(v) > self._length_:
                raise ValueError("string too long")
            for i, ch in enumerate(v + ('\0' if len(v) < self._length_ else '')):
                self[i] = ch
            return
        raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @property
    def raw(self):
        if self._type_ is not c_char:
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        return self._read(0, self._length_)

    @raw.setter
    def raw(self, v):
        if len(v) > self._length_:
            raise ValueError("byte string too long")
        self._write(0, bytes(v))


Array.__module__ = '_ctypes'


def _array_type(tp, length, module):
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError("Array length must be >= 0, not %d" % length)
    key = (tp, length)
    if key in _array_cache:
        return _array_cache[key]
    cls = PyCArrayType('%s_Array_%d' % (tp.__name__, length), (Array,),
                     {'_type_': tp, '_length_': length, '_size_': tp._size_ * length,
                      '_align_': tp._align_, '__module__': module})
    _array_cache[key] = cls
    return cls


# --- structures and unions --------------------------------------------------------------------

class CField:
    def __init__(self, name, tp, offset, size, bits=None, bitofs=0):
        self.name = name
        self.type = tp
        self.offset = offset
        self.size = size
        self._bits = bits
        self._bitofs = bitofs

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        if self._bits is None:
            return _to_python(self.type, obj, self.offset)
        raw = _struct.unpack('<Q', obj._read(self.offset, self.type._size_).ljust(8, b'\0'))[0]
        v = (raw >> self._bitofs) & ((1 << self._bits) - 1)
        if self.type._type_ in 'bhilq' and v >= 1 << (self._bits - 1):
            v -= 1 << self._bits
        return v

    def __set__(self, obj, value):
        if self._bits is None:
            _from_python(self.type, obj, self.offset, value)
            return
        n = self.type._size_
        raw = _struct.unpack('<Q', obj._read(self.offset, n).ljust(8, b'\0'))[0]
        mask = ((1 << self._bits) - 1) << self._bitofs
        raw = (raw & ~mask) | ((value << self._bitofs) & mask)
        obj._write(self.offset, _struct.pack('<Q', raw)[:n])

    def __repr__(self):
        if self._bits is None:
            return "<Field type=%s, ofs=%d, size=%d>" % (self.type.__name__, self.offset, self.size)
        return "<Field type=%s, ofs=%d:%d, bits=%d>" % (self.type.__name__, self.offset,
                                                        self._bitofs, self._bits)


CField.__module__ = '_ctypes'


class _StructMeta(_CDataMeta):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        if '_fields_' in ns:
            cls._layout(ns['_fields_'])

    def __setattr__(cls, name, value):
        if name == '_fields_':
            if '_fields_' in cls.__dict__:
                raise AttributeError("_fields_ is final")
            type.__setattr__(cls, name, value)
            cls._layout(value)
            return
        type.__setattr__(cls, name, value)

    def _layout(cls, fields):
        union = issubclass(cls, Union)
        pack = cls.__dict__.get('_pack_', 0)
        base = cls.__mro__[1]
        offset = base._size_ if not union and base not in (Structure, Union) and base._size_ else 0
        align = base._align_ if base not in (Structure, Union) and base._size_ else 1
        size = offset
        names = list(getattr(base, '_all_names_', []))
        bit_unit = None  # (offset, type size, bits used) of the current bit-field storage unit
        for f in fields:
            if not isinstance(f, tuple) or len(f) not in (2, 3):
                raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
            fname, tp = f[0], f[1]
            if not isinstance(tp, _CDataMeta) or tp._size_ is None:
                raise TypeError("second item in _fields_ tuple (index %d) must be a C type"
                                % fields.index(f))
            falign = tp._align_ if not pack else min(pack, tp._align_)
            if len(f) == 3:
                bits = f[2]
                n = tp._size_
                if union:
                    field = CField(fname, tp, 0, n, bits, 0)
                    size = max(size, n)
                elif bit_unit is not None and bit_unit[1] == n and bit_unit[2] + bits <= n * 8:
                    field = CField(fname, tp, bit_unit[0], n, bits, bit_unit[2])
                    bit_unit = (bit_unit[0], n, bit_unit[2] + bits)
                else:
                    offset = (offset + falign - 1) // falign * falign
                    field = CField(fname, tp, offset, n, bits, 0)
                    bit_unit = (offset, n, bits)
                    offset += n
                align = max(align, falign)
            else:
                bit_unit = None
                if union:
                    field = CField(fname, tp, 0, tp._size_)
                    size = max(size, tp._size_)
                else:
                    offset = (offset + falign - 1) // falign * falign
                    field = CField(fname, tp, offset, tp._size_)
                    offset += tp._size_
                align = max(align, falign)
            type.__setattr__(cls, fname, field)
            names.append(fname)
        if not union:
            size = offset
        size = (size + align - 1) // align * align
        type.__setattr__(cls, '_size_', size)
        type.__setattr__(cls, '_align_', align)
        type.__setattr__(cls, '_all_names_', names)


def _struct_init(self, *args, **kw):
    names = type(self)._all_names_
    if len(args) > len(names):
        raise TypeError("too many initializers")
    for n, v in zip(names, args):
        setattr(self, n, v)
    for n, v in kw.items():
        if n in names[:len(args)]:
            raise TypeError("duplicate values for field %r" % n)
        setattr(self, n, v)


class PyCStructType(_StructMeta):
    pass


class UnionType(_StructMeta):
    pass


PyCStructType.__module__ = UnionType.__module__ = '_ctypes'


class Structure(_CData, metaclass=PyCStructType):
    _size_ = 0
    _align_ = 1
    _all_names_ = []
    __init__ = _struct_init


class Union(_CData, metaclass=UnionType):
    _size_ = 0
    _align_ = 1
    _all_names_ = []
    __init__ = _struct_init


Structure.__module__ = '_ctypes'
Union.__module__ = '_ctypes'
LittleEndianStructure = Structure


# --- pointers --------------------------------------------------------------------------------

_pointer_type_cache = {}


class _Pointer(_CData):
    _size_ = 8
    _align_ = 8
    _type_ = None

    def __init__(self, target=None):
        self._target = None
        if target is not None:
            self.contents = target

    @property
    def contents(self):
        if not getattr(self, '_target', None):
            addr = _struct.unpack('<Q', self._read(0, 8))[0]
            if addr == 0:
                raise ValueError("NULL pointer access")
            return self._type_.from_address(addr)
        return self._target

    @contents.setter
    def contents(self, target):
        if not isinstance(target, self._type_):
            raise TypeError("expected %s instead of %s" % (self._type_.__name__, type(target).__name__))
        self._target = target
        self._write(0, _struct.pack('<Q', target._b_addr_))

    def _elem(self, i):
        t = self.contents
        return t, i * self._type_._size_

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(i.start or 0, i.stop, i.step or 1)]
        t, off = self._elem(i)
        return _to_python(self._type_, t, off)

    def __setitem__(self, i, value):
        t, off = self._elem(i)
        _from_python(self._type_, t, off, value)

    def __bool__(self):
        return self._read(0, 8) != bytes(8)


_Pointer.__module__ = '_ctypes'


def POINTER(tp):
    if tp in _pointer_type_cache:
        return _pointer_type_cache[tp]
    if isinstance(tp, str):
        cls = PyCPointerType('LP_%s' % tp, (_Pointer,), {'_type_': None, '__module__': 'ctypes'})
        _pointer_type_cache[id(cls)] = cls
        return cls
    cls = PyCPointerType('LP_%s' % tp.__name__, (_Pointer,),
                     {'_type_': tp, '__module__': _sys._getframe(1).f_globals.get('__name__', 'ctypes')})
    _pointer_type_cache[tp] = cls
    return cls


def SetPointerType(pointer, cls):
    pointer._type_ = cls
    _pointer_type_cache[cls] = pointer


def pointer(obj):
    return POINTER(type(obj))(obj)


class CArgObject:
    def __init__(self, obj, offset):
        self._obj = obj
        self._offset = offset

    def __repr__(self):
        return "<cparam 'P' (%#x)>" % (self._obj._b_addr_ + self._offset)


CArgObject.__module__ = '_ctypes'


def byref(obj, offset=0):
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'" % type(obj).__name__)
    return CArgObject(obj, offset)


def addressof(obj):
    if not isinstance(obj, _CData):
        raise TypeError("invalid type")
    return obj._b_addr_


def sizeof(obj):
    if isinstance(obj, _CDataMeta):
        if obj._size_ is None:
            raise TypeError("this type has no size")
        return obj._size_
    if isinstance(obj, _CData):
        return type(obj)._size_
    raise TypeError("this type has no size")


def alignment(obj):
    if isinstance(obj, _CData):
        obj = type(obj)
    if isinstance(obj, _CDataMeta) and obj._size_ is not None:
        return obj._align_
    raise TypeError("no alignment info")


def resize(obj, size):
    raise ValueError("heapstack: ctypes.resize is not supported")


def _cast_keep(result, obj):
    if isinstance(obj, _CData):
        _keep(result, obj)


def cast(obj, typ):
    if isinstance(obj, int):
        addr = obj
    elif obj is None:
        addr = 0
    elif isinstance(obj, (_Pointer, Array)):
        addr = obj._b_addr_ if isinstance(obj, Array) else _struct.unpack('<Q', obj._read(0, 8))[0]
    elif isinstance(obj, _SimpleCData) and type(obj)._type_ in 'PzZO':
        addr = _struct.unpack('<Q', obj._read(0, 8))[0]
    elif isinstance(obj, bytes):
        addr = c_char_p(obj)
        return cast(addr, typ)
    else:
        raise ArgumentError("argument 1: TypeError: wrong type")
    if not (isinstance(typ, _CDataMeta) and (issubclass(typ, _Pointer)
                                              or (issubclass(typ, _SimpleCData)
                                                  and typ._type_ in 'PzZO'))):
        raise TypeError("cast() argument 2 must be a pointer type, not %s" % typ.__name__)
    result = typ()
    if issubclass(typ, _SimpleCData) and typ._type_ == 'O' and addr:
        _ctypes_heap.object_at(addr)   # fails now for an address that holds no live object
        result._write(0, _struct.pack('<Q', addr))
    else:
        result._write(0, _struct.pack('<Q', addr & ((1 << 64) - 1)))
        if isinstance(obj, _CData):
            _keep(result, obj)
            if issubclass(typ, _Pointer) and addr:
                buf, base = _find_buffer(addr)
                if buf is not None:
                    target = typ._type_.__new__(typ._type_)
                    _bind(target, buf, base, addr - base)
                    result._target = target
    return result


def create_string_buffer(init, size=None):
    if isinstance(init, bytes):
        if size is None:
            size = len(init) + 1
        buf = (c_char * size)()
        buf.raw = init[:size]
        return buf
    if isinstance(init, int):
        return (c_char * init)()
    raise TypeError(init)


c_buffer = create_string_buffer


def create_unicode_buffer(init, size=None):
    if isinstance(init, str):
        if size is None:
            size = len(init) + 1
        buf = (c_wchar * size)()
        buf.value = init
        return buf
    if isinstance(init, int):
        return (c_wchar * init)()
    raise TypeError(init)


def _addr_of(x):
    if isinstance(x, _CData):
        if isinstance(x, _Pointer) or (isinstance(x, _SimpleCData) and type(x)._type_ in 'Pz'):
            return _struct.unpack('<Q', x._read(0, 8))[0]
        return x._b_addr_
    if isinstance(x, CArgObject):
        return x._obj._b_addr_ + x._offset
    return x


def _region(addr, n):
    buf, base = _find_buffer(addr)
    if buf is None or addr - base + n > len(buf):
        raise ValueError("heapstack: ctypes cannot access address %#x: not in a ctypes buffer" % addr)
    return buf, addr - base


def memmove(dst, src, count):
    d = _addr_of(dst)
    s = _addr_of(src)
    if isinstance(s, bytes):
        data = s[:count]
    else:
        sbuf, soff = _region(s, count)
        data = bytes(sbuf[soff:soff + count])
    dbuf, doff = _region(d, count)
    dbuf[doff:doff + count] = data
    return d


def memset(dst, c, count):
    d = _addr_of(dst)
    dbuf, doff = _region(d, count)
    dbuf[doff:doff + count] = bytes([c & 255]) * count
    return d


def string_at(ptr, size=-1):
    a = _addr_of(ptr)
    buf, off = _find_buffer(a)
    if buf is None:
        if size >= 0:
            return _ctypes_heap.read(a, size)
        out = bytearray()
        while True:
            ch = _ctypes_heap.read(a + len(out), 1)
            if ch == b'\0':
                return bytes(out)
            out += ch
    off = a - off
    if size < 0:
        end = buf.find(b'\0', off)
        return bytes(buf[off:end if end >= 0 else len(buf)])
    return bytes(buf[off:off + size])


def wstring_at(ptr, size=-1):
    a = _addr_of(ptr)
    buf, base = _find_buffer(a)
    if buf is None:
        raise ValueError("heapstack: ctypes cannot read address %#x: not in a ctypes buffer" % a)
    off = a - base
    data = bytes(buf[off:]) if size < 0 else bytes(buf[off:off + 4 * size])
    text = data.decode('utf-32-le', 'replace') if len(data) % 4 == 0 else data[:len(data) // 4 * 4].decode('utf-32-le')
    if size < 0:
        n = text.find('\0')
        return text if n < 0 else text[:n]
    return text


# --- native libraries: not available ---------------------------------------------------------

def _no_native(name):
    raise OSError("heapstack: native libraries are not available (cannot load %r)" % (name,))


class CDLL:
    _func_flags_ = 0

    def __init__(self, name, mode=DEFAULT_MODE, handle=None, use_errno=False,
                 use_last_error=False, winmode=None):
        _no_native(name)


class PyDLL(CDLL):
    pass


class LibraryLoader:
    def __init__(self, dlltype):
        self._dlltype = dlltype

    def __getattr__(self, name):
        if name[0] == '_':
            raise AttributeError(name)
        _no_native(name)

    def __getitem__(self, name):
        _no_native(name)

    def LoadLibrary(self, name):
        _no_native(name)


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)


def __getattr__(name):
    if name == 'pythonapi':
        _no_native('pythonapi')
    raise AttributeError("module 'ctypes' has no attribute %r" % name)


def CFUNCTYPE(restype, *argtypes, **kw):
    raise OSError("heapstack: C function pointers are not available")


PYFUNCTYPE = CFUNCTYPE


def get_errno():
    return 0


def set_errno(value):
    return 0

