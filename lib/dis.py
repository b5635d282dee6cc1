"""Disassembler of Python byte code into mnemonics.

heapstack runs its own instruction encoding (one (opcode, argument) pair per instruction,
absolute jump targets, no inline caches; see lib/opcode.py). This module lays those
instructions out as CPython 3.11 would: PRECALL before each CALL, cache entries after the
instructions that have them, EXTENDED_ARG prefixes, relative forward/backward jumps, and byte
offsets. Since heapstack's compiler emits CPython 3.11's instruction sequence, the listings
match python3's.
"""

import collections
import io
import sys
import types

import _stdlib_helpers
from opcode import (
    EXTENDED_ARG,
    HAVE_ARGUMENT,
    _inline_cache_entries,
    _nb_ops,
    cmp_op,
    hascompare,
    hasconst,
    hasfree,
    hasjabs,
    hasjrel,
    haslocal,
    hasname,
    hasnargs,
    opmap,
    opname,
)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "findlabels", "show_code", "get_instructions", "Instruction", "Bytecode",
           "cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
           "hascompare", "hasfree", "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG",
           "hasnargs"]

_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod,
              staticmethod, type)

FORMAT_VALUE = opmap["FORMAT_VALUE"]
FORMAT_VALUE_CONVERTERS = ((None, ""), (str, "str"), (repr, "repr"), (ascii, "ascii"))
MAKE_FUNCTION = opmap["MAKE_FUNCTION"]
MAKE_FUNCTION_FLAGS = ("defaults", "kwdefaults", "annotations", "closure")
LOAD_CONST = opmap["LOAD_CONST"]
LOAD_GLOBAL = opmap["LOAD_GLOBAL"]
BINARY_OP = opmap["BINARY_OP"]
JUMP_BACKWARD = opmap["JUMP_BACKWARD"]
CACHE = opmap["CACHE"]



class _Unknown:
    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED",
    32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


# ---------------------------------------------------------------------------------------------
# Translation of heapstack's instructions to CPython 3.11's layout

_Unit = collections.namedtuple("_Unit", "op arg line positions")

_DIRECTIONAL = {
    "POP_JUMP_IF_FALSE": "FALSE",
    "POP_JUMP_IF_TRUE": "TRUE",
    "POP_JUMP_IF_NONE": "NONE",
    "POP_JUMP_IF_NOT_NONE": "NOT_NONE",
}


def _ext_count(arg):
    n = 0
    while arg > 0xFF:
        arg >>= 8
        n += 1
    return n


