/**
 * The `_abc` builtin module (CPython 3.11's Modules/_abc.c): the state and the checks behind
 * `abc.ABCMeta`. Each abstract class keeps an `_abc_data` object (`cls._abc_impl`) with its
 * registry of virtual subclasses and the positive and negative caches of `issubclass` answers;
 * `register()` bumps a global invalidation counter that empties the negative caches lazily.
 *
 * As in CPython, the three are Python sets of weak references to the classes, made on first
 * use; each weak reference's callback (a builtin `_destroy` bound to a weak reference to the set)
 * drops it from its set when its class dies. A program sees them: gc.get_objects() lists them,
 * gc.get_count() counts them, weakref.getweakrefcount(cls) and gc.collect() after `del cls`
 * include them.
 *
 * `_abc_init` also turns `__abc_tpflags__` into the SEQUENCE/MAPPING type flags that `match`
 * uses, and `register` propagates them to the registered class.
 */
import { noteChanged } from "../memory/heap.js";
import { abcInvalidation, startupEmulated, startupImportRunning } from "../memory/startup.js";
import {
  PyIter_Next,
  PyObject_CallMethod,
  PyObject_CallNoArgs,
  PyObject_GetAttr,
  PyObject_GetAttrString,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_LookupAttr,
  PyObject_LookupAttrString,
  PyObject_SetAttrString,
  typeModuleName,
} from "../objects/abstract.js";
import { noArgs, oneArg, positional } from "../objects/args.js";
import { type PyDict, PyDict_DelItemString, PyDict_GetItemString } from "../objects/dict.js";
import {
  exceptionMatches,
  PyBaseException,
  PyExc_AssertionError,
  PyExc_ImportError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  raise,
} from "../objects/exceptions.js";
import { Py_False, Py_True, PyInt, PyInt_CheckExact, PyInt_FromNumber } from "../objects/int.js";
import { PyList } from "../objects/list.js";
import { type MethodDef, PyCFunction, PyCFunction_New } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None, Py_NotImplemented } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "../objects/object.js";
import {
  PyFrozenSet_New,
  PySet,
  PySet_Add,
  PySet_Clear,
  PySet_Contains,
  PySet_Discard,
  PySet_New,
  PySet_Size,
  setKeys,
} from "../objects/set.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import {
  gcAlloc,
  gcFree,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyTuple,
  PyTuple_New,
} from "../objects/tuple.js";
import { newStaticType, PyType, TypeFlag } from "../objects/type.js";
import { type PyWeakReference, PyWeakref_GetObject, PyWeakref_NewRef } from "../objects/weakref.js";
import { PyObject_IsSubclass } from "./builtins/objects.js";
import { importState, PyImport_ImportModule, registerBuiltinModule } from "./importlib.js";

const COLLECTION_FLAGS = TypeFlag.SEQUENCE | TypeFlag.MAPPING;

type WeakSetName = "registry" | "cache" | "negativeCache";

class PyAbcData extends PyObject {
  registry: PySet | null = null;
  cache: PySet | null = null;
  negativeCache: PySet | null = null;
  negativeCacheVersion = abcInvalidation.counter;
}

/** A GC object in CPython 3.11 (it holds the sets): 48 bytes and the GC header. */
export const PyAbcData_Type = newStaticType({
  name: "_abc._abc_data",
  flags: TypeFlag.HAVE_GC,
  basicsize: 48,
  doc: "Internal state held by ABC machinery.",
});
const WEAK_SETS: readonly WeakSetName[] = ["registry", "cache", "negativeCache"];
PyAbcData_Type.tp_dealloc = (o) => {
  PyObject_GC_UnTrack(o);
  abc_data_clear(o);
  gcFree(o);
};
PyAbcData_Type.tp_traverse = (o, visit) => {
  const d = o as PyAbcData;
  for (const which of WEAK_SETS) {
    const s = d[which];
    if (s !== null) visit(s);
  }
};
PyAbcData_Type.tp_clear = abc_data_clear;

function abc_data_clear(o: PyObject): void {
  const d = o as PyAbcData;
  for (const which of WEAK_SETS) {
    const s = d[which];
    d[which] = null;
    if (s !== null) Py_DECREF(s);
  }
}

function abcDataNew(): PyAbcData {
  const d = new PyAbcData(PyAbcData_Type);
  gcAlloc(d, 64);
  setNegativeCacheVersion(d);
  PyObject_GC_Track(d);
  return d;
}

