/**
 * Looking at objects and frames without disturbing them: type names, short value summaries,
 * sizes as `sys.getsizeof` reports them, references with names (attribute, index, key), and
 * frame sizes. Nothing here allocates a Python object, changes a reference count or runs Python
 * code, so recording a program never changes what it does.
 */
import { CodeFlag } from "../compiler/opcodes.js";
import { gc } from "../memory/gc.js";
import { PyCell } from "../objects/cell.js";
import { PyCode } from "../objects/code.js";
import { dict_sizeof, PyDict } from "../objects/dict.js";
import { PyBaseException } from "../objects/exceptions.js";
import { floatRepr, PyFloat } from "../objects/float.js";
import { PyFunction } from "../objects/function.js";
import { GenState, PyGen } from "../objects/generator.js";
import { PyInt } from "../objects/int.js";
import { list_sizeof, PyList } from "../objects/list.js";
import { PyMethod } from "../objects/method.js";
import { PyCFunction } from "../objects/methods.js";
import { PyModule } from "../objects/module.js";
import type { PyObject } from "../objects/object.js";
import { PySet, set_sizeof } from "../objects/set.js";
import { PyStr } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { PyType, TypeFlag } from "../objects/type.js";
import type { StringTable } from "./strings.js";

/**
 * Size of the fixed part of CPython 3.11's _PyInterpreterFrame: eight pointers (f_func,
 * f_globals, f_builtins, f_locals, f_code, frame_obj, previous, prev_instr), `int stacktop`,
 * `bool is_entry`, `char owner`, padded to 72 bytes = FRAME_SPECIALS_SIZE (9) words.
 */
export const FRAME_HEADER_BYTES = 72;

/** A frame's bytes on CPython's data stack: header + (nlocalsplus + co_stacksize) * 8. */
export function frameBytes(code: PyCode): number {
  return FRAME_HEADER_BYTES + (code.nlocalsplus + code.co_stacksize) * 8;
}

/** How an object's references are laid out. */
export enum EdgeMode {
  /** (name, target) pairs. */
  NAMED = 0,
  /** Targets only; the label is the position (list, tuple, set, deque...). */
  ITEMS = 1,
  /** Alternating key, value targets, one pair per entry in dict order. */
  DICT = 2,
}

/**
 * Where captureRefs writes: the first `n` entries of `targets`, with their labels (string ids,
 * NAMED mode only) at the same positions. Entries past `n` are stale: the buffer is reused from
 * object to object without being truncated (truncating frees an array's backing store, which
 * the next capture would allocate again).
 */
export interface RefBuffer {
  labels: number[];
  targets: PyObject[];
  n: number;
}

export function newRefBuffer(): RefBuffer {
  return { labels: [], targets: [], n: 0 };
}

function pushNamed(buf: RefBuffer, label: number, v: PyObject): void {
  buf.labels[buf.n] = label;
  buf.targets[buf.n++] = v;
}

function pushItem(buf: RefBuffer, v: PyObject): void {
  buf.targets[buf.n++] = v;
}

/** What a summary value is. */
export enum SummaryKind {
  /** Nothing beyond the type name. */
  NONE = 0,
  /** A safe integer (`num`). */
  INT = 1,
  /** A float (`num`). */
  FLOAT = 2,
  /** Text (`str`): a repr for str/bytes/big ints, a name for functions, classes, modules. */
  TEXT = 3,
  /** A container's length (`num`). */
  LEN = 4,
}

export interface Summary {
  kind: SummaryKind;
  num: number;
  text: string;
}

const MAX_TEXT = 80;

/** The name of a class's reference to its key in a builtin base's subclass registry. */
export const SUBCLASS_KEY_REF = "(subclass registry key)";

/** Python's repr of a str, truncated to `MAX_TEXT` characters of content. */
export function strRepr(s: string): string {
  const cut = s.length > MAX_TEXT;
  const body = cut ? s.slice(0, MAX_TEXT) : s;
  const quote = body.includes("'") && !body.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of body) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return `${out}${quote}${cut ? "..." : ""}`;
}

function bigText(v: bigint): string {
  const s = v.toString();
  return s.length > 40 ? `${s.slice(0, 18)}...${s.slice(-18)} (${s.replace("-", "").length} digits)` : s;
}

function isExact(o: PyObject, name: string): boolean {
  return o.ob_type.tp_name === name;
}

