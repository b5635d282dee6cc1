/**
 * `types.GenericAlias` (CPython's Objects/genericaliasobject.c): what `list[int]`,
 * `dict[str, int]`, `tuple[int, ...]` evaluate to (PEP 585). It records the origin class and the
 * arguments, forwards every other attribute to the origin, substitutes type variables
 * (`dict[T, int][str]`), and calling it creates an instance of the origin with
 * `__orig_class__` set. Iterating it yields the starred alias `*tuple[int]` (PEP 646).
 *
 * The module wires itself into the builtin containers' `__class_getitem__` through
 * `setGenericAliasFactory`, and `|` on aliases into unionobject.ts.
 */
import {
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  PyObject_Call,
  PyObject_CallOneArg,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_Hash,
  PyObject_IsTrue,
  PyObject_LookupAttrString,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  PyObject_SetAttrString,
  PySequence_Contains,
  reprOf,
  strOf,
} from "./abstract.js";
import { noArgs, oneArg, positional } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import { exceptionMatches, PyExc_AttributeError, PyExc_TypeError, raise } from "./exceptions.js";
import { type PyList, PyList_Append } from "./list.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_Ellipsis, Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "./object.js";
import type { VisitProc } from "./slots_types.js";
import { PyStr, PyStr_FromString } from "./str.js";
import {
  gcAlloc,
  gcFree,
  getBuiltin,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyObject_SelfIter,
  PyTuple,
  PyTuple_New,
  PyTuple_Type,
  setGenericAliasFactory,
} from "./tuple.js";
import { newStaticType, PyType, TypeFlag } from "./type.js";
import { instanceAllocSize, PyObject_GenericGetAttr } from "./typeobject.js";
import { _Py_union_type_or } from "./unionobject.js";

export class PyGenericAlias extends PyObject {
  origin: PyObject | null = null;
  args: PyTuple | null = null;
  parameters: PyTuple | null = null;
  /** A starred alias (`*tuple[int]`). */
  starred = false;
}

export const PyGenericAlias_Type = newStaticType({
  name: "types.GenericAlias",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 64,
  doc: "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
});
PyGenericAlias_Type.tp_weaklistoffset = 1;

class PyGenericAliasIter extends PyObject {
  obj: PyObject | null = null;
}

export const PyGenericAliasIter_Type = newStaticType({
  name: "generic_alias_iterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 24,
});

export function PyGenericAlias_Check(o: PyObject): o is PyGenericAlias {
  return o instanceof PyGenericAlias;
}

/** Borrowed → new reference lookup that returns null when the attribute is missing. */
function lookup(o: PyObject, name: string): PyObject | null {
  return PyObject_LookupAttrString(o, name);
}

/**
 * How an item is shown inside `list[...]` and `int | str`: `...` for Ellipsis, the repr of
 * anything that looks like an alias, `qualname` for builtins and `module.qualname` for classes.
 */
export function genericReprItem(p: PyObject): string {
  if (p === Py_Ellipsis) return "...";
  const origin = lookup(p, "__origin__");
  if (origin !== null) {
    Py_DECREF(origin);
    const args = lookup(p, "__args__");
    if (args !== null) {
      Py_DECREF(args);
      return reprOf(p);
    }
  }
  const qualname = lookup(p, "__qualname__");
  if (qualname === null) return reprOf(p);
  try {
    const module = lookup(p, "__module__");
    if (module === null || module === Py_None) {
      if (module !== null) Py_DECREF(module);
      return reprOf(p);
    }
    try {
      if (module instanceof PyStr && module.value === "builtins") return strOf(qualname);
      return `${strOf(module)}.${strOf(qualname)}`;
    } finally {
      Py_DECREF(module);
    }
  } finally {
    Py_DECREF(qualname);
  }
}