/** The negative cache is as new as the token (seen again when a startup module's load ends). */
function setNegativeCacheVersion(d: PyAbcData): void {
  d.negativeCacheVersion = abcInvalidation.counter;
  if (startupImportRunning()) abcInvalidation.touched.push(d);
}

/** _in_weak_set: a (possibly new, short-lived) weak reference to `o` looked up in `s`. */
function inSet(s: PySet | null, o: PyObject): boolean {
  if (s === null || PySet_Size(s) === 0) return false;
  let ref: PyObject;
  try {
    ref = PyWeakref_NewRef(o, null);
  } catch (e) {
    if (e instanceof PyBaseException && exceptionMatches(e, PyExc_TypeError)) return false;
    throw e;
  }
  try {
    return PySet_Contains(s, ref);
  } finally {
    Py_DECREF(ref);
  }
}

/** _destroy, the callback of the weak references in the sets: drops the dead class's entry. */
const DESTROY_DEF: MethodDef = {
  name: "_destroy",
  impl: (setRef, args) => {
    const set = PyWeakref_GetObject(setRef as PyWeakReference);
    if (set instanceof PySet) {
      Py_INCREF(set);
      try {
        PySet_Discard(set, args[0]!);
        noteChanged(set);
      } finally {
        Py_DECREF(set);
      }
    }
    return Py_NewRef(Py_None);
  },
};

/**
 * Whether `callback` is a registry's `_destroy`: what it does when its class dies (drop a weak
 * reference from a plain set, no Python code) is nothing a program could see at its exit.
 */
export function isAbcRegistryCallback(callback: PyObject): boolean {
  return callback instanceof PyCFunction && callback.def === DESTROY_DEF;
}

/**
 * _add_to_weak_set: the set is made on first use; each entry is a weak reference to `o` whose
 * callback is a new `_destroy` bound to the set's (shared, plain) weak reference.
 */
function addTo(d: PyAbcData, which: WeakSetName, o: PyObject): void {
  let s = d[which];
  if (s === null) {
    s = d[which] = PySet_New(null);
    noteChanged(d);
  }
  const wr = PyWeakref_NewRef(s, null);
  try {
    const destroy = PyCFunction_New(DESTROY_DEF, wr);
    let ref: PyObject;
    try {
      ref = PyWeakref_NewRef(o, destroy);
    } finally {
      Py_DECREF(destroy);
    }
    try {
      PySet_Add(s, ref);
      noteChanged(s);
    } finally {
      Py_DECREF(ref);
    }
  } finally {
    Py_DECREF(wr);
  }
}

/**
 * The subclasses and registrations of collections.abc's ABCs that python3's start made (its
 * sys.modules at a script's first line holds os, pathlib and weakref; heapstack loads a module
 * when it is first imported): pathlib._PathParents under Sequence, os._Environ and weakref's
 * two dictionaries under MutableMapping, WeakSet registered with MutableSet. Before such an ABC
 * walks its registry and subclasses, the modules are loaded (uncounted, as any import of a
 * module python3 had imported), so the walk visits the classes CPython's visits and leaves the
 * same caches (`isinstance(3, Sequence)` 18 blocks, as python3's).
 */
const STARTUP_EXTENSIONS: Record<string, readonly string[]> = {
  Sequence: ["pathlib"],
  MutableMapping: ["os", "weakref"],
  MutableSet: ["weakref"],
};

function loadStartupExtensions(self: PyObject): void {
  // (not while such a module loads: _collections_abc's own registrations check subclasses)
  if (!(self instanceof PyType) || !startupEmulated() || startupImportRunning()) return;
  const modules = STARTUP_EXTENSIONS[self.tp_name];
  if (modules === undefined || typeModuleName(self) !== "collections.abc") return;
  for (const name of modules) {
    if (importState.modules === null || PyDict_GetItemString(importState.modules, name) !== null) continue;
    try {
      Py_DECREF(PyImport_ImportModule(name));
    } catch (e) {
      // (a host without the module: the walk visits what there is)
      if (!exceptionMatches(e, PyExc_ImportError)) throw e;
      Py_DECREF(e as PyBaseException);
    }
  }
}

function getImpl(self: PyObject): PyAbcData {
  const impl = PyObject_GetAttrString(self, "_abc_impl");
  if (!(impl instanceof PyAbcData)) {
    Py_DECREF(impl);
    raise(PyExc_TypeError, "_abc_impl is set to a wrong type");
  }
  Py_DECREF(impl); // the class keeps it alive
  return impl;
}

function truthyAttr(o: PyObject, name: string): boolean {
  const v = PyObject_LookupAttrString(o, name);
  if (v === null) return false;
  try {
    return PyObject_IsTrue(v);
  } finally {
    Py_DECREF(v);
  }
}