/** A short description of `o`'s value, computed without running Python code. */
export function summarize(o: PyObject, out: Summary): void {
  out.kind = SummaryKind.NONE;
  out.num = 0;
  out.text = "";
  if (o instanceof PyInt) {
    const v = o.value;
    if (o.ob_type.tp_name === "bool") {
      out.kind = SummaryKind.TEXT;
      out.text = v ? "True" : "False";
    } else if (typeof v === "number") {
      out.kind = SummaryKind.INT;
      out.num = v;
    } else {
      out.kind = SummaryKind.TEXT;
      out.text = bigText(v);
    }
  } else if (o instanceof PyFloat) {
    out.kind = SummaryKind.FLOAT;
    out.num = o.value;
  } else if (o instanceof PyStr) {
    out.kind = SummaryKind.TEXT;
    out.text = strRepr(o.value);
  } else if (o instanceof PyList || o instanceof PyTuple) {
    out.kind = SummaryKind.LEN;
    out.num = o.items.length;
  } else if (o instanceof PyDict) {
    out.kind = SummaryKind.LEN;
    out.num = o.ma_used;
  } else if (o instanceof PySet) {
    out.kind = SummaryKind.LEN;
    out.num = o.used;
  } else if (o instanceof PyFunction) {
    out.kind = SummaryKind.TEXT;
    out.text = `${o.func_qualname.value}(${signature(o.func_code)})`;
  } else if (o instanceof PyType) {
    out.kind = SummaryKind.TEXT;
    out.text = o.hasFlag(TypeFlag.HEAPTYPE) ? o.ht_qualname : o.tp_name;
  } else if (o instanceof PyModule) {
    const name = o.ob_dict?.ob_type === undefined ? null : dictStr(o.ob_dict, "__name__");
    if (name !== null) {
      out.kind = SummaryKind.TEXT;
      out.text = name;
    }
  } else if (o instanceof PyBaseException) {
    if (o.message !== null) {
      out.kind = SummaryKind.TEXT;
      out.text = strRepr(o.message);
    } else if (o.args instanceof PyTuple && o.args.items.length === 1 && o.args.items[0] instanceof PyStr) {
      out.kind = SummaryKind.TEXT;
      out.text = strRepr(o.args.items[0].value);
    }
  } else if (o instanceof PyGen) {
    out.kind = SummaryKind.TEXT;
    out.text = o.qualname.value;
  } else if (isExact(o, "NoneType")) {
    out.kind = SummaryKind.TEXT;
    out.text = "None";
  } else if (isExact(o, "code")) {
    out.kind = SummaryKind.TEXT;
    out.text = (o as PyCode).co_qualname.value;
  }
}

/** A function's parameters as Python Tutor shows them: "a, b, *args, c, **kw". */
function signature(code: PyCode): string {
  const names = code.localsplusnames;
  const n = code.co_argcount;
  const k = code.co_kwonlyargcount;
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(names[i]!.value);
  let i = n + k;
  if (code.co_flags & CodeFlag.VARARGS) parts.push(`*${names[i++]!.value}`);
  else if (k > 0) parts.push("*");
  for (let j = n; j < n + k; j++) parts.push(names[j]!.value);
  if (code.co_flags & CodeFlag.VARKEYWORDS) parts.push(`**${names[i]!.value}`);
  return parts.join(", ");
}

/** The text form of a summary, as reports and exporters show it. */
export function summaryText(kind: SummaryKind, num: number, text: string): string {
  switch (kind) {
    case SummaryKind.INT:
      return String(num);
    case SummaryKind.FLOAT:
      return floatRepr(num);
    case SummaryKind.TEXT:
      return text;
    case SummaryKind.LEN:
      return `len=${num}`;
    default:
      return "";
  }
}

/** A str value stored in a dict under an exact-str key, without hashing or running code. */
function dictStr(d: PyDict, key: string): string | null {
  const k = d.ma_keys;
  for (let i = 0; i < k.nentries; i++) {
    const kk = k.ek[i];
    const v = k.ev[i];
    if (v && kk instanceof PyStr && kk.value === key) return v instanceof PyStr ? v.value : null;
  }
  return null;
}

/** What `sys.getsizeof(o)` returns for the builtin containers; the object's block size otherwise. */
export function sizeOfObject(o: PyObject): number {
  const t = o.ob_type;
  let inner = -1;
  if (o instanceof PyList) inner = list_sizeof(o);
  else if (o instanceof PyDict) inner = dict_sizeof(o);
  else if (o instanceof PySet) inner = set_sizeof(o);
  if (inner < 0) return o.ob_size_alloc;
  let pre = t.hasFlag(TypeFlag.HAVE_GC) ? 16 : 0;
  if (t.hasFlag(TypeFlag.MANAGED_DICT)) pre += 16;
  return inner + pre;
}

const slotNamesCache = new WeakMap<PyType, string[]>();

/** Names of the `__slots__` members of instances of `t`, in ob_slots order (bases first). */
function slotNames(t: PyType): string[] {
  let names = slotNamesCache.get(t);
  if (names === undefined) {
    names = [];
    const mro = t.tp_mro;
    for (let i = mro.length - 1; i >= 0; i--) {
      const s = mro[i]!.ht_slots;
      if (s !== null) names.push(...s);
    }
    slotNamesCache.set(t, names);
  }
  return names;
}

