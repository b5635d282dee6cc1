/**
 * `_copy_accel`: lib/copy.py's deepcopy() walk of lists, dicts and tuples in TypeScript (in
 * CPython copy is Python too, but its eval loop is fast enough; ours spends most of a deep copy
 * on the per-item calls).
 *
 * `configure(atomic_types, dispatch)` names the exact types copied as themselves (copy.py's
 * _ATOMIC) and the Python function that copies anything else (`dispatch(x, memo)`: hooks,
 * reductions, plain instances...). `deepcopy(x, memo)` (memo an exact dict) then does what
 * copy.deepcopy does, step for step: the memo lookup by id(x), a new list/dict entered in the
 * memo before its items are copied, a tuple kept when no item changed (or the memo's copy when
 * one of its items copied it first), and for every copy that is not x itself memo[id(x)] = copy
 * and x appended to the list kept at memo[id(memo)]. Each container level counts two frames
 * (deepcopy and the container's copier) against the recursion limit, as the Python code does.
 */

import { realAddress } from "../memory/allocator.js";
import {
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_GetAttr,
} from "../objects/abstract.js";
import {
  type PyDict,
  PyDict_GetItem,
  PyDict_GetItemString,
  PyDict_GetItemWithError,
  PyDict_New,
  PyDict_SetItem,
  PyDict_Type,
  PyDict_Update,
} from "../objects/dict.js";
import { PyExc_RuntimeError, PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyInt_FromNumber } from "../objects/int.js";
import { type PyList, PyList_Append, PyList_New, PyList_Type } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { type PyStr, PyStr_InternImmortal } from "../objects/str.js";
import { type PyTuple, PyTuple_New, PyTuple_Type } from "../objects/tuple.js";
import { PyBaseObject_Type, type PyType, PyType_Type } from "../objects/type.js";
import { _PyType_Lookup, object_new, PyGetSetDescr_Type } from "../objects/typeobject.js";
import { registerFunctionModule } from "./importlib.js";

let atomic = new Set<PyType>();
let dispatch: PyObject | null = null;
let dispatchTable: PyDict | null = null;
const objectSlot = (name: string): PyObject | null => PyDict_GetItemString(PyBaseObject_Type.tp_dict!, name);

/** Names whose lookup on a plain instance's class must find object's own attribute (or nothing). */
const OBJECT_OWN = ["__reduce_ex__", "__reduce__", "__getstate__", "__new__", "__getattribute__"];
const ABSENT = ["__getnewargs_ex__", "__getnewargs__", "__setstate__", "__deepcopy__", "__getattr__"];

/**
 * Whether copy.py's _deep_dispatch would copy x as a plain instance (_plain_instance: object's
 * reduction, a dict, no slots), with no hook that could run on the way (__deepcopy__,
 * __getattr__, __setstate__, a metaclass). Anything else goes to the Python dispatcher.
 */
function isPlainInstance(x: PyObject, cls: PyType): boolean {
  if (cls.ob_type !== PyType_Type || cls.tp_itemsize !== 0 || x.ob_dict == null) return false;
  if (x.ob_dict.ob_type !== PyDict_Type) return false;
  if (dispatchTable === null || PyDict_GetItem(dispatchTable, cls) !== null) return false;
  for (const t of cls.tp_mro) {
    if (t.ht_slots !== null && t.ht_slots.length > 0) return false;
    if (t === PyList_Type || t === PyDict_Type || t === PyType_Type) return false;
  }
  if (PyDict_GetItemString(cls.tp_dict!, "__slotnames__") !== null) return false;
  for (const name of OBJECT_OWN) {
    const o = objectSlot(name);
    if (o === null || _PyType_Lookup(cls, PyStr_InternFromStringBorrowed(name)) !== o) return false;
  }
  for (const name of ABSENT) {
    if (_PyType_Lookup(cls, PyStr_InternFromStringBorrowed(name)) !== null) return false;
  }
  const d = _PyType_Lookup(cls, PyStr_InternFromStringBorrowed("__dict__"));
  if (d === null || d.ob_type !== PyGetSetDescr_Type) return false;
  return PyDict_GetItemString(x.ob_dict, "__deepcopy__") === null;
}