/** compute_abstract_methods: the names of the class's still-abstract members, as a frozenset. */
function computeAbstractMethods(self: PyObject): void {
  const abstracts: PyObject[] = [];
  const seen = new Set<string>();
  const add = (key: PyObject): void => {
    const k = key instanceof PyStr ? key.value : null;
    if (k !== null && seen.has(k)) return;
    if (k !== null) seen.add(k);
    abstracts.push(Py_NewRef(key));
  };
  try {
    // Stage 1: direct abstract methods.
    const ns = PyObject_GetAttrString(self, "__dict__");
    try {
      const items = PyObject_CallMethod(ns, "items", []);
      try {
        const it = PyObject_GetIter(items);
        try {
          for (let item = PyIter_Next(it); item !== null; item = PyIter_Next(it)) {
            try {
              if (!(item instanceof PyTuple) || item.items.length !== 2) {
                raise(PyExc_TypeError, "items() returned item which is not a tuple or size 2");
              }
              if (truthyAttr(item.items[1]!, "__isabstractmethod__")) add(item.items[0]!);
            } finally {
              Py_DECREF(item);
            }
          }
        } finally {
          Py_DECREF(it);
        }
      } finally {
        Py_DECREF(items);
      }
    } finally {
      Py_DECREF(ns);
    }
    // Stage 2: inherited abstract methods that are still abstract here.
    const bases = PyObject_GetAttrString(self, "__bases__");
    try {
      if (!(bases instanceof PyTuple)) raise(PyExc_TypeError, "__bases__ is not tuple");
      for (const base of bases.items) {
        const baseAbstracts = PyObject_LookupAttrString(base, "__abstractmethods__");
        if (baseAbstracts === null) continue;
        try {
          const it = PyObject_GetIter(baseAbstracts);
          try {
            for (let key = PyIter_Next(it); key !== null; key = PyIter_Next(it)) {
              try {
                if (!(key instanceof PyStr)) {
                  raise(PyExc_TypeError, `attribute name must be string, not '${key.ob_type.tp_name}'`);
                }
                const value = PyObject_LookupAttr(self, key);
                if (value === null) continue;
                try {
                  if (truthyAttr(value, "__isabstractmethod__")) add(key);
                } finally {
                  Py_DECREF(value);
                }
              } finally {
                Py_DECREF(key);
              }
            }
          } finally {
            Py_DECREF(it);
          }
        } finally {
          Py_DECREF(baseAbstracts);
        }
      }
    } finally {
      Py_DECREF(bases);
    }
    const list = PyTuple_New(abstracts.splice(0));
    try {
      const fs = PyFrozenSet_New(list);
      try {
        PyObject_SetAttrString(self, "__abstractmethods__", fs);
      } finally {
        Py_DECREF(fs);
      }
    } finally {
      Py_DECREF(list);
    }
  } finally {
    for (const a of abstracts) Py_DECREF(a);
  }
}

function setCollectionFlagRecursive(t: PyType, flag: number): void {
  if (t.hasFlag(TypeFlag.IMMUTABLETYPE) || (t.tp_flags & COLLECTION_FLAGS) !== 0) return;
  t.tp_flags = (t.tp_flags & ~COLLECTION_FLAGS) | flag;
  for (const sub of t.tp_subclasses) setCollectionFlagRecursive(sub, flag);
}