/** The nearest non-heap base of a heap type: whose layout holds the instance's builtin state. */
function staticBase(t: PyType): PyType | null {
  let base: PyType | null = t;
  while (base?.hasFlag(TypeFlag.HEAPTYPE)) base = base.tp_base;
  return base;
}

/**
 * `o`'s references (what tp_traverse visits), with names where Python has them: attribute names
 * for instances, functions, classes and exceptions, positions for sequences, keys for dicts.
 * Returns the layout; `buf` receives labels (NAMED only) and targets.
 */
export function captureRefs(o: PyObject, strings: StringTable, buf: RefBuffer): EdgeMode {
  buf.n = 0;
  // numbers and strings reference nothing
  if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr) return EdgeMode.NAMED;
  const t = o.ob_type;
  if (t.hasFlag(TypeFlag.HEAPTYPE) && !(o instanceof PyType)) {
    // An instance of a class: its __slots__ values, its __dict__, its class, then whatever its
    // builtin base holds (the items of a list subclass...), named like the base's references.
    const slots = o.ob_slots;
    if (slots) {
      const names = slotNames(t);
      for (let i = 0; i < slots.length; i++) {
        const v = slots[i];
        if (v) pushNamed(buf, strings.intern(names[i] ?? `<slot ${i}>`), v);
      }
    }
    const base = staticBase(t);
    const d = o.ob_dict;
    if (d && (base === null || t.tp_dictoffset !== base.tp_dictoffset)) {
      if (gc.isInlineValues(d)) {
        // CPython 3.11's inline values: no dict object until something asks for __dict__; the
        // attributes are the instance's own references.
        const k = d.ma_keys;
        for (let i = 0; i < k.nentries; i++) {
          const v = k.ev[i];
          if (!v) continue;
          pushNamed(buf, strings.intern((k.ek[i] as PyStr).value), v);
        }
      } else {
        pushNamed(buf, strings.intern("__dict__"), d);
      }
    }
    pushNamed(buf, strings.intern("__class__"), t);
    if (base !== null && base.tp_name !== "object") {
      const sub = newRefBuffer();
      const mode = builtinRefs(o, strings, sub);
      for (let i = 0; i < sub.n; i++) {
        pushNamed(
          buf,
          mode === EdgeMode.NAMED
            ? sub.labels[i]!
            : strings.intern(
                mode === EdgeMode.ITEMS ? `[${i}]` : i % 2 === 0 ? `<key ${i >> 1}>` : `<value ${i >> 1}>`,
              ),
          sub.targets[i]!,
        );
      }
    }
    return EdgeMode.NAMED;
  }
  return builtinRefs(o, strings, buf);
}

function named(buf: RefBuffer, strings: StringTable, name: string, v: PyObject | null | undefined): void {
  if (v) pushNamed(buf, strings.intern(name), v);
}

