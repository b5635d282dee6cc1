"""Tools for looking inside pickles: a table describing every opcode of the pickle machine
(protocols 0 to 5), genops() to walk the opcodes of a pickle, dis() to print a symbolic
disassembly while checking the stack and memo use, and optimize() to drop unused PUTs.

Usage: python -m pickletools [-o OUTPUT] [-m] [-l INDENTLEVEL] [-a] [-p PREAMBLE] file...
"""

import codecs
import io
import sys
from struct import unpack as _unpack

from pickle import decode_long

__all__ = ["dis", "genops", "optimize"]

bytes_types = (bytes, bytearray)

# How an argument's length is known, when it is not a fixed byte count (n >= 0).
UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2  # a 1-byte unsigned count precedes the data
TAKEN_FROM_ARGUMENT4 = -3  # a 4-byte signed count
TAKEN_FROM_ARGUMENT4U = -4  # a 4-byte unsigned count
TAKEN_FROM_ARGUMENT8U = -5  # an 8-byte unsigned count


class ArgumentDescriptor:
    """An opcode's inline argument: its name, its length in bytes (or how the length is
    found), the function reading it from a binary file and a description."""

    __slots__ = ("name", "n", "reader", "doc")

    def __init__(self, name, n, reader, doc):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc


# ---------------------------------------------------------------------------------------------
# Argument readers: each reads one argument at the file's position and returns its value.


def _fixed(f, size, what):
    data = f.read(size)
    if len(data) != size:
        raise ValueError("not enough data in stream to read %s" % what)
    return data


def read_uint1(f):
    return _fixed(f, 1, "uint1")[0]


def read_uint2(f):
    return _unpack("<H", _fixed(f, 2, "uint2"))[0]


def read_int4(f):
    return _unpack("<i", _fixed(f, 4, "int4"))[0]


def read_uint4(f):
    return _unpack("<I", _fixed(f, 4, "uint4"))[0]


def read_uint8(f):
    return _unpack("<Q", _fixed(f, 8, "uint8"))[0]


def read_float8(f):
    # The only big-endian field of the format.
    return _unpack(">d", _fixed(f, 8, "float8"))[0]


def read_stringnl(f, decode=True, stripquotes=True):
    """A line without its newline; optionally between matching quotes (removed) and with
    Python escapes (undone)."""
    line = f.readline()
    if not line.endswith(b"\n"):
        raise ValueError("no newline found when trying to read stringnl")
    line = line[:-1]
    if stripquotes:
        quote = line[:1]
        if quote not in (b'"', b"'"):
            raise ValueError("no string quotes around %r" % line)
        if not line.endswith(quote):
            raise ValueError("strinq quote %r not found at both ends of %r" % (quote, line))
        line = line[1:-1]
    if decode:
        line = codecs.escape_decode(line)[0].decode("ascii")
    return line


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    module = read_stringnl_noescape(f)
    return "%s %s" % (module, read_stringnl_noescape(f))


def _counted(f, count, what):
    data = f.read(count)
    if len(data) != count:
        raise ValueError("expected %d bytes in a %s, but only %d remain" % (count, what, len(data)))
    return data


def _unsigned_count(f, read_count, what):
    count = read_count(f)
    if count > sys.maxsize:
        raise ValueError("%s byte count > sys.maxsize: %d" % (what, count))
    return count


def read_string1(f):
    return _counted(f, read_uint1(f), "string1").decode("latin-1")


def read_string4(f):
    count = read_int4(f)
    if count < 0:
        raise ValueError("string4 byte count < 0: %d" % count)
    return _counted(f, count, "string4").decode("latin-1")


def read_bytes1(f):
    return _counted(f, read_uint1(f), "bytes1")


def read_bytes4(f):
    return _counted(f, _unsigned_count(f, read_uint4, "bytes4"), "bytes4")


def read_bytes8(f):
    return _counted(f, _unsigned_count(f, read_uint8, "bytes8"), "bytes8")


def read_bytearray8(f):
    return bytearray(_counted(f, _unsigned_count(f, read_uint8, "bytearray8"), "bytearray8"))