function abc_init(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const self = oneArg("_abc_init", args, kwnames);
  computeAbstractMethods(self);
  const data = abcDataNew();
  try {
    PyObject_SetAttrString(self, "_abc_impl", data);
  } finally {
    Py_DECREF(data);
  }
  if (self instanceof PyType && self.tp_dict !== null) {
    // inherit_patma_flags: a class takes its base's SEQUENCE/MAPPING flag (CPython does this
    // when it readies every class; doing it here covers the classes ABCMeta creates).
    const base = self.tp_base;
    if ((self.tp_flags & COLLECTION_FLAGS) === 0 && base !== null)
      self.tp_flags |= base.tp_flags & COLLECTION_FLAGS;
    const dict = self.tp_dict as PyDict;
    const flags = PyDict_GetItemString(dict, "__abc_tpflags__");
    if (flags !== null) {
      if (flags instanceof PyInt && PyInt_CheckExact(flags)) {
        const val = Number(flags.value);
        if ((val & COLLECTION_FLAGS) === COLLECTION_FLAGS) {
          raise(PyExc_TypeError, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
        }
        self.tp_flags |= val & COLLECTION_FLAGS;
      }
      PyDict_DelItemString(dict, "__abc_tpflags__");
    }
  }
  return Py_NewRef(Py_None);
}

function abc_register(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("_abc_register", args, kwnames, 2, 2);
  const self = args[0]!;
  const subclass = args[1]!;
  if (!(subclass instanceof PyType)) raise(PyExc_TypeError, "Can only register classes");
  if (PyObject_IsSubclass(subclass, self)) return Py_NewRef(subclass); // Already a subclass.
  // Subtle: test for cycles *after* testing for "already a subclass"; this means we allow
  // X.register(X) and interpret it as a no-op.
  if (PyObject_IsSubclass(self, subclass))
    raise(PyExc_RuntimeError, "Refusing to create an inheritance cycle");
  const impl = getImpl(self);
  addTo(impl, "registry", subclass);
  abcInvalidation.counter++;
  if (self instanceof PyType) {
    const flag = self.tp_flags & COLLECTION_FLAGS;
    if (flag !== 0) setCollectionFlagRecursive(subclass, flag);
  }
  return Py_NewRef(subclass);
}

/** PyObject_CallMethod(o, name) with no arguments: the name is a new (not interned) str. */
function callMethodByNewName(o: PyObject, name: string): PyObject {
  const nameObj = PyStr_FromString(name);
  let method: PyObject | null = null;
  try {
    method = PyObject_GetAttr(o, nameObj);
    Py_DECREF(nameObj);
    return PyObject_CallNoArgs(method);
  } finally {
    // the name is released once the method is found (or its lookup failed)
    Py_DECREF(method ?? nameObj);
  }
}

function callSubclassCheck(self: PyObject, cls: PyObject): PyObject {
  return PyObject_CallMethod(self, "__subclasscheck__", [cls]);
}

function abc_instancecheck(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("_abc_instancecheck", args, kwnames, 2, 2);
  const self = args[0]!;
  const instance = args[1]!;
  const impl = getImpl(self);
  const subclass = PyObject_GetAttrString(instance, "__class__");
  try {
    // Inline the cache checking.
    if (inSet(impl.cache, subclass)) return Py_NewRef(Py_True);
    const subtype = instance.ob_type;
    if (subtype === subclass) {
      if (impl.negativeCacheVersion === abcInvalidation.counter && inSet(impl.negativeCache, subclass)) {
        return Py_NewRef(Py_False);
      }
      // Fall back to the subclass check.
      return callSubclassCheck(self, subclass);
    }
    const result = callSubclassCheck(self, subclass);
    let truth: boolean;
    try {
      truth = PyObject_IsTrue(result);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    if (truth) return result;
    Py_DECREF(result);
    return callSubclassCheck(self, subtype);
  } finally {
    Py_DECREF(subclass);
  }
}

function abc_subclasscheck(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("_abc_subclasscheck", args, kwnames, 2, 2);
  const self = args[0]!;
  const subclass = args[1]!;
  if (!(subclass instanceof PyType)) raise(PyExc_TypeError, "issubclass() arg 1 must be a class");
  const impl = getImpl(self);
  // 1. Check cache.
  if (inSet(impl.cache, subclass)) return Py_NewRef(Py_True);
  // 2. Check negative cache; may have to invalidate.
  if (impl.negativeCacheVersion < abcInvalidation.counter) {
    if (impl.negativeCache !== null) {
      PySet_Clear(impl.negativeCache);
      noteChanged(impl.negativeCache);
    }
    setNegativeCacheVersion(impl);
  } else if (inSet(impl.negativeCache, subclass)) {
    return Py_NewRef(Py_False);
  }
  // 3. Check the subclass hook.
  const ok = PyObject_CallMethod(self, "__subclasshook__", [subclass]);
  try {
    if (ok === Py_True) {
      addTo(impl, "cache", subclass);
      return Py_NewRef(Py_True);
    }
    if (ok === Py_False) {
      addTo(impl, "negativeCache", subclass);
      return Py_NewRef(Py_False);
    }
    if (ok !== Py_NotImplemented) {
      raise(PyExc_AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
    }
  } finally {
    Py_DECREF(ok);
  }
  // 4. Check if it's a direct subclass.
  if (subclass.tp_mro.includes(self as PyType)) {
    addTo(impl, "cache", subclass);
    return Py_NewRef(Py_True);
  }
  // 5. Check if it's a subclass of a registered class (recursive).
  loadStartupExtensions(self);
  if (inSet(impl.registry, subclass)) return Py_NewRef(Py_True);
  const registry = impl.registry;
  if (registry !== null && PySet_Size(registry) > 0) {
    // A weak reference's callback may remove entries: walk a snapshot, as CPython does.
    const copy = setKeys(registry);
    for (const r of copy) Py_INCREF(r);
    try {
      for (const r of copy) {
        const rcls = PyWeakref_GetObject(r as PyWeakReference);
        if (rcls === Py_None) continue;
        Py_INCREF(rcls);
        let isSub: boolean;
        try {
          isSub = PyObject_IsSubclass(subclass, rcls);
        } finally {
          Py_DECREF(rcls);
        }
        if (isSub) {
          addTo(impl, "cache", subclass);
          return Py_NewRef(Py_True);
        }
      }
    } finally {
      for (const r of copy) Py_DECREF(r);
    }
  }
  // 6. Check if it's a subclass of a subclass (recursive). CPython calls
  // PyObject_CallMethod(self, "__subclasses__"): a new str for the name each time, which the
  // method cache keeps (type_cache.ts), one block per check that gets this far.
  const subclasses = callMethodByNewName(self, "__subclasses__");
  try {
    if (!(subclasses instanceof PyList)) raise(PyExc_TypeError, "__subclasses__() must return a list");
    for (const scls of [...subclasses.items]) {
      Py_NewRef(scls);
      let r: boolean;
      try {
        r = PyObject_IsSubclass(subclass, scls);
      } finally {
        Py_DECREF(scls);
      }
      if (r) {
        addTo(impl, "cache", subclass);
        return Py_NewRef(Py_True);
      }
    }
  } finally {
    Py_DECREF(subclasses);
  }
  // No dice; update negative cache.
  addTo(impl, "negativeCache", subclass);
  return Py_NewRef(Py_False);
}

/** A shallow copy of one of the sets (the same weak references). */
function weakSetCopy(s: PySet | null): PyObject {
  return PySet_New(s);
}

function abc_get_dump(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const self = oneArg("_get_dump", args, kwnames);
  loadStartupExtensions(self);
  const impl = getImpl(self);
  return PyTuple_New([
    weakSetCopy(impl.registry),
    weakSetCopy(impl.cache),
    weakSetCopy(impl.negativeCache),
    PyInt_FromNumber(impl.negativeCacheVersion),
  ]);
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "get_cache_token",
    impl: (_m, a, k) => {
      noArgs("get_cache_token", a, k);
      return PyInt_FromNumber(abcInvalidation.counter);
    },
    doc: "Returns the current ABC cache token.\n\nThe token is an opaque object (supporting equality testing) identifying the\ncurrent version of the ABC cache for virtual subclasses. The token changes\nwith every call to register() on any ABC.",
  },
  {
    name: "_abc_init",
    impl: abc_init,
    doc: "Internal ABC helper for class set-up. Should be never used outside abc module.",
  },
  {
    name: "_abc_register",
    impl: abc_register,
    doc: "Internal ABC helper for subclasss registration. Should be never used outside abc module.",
  },
  {
    name: "_abc_instancecheck",
    impl: abc_instancecheck,
    doc: "Internal ABC helper for instance checks. Should be never used outside abc module.",
  },
  {
    name: "_abc_subclasscheck",
    impl: abc_subclasscheck,
    doc: "Internal ABC helper for subclasss checks. Should be never used outside abc module.",
  },
  { name: "_get_dump", impl: abc_get_dump, doc: "Internal ABC helper for cache and registry debugging." },
  {
    name: "_reset_registry",
    impl: (_m, a, k) => {
      const registry = getImpl(oneArg("_reset_registry", a, k)).registry;
      if (registry !== null) {
        PySet_Clear(registry);
        noteChanged(registry);
      }
      return Py_NewRef(Py_None);
    },
    doc: "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py",
  },
  {
    name: "_reset_caches",
    impl: (_m, a, k) => {
      const impl = getImpl(oneArg("_reset_caches", a, k));
      for (const s of [impl.cache, impl.negativeCache]) {
        if (s === null) continue;
        PySet_Clear(s);
        noteChanged(s);
      }
      return Py_NewRef(Py_None);
    },
    doc: "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py",
  },
];

function createAbcModule(): PyModule {
  const m = PyModule_New("_abc");
  PyModule_Add(m, "__doc__", PyStr_FromString("Module contains faster C implementation of abc.ABCMeta"));
  PyModule_AddFunctions(m, FUNCTIONS);
  PyModule_AddObjectRef(m, "_abc_data", PyAbcData_Type);
  return m;
}

/** Makes `import _abc` available. */
export function registerAbcModule(): void {
  registerBuiltinModule("_abc", createAbcModule);
}