/** Py_GenericAlias(origin, args): a new alias (args wrapped in a tuple when not one). */
export function Py_GenericAliasNew(
  origin: PyObject,
  args: PyObject,
  type: PyType = PyGenericAlias_Type,
): PyGenericAlias {
  const ga = new PyGenericAlias(type);
  gcAlloc(ga, type === PyGenericAlias_Type ? 80 : instanceAllocSize(type));
  if (type !== PyGenericAlias_Type) Py_INCREF(type);
  Py_INCREF(origin);
  ga.origin = origin;
  if (args instanceof PyTuple) {
    Py_INCREF(args);
    ga.args = args;
  } else {
    Py_INCREF(args);
    ga.args = PyTuple_New([args]);
  }
  PyObject_GC_Track(ga);
  return ga;
}

// ---------------------------------------------------------------------------------------------
// parameters and substitution (shared with types.UnionType)

/** _Py_make_parameters: the type variables of `args`, in order of first appearance (new tuple). */
export function makeParameters(args: PyTuple): PyTuple {
  const params: PyObject[] = [];
  const add = (t: PyObject): void => {
    if (!params.includes(t)) params.push(t);
  };
  for (const t of args.items) {
    if (t instanceof PyType) continue;
    const subst = lookup(t, "__typing_subst__");
    if (subst !== null) {
      Py_DECREF(subst);
      add(t);
      continue;
    }
    const sub = lookup(t, "__parameters__");
    if (sub === null) continue;
    try {
      if (sub instanceof PyTuple) for (const t2 of sub.items) add(t2);
    } finally {
      Py_DECREF(sub);
    }
  }
  for (const p of params) Py_INCREF(p);
  return PyTuple_New(params);
}

function unpackedTupleArgs(arg: PyObject): PyTuple | null {
  if (arg instanceof PyGenericAlias && arg.starred && arg.origin === PyTuple_Type) {
    Py_INCREF(arg.args!);
    return arg.args;
  }
  const r = lookup(arg, "__typing_unpacked_tuple_args__");
  if (r === null) return null;
  if (!(r instanceof PyTuple)) {
    Py_DECREF(r);
    return null;
  }
  return r;
}

/** _unpack_args: the substitution arguments with unpacked fixed-length tuples spliced in (borrowed items). */
function unpackArgs(item: PyObject): PyObject[] {
  const items = item instanceof PyTuple ? item.items : [item];
  const out: PyObject[] = [];
  for (const it of items) {
    if (!(it instanceof PyType)) {
      const sub = unpackedTupleArgs(it);
      if (sub !== null) {
        const n = sub.items.length;
        const ok = !(n > 0 && sub.items[n - 1] === Py_Ellipsis);
        if (ok) {
          out.push(...sub.items);
          Py_DECREF(sub); // items stay alive through `item`'s alias
          continue;
        }
        Py_DECREF(sub);
      }
    }
    out.push(it);
  }
  return out;
}

function isUnpackedTypeVarTuple(arg: PyObject): boolean {
  if (arg instanceof PyType) return false;
  const r = lookup(arg, "__typing_is_unpacked_typevartuple__");
  if (r === null) return false;
  try {
    return PyObject_IsTrue(r);
  } finally {
    Py_DECREF(r);
  }
}

/** subs_tvars: substitute inside a nested alias such as the `list[S]` of `dict[T, list[S]]`. */
function substituteNested(obj: PyObject, params: PyTuple, argitems: PyObject[], varparam: number): PyObject {
  const sub = lookup(obj, "__parameters__");
  if (sub === null) return Py_NewRef(obj);
  try {
    if (!(sub instanceof PyTuple) || sub.items.length === 0) return Py_NewRef(obj);
    const nparams = params.items.length;
    const nargs = argitems.length;
    const subargs: PyObject[] = [];
    for (const a of sub.items) {
      let iparam = params.items.indexOf(a);
      if (iparam === varparam) {
        subargs.push(...argitems.slice(iparam, iparam + nargs - nparams + 1));
      } else if (iparam >= 0) {
        if (iparam > varparam) iparam += nargs - nparams;
        subargs.push(argitems[iparam]!);
      } else {
        subargs.push(a);
      }
    }
    for (const a of subargs) Py_INCREF(a);
    const t = PyTuple_New(subargs);
    try {
      return PyObject_GetItem(obj, t);
    } finally {
      Py_DECREF(t);
    }
  } finally {
    Py_DECREF(sub);
  }
}