const internedNames = new Map<string, PyStr>();
function PyStr_InternFromStringBorrowed(name: string): PyStr {
  let s = internedNames.get(name);
  if (s === undefined) {
    s = PyStr_InternImmortal(name);
    internedNames.set(name, s);
  }
  return s;
}

/** _deep_dispatch's plain-instance copy: cls.__new__(cls), entered in the memo, then its dict's copy. */
function copyPlainInstance(x: PyObject, cls: PyType, key: PyObject, memo: PyDict): PyObject {
  const y = object_new(cls, [], null);
  try {
    PyDict_SetItem(memo, key, y);
    // x.__dict__, as copy.py reads it: an instance's inline values get their dict object here
    const state = PyObject_GetAttr(x, PyStr_InternFromStringBorrowed("__dict__")) as PyDict;
    if (state.ma_used > 0) {
      enter();
      let copied: PyObject;
      try {
        copied = deepcopy(state, memo);
      } finally {
        leave();
        Py_DECREF(state);
      }
      try {
        const yd = PyObject_GetAttr(y, PyStr_InternFromStringBorrowed("__dict__"));
        try {
          PyDict_Update(yd as PyDict, copied);
        } finally {
          Py_DECREF(yd);
        }
      } finally {
        Py_DECREF(copied);
      }
    } else {
      Py_DECREF(state);
    }
  } catch (e) {
    Py_DECREF(y);
    throw e;
  }
  return y;
}

function idOf(o: PyObject): PyObject {
  return PyInt_FromNumber(realAddress(o.ob_addr));
}

/** memo[id(x)] = y, and x kept alive in memo.setdefault(id(memo), []) (copy.py's _remember). */
function remember(x: PyObject, y: PyObject, key: PyObject, memo: PyDict): void {
  PyDict_SetItem(memo, key, y);
  const mkey = idOf(memo);
  try {
    let keep = PyDict_GetItemWithError(memo, mkey);
    if (keep === null) {
      const l = PyList_New();
      PyDict_SetItem(memo, mkey, l);
      Py_DECREF(l);
      keep = l;
    }
    if (keep.ob_type === PyList_Type) {
      PyList_Append(keep as PyList, x);
    } else {
      Py_DECREF(PyObject_CallMethod(keep, "append", [x]));
    }
  } finally {
    Py_DECREF(mkey);
  }
}

/** Two frames (deepcopy and the container's copier); python3 runs out of them in a C call. */
function enter(): void {
  Py_EnterRecursiveCall(" while calling a Python object");
  try {
    Py_EnterRecursiveCall(" while calling a Python object");
  } catch (e) {
    Py_LeaveRecursiveCall();
    throw e;
  }
}

function leave(): void {
  Py_LeaveRecursiveCall();
  Py_LeaveRecursiveCall();
}

/** copy.deepcopy(x, memo): a new reference. */
function deepcopy(x: PyObject, memo: PyDict): PyObject {
  const t = x.ob_type;
  if (atomic.has(t)) {
    // deepcopy returns the memo's entry when there is one (a hook may have put one there)
    if (memo.ma_used === 0) return Py_NewRef(x);
    const key = idOf(x);
    const done = PyDict_GetItemWithError(memo, key);
    Py_DECREF(key);
    return Py_NewRef(done ?? x);
  }
  const key = idOf(x);
  try {
    const done = PyDict_GetItemWithError(memo, key);
    if (done !== null) return Py_NewRef(done);
    let y: PyObject;
    if (t === PyList_Type) {
      enter();
      try {
        y = copyList(x as PyList, key, memo);
      } finally {
        leave();
      }
    } else if (t === PyDict_Type) {
      enter();
      try {
        y = copyDict(x as PyDict, key, memo);
      } finally {
        leave();
      }
    } else if (t === PyTuple_Type) {
      enter();
      try {
        y = copyTuple(x as PyTuple, key, memo);
      } finally {
        leave();
      }
    } else if (isPlainInstance(x, t)) {
      y = copyPlainInstance(x, t, key, memo);
    } else {
      y = PyObject_Call(dispatch!, [x, memo], null);
    }
    if (y !== x) {
      try {
        remember(x, y, key, memo);
      } catch (e) {
        Py_DECREF(y);
        throw e;
      }
    }
    return y;
  } finally {
    Py_DECREF(key);
  }
}

