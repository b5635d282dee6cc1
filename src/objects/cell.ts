import { addressHex, PyObject_HashNotImplemented, PyObject_RichCompare } from "./abstract.js";
import { PyBool_FromBool } from "./bool.js";
import { PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { defineGetSets } from "./methods.js";
import { Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject, PyObject as PyObjectClass } from "./object.js";
import { PyStr_FromString } from "./str.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack } from "./tuple.js";
import { newStaticType, TypeFlag } from "./type.js";

/**
 * `cell` (CPython's Objects/cellobject.c): the box a closure variable lives in. A frame holds
 * the cell in its localsplus slot; LOAD_DEREF/STORE_DEREF go through `ob_ref`.
 */

export class PyCell extends PyObjectClass {
  /** The variable's value (a strong reference), or null when unbound. */
  declare ob_ref: PyObject | null;
  constructor(value: PyObject | null) {
    // The header here rather than in PyObject's shared constructor, then the collector's fields
    // (memory/gc.ts): one hidden class for every cell (see PyObject's constructor).
    super(PyCell_Type, true);
    this.ob_refcnt = 1;
    this.ob_type = PyCell_Type;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
    this.ob_ref = value;
    this.gc_head = null;
  }
}

export const PyCell_Type = newStaticType({ name: "cell", flags: TypeFlag.HAVE_GC, basicsize: 24 });

/** A new cell holding `value` (the reference is stolen when `value` is not null). */
export function PyCell_New(value: PyObject | null): PyCell {
  const c = new PyCell(value);
  gcAlloc(c, 24 + 16);
  PyObject_GC_Track(c);
  return c;
}

/** The cell's value as a new reference, or null. */
export function PyCell_Get(c: PyCell): PyObject | null {
  const v = c.ob_ref;
  if (v !== null) Py_INCREF(v);
  return v;
}

/** Stores `value` (borrowed: the cell takes its own reference) and releases the old value. */
export function PyCell_Set(c: PyCell, value: PyObject | null): void {
  const old = c.ob_ref;
  if (value !== null) Py_INCREF(value);
  c.ob_ref = value;
  if (old !== null) Py_DECREF(old);
}

function cell_dealloc(o: PyObject): void {
  const c = o as PyCell;
  PyObject_GC_UnTrack(c);
  const v = c.ob_ref;
  c.ob_ref = null;
  if (v !== null) Py_DECREF(v);
  gcFree(c);
}

PyCell_Type.tp_dealloc = cell_dealloc;
// cell(contents=<empty>, /): types.CellType() is an empty cell
PyCell_Type.tp_new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "cell() takes no keyword arguments");
  if (args.length > 1) raise(PyExc_TypeError, `cell expected at most 1 argument, got ${args.length}`);
  return PyCell_New(args.length === 1 ? Py_NewRef(args[0]!) : null);
};
PyCell_Type.tp_traverse = (o, visit) => {
  const v = (o as PyCell).ob_ref;
  if (v !== null) visit(v);
};
PyCell_Type.tp_clear = (o) => {
  const c = o as PyCell;
  const v = c.ob_ref;
  c.ob_ref = null;
  if (v !== null) Py_DECREF(v);
};

PyCell_Type.tp_repr = (o) => {
  const c = o as PyCell;
  const v = c.ob_ref;
  const text =
    v === null
      ? `<cell at ${addressHex(c)}: empty>`
      : `<cell at ${addressHex(c)}: ${v.ob_type.tp_name} object at ${addressHex(v)}>`;
  return PyStr_FromString(text);
};

PyCell_Type.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyCell)) return Py_NewRef(Py_NotImplemented);
  const va = (a as PyCell).ob_ref;
  const vb = b.ob_ref;
  if (va !== null && vb !== null) return PyObject_RichCompare(va, vb, op);
  // Empty cells compare as smaller than full ones (CPython's cell_richcompare).
  const x = va === null ? 0 : 1;
  const y = vb === null ? 0 : 1;
  const results = [x < y, x <= y, x === y, x !== y, x > y, x >= y];
  return PyBool_FromBool(results[op]!);
};

PyCell_Type.tp_hash = PyObject_HashNotImplemented;

defineGetSets(PyCell_Type, [
  {
    name: "cell_contents",
    get: (o) => {
      const v = (o as PyCell).ob_ref;
      if (v === null) raise(PyExc_ValueError, "Cell is empty");
      return Py_NewRef(v);
    },
    set: (o, v) => PyCell_Set(o as PyCell, v),
  },
]);