/** _Py_subs_parameters: the new argument tuple after substituting `item` for `parameters`. */
export function substituteParameters(
  self: PyObject,
  args: PyTuple,
  parameters: PyTuple,
  item: PyObject,
): PyTuple {
  const nparams = parameters.items.length;
  if (nparams === 0) raise(PyExc_TypeError, `${reprOf(self)} is not a generic class`);
  const argitems = unpackArgs(item);
  const nitems = argitems.length;
  let varparam = nparams;
  for (let i = 0; i < nparams; i++) {
    const p = parameters.items[i]!;
    if (p.ob_type.tp_iter !== null) {
      if (varparam < nparams)
        raise(PyExc_TypeError, `More than one TypeVarTuple parameter in ${strOf(self)}`);
      varparam = i;
    }
  }
  if (varparam < nparams) {
    if (nitems < nparams - 1) raise(PyExc_TypeError, `Too few arguments for ${reprOf(self)}`);
  } else if (nitems !== nparams) {
    raise(
      PyExc_TypeError,
      `Too ${nitems > nparams ? "many" : "few"} arguments for ${reprOf(self)}; actual ${nitems}, expected ${nparams}`,
    );
  }
  const out: PyObject[] = [];
  try {
    for (const arg of args.items) {
      const unpack = isUnpackedTypeVarTuple(arg);
      const subst = arg instanceof PyType ? null : lookup(arg, "__typing_subst__");
      let r: PyObject;
      if (subst !== null) {
        try {
          let iparam = parameters.items.indexOf(arg);
          if (iparam === varparam)
            raise(PyExc_TypeError, "Substitution of bare TypeVarTuple is not supported");
          if (iparam > varparam) iparam += nitems - nparams;
          r = PyObject_CallOneArg(subst, argitems[iparam]!);
        } finally {
          Py_DECREF(subst);
        }
      } else {
        r = substituteNested(arg, parameters, argitems, varparam);
      }
      if (unpack && r instanceof PyTuple) {
        for (const x of r.items) out.push(Py_NewRef(x));
        Py_DECREF(r);
      } else {
        out.push(r);
      }
    }
  } catch (e) {
    for (const o of out) Py_DECREF(o);
    throw e;
  }
  return PyTuple_New(out);
}

// ---------------------------------------------------------------------------------------------
// slots

function ga(o: PyObject): PyGenericAlias {
  return o as PyGenericAlias;
}

function gaParameters(alias: PyGenericAlias): PyTuple {
  if (alias.parameters === null) alias.parameters = makeParameters(alias.args!);
  return alias.parameters;
}

function ga_repr(o: PyObject): PyObject {
  const alias = ga(o);
  Py_EnterRecursiveCall(" while getting the repr of an object");
  try {
    let s = alias.starred ? "*" : "";
    s += genericReprItem(alias.origin!);
    s += "[";
    const items = alias.args!.items;
    s += items.map(genericReprItem).join(", ");
    if (items.length === 0) s += "()";
    return PyStr_FromString(`${s}]`);
  } finally {
    Py_LeaveRecursiveCall();
  }
}

function ga_getitem(o: PyObject, item: PyObject): PyObject {
  const alias = ga(o);
  const newargs = substituteParameters(o, alias.args!, gaParameters(alias), item);
  try {
    const res = Py_GenericAliasNew(alias.origin!, newargs);
    res.starred = alias.starred;
    return res;
  } finally {
    Py_DECREF(newargs);
  }
}