def read_unicodestringnl(f):
    line = f.readline()
    if not line.endswith(b"\n"):
        raise ValueError("no newline found when trying to read unicodestringnl")
    return str(line[:-1], "raw-unicode-escape")


def read_unicodestring1(f):
    return str(_counted(f, read_uint1(f), "unicodestring1"), "utf-8", "surrogatepass")


def read_unicodestring4(f):
    count = _unsigned_count(f, read_uint4, "unicodestring4")
    return str(_counted(f, count, "unicodestring4"), "utf-8", "surrogatepass")


def read_unicodestring8(f):
    count = _unsigned_count(f, read_uint8, "unicodestring8")
    return str(_counted(f, count, "unicodestring8"), "utf-8", "surrogatepass")


def read_decimalnl_short(f):
    text = read_stringnl(f, decode=False, stripquotes=False)
    # Protocol 0 writes the bools as INT 00 and INT 01.
    if text == b"00":
        return False
    if text == b"01":
        return True
    return int(text)


def read_decimalnl_long(f):
    text = read_stringnl(f, decode=False, stripquotes=False)
    if text.endswith(b"L"):
        text = text[:-1]
    return int(text)


def read_floatnl(f):
    return float(read_stringnl(f, decode=False, stripquotes=False))


def read_long1(f):
    size = read_uint1(f)
    data = f.read(size)
    if len(data) != size:
        raise ValueError("not enough data in stream to read long1")
    return decode_long(data)


def read_long4(f):
    size = read_int4(f)
    if size < 0:
        raise ValueError("long4 byte count < 0: %d" % size)
    data = f.read(size)
    if len(data) != size:
        raise ValueError("not enough data in stream to read long4")
    return decode_long(data)


def _arg(name, n, reader, doc):
    return ArgumentDescriptor(name=name, n=n, reader=reader, doc=doc)


uint1 = _arg("uint1", 1, read_uint1, "One-byte unsigned integer.")
uint2 = _arg("uint2", 2, read_uint2, "Two-byte unsigned integer, little-endian.")
int4 = _arg("int4", 4, read_int4, "Four-byte signed integer, little-endian, 2's complement.")
uint4 = _arg("uint4", 4, read_uint4, "Four-byte unsigned integer, little-endian.")
uint8 = _arg("uint8", 8, read_uint8, "Eight-byte unsigned integer, little-endian.")
stringnl = _arg("stringnl", UP_TO_NEWLINE, read_stringnl, "A newline-terminated string, quoted, with escapes.")
stringnl_noescape = _arg("stringnl_noescape", UP_TO_NEWLINE, read_stringnl_noescape,
                         "A newline-terminated string, without quotes or escapes.")
stringnl_noescape_pair = _arg("stringnl_noescape_pair", UP_TO_NEWLINE, read_stringnl_noescape_pair,
                              "Two newline-terminated strings, returned joined by a blank.")
string1 = _arg("string1", TAKEN_FROM_ARGUMENT1, read_string1, "A string counted by a 1-byte length.")
string4 = _arg("string4", TAKEN_FROM_ARGUMENT4, read_string4, "A string counted by a 4-byte signed length.")
bytes1 = _arg("bytes1", TAKEN_FROM_ARGUMENT1, read_bytes1, "Bytes counted by a 1-byte length.")
bytes4 = _arg("bytes4", TAKEN_FROM_ARGUMENT4U, read_bytes4, "Bytes counted by a 4-byte unsigned length.")
bytes8 = _arg("bytes8", TAKEN_FROM_ARGUMENT8U, read_bytes8, "Bytes counted by an 8-byte unsigned length.")
bytearray8 = _arg("bytearray8", TAKEN_FROM_ARGUMENT8U, read_bytearray8,
                  "A bytearray counted by an 8-byte unsigned length.")
unicodestringnl = _arg("unicodestringnl", UP_TO_NEWLINE, read_unicodestringnl,
                       "A newline-terminated raw-unicode-escape string.")
