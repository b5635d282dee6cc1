/**
 * Struct sequences (CPython's Objects/structseq.c): tuples with named fields, like
 * `sys.version_info`, `time.struct_time` and `os.stat_result`. The first `nInSequence` fields
 * are the tuple's items; the rest ("hidden" fields, e.g. stat's st_atime_ns) are reachable only
 * by name. Field names may be null (CPython's PyStructSequence_UnnamedField): such fields are
 * items without an attribute, and they must come before the hidden fields.
 *
 * Memory as CPython: the block holds every field (tp_basicsize 24 + 8 per field + the GC
 * header), while `__sizeof__` counts the visible items only (Py_SIZE is the visible length).
 * Instances made by native code are not GC-tracked (PyStructSequence_New); instances made by
 * calling the type from Python are (structseq_new).
 */
import { iterateToArray, reprOf } from "./abstract.js";
import { parseArgs } from "./args.js";
import { PyDict, PyDict_GetItemString, PyDict_New, PyDict_SetItemString } from "./dict.js";
import { exceptionMatches, PyExc_TypeError, raise } from "./exceptions.js";
import { PyInt_FromNumber } from "./int.js";
import { defineClassValues, defineGetSets, defineMethods } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from "./object.js";
import type { VisitProc } from "./slots_types.js";
import { PyStr_FromString } from "./str.js";
import {
  gcAlloc,
  gcFree,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyTuple,
  PyTuple_New,
  PyTuple_Type,
} from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";

export class PyStructSeq extends PyTuple {
  /** Values of the fields beyond the sequence part (owned references). */
  extra: PyObject[] = [];
}

export interface StructSeqField {
  /** null: an unnamed field (an item with no attribute). */
  name: string | null;
  doc?: string;
}

export interface StructSeqDesc {
  /** The dotted name ("os.stat_result"): the part before the last dot is `__module__`. */
  name: string;
  doc?: string;
  fields: (string | StructSeqField)[];
  /** How many fields are tuple items (n_sequence_fields); default: all. */
  nInSequence?: number;
  /**
   * false: Python cannot call the type, as sys.flags ("cannot create 'sys.flags' instances").
   * Default true: `os.stat_result(sequence, dict)` makes one.
   */
  constructible?: boolean;
}

interface StructSeqLayout {
  /** n_fields. */
  nFields: number;
  /** The named fields in order (CPython's tp_members): hidden field i is named[i - unnamed]. */
  named: string[];
  visible: number;
  unnamed: number;
}

const layouts = new Map<PyType, StructSeqLayout>();

function layoutOf(type: PyType): StructSeqLayout {
  for (let t: PyType | null = type; t !== null; t = t.tp_base) {
    const layout = layouts.get(t);
    if (layout !== undefined) return layout;
  }
  throw new Error(`${type.tp_name} is not a struct sequence type`);
}

/** The value of field `i` (borrowed), items first, then the hidden fields. */
export function structSeqField(s: PyStructSeq, i: number): PyObject {
  return i < s.items.length ? s.items[i]! : (s.extra[i - s.items.length] ?? Py_None);
}

/** PyStructSequence_InitType2: a new struct sequence type. */
export function newStructSeqType(desc: StructSeqDesc): PyType {
  const fields = desc.fields.map((f) => (typeof f === "string" ? { name: f } : f));
  const visible = desc.nInSequence ?? fields.length;
  const named = fields.flatMap((f) => (f.name === null ? [] : [f.name]));
  const unnamed = fields.length - named.length;
  const t = newStaticType({
    name: desc.name,
    base: PyTuple_Type,
    flags: TypeFlag.HAVE_GC | TypeFlag.TUPLE_SUBCLASS,
    basicsize: 24,
    itemsize: 8,
    doc: desc.doc,
  });
  layouts.set(t, { nFields: fields.length, named, visible, unnamed });
  t.tp_dealloc = structseq_dealloc;
  t.tp_traverse = structseq_traverse;
  t.tp_repr = structseq_repr;
  t.tp_new =
    desc.constructible !== false
      ? structseq_new
      : () => raise(PyExc_TypeError, `cannot create '${desc.name}' instances`);
  defineGetSets(
    t,
    fields.flatMap((f, i) =>
      f.name === null
        ? []
        : [
            {
              name: f.name,
              kind: "member" as const,
              doc: f.doc,
              get: (o: PyObject) => Py_NewRef(structSeqField(o as PyStructSeq, i)),
            },
          ],
    ),
  );
  defineMethods(t, { __reduce__: (self) => structseq_reduce(self!) });
  defineClassValues(t, () => {
    const matchArgs = fields
      .slice(0, visible)
      .flatMap((f) => (f.name === null ? [] : [PyStr_FromString(f.name)]));
    return [
      ["n_sequence_fields", PyInt_FromNumber(visible)],
      ["n_fields", PyInt_FromNumber(fields.length)],
      ["n_unnamed_fields", PyInt_FromNumber(unnamed)],
      ["__match_args__", PyTuple_New(matchArgs)],
    ];
  });
  return t;
}