const ATTR_EXCEPTIONS = new Set([
  "__class__",
  "__origin__",
  "__args__",
  "__unpacked__",
  "__parameters__",
  "__typing_unpacked_tuple_args__",
  "__mro_entries__",
  "__reduce_ex__",
  "__reduce__",
  "__copy__",
  "__deepcopy__",
]);

function ga_getattro(o: PyObject, name: PyObject): PyObject {
  if (name instanceof PyStr && !ATTR_EXCEPTIONS.has(name.value)) {
    return PyObject_GetAttr(ga(o).origin!, name);
  }
  return PyObject_GenericGetAttr(o, name);
}

function ga_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(b instanceof PyGenericAlias) || (op !== 2 && op !== 3)) return Py_NewRef(Py_NotImplemented);
  const aa = ga(a);
  let eq: boolean;
  if (aa.starred !== b.starred) eq = false;
  else if (!PyObject_RichCompareBool(aa.origin!, b.origin!, 2)) eq = false;
  else {
    if (op === 2) return PyObject_RichCompare(aa.args!, b.args!, 2);
    eq = PyObject_RichCompareBool(aa.args!, b.args!, 2);
  }
  return PyBool_FromBool(op === 2 ? eq : !eq);
}

function ga_hash(o: PyObject): number | bigint {
  const alias = ga(o);
  const h0 = PyObject_Hash(alias.origin!);
  const h1 = PyObject_Hash(alias.args!);
  const r = BigInt.asIntN(64, BigInt(h0) ^ BigInt(h1));
  const n = r === -1n ? -2n : r;
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

function ga_call(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const obj = PyObject_Call(ga(o).origin!, args, kwnames);
  try {
    PyObject_SetAttrString(obj, "__orig_class__", o);
  } catch (e) {
    if (
      !exceptionMatches(e as PyObject, PyExc_AttributeError) &&
      !exceptionMatches(e as PyObject, PyExc_TypeError)
    ) {
      Py_DECREF(obj);
      throw e;
    }
  }
  return obj;
}

function ga_new(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "GenericAlias() takes no keyword arguments");
  positional("GenericAlias", args, null, 2, 2);
  return Py_GenericAliasNew(args[0]!, args[1]!, type as PyType);
}

function ga_dealloc(o: PyObject): void {
  const alias = ga(o);
  PyObject_GC_UnTrack(alias);
  const { origin, args, parameters } = alias;
  alias.origin = alias.args = alias.parameters = null;
  if (origin !== null) Py_DECREF(origin);
  if (args !== null) Py_DECREF(args);
  if (parameters !== null) Py_DECREF(parameters);
  gcFree(alias);
}

function ga_traverse(o: PyObject, visit: VisitProc): void {
  const alias = ga(o);
  if (alias.origin !== null) visit(alias.origin);
  if (alias.args !== null) visit(alias.args);
  if (alias.parameters !== null) visit(alias.parameters);
}

function ga_iter(o: PyObject): PyObject {
  const it = new PyGenericAliasIter(PyGenericAliasIter_Type);
  gcAlloc(it, 40);
  it.obj = Py_NewRef(o);
  PyObject_GC_Track(it);
  return it;
}

function ga_iternext(o: PyObject): PyObject | null {
  const it = o as PyGenericAliasIter;
  if (it.obj === null) return null;
  const alias = ga(it.obj);
  const starred = Py_GenericAliasNew(alias.origin!, alias.args!);
  starred.starred = true;
  const old = it.obj;
  it.obj = null;
  Py_DECREF(old);
  return starred;
}

PyGenericAlias_Type.tp_new = ga_new;
PyGenericAlias_Type.tp_dealloc = ga_dealloc;
PyGenericAlias_Type.tp_traverse = ga_traverse;
PyGenericAlias_Type.tp_repr = ga_repr;
PyGenericAlias_Type.tp_hash = ga_hash;
PyGenericAlias_Type.tp_call = ga_call;
PyGenericAlias_Type.tp_getattro = ga_getattro;
PyGenericAlias_Type.tp_richcompare = ga_richcompare;
PyGenericAlias_Type.tp_iter = ga_iter;
PyGenericAlias_Type.mp_subscript = ga_getitem;
PyGenericAlias_Type.nb_or = _Py_union_type_or;