unicodestring1 = _arg("unicodestring1", TAKEN_FROM_ARGUMENT1, read_unicodestring1,
                      "UTF-8 text counted by a 1-byte length.")
unicodestring4 = _arg("unicodestring4", TAKEN_FROM_ARGUMENT4U, read_unicodestring4,
                      "UTF-8 text counted by a 4-byte length.")
unicodestring8 = _arg("unicodestring8", TAKEN_FROM_ARGUMENT8U, read_unicodestring8,
                      "UTF-8 text counted by an 8-byte length.")
decimalnl_short = _arg("decimalnl_short", UP_TO_NEWLINE, read_decimalnl_short,
                       "A newline-terminated decimal integer (00 and 01 are the bools).")
decimalnl_long = _arg("decimalnl_long", UP_TO_NEWLINE, read_decimalnl_long,
                      "A newline-terminated decimal integer with a trailing 'L'.")
floatnl = _arg("floatnl", UP_TO_NEWLINE, read_floatnl, "A newline-terminated decimal float.")
float8 = _arg("float8", 8, read_float8, "An IEEE 754 double, big-endian.")
long1 = _arg("long1", TAKEN_FROM_ARGUMENT1, read_long1,
             "A little-endian 2's-complement integer counted by a 1-byte length.")
long4 = _arg("long4", TAKEN_FROM_ARGUMENT4, read_long4,
             "A little-endian 2's-complement integer counted by a 4-byte length.")


# ---------------------------------------------------------------------------------------------
# What the pickle machine's stack holds, as named in the opcodes' stack effects.


class StackObject:
    __slots__ = ("name", "obtype", "doc")

    def __init__(self, name, obtype, doc):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


pyint = pylong = StackObject("int", int, "A Python integer object.")
pyinteger_or_bool = StackObject("int_or_bool", (int, bool), "A Python integer or boolean object.")
pybool = StackObject("bool", bool, "A Python boolean object.")
pyfloat = StackObject("float", float, "A Python float object.")
pybytes_or_str = pystring = StackObject("bytes_or_str", (bytes, str), "A Python bytes or (Unicode) string object.")
pybytes = StackObject("bytes", bytes, "A Python bytes object.")
pybytearray = StackObject("bytearray", bytearray, "A Python bytearray object.")
pyunicode = StackObject("str", str, "A Python (Unicode) string object.")
pynone = StackObject("None", type(None), "The Python None object.")
pytuple = StackObject("tuple", tuple, "A Python tuple object.")
pylist = StackObject("list", list, "A Python list object.")
pydict = StackObject("dict", dict, "A Python dict object.")
pyset = StackObject("set", set, "A Python set object.")
pyfrozenset = StackObject("frozenset", set, "A Python frozenset object.")
pybuffer = StackObject("buffer", object, "A Python buffer-like object.")
anyobject = StackObject("any", object, "Any kind of object whatsoever.")
markobject = StackObject("mark", StackObject, "The mark pushed by MARK, closing the slice above it.")
stackslice = StackObject("stackslice", StackObject, "The objects above the topmost mark.")


class OpcodeInfo:
    """One opcode: name, one-character code, inline argument (or None), the stack objects it
    takes and leaves, the first protocol that has it, and a description."""

    __slots__ = ("name", "code", "arg", "stack_before", "stack_after", "proto", "doc")

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