function copyList(x: PyList, key: PyObject, memo: PyDict): PyObject {
  const y = PyList_New();
  try {
    PyDict_SetItem(memo, key, y);
    // by index: items a hook appends to x while it is copied are copied too, as `for` sees them
    for (let i = 0; i < x.items.length; i++) {
      const item = x.items[i]!;
      Py_INCREF(item);
      try {
        const c = deepcopy(item, memo);
        PyList_Append(y, c);
        Py_DECREF(c);
      } finally {
        Py_DECREF(item);
      }
    }
  } catch (e) {
    Py_DECREF(y);
    throw e;
  }
  return y;
}

function copyDict(x: PyDict, key: PyObject, memo: PyDict): PyObject {
  const y = PyDict_New();
  try {
    PyDict_SetItem(memo, key, y);
    // x.items() iteration: its checks for a dict changed while it is walked
    const used = x.ma_used;
    let left = used;
    let pos = 0;
    for (;;) {
      if (x.ma_used !== used) raise(PyExc_RuntimeError, "dictionary changed size during iteration");
      const k = x.ma_keys;
      const n = k.nentries;
      let i = pos;
      while (i < n && !k.ev[i]) i++;
      if (i >= n) break;
      if (left === 0) raise(PyExc_RuntimeError, "dictionary keys changed during iteration");
      pos = i + 1;
      left--;
      const ok = k.ek[i]!;
      const ov = k.ev[i]!;
      Py_INCREF(ok);
      Py_INCREF(ov);
      try {
        const ck = deepcopy(ok, memo);
        try {
          const cv = deepcopy(ov, memo);
          try {
            PyDict_SetItem(y, ck, cv);
          } finally {
            Py_DECREF(cv);
          }
        } finally {
          Py_DECREF(ck);
        }
      } finally {
        Py_DECREF(ok);
        Py_DECREF(ov);
      }
    }
  } catch (e) {
    Py_DECREF(y);
    throw e;
  }
  return y;
}

function copyTuple(x: PyTuple, key: PyObject, memo: PyDict): PyObject {
  const parts: PyObject[] = [];
  try {
    for (const item of x.items) parts.push(deepcopy(item, memo));
    // a recursive tuple may have been copied while copying its items
    const already = PyDict_GetItemWithError(memo, key);
    if (already !== null) {
      for (const p of parts) Py_DECREF(p);
      return Py_NewRef(already);
    }
    let same = true;
    for (let i = 0; i < parts.length; i++) {
      if (parts[i] !== x.items[i]) {
        same = false;
        break;
      }
    }
    if (same) {
      for (const p of parts) Py_DECREF(p);
      return Py_NewRef(x);
    }
  } catch (e) {
    for (const p of parts) Py_DECREF(p);
    throw e;
  }
  return PyTuple_New(parts);
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "configure",
    impl: (_m, args, kw) => {
      if (kw !== null || args.length !== 3 || args[0]!.ob_type !== PyTuple_Type) {
        raise(PyExc_TypeError, "configure(atomic_types, dispatch, dispatch_table)");
      }
      if (dispatchTable !== null) Py_DECREF(dispatchTable);
      dispatchTable = args[2]!.ob_type === PyDict_Type ? Py_NewRef(args[2] as PyDict) : null;
      atomic = new Set((args[0] as PyTuple).items as PyType[]);
      if (dispatch !== null) Py_DECREF(dispatch);
      dispatch = Py_NewRef(args[1]!);
      return Py_NewRef(Py_None);
    },
    doc: "configure(atomic_types, dispatch, copyreg.dispatch_table): the types copied as themselves, the fallback copier, the reducers table.",
  },
  {
    name: "deepcopy",
    impl: (_m, args, kw) => {
      if (kw !== null || args.length !== 2 || args[1]!.ob_type !== PyDict_Type || dispatch === null) {
        raise(PyExc_TypeError, "deepcopy(x, memo): memo must be a dict");
      }
      return deepcopy(args[0]!, args[1] as PyDict);
    },
    doc: "copy.deepcopy(x, memo) for an exact dict memo.",
  },
];

export function registerCopyAccelModule(): void {
  registerFunctionModule("_copy_accel", FUNCTIONS);
}