class _Layout:
    """A code object's instructions with CPython's numbering, sizes, offsets and jump args."""

    def __init__(self, co):
        instrs, table = _stdlib_helpers.code_instructions(co)
        # (name, arg, target index or None, positions) per CPython instruction, before sizing.
        items = []
        first_of = []  # heapstack index -> index in items
        for name, arg, pos in instrs:
            first_of.append(len(items))
            if name == "CALL":
                items.append(["PRECALL", arg, None, pos])
            items.append([name, arg, None, pos])
        self.first_of = first_of
        for k, (name, arg, pos) in enumerate(instrs):
            item = items[first_of[k] + (1 if name == "CALL" else 0)]
            if name in ("JUMP", "JUMP_BACKWARD", "FOR_ITER", "SEND", "JUMP_IF_FALSE_OR_POP",
                        "JUMP_IF_TRUE_OR_POP") or name in _DIRECTIONAL:
                item[2] = first_of[arg]
                backward = arg <= k
                if name == "JUMP":
                    # heapstack's JUMP never checks for interrupts; JUMP_BACKWARD does.
                    item[0] = "JUMP_BACKWARD_NO_INTERRUPT" if backward else "JUMP_FORWARD"
                elif name == "JUMP_BACKWARD":
                    item[0] = "JUMP_BACKWARD_NO_INTERRUPT" if instrs[arg][0] == "SEND" else "JUMP_BACKWARD"
                elif name in _DIRECTIONAL:
                    item[0] = "POP_JUMP_%s_IF_%s" % ("BACKWARD" if backward else "FORWARD",
                                                     _DIRECTIONAL[name])
        self.items = items
        # Offsets: EXTENDED_ARG prefixes depend on jump distances, which depend on offsets.
        ext = [_ext_count(it[1]) if it[2] is None else 0 for it in items]
        while True:
            starts, offs = self._offsets(ext)
            args = [self._arg(i, starts, offs) for i in range(len(items))]
            new_ext = [_ext_count(a) for a in args]
            if new_ext == ext:
                break
            ext = [max(a, b) for a, b in zip(ext, new_ext)]
        self.ext = ext
        self.starts = starts  # offset of each item's first unit (its EXTENDED_ARGs)
        self.offsets = offs  # offset of each item's own opcode
        self.args = args
        self.size = starts[-1] if starts else 0
        self.exception_table = []
        for start, end, target, depth, lasti in table:
            self.exception_table.append(
                _ExceptionTableEntry(self._start_of(start), self._start_of(end),
                                     self._start_of(target), depth, bool(lasti)))

    def _start_of(self, k):
        if k >= len(self.first_of):
            return self.size
        return self.starts[self.first_of[k]]

    def _offsets(self, ext):
        starts, offs = [], []
        at = 0
        for it, e in zip(self.items, ext):
            starts.append(at)
            at += 2 * e
            offs.append(at)
            at += 2 + 2 * _inline_cache_entries[opmap[it[0]]]
        starts.append(at)
        return starts, offs

    def _arg(self, i, starts, offs):
        name, arg, target = self.items[i][:3]
        if target is None:
            return arg
        after = offs[i] + 2
        dest = starts[target]
        if "BACKWARD" in name:
            return (after - dest) // 2
        return (dest - after) // 2


_ExceptionTableEntry = collections.namedtuple("_ExceptionTableEntry", "start end target depth lasti")

_Instruction = collections.namedtuple(
    "_Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line",
     "is_jump_target", "positions"],
    defaults=[None],
)

_Instruction.opname.__doc__ = "Human readable name for operation"
_Instruction.opcode.__doc__ = "Numeric code for operation"
_Instruction.arg.__doc__ = "Numeric argument to operation (if any), otherwise None"
_Instruction.argval.__doc__ = "Resolved arg value (if known), otherwise same as arg"
_Instruction.argrepr.__doc__ = "Human readable description of operation argument"
_Instruction.offset.__doc__ = "Start index of operation within bytecode sequence"
_Instruction.starts_line.__doc__ = "Line started by this opcode (if any), otherwise None"
_Instruction.is_jump_target.__doc__ = "True if other code jumps to here, otherwise False"
_Instruction.positions.__doc__ = "dis.Positions object holding the span of source code covered by this instruction"

Positions = collections.namedtuple("Positions", ["lineno", "end_lineno", "col_offset", "end_col_offset"],
                                   defaults=[None] * 4)


class Instruction(_Instruction):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        parts = []
        if lineno_width:
            if self.starts_line is not None:
                parts.append(str(self.starts_line).rjust(lineno_width))
            else:
                parts.append(" " * lineno_width)
        parts.append("-->" if mark_as_current else "   ")
        parts.append(">>" if self.is_jump_target else "  ")
        parts.append(repr(self.offset).rjust(offset_width))
        parts.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            parts.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                parts.append("(" + self.argrepr + ")")
        return " ".join(parts).rstrip()


def _pos(t):
    return Positions(*[None if v < 0 else v for v in t])


def _localsplus(co):
    return co.co_varnames + co.co_cellvars + co.co_freevars