# name, code, argument, stack before, stack after, protocol, description (first line is what
# dis(annotate=...) prints).
_OPCODE_TABLE = [
    ("INT", "I", decimalnl_short, [], [pyinteger_or_bool], 0, "Push an integer or bool."),
    ("BININT", "J", int4, [], [pyint], 1, "Push a four-byte signed integer."),
    ("BININT1", "K", uint1, [], [pyint], 1, "Push a one-byte unsigned integer."),
    ("BININT2", "M", uint2, [], [pyint], 1, "Push a two-byte unsigned integer."),
    ("LONG", "L", decimalnl_long, [], [pyint], 0, "Push a long integer."),
    ("LONG1", "\x8a", long1, [], [pyint], 2, "Long integer using one-byte length."),
    ("LONG4", "\x8b", long4, [], [pyint], 2, "Long integer using found-byte length."),
    ("STRING", "S", stringnl, [], [pybytes_or_str], 0, "Push a Python string object."),
    ("BINSTRING", "T", string4, [], [pybytes_or_str], 1, "Push a Python string object."),
    ("SHORT_BINSTRING", "U", string1, [], [pybytes_or_str], 1, "Push a Python string object."),
    ("BINBYTES", "B", bytes4, [], [pybytes], 3, "Push a Python bytes object."),
    ("SHORT_BINBYTES", "C", bytes1, [], [pybytes], 3, "Push a Python bytes object."),
    ("BINBYTES8", "\x8e", bytes8, [], [pybytes], 4, "Push a Python bytes object."),
    ("BYTEARRAY8", "\x96", bytearray8, [], [pybytearray], 5, "Push a Python bytearray object."),
    ("NEXT_BUFFER", "\x97", None, [], [pybuffer], 5, "Push an out-of-band buffer object."),
    ("READONLY_BUFFER", "\x98", None, [pybuffer], [pybuffer], 5, "Make an out-of-band buffer object read-only."),
    ("NONE", "N", None, [], [pynone], 0, "Push None on the stack."),
    ("NEWTRUE", "\x88", None, [], [pybool], 2, "Push True onto the stack."),
    ("NEWFALSE", "\x89", None, [], [pybool], 2, "Push False onto the stack."),
    ("UNICODE", "V", unicodestringnl, [], [pyunicode], 0, "Push a Python Unicode string object."),
    ("SHORT_BINUNICODE", "\x8c", unicodestring1, [], [pyunicode], 4, "Push a Python Unicode string object."),
    ("BINUNICODE", "X", unicodestring4, [], [pyunicode], 1, "Push a Python Unicode string object."),
    ("BINUNICODE8", "\x8d", unicodestring8, [], [pyunicode], 4, "Push a Python Unicode string object."),
    ("FLOAT", "F", floatnl, [], [pyfloat], 0, "Newline-terminated decimal float literal."),
    ("BINFLOAT", "G", float8, [], [pyfloat], 1, "Float stored in binary form, with 8 bytes of data."),
    ("EMPTY_LIST", "]", None, [], [pylist], 1, "Push an empty list."),
    ("APPEND", "a", None, [pylist, anyobject], [pylist], 0, "Append an object to a list."),
    ("APPENDS", "e", None, [pylist, markobject, stackslice], [pylist], 1,
     "Extend a list by a slice of stack objects."),
    ("LIST", "l", None, [markobject, stackslice], [pylist], 0,
     "Build a list out of the topmost stack slice, after markobject."),
    ("EMPTY_TUPLE", ")", None, [], [pytuple], 1, "Push an empty tuple."),
    ("TUPLE", "t", None, [markobject, stackslice], [pytuple], 0,
     "Build a tuple out of the topmost stack slice, after markobject."),
    ("TUPLE1", "\x85", None, [anyobject], [pytuple], 2, "Build a one-tuple out of the topmost item on the stack."),
    ("TUPLE2", "\x86", None, [anyobject, anyobject], [pytuple], 2,
     "Build a two-tuple out of the top two items on the stack."),
    ("TUPLE3", "\x87", None, [anyobject, anyobject, anyobject], [pytuple], 2,
     "Build a three-tuple out of the top three items on the stack."),
    ("EMPTY_DICT", "}", None, [], [pydict], 1, "Push an empty dict."),
    ("DICT", "d", None, [markobject, stackslice], [pydict], 0,
     "Build a dict out of the topmost stack slice, after markobject."),
    ("SETITEM", "s", None, [pydict, anyobject, anyobject], [pydict], 0, "Add a key+value pair to an existing dict."),
    ("SETITEMS", "u", None, [pydict, markobject, stackslice], [pydict], 1,
     "Add an arbitrary number of key+value pairs to an existing dict."),
    ("EMPTY_SET", "\x8f", None, [], [pyset], 4, "Push an empty set."),
    ("ADDITEMS", "\x90", None, [pyset, markobject, stackslice], [pyset], 4,
     "Add an arbitrary number of items to an existing set."),
    ("FROZENSET", "\x91", None, [markobject, stackslice], [pyfrozenset], 4,
     "Build a frozenset out of the topmost slice, after markobject."),
    ("POP", "0", None, [anyobject], [], 0, "Discard the top stack item, shrinking the stack by one item."),
    ("DUP", "2", None, [anyobject], [anyobject, anyobject], 0,
     "Push the top stack item onto the stack again, duplicating it."),
    ("MARK", "(", None, [], [markobject], 0, "Push markobject onto the stack."),
    ("POP_MARK", "1", None, [markobject, stackslice], [], 1,
     "Pop all the stack objects at and above the topmost markobject."),
    ("GET", "g", decimalnl_short, [], [anyobject], 0, "Read an object from the memo and push it on the stack."),
    ("BINGET", "h", uint1, [], [anyobject], 1, "Read an object from the memo and push it on the stack."),
    ("LONG_BINGET", "j", uint4, [], [anyobject], 1, "Read an object from the memo and push it on the stack."),
    ("PUT", "p", decimalnl_short, [], [], 0, "Store the stack top into the memo.  The stack is not popped."),
    ("BINPUT", "q", uint1, [], [], 1, "Store the stack top into the memo.  The stack is not popped."),
    ("LONG_BINPUT", "r", uint4, [], [], 1, "Store the stack top into the memo.  The stack is not popped."),
    ("MEMOIZE", "\x94", None, [anyobject], [anyobject], 4,
     "Store the stack top into the memo.  The stack is not popped."),
    ("EXT1", "\x82", uint1, [], [anyobject], 2, "Extension code."),
    ("EXT2", "\x83", uint2, [], [anyobject], 2, "Extension code."),
    ("EXT4", "\x84", int4, [], [anyobject], 2, "Extension code."),
    ("GLOBAL", "c", stringnl_noescape_pair, [], [anyobject], 0, "Push a global object (module.attr) on the stack."),
    ("STACK_GLOBAL", "\x93", None, [pyunicode, pyunicode], [anyobject], 4,
     "Push a global object (module.attr) on the stack."),
    ("REDUCE", "R", None, [anyobject, anyobject], [anyobject], 0,
     "Push an object built from a callable and an argument tuple."),
    ("BUILD", "b", None, [anyobject, anyobject], [anyobject], 0,
     "Finish building an object, via __setstate__ or dict update."),
    ("INST", "i", stringnl_noescape_pair, [markobject, stackslice], [anyobject], 0, "Build a class instance."),
    ("OBJ", "o", None, [markobject, anyobject, stackslice], [anyobject], 1, "Build a class instance."),
    ("NEWOBJ", "\x81", None, [anyobject, anyobject], [anyobject], 2, "Build an object instance."),
    ("NEWOBJ_EX", "\x92", None, [anyobject, anyobject, anyobject], [anyobject], 4, "Build an object instance."),
    ("PROTO", "\x80", uint1, [], [], 2, "Protocol version indicator."),
    ("STOP", ".", None, [anyobject], [], 0, "Stop the unpickling machine."),
    ("FRAME", "\x95", uint8, [], [], 4, "Indicate the beginning of a new frame."),
    ("PERSID", "P", stringnl_noescape, [], [anyobject], 0, "Push an object identified by a persistent ID."),
    ("BINPERSID", "Q", None, [anyobject], [anyobject], 1, "Push an object identified by a persistent ID."),
]