PyGenericAliasIter_Type.tp_iter = PyObject_SelfIter;
PyGenericAliasIter_Type.tp_iternext = ga_iternext;
PyGenericAliasIter_Type.tp_dealloc = (o) => {
  const it = o as PyGenericAliasIter;
  PyObject_GC_UnTrack(it);
  const obj = it.obj;
  it.obj = null;
  if (obj !== null) Py_DECREF(obj);
  gcFree(it);
};
PyGenericAliasIter_Type.tp_traverse = (o, visit) => {
  const it = o as PyGenericAliasIter;
  if (it.obj !== null) visit(it.obj);
};

defineMethods(PyGenericAliasIter_Type, {
  __reduce__: (self, args, kwnames) => {
    noArgs("__reduce__", args, kwnames);
    const it = self as PyGenericAliasIter;
    const obj = it.obj === null ? PyTuple_New([]) : PyTuple_New([Py_NewRef(it.obj)]);
    return PyTuple_New([getBuiltin("iter"), obj]);
  },
});

defineMethods(PyGenericAlias_Type, {
  __mro_entries__: (self, args, kwnames) => {
    oneArg("__mro_entries__", args, kwnames);
    return PyTuple_New([Py_NewRef(ga(self!).origin!)]);
  },
  __instancecheck__: (_self, args, kwnames) => {
    oneArg("__instancecheck__", args, kwnames);
    raise(PyExc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
  },
  __subclasscheck__: (_self, args, kwnames) => {
    oneArg("__subclasscheck__", args, kwnames);
    raise(PyExc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
  },
  __reduce__: (self, args, kwnames) => {
    noArgs("__reduce__", args, kwnames);
    const alias = ga(self!);
    if (alias.starred) {
      const tmp = Py_GenericAliasNew(alias.origin!, alias.args!);
      const it = ga_iter(tmp);
      Py_DECREF(tmp);
      return PyTuple_New([getBuiltin("next"), PyTuple_New([it])]);
    }
    Py_INCREF(alias.ob_type);
    return PyTuple_New([alias.ob_type, PyTuple_New([Py_NewRef(alias.origin!), Py_NewRef(alias.args!)])]);
  },
  __dir__: (self, args, kwnames) => {
    noArgs("__dir__", args, kwnames);
    const dirFn = getBuiltin("dir");
    let dir: PyObject;
    try {
      dir = PyObject_CallOneArg(dirFn, ga(self!).origin!);
    } finally {
      Py_DECREF(dirFn);
    }
    for (const name of ATTR_EXCEPTIONS) {
      if (name === "__class__") continue;
      const s = PyStr_FromString(name);
      try {
        if (!PySequence_Contains(dir, s)) PyList_Append(dir as PyList, s);
      } finally {
        Py_DECREF(s);
      }
    }
    return dir;
  },
});

defineGetSets(PyGenericAlias_Type, [
  { name: "__origin__", kind: "member", get: (self) => Py_NewRef(ga(self).origin!) },
  { name: "__args__", kind: "member", get: (self) => Py_NewRef(ga(self).args!) },
  { name: "__unpacked__", kind: "member", get: (self) => PyBool_FromBool(ga(self).starred) },
  {
    name: "__parameters__",
    get: (self) => Py_NewRef(gaParameters(ga(self))),
    doc: "Type variables in the GenericAlias.",
  },
  {
    name: "__typing_unpacked_tuple_args__",
    get: (self) => {
      const alias = ga(self);
      if (alias.starred && alias.origin === PyTuple_Type) return Py_NewRef(alias.args!);
      return Py_NewRef(Py_None);
    },
  },
]);

setGenericAliasFactory((origin, arg) => Py_GenericAliasNew(origin, arg));