function allocate(type: PyType, values: PyObject[]): PyStructSeq {
  const { nFields, visible } = layoutOf(type);
  const s = new PyStructSeq(type, values.slice(0, visible));
  s.extra = values.slice(visible);
  gcAlloc(s, type.tp_basicsize + 16 + type.tp_itemsize * nFields);
  if (type.tp_flags & TypeFlag.HEAPTYPE) Py_INCREF(type);
  return s;
}

/**
 * PyStructSequence_New with its fields filled: `values` are stolen, one per field (missing
 * hidden fields are None). Not GC-tracked, as CPython's.
 */
export function structSeqNew(type: PyType, values: PyObject[]): PyStructSeq {
  const { nFields } = layoutOf(type);
  while (values.length < nFields) values.push(Py_NewRef(Py_None));
  return allocate(type, values);
}

/** structseq_new: `T(sequence, dict=None)` from Python; tracked. */
export function structseq_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const { nFields, named, visible, unnamed } = layoutOf(type);
  const [sequence, dict] = parseArgs(type.tp_name, args, kwnames, {
    names: ["sequence", "dict"],
    required: 1,
  });
  let items: PyObject[];
  try {
    items = iterateToArray(sequence!);
  } catch (e) {
    if (!exceptionMatches(e, PyExc_TypeError)) throw e;
    Py_DECREF(e as PyObject);
    raise(PyExc_TypeError, "constructor requires a sequence");
  }
  const n = items.length;
  const max = nFields;
  const fail = (message: string): never => {
    for (const x of items) Py_DECREF(x);
    raise(PyExc_TypeError, message);
  };
  if (dict !== null && !(dict instanceof PyDict))
    fail(`${type.tp_name}() takes a dict as second arg, if any`);
  if (n < visible || n > max) {
    const bound = visible === max ? "a" : n < visible ? "an at least" : "an at most";
    fail(`${type.tp_name}() takes ${bound} ${n < visible ? visible : max}-sequence (${n}-sequence given)`);
  }
  for (let i = n; i < max; i++) {
    const value = dict instanceof PyDict ? PyDict_GetItemString(dict, named[i - unnamed]!) : null;
    items.push(Py_NewRef(value ?? Py_None));
  }
  const s = allocate(type, items);
  PyObject_GC_Track(s);
  return s;
}

function structseq_dealloc(o: PyObject): void {
  const s = o as PyStructSeq;
  PyObject_GC_UnTrack(s);
  const items = s.items;
  const extra = s.extra;
  s.items = [];
  s.extra = [];
  for (const x of items) Py_DECREF(x);
  for (const x of extra) Py_DECREF(x);
  const type = s.ob_type;
  gcFree(s);
  if (type.tp_flags & TypeFlag.HEAPTYPE) Py_DECREF(type);
}

function structseq_traverse(o: PyObject, visit: VisitProc): void {
  const s = o as PyStructSeq;
  for (const x of s.items) visit(x);
  for (const x of s.extra) visit(x);
}

/** CPython labels the i-th item with the i-th *named* field: stat's items 7-9 show as st_atime... */
function structseq_repr(o: PyObject): PyObject {
  const s = o as PyStructSeq;
  const { named } = layoutOf(s.ob_type);
  const parts = s.items.map((x, i) => `${named[i]}=${reprOf(x)}`);
  return PyStr_FromString(`${s.ob_type.tp_name}(${parts.join(", ")})`);
}

function structseq_reduce(self: PyObject): PyObject {
  const s = self as PyStructSeq;
  const { nFields, named, visible, unnamed } = layoutOf(s.ob_type);
  const tuple = PyTuple_New(s.items.map((x) => Py_NewRef(x)));
  const dict = PyDict_New();
  for (let i = visible; i < nFields; i++)
    PyDict_SetItemString(dict, named[i - unnamed]!, structSeqField(s, i));
  return PyTuple_New([Py_NewRef(s.ob_type), PyTuple_New([tuple, dict])]);
}