def _describe(co, name, op, arg, offset, layout_target):
    """(argval, argrepr) as CPython 3.11's _get_instructions_bytes computes them."""
    argval, argrepr = arg, ""
    if op < HAVE_ARGUMENT:
        return None, ""
    if op == LOAD_CONST:
        argval = co.co_consts[arg]
        argrepr = repr(argval)
    elif op in hasconst:
        argval = UNKNOWN
    elif op in hasname:
        if op == LOAD_GLOBAL:
            argval = co.co_names[arg >> 1]
            argrepr = ("NULL + " if arg & 1 else "") + argval
        else:
            argval = co.co_names[arg]
            argrepr = argval
    elif op in hasjrel:
        argval = layout_target
        argrepr = "to " + repr(argval)
    elif op in haslocal or op in hasfree:
        argval = _localsplus(co)[arg]
        argrepr = argval
    elif op in hascompare:
        argval = cmp_op[arg]
        argrepr = argval
    elif op == FORMAT_VALUE:
        argval, argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3]
        argval = (argval, bool(arg & 0x4))
        if argval[1]:
            argrepr = argrepr + ", with format" if argrepr else "with format"
    elif op == MAKE_FUNCTION:
        argrepr = ", ".join(f for i, f in enumerate(MAKE_FUNCTION_FLAGS) if arg & (1 << i))
    elif op == BINARY_OP:
        argrepr = _nb_ops[arg][1]
    return argval, argrepr


def _instructions(co, layout=None, show_caches=False):
    layout = layout or _Layout(co)
    targets = set()
    for i, it in enumerate(layout.items):
        if it[2] is not None:
            targets.add(layout.starts[it[2]])
    for e in layout.exception_table:
        targets.add(e.target)
    last_line = None
    for i, (name, _arg, target, pos) in enumerate(layout.items):
        arg = layout.args[i]
        line = pos[0] if pos[0] >= 0 else None
        positions = _pos(pos)
        op = opmap[name]
        start = layout.starts[i]
        # EXTENDED_ARG prefixes
        n_ext = layout.ext[i]
        for j in range(n_ext):
            ext_arg = arg >> (8 * (n_ext - j))
            starts_line = None
            if j == 0 and line is not None and line != last_line:
                starts_line = line
                last_line = line
            off = start + 2 * j
            yield Instruction("EXTENDED_ARG", EXTENDED_ARG, ext_arg, ext_arg, "", off, starts_line,
                              off in targets, positions)
        offset = layout.offsets[i]
        starts_line = None
        if line is not None and line != last_line:
            starts_line = line
            last_line = line
        dest = layout.starts[target] if target is not None else None
        argval, argrepr = _describe(co, name, op, arg, offset, dest)
        shown_arg = arg if op >= HAVE_ARGUMENT else None
        if op < HAVE_ARGUMENT:
            argval = None
        yield Instruction(name, op, shown_arg, argval, argrepr, offset, starts_line,
                          offset in targets, positions)
        if show_caches:
            for c in range(_inline_cache_entries[op]):
                yield Instruction("CACHE", CACHE, 0, None, "", offset + 2 + 2 * c, None, False,
                                  positions)


def _unwrap_code_holder(x):
    """The code object a method, function, generator, async generator or coroutine holds;
    anything else unchanged."""
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        x = x.__code__
    elif hasattr(x, "gi_code"):
        x = x.gi_code
    elif hasattr(x, "ag_code"):
        x = x.ag_code
    elif hasattr(x, "cr_code"):
        x = x.cr_code
    return x