function builtinRefs(o: PyObject, strings: StringTable, buf: RefBuffer): EdgeMode {
  if (o instanceof PyList || o instanceof PyTuple) {
    const items = o.items;
    const targets = buf.targets;
    let n = buf.n;
    for (let i = 0; i < items.length; i++) targets[n++] = items[i]!;
    buf.n = n;
    return EdgeMode.ITEMS;
  }
  if (o instanceof PyDict) {
    const k = o.ma_keys;
    const ek = k.ek;
    const ev = k.ev;
    for (let i = 0; i < k.nentries; i++) {
      const v = ev[i];
      if (v) {
        pushItem(buf, ek[i]!);
        pushItem(buf, v);
      }
    }
    return EdgeMode.DICT;
  }
  if (o instanceof PySet) {
    traversed.buf = buf;
    gc.hooks?.traverse(o, visitItem);
    return EdgeMode.ITEMS;
  }
  if (o instanceof PyType) {
    if (o.hasFlag(TypeFlag.HEAPTYPE)) {
      named(buf, strings, "__dict__", o.tp_dict);
      const bases = o.tp_bases;
      for (let i = 0; i < bases.length; i++)
        named(buf, strings, bases.length === 1 ? "__base__" : `__bases__[${i}]`, bases[i]);
      // the __bases__ and __mro__ tuples, where the runtime keeps them as objects
      const tuples = o as { tp_bases_obj?: PyObject | null; tp_mro_obj?: PyObject | null };
      if (tuples.tp_bases_obj) named(buf, strings, "__bases__", tuples.tp_bases_obj);
      if (tuples.tp_mro_obj) named(buf, strings, "__mro__", tuples.tp_mro_obj);
      // CPython's ht_slots: the sorted __slots__ names the class keeps
      if (o.ht_slots_obj !== null) named(buf, strings, "__slots__", o.ht_slots_obj);
      // the int key of the class's entry in a builtin base's subclass registry (CPython keeps it
      // in the base's tp_subclasses; the class's own block, alive while the class is)
      const keys = o.ht_static_base_keys;
      if (keys !== null)
        for (let i = 0; i < keys.length; i++) named(buf, strings, SUBCLASS_KEY_REF, keys[i]!);
    }
    return EdgeMode.NAMED;
  }
  if (o instanceof PyFunction) {
    named(buf, strings, "__code__", o.func_code);
    named(buf, strings, "__globals__", o.func_globals);
    named(buf, strings, "__defaults__", o.func_defaults);
    named(buf, strings, "__kwdefaults__", o.func_kwdefaults);
    named(buf, strings, "__closure__", o.func_closure);
    named(buf, strings, "__dict__", o.ob_dict);
    named(buf, strings, "__annotations__", o.func_annotations);
    named(buf, strings, "__name__", o.func_name);
    named(buf, strings, "__qualname__", o.func_qualname);
    named(buf, strings, "__doc__", o.func_doc);
    named(buf, strings, "__module__", o.func_module);
    return EdgeMode.NAMED;
  }
  if (o instanceof PyCode) {
    // what code_dealloc releases (CPython's code objects hold the same): its constants, names,
    // local variable names (a tuple there, co_localsplusnames) and its own names. Interned strs
    // the program made ("self", "other") gain a reference from code that exec() compiles.
    named(buf, strings, "co_consts", o.co_consts);
    named(buf, strings, "co_names", o.co_names);
    const locals = o.localsplusnames;
    for (let i = 0; i < locals.length; i++) named(buf, strings, `co_localsplusnames[${i}]`, locals[i]);
    named(buf, strings, "co_name", o.co_name);
    named(buf, strings, "co_qualname", o.co_qualname);
    named(buf, strings, "co_filename", o.co_filename);
    return EdgeMode.NAMED;
  }
  if (o instanceof PyCell) {
    named(buf, strings, "cell_contents", o.ob_ref);
    return EdgeMode.NAMED;
  }
  if (o instanceof PyMethod) {
    named(buf, strings, "__func__", o.im_func);
    named(buf, strings, "__self__", o.im_self);
    return EdgeMode.NAMED;
  }
  if (o instanceof PyModule) {
    named(buf, strings, "__dict__", o.ob_dict);
    return EdgeMode.NAMED;
  }
  if (o instanceof PyCFunction) {
    // a builtin method bound to its object (`xs.append`) holds a reference to it, as CPython's
    // m_self (the runtime's collector does not traverse these, so this is said here)
    named(buf, strings, "__self__", o.self);
    return EdgeMode.NAMED;
  }
  if (o instanceof PyGen) {
    // A suspended generator holds its frame's locals (and value stack).
    const f = o.frame;
    const code = f.code;
    const names = code.localsplusnames;
    const fast = f.fast;
    if (o.state !== GenState.CLEARED) {
      named(buf, strings, "gi_code", f.code);
      named(buf, strings, "gi_frame.f_func", f.func);
      for (let i = 0; i < f.sp; i++) {
        const v = fast[i];
        if (v) named(buf, strings, i < names.length ? names[i]!.value : `<stack ${i - names.length}>`, v);
      }
    }
    return EdgeMode.NAMED;
  }
  if (o instanceof PyBaseException) {
    named(buf, strings, "args", o.args);
    named(buf, strings, "__traceback__", o.traceback);
    named(buf, strings, "__context__", o.context);
    named(buf, strings, "__cause__", o.cause);
    named(buf, strings, "__notes__", o.notes);
    named(buf, strings, "__dict__", o.ob_dict);
    const fields = o.fields;
    if (fields !== null) for (const key of Object.keys(fields)) named(buf, strings, key, fields[key]);
    return EdgeMode.NAMED;
  }
  // Anything else: what the collector's tp_traverse visits, labelled by position.
  traversed.buf = buf;
  traversed.strings = strings;
  traversed.n = 0;
  gc.hooks?.traverse(o, visitTraversed);
  return EdgeMode.NAMED;
}

/**
 * Where visitTraversed puts what a traversal visits (one visitor for every capture: a closure per
 * capture allocated at most steps, where iterators are captured again). A traversal runs no
 * Python code, so captures never nest here.
 */
const traversed: { buf: RefBuffer; strings: StringTable | null; n: number } = {
  buf: newRefBuffer(),
  strings: null,
  n: 0,
};

function visitItem(c: PyObject): void {
  pushItem(traversed.buf, c);
}

function visitTraversed(c: PyObject): void {
  pushNamed(traversed.buf, traversed.strings!.refLabel(traversed.n++), c);
}

/** True for objects that never change after creation (their references and summary are fixed). */
export function isImmutableAtom(o: PyObject): boolean {
  return o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr;
}
