"""Generate src/objects/builtin_docs.generated.ts: CPython 3.11's docstrings and text signatures.

python3 itself is the source: the script imports the builtins, the builtin types and the
modules heapstack implements in TypeScript (found by scanning src/modules for
registerBuiltinModule calls) and records, for every builtin function, method, slot wrapper,
getset/member descriptor and type, its `__doc__` and `__text_signature__`. The generated file
is committed; re-run when targeting a new CPython version:
    python3 scripts/gen_builtin_docs.py > src/objects/builtin_docs.generated.ts

Keys (see src/objects/builtin_docs.ts): "module.function" for module functions
("builtins.len", "math.sqrt"), "tp_name.attr" for a type's methods and descriptors
("list.append", "_io.BytesIO.getbuffer"), "tp_name" for a type itself, and the bare dunder
name for slot wrappers whose doc is the shared one from CPython's slotdefs ("__add__").
"layout" also keeps each builtin type's nonzero `__dictoffset__`/`__weakrefoffset__` (the C
struct offsets a static type's instances keep their dict and weakref list at).
"""
import builtins
import importlib
import json
import os
import re
import sys
import types

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BUILTIN_CALLABLE_KINDS = (
    types.BuiltinFunctionType,
    types.MethodDescriptorType,
    types.ClassMethodDescriptorType,
    types.WrapperDescriptorType,
    types.GetSetDescriptorType,
    types.MemberDescriptorType,
)


def ts_module_names():
    names = set()
    pattern = re.compile(r'registerBuiltinModule\("([A-Za-z0-9_.]+)"')
    for folder, _dirs, files in os.walk(os.path.join(ROOT, "src", "modules")):
        for f in files:
            if f.endswith(".ts"):
                with open(os.path.join(folder, f), encoding="utf-8") as fh:
                    names.update(pattern.findall(fh.read()))
    return sorted(names)


def type_key(t):
    mod = t.__module__
    return t.__qualname__ if mod == "builtins" else f"{mod}.{t.__qualname__}"


def entry(obj):
    doc = getattr(obj, "__doc__", None)
    sig = getattr(obj, "__text_signature__", None)
    if not isinstance(doc, str):
        doc = None
    if not isinstance(sig, str):
        sig = None
    return [doc, sig] if sig is not None else [doc]


def sample_types():
    """Types of objects every program meets that `builtins` does not name."""
    def gen():
        yield 1

    async def coro():
        pass

    async def agen():
        yield 1

    c = coro()
    c.close()
    samples = [
        iter([]), iter(()), iter(""), iter(b""), iter(bytearray()), iter(range(0)), iter(range(2**70)),
        iter(set()), iter({}), iter({}.values()), iter({}.items()), reversed([]), reversed({}),
        reversed({}.keys()), reversed({}.values()), reversed({}.items()), iter(lambda: 0, 0),
        {}.keys(), {}.values(), {}.items(), gen(), c, agen(), agen().__anext__(), agen().asend(None),
        agen().athrow(ValueError), type.__dict__, sys.implementation, sys.flags, sys.float_info,
        sys.int_info, sys.hash_info, sys.version_info, sys.thread_info, memoryview(b"").__iter__(),
        types.SimpleNamespace(), (x for x in ()), iter([]).__reduce__, [].append, str.join,
        int.__add__, (1).__add__, int.real, types.FunctionType.__code__, type(None),
        type(NotImplemented), type(Ellipsis), sys._getframe(), sys._getframe().f_code, types.CellType,
        types.MethodType, types.ModuleType, types.TracebackType, types.GenericAlias, types.UnionType,
        types.MappingProxyType, types.NoneType, property, super, staticmethod, classmethod,
    ]
    samples += [t for t in vars(types).values() if isinstance(t, type)]
    out = []
    for s in samples:
        out.append(s if isinstance(s, type) else type(s))
    c2 = coro()
    out.append(type(c2.__await__()))
    c2.close()
    return out


def collect():
    table = {}
    slot_docs = {}
    layout = {}

    def add_type(t, seen):
        if t in seen:
            return
        seen.add(t)
        key = type_key(t)
        table[key] = entry(t)
        if not t.__flags__ & (1 << 9) and (t.__dictoffset__ or t.__weakrefoffset__):
            layout[key] = [t.__dictoffset__, t.__weakrefoffset__]
        for name, attr in list(vars(t).items()):
            if isinstance(attr, (staticmethod, classmethod)):
                attr = attr.__func__
            if isinstance(attr, types.WrapperDescriptorType):
                e = entry(attr)
                if name not in slot_docs:
                    slot_docs[name] = e
                if e != slot_docs[name]:
                    table[f"{key}.{name}"] = e
            elif isinstance(attr, BUILTIN_CALLABLE_KINDS):
                table[f"{key}.{name}"] = entry(attr)
            elif isinstance(attr, type) and name != "__class__":
                add_type(attr, seen)

    seen = set()
    for name, obj in vars(builtins).items():
        if isinstance(obj, types.BuiltinFunctionType):
            table[f"builtins.{name}"] = entry(obj)
        elif isinstance(obj, type):
            add_type(obj, seen)
    for t in sample_types():
        add_type(t, seen)
    for modname in ts_module_names():
        try:
            mod = importlib.import_module(modname)
        except ImportError:
            continue
        for name, obj in vars(mod).items():
            if isinstance(obj, types.BuiltinFunctionType) and getattr(obj, "__module__", None) in (modname, None):
                table[f"{modname}.{name}"] = entry(obj)
            elif isinstance(obj, type) and obj.__module__ not in ("builtins",) and type_key(obj).startswith(
                tuple(m + "." for m in (modname, modname.lstrip("_")))
            ):
                add_type(obj, seen)
    # a slot wrapper entry only where it differs from the shared slot doc
    return {
        "slots": dict(sorted(slot_docs.items())),
        "docs": dict(sorted(table.items())),
        "layout": dict(sorted(layout.items())),
    }


def main():
    data = json.dumps(collect(), ensure_ascii=True, separators=(",", ":"))
    print("// Generated by scripts/gen_builtin_docs.py from CPython %s: do not edit." % sys.version.split()[0])
    print("// CPython's docstrings and __text_signature__s of builtin functions, methods, descriptors")
    print("// and types, as one JSON string parsed on first use (see builtin_docs.ts).")
    print("export const BUILTIN_DOCS_JSON =")
    print("  " + json.dumps(data) + ";")


main()