opcodes = [OpcodeInfo(*row) for row in _OPCODE_TABLE]
code2op = {op.code: op for op in opcodes}
del _OPCODE_TABLE


# ---------------------------------------------------------------------------------------------
# Walking, disassembling and optimizing pickles.


def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    tell = getattr(data, "tell", None)
    while True:
        pos = tell() if tell is not None else None
        code = data.read(1)
        op = code2op.get(code.decode("latin-1"))
        if op is None:
            if not code:
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" % ("<unknown>" if pos is None else pos, code))
        arg = None if op.arg is None else op.arg.reader(data)
        if yield_end_pos:
            yield op, arg, pos, (tell() if tell is not None else None)
        else:
            yield op, arg, pos
        if op.name == "STOP":
            return


def genops(pickle):
    """Yield (opcode, argument, position) for each opcode of a pickle (bytes or a binary
    file), through the first STOP. The argument is None for opcodes without one; the position
    is the offset of the opcode (None if the file cannot tell)."""
    return _genops(pickle)


_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024


class _FramedWriter:
    """Output for optimize(): at protocol 4 and above the opcodes are grouped in frames of
    about 64 KiB, each headed by a FRAME opcode (a frame under 4 bytes gets no header), and a
    piece larger than a frame is written outside any frame."""

    def __init__(self, out, framing):
        self.out = out
        self.frame = io.BytesIO() if framing else None

    def write(self, data):
        if self.frame is None:
            self.out.write(data)
        else:
            self.frame.write(data)

    def commit(self, force=False):
        if self.frame is None:
            return
        if force or self.frame.tell() >= _FRAME_SIZE_TARGET:
            data = self.frame.getvalue()
            if len(data) >= _FRAME_SIZE_MIN:
                self.out.write(b"\x95" + len(data).to_bytes(8, "little"))
            self.out.write(data)
            self.frame = io.BytesIO()

    def write_unframed(self, data):
        self.out.write(data)

    def finish(self):
        if self.frame is not None and self.frame.tell() > 0:
            self.commit(force=True)
        self.frame = None


