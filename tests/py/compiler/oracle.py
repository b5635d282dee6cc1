"""Oracle for heapstack's compiler tests: what python3 (3.11) says about a program.

Reads a JSON request on stdin: {"items": [{"source", "filename", "mode", "want": [...]}]}
and writes one JSON answer per item: the AST (CPython's `ast` shape, constants tagged),
the code objects (normalized as heapstack's instruction set: no CACHE/PRECALL/EXTENDED_ARG,
jump targets as instruction indices) and the symbol tables, or the SyntaxError.
"""
import ast
import dis
import json
import math
import symtable
import sys
import types
import warnings

JUMP_MAP = {
    "JUMP_FORWARD": "JUMP",
    "JUMP_BACKWARD": "JUMP_BACKWARD",
    "JUMP_BACKWARD_NO_INTERRUPT": "JUMP",
    "POP_JUMP_FORWARD_IF_FALSE": "POP_JUMP_IF_FALSE",
    "POP_JUMP_BACKWARD_IF_FALSE": "POP_JUMP_IF_FALSE",
    "POP_JUMP_FORWARD_IF_TRUE": "POP_JUMP_IF_TRUE",
    "POP_JUMP_BACKWARD_IF_TRUE": "POP_JUMP_IF_TRUE",
    "POP_JUMP_FORWARD_IF_NONE": "POP_JUMP_IF_NONE",
    "POP_JUMP_BACKWARD_IF_NONE": "POP_JUMP_IF_NONE",
    "POP_JUMP_FORWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE",
    "POP_JUMP_BACKWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE",
}


def enc_const(v):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        return {"$int": str(v)}
    if isinstance(v, float):
        if math.isnan(v):
            return {"$float": "nan"}
        if math.isinf(v):
            return {"$float": "inf" if v > 0 else "-inf"}
        if v == 0 and math.copysign(1, v) < 0:
            return {"$float": "-0"}
        return {"$float": repr(v)}
    if isinstance(v, complex):
        return {"$complex": [enc_const(v.real), enc_const(v.imag)]}
    if isinstance(v, str):
        return v
    if isinstance(v, bytes):
        return {"$bytes": v.hex()}
    if v is Ellipsis:
        return {"$ellipsis": True}
    if isinstance(v, tuple):
        return {"$tuple": [enc_const(x) for x in v]}
    if isinstance(v, frozenset):
        return {"$frozenset": [enc_const(x) for x in v]}
    if isinstance(v, types.CodeType):
        return {"$code": dump_code(v)}
    raise TypeError(repr(v))


def enc_ast(node):
    if isinstance(node, ast.AST):
        out = {"_type": type(node).__name__}
        for f in node._fields:
            val = getattr(node, f, None)
            if isinstance(node, (ast.Constant, ast.MatchSingleton)) and f == "value":
                out[f] = enc_const(val)
            else:
                out[f] = enc_ast(val)
        for a in node._attributes:
            out[a] = getattr(node, a, None)
        return out
    if isinstance(node, list):
        return [enc_ast(x) for x in node]
    return node


def dump_code(co):
    raw = list(dis.get_instructions(co, show_caches=False))
    # Map every code-unit offset to the index of the kept instruction that owns it.
    kept = []
    owner = {}
    pending = []
    for ins in raw:
        if ins.opname in ("EXTENDED_ARG", "PRECALL", "CACHE"):
            pending.append(ins.offset)
            continue
        idx = len(kept)
        for off in pending:
            owner[off] = idx
        pending = []
        owner[ins.offset] = idx
        kept.append(ins)
    n_units = len(co.co_code) // 2
    unit_owner = []
    cur = 0
    for u in range(n_units):
        off = 2 * u
        if off in owner:
            cur = owner[off]
        unit_owner.append(cur)
    instrs = []
    positions = []
    for ins in kept:
        name = JUMP_MAP.get(ins.opname, ins.opname)
        arg = ins.arg if ins.arg is not None else 0
        if ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs:
            arg = unit_owner[ins.argval // 2] if ins.argval // 2 < n_units else len(kept)
        instrs.append([name, arg])
        p = ins.positions
        positions.append([p.lineno, p.end_lineno, p.col_offset, p.end_col_offset])
    table = []
    for e in dis._parse_exception_table(co):
        end = unit_owner[e.end // 2] if e.end // 2 < n_units else len(kept)
        table.append([unit_owner[e.start // 2], end, unit_owner[e.target // 2], e.depth, bool(e.lasti)])
    return {
        "name": co.co_name,
        "qualname": co.co_qualname,
        "filename": co.co_filename,
        "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "flags": co.co_flags,
        "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars),
        "names": list(co.co_names),
        "consts": [enc_const(c) for c in co.co_consts],
        "stacksize": co.co_stacksize,
        "code": instrs,
        "positions": positions,
        "exceptiontable": table,
    }


def dump_symtable(t):
    syms = {}
    for s in t.get_symbols():
        syms[s.get_name()] = s._Symbol__flags
    return {
        "type": t.get_type(),
        "name": t.get_name(),
        "lineno": t.get_lineno(),
        "optimized": t.is_optimized(),
        "nested": t.is_nested(),
        "symbols": syms,
        "children": [dump_symtable(c) for c in t.get_children()],
    }


def syntax_error(e):
    return {
        "kind": type(e).__name__,
        "msg": e.msg,
        "lineno": e.lineno,
        "offset": e.offset,
        "end_lineno": e.end_lineno,
        "end_offset": e.end_offset,
        "text": e.text,
    }


def answer(item):
    src = item["source"]
    filename = item.get("filename", "<test>")
    mode = item.get("mode", "exec")
    want = item.get("want", ["ast", "code"])
    out = {}
    try:
        tree = ast.parse(src, filename, mode)
    except SyntaxError as e:
        out["parse_error"] = syntax_error(e)
        return out
    if "ast" in want:
        out["ast"] = enc_ast(tree)
    if "code" in want:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                co = compile(src, filename, mode, dont_inherit=True)
            out["code"] = dump_code(co)
        except SyntaxError as e:
            out["error"] = syntax_error(e)
    if "symtable" in want:
        try:
            st = symtable.symtable(src, filename, mode if mode != "single" else "exec")
            out["symtable"] = dump_symtable(st)
        except SyntaxError as e:
            out["symtable_error"] = syntax_error(e)
    return out


def main():
    req = json.load(sys.stdin)
    res = [answer(it) for it in req["items"]]
    json.dump(res, sys.stdout)


if __name__ == "__main__":
    main()
