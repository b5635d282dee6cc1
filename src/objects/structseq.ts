/**
 * Struct sequences (CPython's Objects/structseq.c): tuple subclasses with named fields, like
 * `sys.version_info` and `sys.float_info`. Only the first `nInSequence` fields are items.
 */
import { reprOf } from "./abstract.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { defineGetSets } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_NewRef, type PyObject } from "./object.js";
import { PyStr_FromString } from "./str.js";
import { gcAlloc, PyObject_GC_Track, PyTuple, PyTuple_Type } from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";

export class PyStructSeq extends PyTuple {
  /** Values of the fields beyond the sequence part (owned references). */
  extra: PyObject[] = [];
}

const fieldsOf = new Map<PyType, string[]>();

/** A struct sequence type named `name` ("sys.version_info") with these fields. */
export function newStructSeqType(name: string, fields: string[]): PyType {
  const t = newStaticType({
    name,
    base: PyTuple_Type,
    flags: TypeFlag.HAVE_GC | TypeFlag.TUPLE_SUBCLASS,
    basicsize: 24 + 8 * 0,
    itemsize: 8,
  });
  fieldsOf.set(t, fields);
  t.tp_repr = (o) => {
    const s = o as PyStructSeq;
    const parts = fields.map(
      (f, i) => `${f}=${reprOf(i < s.items.length ? s.items[i]! : (s.extra[i - s.items.length] ?? Py_None))}`,
    );
    return PyStr_FromString(`${name}(${parts.join(", ")})`);
  };
  t.tp_new = () => raise(PyExc_TypeError, `cannot create '${name}' instances`);
  defineGetSets(
    t,
    fields.map((f, i) => ({
      name: f,
      kind: "member" as const,
      get: (o: PyObject) => {
        const s = o as PyStructSeq;
        return Py_NewRef(i < s.items.length ? s.items[i]! : (s.extra[i - s.items.length] ?? Py_None));
      },
    })),
  );
  return t;
}

/** A new instance; `values` are stolen. The first `nInSequence` (default: all) are items. */
export function structSeqNew(type: PyType, values: PyObject[], nInSequence = values.length): PyStructSeq {
  const s = new PyStructSeq(type, values.slice(0, nInSequence));
  s.extra = values.slice(nInSequence);
  gcAlloc(s, type.tp_basicsize + 16 + 8 * values.length);
  PyObject_GC_Track(s);
  return s;
}
