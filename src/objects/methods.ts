import { allocateObject, Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";

/**
 * Builtin functions and methods (CPython's PyMethodDef, method_descriptor and
 * builtin_function_or_method): how TypeScript code exposes callables to Python.
 *
 * A native implementation receives `self` (the bound object, the module for module functions,
 * or null), the arguments (BORROWED: positional, then keyword values) and the keyword names for
 * the last ones, and returns a NEW reference.
 */
export type NativeImpl = (self: PyObject | null, args: PyObject[], kwnames: string[] | null) => PyObject;

export interface MethodDef {
  name: string;
  impl: NativeImpl;
  doc?: string;
  /** "instance" (default), "class" (classmethod_descriptor, e.g. dict.fromkeys) or "static". */
  kind?: "instance" | "class" | "static";
  /** The text after the name in `__text_signature__`, e.g. "($self, object, /)". */
  textSignature?: string;
}

/** A method declared on a builtin type: `list.append` (type `method_descriptor`). */
export class PyMethodDescr extends PyObject {
  /**
   * Whether `owner.name` is METH_FASTCALL (src/vm/ops.ts isFastcallMethod), once known: asked at
   * each warm call, where a WeakMap lookup by definition costs several times a field's load.
   */
  fastcall: boolean | undefined = undefined;
  constructor(
    type: PyType,
    readonly owner: PyType,
    readonly def: MethodDef,
  ) {
    super(type);
  }
}

/** A builtin function, possibly bound to `self`: `len`, `[].append` (type `builtin_function_or_method`). */
export class PyCFunction extends PyObject {
  /** Whether the function (or the bound method) is METH_FASTCALL, once known (isFastcallFunction). */
  fastcall: boolean | undefined = undefined;
  constructor(
    readonly def: MethodDef,
    public self: PyObject | null,
    /** `__module__` for module-level functions. */
    readonly module: string | null,
  ) {
    super(PyCFunction_Type);
  }
}

export const PyMethodDescr_Type = newStaticType({
  name: "method_descriptor",
  flags: TypeFlag.HAVE_GC,
  basicsize: 56,
});
export const PyClassMethodDescr_Type = newStaticType({
  name: "classmethod_descriptor",
  flags: TypeFlag.HAVE_GC,
  basicsize: 56,
});
export const PyCFunction_Type = newStaticType({
  name: "builtin_function_or_method",
  flags: TypeFlag.HAVE_GC,
  basicsize: 56,
});

/**
 * How builtin function objects meet the cycle collector (they are GC objects, as in CPython):
 * wired by bootstrap, because this module must load before the containers' module.
 */
const cfunctionGc = {
  alloc: allocateObject as (o: PyObject, size: number) => void,
  track: (_o: PyObject): void => {},
  untrack: (_o: PyObject): void => {},
};

export function setCFunctionGcHooks(h: typeof cfunctionGc): void {
  Object.assign(cfunctionGc, h);
}

/** Creates a builtin function object (new reference). */
export function PyCFunction_New(
  def: MethodDef,
  self: PyObject | null,
  module: string | null = null,
): PyCFunction {
  const f = new PyCFunction(def, self, module);
  cfunctionGc.alloc(f, 72);
  if (self !== null) Py_INCREF(self);
  cfunctionGc.track(f);
  return f;
}

export function cfunction_dealloc(o: PyObject): void {
  const f = o as PyCFunction;
  cfunctionGc.untrack(f);
  if (f.self !== null) {
    const s = f.self;
    f.self = null;
    Py_DECREF(s);
  }
}

/**
 * Methods waiting for their type's `__dict__`: PyType_Ready turns each into a method descriptor
 * (or classmethod/staticmethod) in the type's dict.
 */
export const pendingMethods = new Map<PyType, MethodDef[]>();

/** Declares builtin methods of a type; they appear in its `__dict__` once the type is ready. */
export function defineMethods(
  type: PyType,
  defs: Record<string, NativeImpl | Omit<MethodDef, "name">>,
): void {
  let list = pendingMethods.get(type);
  if (!list) pendingMethods.set(type, (list = []));
  for (const [name, d] of Object.entries(defs)) {
    list.push(typeof d === "function" ? { name, impl: d } : { name, ...d });
  }
}

/** A computed attribute of a builtin type (CPython's getset_descriptor / member_descriptor). */
export interface GetSetDef {
  name: string;
  get: (self: PyObject) => PyObject;
  set?: (self: PyObject, value: PyObject | null) => void;
  doc?: string;
  /** "member" shows as member_descriptor (PyMemberDef), otherwise getset_descriptor. */
  kind?: "getset" | "member";
  /** A `__slots__` member: the index in `ob_slots` that get/set read and write. */
  slotIndex?: number;
}

/**
 * Plain values waiting for their type's `__dict__` (a struct sequence's n_fields...): made when
 * PyType_Ready runs, since objects cannot be made before the runtime is up. The values are stolen.
 */
export const pendingClassValues = new Map<PyType, () => [string, PyObject][]>();

/** Declares class attributes that are plain values; they appear in `__dict__` once the type is ready. */
export function defineClassValues(type: PyType, make: () => [string, PyObject][]): void {
  pendingClassValues.set(type, make);
}

export const pendingGetSets = new Map<PyType, GetSetDef[]>();

/** Declares computed attributes (`complex.real`, `function.__name__`...). */
export function defineGetSets(type: PyType, defs: GetSetDef[]): void {
  let list = pendingGetSets.get(type);
  if (!list) pendingGetSets.set(type, (list = []));
  list.push(...defs);
}