def _memo_opcode(kind, index, proto):
    """The opcode storing (kind 'put') or fetching ('get') memo entry index."""
    if kind == "put" and proto >= 4:
        return b"\x94"
    if proto >= 1:
        short, long_ = (b"q", b"r") if kind == "put" else (b"h", b"j")
        if index < 256:
            return short + bytes([index])
        return long_ + index.to_bytes(4, "little")
    return (b"p" if kind == "put" else b"g") + str(index).encode("ascii") + b"\n"


def optimize(p):
    "Optimize a pickle string by removing unused PUT opcodes"
    stored = set()  # every memo index stored by the pickle
    fetched = {}  # memo indexes some GET reads, mapped to their new index
    pieces = []  # ("put", index) / ("get", index) / (start, end) of an opcode kept as it is
    proto = 0
    header = b""
    for op, arg, pos, end in _genops(p, yield_end_pos=True):
        if "PUT" in op.name:
            stored.add(arg)
            pieces.append(("put", arg))
        elif op.name == "MEMOIZE":
            index = len(stored)
            stored.add(index)
            pieces.append(("put", index))
        elif "FRAME" in op.name:
            continue  # frames are rebuilt around the new contents
        elif "GET" in op.name:
            proto = max(proto, op.proto)
            fetched[arg] = None
            pieces.append(("get", arg))
        elif op.name == "PROTO":
            proto = max(proto, arg)
            if pos == 0:
                header = p[pos:end]
            else:
                pieces.append((pos, end))
        else:
            pieces.append((pos, end))

    out = io.BytesIO()
    out.write(header)
    writer = _FramedWriter(out, proto >= 4)
    next_index = 0
    for first, second in pieces:
        unframed = False
        if first == "put":
            if second not in fetched:
                continue
            data = _memo_opcode("put", next_index, proto)
            fetched[second] = next_index
            next_index += 1
        elif first == "get":
            data = _memo_opcode("get", fetched[second], proto)
        else:
            data = p[first:second]
            unframed = len(data) > _FRAME_SIZE_TARGET
        writer.commit(force=unframed)
        if unframed:
            writer.write_unframed(data)
        else:
            writer.write(data)
    writer.finish()
    return out.getvalue()


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic disassembly of a pickle (bytes or a binary file, from its position
    through the first STOP) to out (default sys.stdout), one opcode a line: offset, code,
    name indented by MARK depth, argument. memo is the memo dict to use (shared across calls
    to disassemble pickles written by one pickler); annotate, when nonzero, is the column
    where a short description of each opcode starts.

    It checks the pickle as it goes and raises ValueError, after printing the offending line,
    when an opcode pops more than the stack holds, needs a MARK that is not there, fetches a
    memo entry never stored, stores one twice or stores the mark, or when the stack is not
    empty after STOP."""
    stack = []  # the stack objects the opcodes describe, standing for the real values
    memo = {} if memo is None else memo
    marks = []  # offsets of the MARKs still open
    maxproto = -1
    indent = " " * indentlevel
    annocol = annotate
    for op, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=" ", file=out)
        line = "%-4s %s%s" % (repr(op.code)[1:-1], indent * len(marks), op.name)
        maxproto = max(maxproto, op.proto)
        before, after = op.stack_before, op.stack_after
        to_pop = len(before)
        error = None
        note = None

        # An opcode taking a stack slice closes the innermost MARK; so does protocol 0's POP
        # when the mark is on top.
        if markobject in before or (op.name == "POP" and stack and stack[-1] is markobject):
            if marks:
                opened = marks.pop()
                note = "(MARK at unknown opcode offset)" if opened is None else "(MARK at %d)" % opened
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                to_pop = before.index(markobject) if markobject in before else 0
            else:
                error = note = "no MARK exists on stack"

        if op.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if op.name == "MEMOIZE":
                index = len(memo)
                note = "(as %d)" % index
            else:
                index = arg
            if index in memo:
                error = "memo key %r already defined" % arg
            elif not stack:
                error = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                error = "can't store markobject in the memo"
            else:
                memo[index] = stack[-1]
        elif op.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                after = [memo[arg]]
            else:
                error = "memo key %r has never been stored into" % arg

        if arg is not None or note:
            line += " " * (10 - len(op.name))
            if arg is not None:
                line += " " + repr(arg)
            if note:
                line += " " + note
        if annotate:
            line += " " * (annocol - len(line))
            # Keep annotations in one column until a line pushes past column 50.
            annocol = len(line)
            if annocol > 50:
                annocol = annotate
            line += " " + op.doc.split("\n", 1)[0]
        print(line, file=out)

        if error:
            raise ValueError(error)
        if len(stack) < to_pop:
            raise ValueError("tries to pop %d items from stack with only %d items" % (to_pop, len(stack)))
        if to_pop:
            del stack[-to_pop:]
        if markobject in after:
            marks.append(pos)
        stack.extend(after)

    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)


def _main():
    import argparse

    parser = argparse.ArgumentParser(description="disassemble one or more pickle files")
    parser.add_argument("pickle_file", type=argparse.FileType("br"), nargs="*", help="the pickle file")
    parser.add_argument("-o", "--output", default=sys.stdout, type=argparse.FileType("w"),
                        help="the file where the output should be written")
    parser.add_argument("-m", "--memo", action="store_true", help="preserve memo between disassemblies")
    parser.add_argument("-l", "--indentlevel", default=4, type=int,
                        help="the number of blanks by which to indent a new MARK level")
    parser.add_argument("-a", "--annotate", action="store_true",
                        help="annotate each line with a short opcode description")
    parser.add_argument("-p", "--preamble", default="==> {name} <==",
                        help="if more than one pickle file is specified, print this before each disassembly")
    parser.add_argument("-t", "--test", action="store_true", help="run self-test suite")
    parser.add_argument("-v", action="store_true", help="run verbosely; only affects self-test run")
    args = parser.parse_args()
    if args.test:
        import doctest

        doctest.testmod()
        return
    annotate = 30 if args.annotate else 0
    if not args.pickle_file:
        parser.print_help()
    elif len(args.pickle_file) == 1:
        dis(args.pickle_file[0], args.output, None, args.indentlevel, annotate)
    else:
        memo = {} if args.memo else None
        for f in args.pickle_file:
            args.output.write(args.preamble.format(name=f.name) + "\n")
            dis(f, args.output, memo, args.indentlevel, annotate)


if __name__ == "__main__":
    _main()
