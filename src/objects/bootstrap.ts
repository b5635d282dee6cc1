/**
 * Wiring between the object layer's late-bound hooks (see docs/internals.md "Module cycles")
 * and the modules that implement them, plus the cycle collector's view of objects. Called once
 * by the interpreter's bootstrap, before the static types are readied.
 */
// Every builtin type module, for its type object (dict_views first: it must load before dict).
import "./dict_views.js";
import "./dict.js";
import "./bool.js";
import "./bytearray.js";
import "./bytes.js";
import "./complex.js";
import "./enumerate.js";
import "./filter.js";
import "./float.js";
import "./int.js";
import "./list.js";
import "./map.js";
import "./range.js";
import "./reversed.js";
import "./set.js";
import "./slice.js";
import "./str.js";
import "./tuple.js";
import "./zip.js";
import "./code.js";
import "./cell.js";
import "./function.js";
import "./method.js";
import "./frame.js";
import "./traceback.js";
import "./generator.js";
import "./module.js";
import "./property.js";
import "./classmethod.js";
import "./staticmethod.js";
import "./super.js";
import "./descriptors.js";
import "./namespace.js";
import "./structseq.js";

import { type GcObjectHooks, gc } from "../memory/gc.js";
import { iterateToArray, PyObject_IsTrue, reprOf } from "./abstract.js";
import { PyBool_FromBool } from "./bool.js";
import { _PyDict_MaybeUntrack, dictItems, type PyDict, PyDict_Type } from "./dict.js";
import { PyErr_Format, setExceptionHooks } from "./exceptions.js";
import { PyInt_FromHash, PyInt_FromNumber } from "./int.js";
import { type PyList, PyList_Append, PyList_New } from "./list.js";
import { Py_DECREF, Py_INCREF, type PyObject } from "./object.js";
import { _PyTuple_MaybeUntrack, PySequence_Tuple, PyTuple_Type, setContainerGCHooks } from "./tuple.js";
import {
  setDictEntriesHook,
  setExceptionFactory,
  setIntConstructors,
  setIterHook,
  setTypeObjectHooks,
} from "./typeobject.js";

let wired = false;

export function wireObjectHooks(): void {
  if (wired) return;
  wired = true;
  setIntConstructors(PyInt_FromNumber, PyInt_FromHash);
  setExceptionFactory(PyErr_Format);
  setIterHook((o) => {
    const items = iterateToArray(o);
    for (const x of items) Py_DECREF(x); // borrowed view: the iterable keeps them alive
    return items;
  });
  setDictEntriesHook((d: PyDict) => dictItems(d));
  setTypeObjectHooks({
    list: (items) => PyList_New(items),
    itemCount: (o) => {
      const items = (o as { items?: unknown[] }).items;
      return Array.isArray(items) ? items.length : 0;
    },
  });
  setExceptionHooks({
    newList: () => PyList_New([]),
    listAppend: (list, v) => PyList_Append(list as PyList, v),
    tupleFromIterable: (o) => PySequence_Tuple(o),
    bool: PyBool_FromBool,
    isTrue: PyObject_IsTrue,
  });
  wireCycleCollector();
}

/** Connects the containers' track/untrack calls and the collector's object hooks. */
function wireCycleCollector(): void {
  setContainerGCHooks({
    track: (o) => gc.track(o),
    untrack: (o) => gc.untrack(o),
    isTracked: (o) => gc.isTracked(o),
    gcLinked: () => gc.linked(),
    gcUnlinked: () => gc.unlinked(),
  });
  const hooks: GcObjectHooks = {
    traverse(o, visit) {
      const t = o.ob_type.tp_traverse;
      if (t !== null) t(o, visit);
      // Instances of classes defined in Python: their __dict__, __slots__ values and type.
      if (o.ob_dict) visit(o.ob_dict);
      if (o.ob_slots) for (const v of o.ob_slots) if (v) visit(v);
      if (o.ob_type.hasFlag(1 << 9)) visit(o.ob_type);
    },
    clear(o) {
      const c = o.ob_type.tp_clear;
      if (c !== null) c(o);
      if (o.ob_slots) {
        const slots = o.ob_slots;
        for (let i = 0; i < slots.length; i++) {
          const v = slots[i];
          if (v) {
            slots[i] = null;
            Py_DECREF(v);
          }
        }
      }
      if (o.ob_dict) {
        const d = o.ob_dict;
        o.ob_dict = null;
        Py_DECREF(d);
      }
    },
    hasFinalizer: (o) => o.ob_type.tp_finalize !== null,
    finalize: (o) => o.ob_type.tp_finalize!(o),
    maybeUntrackTuple: (o) => {
      if (o.ob_type === PyTuple_Type) _PyTuple_MaybeUntrack(o);
    },
    maybeUntrackDict: (o) => {
      if (o.ob_type === PyDict_Type) _PyDict_MaybeUntrack(o);
    },
    clearWeakrefs: () => [],
    callWeakrefCallback: () => {},
    incref: Py_INCREF,
    decref: Py_DECREF,
    reportError: () => {},
    runCallbacks: () => {},
    appendGarbage: () => {},
    debugPrint: (line) => process.stderr.write(`${line}\n`),
    describe: (o: PyObject) => {
      try {
        return `${o.ob_type.tp_name} 0x${o.ob_addr.toString(16)}`;
      } catch {
        return reprOf(o);
      }
    },
  };
  gc.hooks = hooks;
}