def _get_code_object(x):
    """Helper to handle methods, compiled or raw code objects, and strings."""
    x = _unwrap_code_holder(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, "co_code"):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _try_compile(source, name):
    try:
        return compile(source, name, "eval")
    except SyntaxError:
        pass
    return compile(source, name, "exec")


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.
    """
    co = _get_code_object(x)
    instrs = list(_instructions(co, show_caches=show_caches))
    if first_line is not None:
        shift = first_line - co.co_firstlineno
        instrs = [i._replace(starts_line=i.starts_line + shift) if i.starts_line is not None else i
                  for i in instrs]
    return iter(instrs)


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    for instr in _instructions(code):
        if instr.starts_line is not None:
            yield instr.offset, instr.starts_line


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets.

    Return the list of offsets.
    """
    if isinstance(code, (bytes, bytearray)):
        raise TypeError("heapstack cannot decode CPython byte strings")
    return sorted({i.argval for i in _instructions(code) if i.opcode in hasjrel})


def _print_listing(co, file, lasti=-1, show_caches=False, first_line=None):
    layout = _Layout(co)
    instrs = list(_instructions(co, layout, show_caches))
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    lines = [i.starts_line for i in instrs if i.starts_line is not None]
    maxline = (max(lines) + shift) if lines else 0
    lineno_width = len(str(maxline)) if maxline >= 1000 else 3
    maxoffset = layout.size - 2
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in instrs:
        if instr.starts_line is not None:
            if shift:
                instr = instr._replace(starts_line=instr.starts_line + shift)
            if instr.offset > 0:
                print(file=file)
        current = instr.offset == lasti
        print(instr._disassemble(lineno_width, current, offset_width), file=file)
    if layout.exception_table:
        print("ExceptionTable:", file=file)
        for e in layout.exception_table:
            tail = " lasti" if e.lasti else ""
            print(f"  {e.start} to {e.end - 2} -> {e.target} [{e.depth}]{tail}", file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _print_listing(co, file, lasti, show_caches)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, "co_code"):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.

    Compiled objects currently include generator objects, async generator
    objects, and coroutine objects, all of which store their code object
    in a special attribute.
    """
    if x is None:
        distb(file=file, show_caches=show_caches)
        return
    x = _unwrap_code_holder(x)
    if hasattr(x, "__dict__"):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, "co_code"):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, "<dis>"), file=file, depth=depth,
                               show_caches=show_caches)
    elif isinstance(x, (bytes, bytearray)):
        raise TypeError("heapstack cannot disassemble raw CPython bytecode")
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches)


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % (co.co_name,))
    lines.append("Filename:          %s" % (co.co_filename,))
    lines.append("Argument count:    %s" % (co.co_argcount,))
    lines.append("Positional-only arguments: %s" % (co.co_posonlyargcount,))
    lines.append("Kw-only arguments: %s" % (co.co_kwonlyargcount,))
    lines.append("Number of locals:  %s" % (co.co_nlocals,))
    lines.append("Stack size:        %s" % (co.co_stacksize,))
    lines.append("Flags:             %s" % (pretty_flags(co.co_flags),))
    for title, seq, fmt in (
        ("Constants:", co.co_consts, lambda i, v: "%4d: %r" % (i, v)),
        ("Names:", co.co_names, lambda i, v: "%4d: %s" % (i, v)),
        ("Variable names:", co.co_varnames, lambda i, v: "%4d: %s" % (i, v)),
        ("Free variables:", co.co_freevars, lambda i, v: "%4d: %s" % (i, v)),
        ("Cell variables:", co.co_cellvars, lambda i, v: "%4d: %s" % (i, v)),
    ):
        if seq:
            lines.append(title)
            lines.extend(fmt(i, v) for i, v in enumerate(seq))
    return "\n".join(lines)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.exception_entries = _Layout(co).exception_table

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line, show_caches=self.show_caches)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        out = io.StringIO()
        lasti = self.current_offset if self.current_offset is not None else -1
        _print_listing(self.codeobj, out, lasti, self.show_caches,
                       None if not self._line_offset else self.first_line)
        return out.getvalue()


def _test():
    """Simple test program to disassemble a file."""
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("infile", type=argparse.FileType("rb"), nargs="?", default="-")
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    code = compile(source, args.infile.name, "exec")
    dis(code)


if __name__ == "__main__":
    _test()
