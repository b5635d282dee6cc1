/**
 * `collections.OrderedDict` (CPython 3.11's Objects/odictobject.c), exported by `_collections`:
 * a dict subclass that keeps its own doubly linked list of keys, so `move_to_end()` and
 * `popitem(last=False)` are cheap and equality between OrderedDicts is order-sensitive.
 *
 * As in CPython, each node owns a reference to its key and is a 32-byte PyMem block, and the
 * "fast nodes" index array follows the size of the dict's hash table; `sys.getsizeof` counts
 * both. Nodes are found through a side table keyed by the key's hash (CPython indexes the
 * array by the dict's slot for the key). Iterators detect changes with CPython's messages.
 */
import {
  iterateToArray,
  Py_ReprEnter,
  Py_ReprLeave,
  PyIter_Next,
  PyObject_CallNoArgs,
  PyObject_CallOneArg,
  PyObject_GetAttrString,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_IsTrue,
  PyObject_LookupAttrString,
  PyObject_RichCompareBool,
  PyObject_SetItem,
  PySequence_Contains,
  reprOf,
} from "../objects/abstract.js";
import { noArgs, parseArgs } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import {
  _PyDict_DelItem_KnownHash,
  _PyDict_FromKeys,
  _PyDict_GetItem_KnownHash,
  _PyDict_SetItem_KnownHash,
  _PyErr_SetKeyError,
  dict_sizeof,
  PyDict,
  PyDict_Check,
  PyDict_CheckExact,
  PyDict_Clear,
  PyDict_Items,
  PyDict_New,
  PyDict_Type,
} from "../objects/dict.js";
import {
  PyDictItems_New,
  PyDictItems_Type,
  PyDictKeys_New,
  PyDictKeys_Type,
  PyDictValues_Type,
  PyDictView,
} from "../objects/dict_views.js";
import {
  PyExc_KeyError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { PyInt_FromNumber } from "../objects/int.js";
import { PyList_New } from "../objects/list.js";
import { defineGetSets, defineMethods } from "../objects/methods.js";
import { Py_None, Py_NotImplemented } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "../objects/object.js";
import type { Hash, VisitProc } from "../objects/slots_types.js";
import { PyStr_FromString } from "../objects/str.js";
import {
  _PyObject_GC_IS_TRACKED,
  gcAlloc,
  gcFree,
  PyMem_Free,
  PyMem_Malloc,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyObject_SelfIter,
  type PyTuple,
  PyTuple_New,
} from "../objects/tuple.js";
import { newStaticType, type PyType, PyType_IsSubtype, TypeFlag } from "../objects/type.js";
import { takeCallKeywords } from "../objects/typeobject.js";

const NODE_SIZE = 32;

interface ODictNode {
  key: PyObject;
  hash: Hash;
  prev: ODictNode | null;
  next: ODictNode | null;
  addr: number;
}

interface PyODict extends PyDict {
  od_first: ODictNode | null;
  od_last: ODictNode | null;
  od_count: number;
  od_index: Map<Hash, ODictNode[]>;
  od_state: number;
  od_fast_size: number;
  od_fast_addr: number;
}

export const PyODict_Type = newStaticType({
  name: "collections.OrderedDict",
  base: PyDict_Type,
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC | TypeFlag.DICT_SUBCLASS | TypeFlag.MAPPING,
  basicsize: 112,
  doc: "Dictionary that remembers insertion order",
});
PyODict_Type.tp_dictoffset = 1;
PyODict_Type.tp_weaklistoffset = 1;

export const PyODictKeys_Type = newStaticType({
  name: "odict_keys",
  base: PyDictKeys_Type,
  flags: TypeFlag.HAVE_GC,
  basicsize: 24,
});
export const PyODictValues_Type = newStaticType({
  name: "odict_values",
  base: PyDictValues_Type,
  flags: TypeFlag.HAVE_GC,
  basicsize: 24,
});
export const PyODictItems_Type = newStaticType({
  name: "odict_items",
  base: PyDictItems_Type,
  flags: TypeFlag.HAVE_GC,
  basicsize: 24,
});
export const PyODictIter_Type = newStaticType({
  name: "odict_iterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 64,
});

function OD(o: PyObject): PyODict {
  return o as PyODict;
}

export function PyODict_Check(o: PyObject): boolean {
  return o.ob_type === PyODict_Type || PyType_IsSubtype(o.ob_type, PyODict_Type);
}

function initState(od: PyODict): void {
  od.od_first = null;
  od.od_last = null;
  od.od_count = 0;
  od.od_index = new Map();
  od.od_state = 0;
  od.od_fast_size = 0;
  od.od_fast_addr = 0;
}

// ---------------------------------------------------------------------------------------------
// nodes

/** _odict_resize: the fast-nodes array follows the size of the dict's hash table. */
function syncFast(od: PyODict): void {
  const size = 1 << od.ma_keys.log2Size;
  if (od.od_fast_size === size) return;
  const addr = PyMem_Malloc(8 * size);
  if (od.od_fast_addr !== 0) PyMem_Free(od.od_fast_addr, 8 * od.od_fast_size);
  od.od_fast_addr = addr;
  od.od_fast_size = size;
}

/** _odict_find_node_hash: the node for `key`, or null. */
function findNode(od: PyODict, key: PyObject, hash: Hash): ODictNode | null {
  syncFast(od);
  const bucket = od.od_index.get(hash);
  if (bucket === undefined) return null;
  for (const n of bucket) if (n.key === key) return n;
  for (const n of [...bucket]) {
    if (PyObject_RichCompareBool(n.key, key, 2)) return n;
  }
  return null;
}

function addTail(od: PyODict, node: ODictNode): void {
  node.prev = od.od_last;
  node.next = null;
  if (od.od_last === null) od.od_first = node;
  else od.od_last.next = node;
  od.od_last = node;
  od.od_state++;
}

function addHead(od: PyODict, node: ODictNode): void {
  node.prev = null;
  node.next = od.od_first;
  if (od.od_first === null) od.od_last = node;
  else od.od_first.prev = node;
  od.od_first = node;
  od.od_state++;
}

function unlink(od: PyODict, node: ODictNode): void {
  if (od.od_first === node) od.od_first = node.next;
  if (od.od_last === node) od.od_last = node.prev;
  if (node.prev !== null) node.prev.next = node.next;
  if (node.next !== null) node.next.prev = node.prev;
  node.prev = node.next = null;
  od.od_state++;
}

/** _odict_add_new_node (when the key has no node yet). */
function addNewNode(od: PyODict, key: PyObject, hash: Hash): void {
  if (findNode(od, key, hash) !== null) return;
  const node: ODictNode = {
    key: Py_NewRef(key),
    hash,
    prev: null,
    next: null,
    addr: PyMem_Malloc(NODE_SIZE),
  };
  let bucket = od.od_index.get(hash);
  if (bucket === undefined) od.od_index.set(hash, (bucket = []));
  bucket.push(node);
  od.od_count++;
  addTail(od, node);
}

/** Removes a node from the list and the index and releases it. */
function dropNode(od: PyODict, node: ODictNode): void {
  unlink(od, node);
  const bucket = od.od_index.get(node.hash);
  if (bucket !== undefined) {
    const i = bucket.indexOf(node);
    if (i >= 0) bucket.splice(i, 1);
    if (bucket.length === 0) od.od_index.delete(node.hash);
  }
  od.od_count--;
  PyMem_Free(node.addr, NODE_SIZE);
  Py_DECREF(node.key);
}

/** _odict_clear_nodes: drop every node and the fast-nodes array. */
function clearNodes(od: PyODict): void {
  const nodes: ODictNode[] = [];
  for (let n = od.od_first; n !== null; n = n.next) nodes.push(n);
  od.od_first = od.od_last = null;
  od.od_index = new Map();
  od.od_count = 0;
  if (od.od_fast_addr !== 0) PyMem_Free(od.od_fast_addr, 8 * od.od_fast_size);
  od.od_fast_addr = 0;
  od.od_fast_size = 0;
  for (const n of nodes) {
    PyMem_Free(n.addr, NODE_SIZE);
    Py_DECREF(n.key);
  }
}

// ---------------------------------------------------------------------------------------------
// the mapping operations

export function PyODict_SetItem(od: PyODict, key: PyObject, value: PyObject): void {
  const hash = PyObject_Hash(key);
  _PyDict_SetItem_KnownHash(od, key, value, hash);
  addNewNode(od, key, hash);
}

function PyODict_DelItem(od: PyODict, key: PyObject): void {
  const hash = PyObject_Hash(key);
  const node = findNode(od, key, hash);
  if (node !== null) dropNode(od, node);
  _PyDict_DelItem_KnownHash(od, key, hash);
}

function odict_ass_sub(o: PyObject, key: PyObject, value: PyObject | null): void {
  if (value === null) PyODict_DelItem(OD(o), key);
  else PyODict_SetItem(OD(o), key, value);
}

/** _odict_popkey_hash: new reference, or `deflt` (new reference), or KeyError. */
function popKey(od: PyODict, key: PyObject, deflt: PyObject | null): PyObject {
  const hash = PyObject_Hash(key);
  const node = findNode(od, key, hash);
  if (node !== null) {
    // Drop the node first, then take the value out of the dict.
    dropNode(od, node);
    const v = _PyDict_GetItem_KnownHash(od, key, hash);
    if (v === null) return Py_NewRef(deflt ?? Py_None);
    Py_INCREF(v);
    try {
      _PyDict_DelItem_KnownHash(od, key, hash);
    } catch (e) {
      Py_DECREF(v);
      throw e;
    }
    return v;
  }
  if (deflt !== null) return Py_NewRef(deflt);
  _PyErr_SetKeyError(key);
}

/** mutablemapping_add_pairs: each pair is unpacked by iteration into exactly a key and a value. */
function addPairs(self: PyObject, pairs: PyObject): void {
  const it = PyObject_GetIter(pairs);
  try {
    for (let pair = PyIter_Next(it); pair !== null; pair = PyIter_Next(it)) {
      try {
        const pit = PyObject_GetIter(pair);
        try {
          const key = PyIter_Next(pit);
          if (key === null) raise(PyExc_ValueError, "need more than 0 values to unpack");
          try {
            const value = PyIter_Next(pit);
            if (value === null) raise(PyExc_ValueError, "need more than 1 value to unpack");
            try {
              const unexpected = PyIter_Next(pit);
              if (unexpected !== null) {
                Py_DECREF(unexpected);
                raise(PyExc_ValueError, "too many values to unpack (expected 2)");
              }
              PyObject_SetItem(self, key, value);
            } finally {
              Py_DECREF(value);
            }
          } finally {
            Py_DECREF(key);
          }
        } finally {
          Py_DECREF(pit);
        }
      } finally {
        Py_DECREF(pair);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** mutablemapping_update_arg */
function updateArg(self: PyObject, arg: PyObject): void {
  if (PyDict_CheckExact(arg)) {
    const items = PyDict_Items(arg as PyDict);
    try {
      addPairs(self, items);
    } finally {
      Py_DECREF(items);
    }
    return;
  }
  const keysFn = PyObject_LookupAttrString(arg, "keys");
  if (keysFn !== null) {
    try {
      const keys = PyObject_CallNoArgs(keysFn);
      try {
        const it = PyObject_GetIter(keys);
        try {
          for (let key = PyIter_Next(it); key !== null; key = PyIter_Next(it)) {
            try {
              const value = PyObject_GetItem(arg, key);
              try {
                PyObject_SetItem(self, key, value);
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
        Py_DECREF(keys);
      }
    } finally {
      Py_DECREF(keysFn);
    }
    return;
  }
  const itemsFn = PyObject_LookupAttrString(arg, "items");
  if (itemsFn !== null) {
    try {
      const items = PyObject_CallNoArgs(itemsFn);
      try {
        addPairs(self, items);
      } finally {
        Py_DECREF(items);
      }
    } finally {
      Py_DECREF(itemsFn);
    }
    return;
  }
  addPairs(self, arg);
}

/** mutablemapping_update: update(self, [other], **kwargs). */
function mutablemappingUpdate(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 1) raise(PyExc_TypeError, `expected at most 1 arguments, got ${npos}`);
  if (npos === 1) updateArg(self, args[0]!);
  if (nkw === 0) return;
  // the keyword dict's items, in a list of pairs (PyDict_Items)
  const kwargs = takeCallKeywords(args, kwnames!);
  try {
    const items = PyDict_Items(kwargs as PyDict);
    try {
      addPairs(self, items);
    } finally {
      Py_DECREF(items);
    }
  } finally {
    Py_DECREF(kwargs);
  }
}

// ---------------------------------------------------------------------------------------------
// type slots

function odict_new(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const d = PyDict_Type.tp_new!(type, args, kwnames);
  if (type === PyODict_Type) Py_DECREF(type); // static types are not counted by their instances
  initState(OD(d));
  return d;
}

function odict_dealloc(o: PyObject): void {
  const od = OD(o);
  clearNodes(od);
  const d = od.ob_dict;
  od.ob_dict = null;
  if (d) Py_DECREF(d);
  PyDict_Type.tp_dealloc(o);
}

function odict_traverse(o: PyObject, visit: VisitProc): void {
  const od = OD(o);
  if (od.ob_dict) visit(od.ob_dict);
  for (let n = od.od_first; n !== null; n = n.next) visit(n.key);
  PyDict_Type.tp_traverse!(o, visit);
}

function odict_tp_clear(o: PyObject): void {
  const od = OD(o);
  const d = od.ob_dict;
  od.ob_dict = null;
  if (d) Py_DECREF(d);
  PyDict_Clear(od);
  clearNodes(od);
}

function typeName(t: PyType): string {
  const n = t.tp_name;
  return n.slice(n.lastIndexOf(".") + 1);
}

function odict_repr(o: PyObject): PyObject {
  const od = OD(o);
  const name = typeName(od.ob_type);
  if (od.ma_used === 0) return PyStr_FromString(`${name}()`);
  if (Py_ReprEnter(od)) return PyStr_FromString("...");
  try {
    let pieces: PyObject;
    if (od.ob_type === PyODict_Type) {
      const pairs: PyObject[] = [];
      try {
        for (let n = od.od_first; n !== null; n = n.next) {
          const value = _PyDict_GetItem_KnownHash(od, n.key, n.hash);
          if (value === null) _PyErr_SetKeyError(n.key);
          pairs.push(PyTuple_New([Py_NewRef(n.key), Py_NewRef(value)]));
        }
      } catch (e) {
        for (const p of pairs) Py_DECREF(p);
        throw e;
      }
      pieces = PyListFrom(pairs);
    } else {
      const items = callMethod(od, "items");
      try {
        pieces = PyListFrom(iterateToArray(items));
      } finally {
        Py_DECREF(items);
      }
    }
    try {
      return PyStr_FromString(`${name}(${reprOf(pieces)})`);
    } finally {
      Py_DECREF(pieces);
    }
  } finally {
    Py_ReprLeave(od);
  }
}

function PyListFrom(items: PyObject[]): PyObject {
  return PyList_New(items);
}

function callMethod(o: PyObject, name: string): PyObject {
  const m = PyObject_GetAttrString(o, name);
  try {
    return PyObject_CallNoArgs(m);
  } finally {
    Py_DECREF(m);
  }
}

/** _odict_keys_equal: same keys in the same order. */
function keysEqual(a: PyODict, b: PyODict): boolean {
  const stateA = a.od_state;
  const stateB = b.od_state;
  let na = a.od_first;
  let nb = b.od_first;
  for (;;) {
    if (na === null || nb === null) return na === nb;
    const eq = PyObject_RichCompareBool(na.key, nb.key, 2);
    if (a.od_state !== stateA || b.od_state !== stateB) {
      raise(PyExc_RuntimeError, "OrderedDict mutated during iteration");
    }
    if (!eq) return false;
    na = na.next;
    nb = nb.next;
  }
}

function odict_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PyODict_Check(v) || !PyDict_Check(w)) return Py_NewRef(Py_NotImplemented);
  if (op !== 2 && op !== 3) return Py_NewRef(Py_NotImplemented);
  const cmp = PyDict_Type.tp_richcompare!(v, w, op);
  if (!PyODict_Check(w)) return cmp;
  if (op === 2 && !PyObject_IsTrue(cmp)) return cmp;
  if (op === 3 && PyObject_IsTrue(cmp)) return cmp;
  Py_DECREF(cmp);
  const eq = keysEqual(OD(v), OD(w));
  return PyBool_FromBool(eq === (op === 2));
}

function odict_or(left: PyObject, right: PyObject): PyObject {
  let type: PyType;
  let other: PyObject;
  if (PyODict_Check(left)) {
    type = left.ob_type;
    other = right;
  } else {
    type = right.ob_type;
    other = left;
  }
  if (!PyDict_Check(other)) return Py_NewRef(Py_NotImplemented);
  const n = PyObject_CallOneArg(type, left);
  try {
    updateArg(n, right);
  } catch (e) {
    Py_DECREF(n);
    throw e;
  }
  return n;
}

function odict_inplace_or(self: PyObject, other: PyObject): PyObject {
  updateArg(self, other);
  return Py_NewRef(self);
}

const T = PyODict_Type;
T.tp_new = odict_new;
T.tp_init = (self, args, kwnames) => mutablemappingUpdate(self, args, kwnames);
T.tp_dealloc = odict_dealloc;
T.tp_traverse = odict_traverse;
T.tp_clear = odict_tp_clear;
T.tp_repr = odict_repr;
T.tp_richcompare = odict_richcompare;
T.tp_iter = (o) => newODictIter(OD(o), "keys", false);
T.mp_ass_subscript = odict_ass_sub;
T.nb_or = odict_or;
T.nb_inplace_or = odict_inplace_or;

// ---------------------------------------------------------------------------------------------
// methods

function kwArgs(name: string, args: PyObject[], kwnames: string[] | null, names: string[], required: number) {
  return parseArgs(name, args, kwnames, { names, required });
}

function newView(od: PyODict, type: PyType): PyDictView {
  const dv = new PyDictView(type, od);
  gcAlloc(dv, 40);
  Py_INCREF(od);
  PyObject_GC_Track(dv);
  return dv;
}

function odictCopy(od: PyODict): PyObject {
  if (od.ob_type === PyODict_Type) {
    const c = odict_new(PyODict_Type, [], null) as PyODict;
    try {
      for (let n = od.od_first; n !== null; n = n.next) {
        const value = _PyDict_GetItem_KnownHash(od, n.key, n.hash);
        if (value === null) _PyErr_SetKeyError(n.key);
        _PyDict_SetItem_KnownHash(c, n.key, value, n.hash);
        addNewNode(c, n.key, n.hash);
      }
    } catch (e) {
      Py_DECREF(c);
      throw e;
    }
    return c;
  }
  const c = PyObject_CallNoArgs(od.ob_type);
  try {
    for (let n = od.od_first; n !== null; n = n.next) {
      const value = PyObject_GetItem(od, n.key);
      try {
        PyObject_SetItem(c, n.key, value);
      } finally {
        Py_DECREF(value);
      }
    }
  } catch (e) {
    Py_DECREF(c);
    throw e;
  }
  return c;
}

defineMethods(PyODict_Type, {
  __sizeof__: {
    impl: (self, args, kwnames) => {
      noArgs("__sizeof__", args, kwnames);
      const od = OD(self!);
      let size = dict_sizeof(od) + 8 * od.od_fast_size;
      if (od.od_count > 0) size += NODE_SIZE * od.ma_used;
      return PyInt_FromNumber(size);
    },
    doc: "D.__sizeof__() -> size of D in memory, in bytes",
  },
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("__reduce__", args, kwnames);
      const od = OD(self!);
      const state = callMethod(od, "__getstate__");
      let iter: PyObject;
      try {
        const items = callMethod(od, "items");
        try {
          iter = PyObject_GetIter(items);
        } finally {
          Py_DECREF(items);
        }
      } catch (e) {
        Py_DECREF(state);
        throw e;
      }
      Py_INCREF(od.ob_type);
      return PyTuple_New([od.ob_type, PyTuple_New([]), state, Py_NewRef(Py_None), iter]);
    },
    doc: "Return state information for pickling",
  },
  setdefault: {
    impl: (self, args, kwnames) => {
      const [key, deflt] = kwArgs("setdefault", args, kwnames, ["key", "default"], 1);
      const od = OD(self!);
      const dflt = deflt ?? Py_None;
      if (od.ob_type === PyODict_Type) {
        const hash = PyObject_Hash(key!);
        const v = _PyDict_GetItem_KnownHash(od, key!, hash);
        if (v !== null) return Py_NewRef(v);
        PyODict_SetItem(od, key!, dflt);
        return Py_NewRef(dflt);
      }
      if (PySequence_Contains(od, key!)) return PyObject_GetItem(od, key!);
      PyObject_SetItem(od, key!, dflt);
      return Py_NewRef(dflt);
    },
    doc: "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.",
  },
  pop: {
    impl: (self, args, kwnames) => {
      const [key, deflt] = kwArgs("pop", args, kwnames, ["key", "default"], 1);
      return popKey(OD(self!), key!, deflt);
    },
    doc: "od.pop(key[,default]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.",
  },
  popitem: {
    impl: (self, args, kwnames) => {
      const [lastObj] = kwArgs("popitem", args, kwnames, ["last"], 0);
      const last = lastObj === null ? true : PyObject_IsTrue(lastObj);
      const od = OD(self!);
      if (od.od_first === null) raise(PyExc_KeyError, "dictionary is empty");
      const node = last ? od.od_last! : od.od_first!;
      const key = Py_NewRef(node.key);
      try {
        const value = popKey(od, key, null);
        return PyTuple_New([Py_NewRef(key), value]);
      } finally {
        Py_DECREF(key);
      }
    },
    doc: "Remove and return a (key, value) pair from the dictionary.\n\nPairs are returned in LIFO order if last is true or FIFO order if false.",
  },
  keys: {
    impl: (self, args, kwnames) => {
      noArgs("keys", args, kwnames);
      return newView(OD(self!), PyODictKeys_Type);
    },
    doc: "D.keys() -> a set-like object providing a view on D's keys",
  },
  values: {
    impl: (self, args, kwnames) => {
      noArgs("values", args, kwnames);
      return newView(OD(self!), PyODictValues_Type);
    },
    doc: "D.values() -> an object providing a view on D's values",
  },
  items: {
    impl: (self, args, kwnames) => {
      noArgs("items", args, kwnames);
      return newView(OD(self!), PyODictItems_Type);
    },
    doc: "D.items() -> a set-like object providing a view on D's items",
  },
  update: {
    impl: (self, args, kwnames) => {
      mutablemappingUpdate(self!, args, kwnames);
      return Py_NewRef(Py_None);
    },
    doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]",
  },
  clear: {
    impl: (self, args, kwnames) => {
      noArgs("clear", args, kwnames);
      const od = OD(self!);
      PyDict_Clear(od);
      clearNodes(od);
      return Py_NewRef(Py_None);
    },
    doc: "od.clear() -> None.  Remove all items from od.",
  },
  copy: {
    impl: (self, args, kwnames) => {
      noArgs("copy", args, kwnames);
      return odictCopy(OD(self!));
    },
    doc: "od.copy() -> a shallow copy of od",
  },
  __reversed__: {
    impl: (self, args, kwnames) => {
      noArgs("__reversed__", args, kwnames);
      return newODictIter(OD(self!), "keys", true);
    },
    doc: "od.__reversed__() <==> reversed(od)",
  },
  move_to_end: {
    impl: (self, args, kwnames) => {
      const [key, lastObj] = kwArgs("move_to_end", args, kwnames, ["key", "last"], 1);
      const last = lastObj === null ? true : PyObject_IsTrue(lastObj);
      const od = OD(self!);
      if (od.od_first === null) _PyErr_SetKeyError(key!);
      const end = last ? od.od_last! : od.od_first!;
      if (key !== end.key) {
        const node = findNode(od, key!, PyObject_Hash(key!));
        if (node === null) _PyErr_SetKeyError(key!);
        if (last) {
          if (node !== od.od_last) {
            unlink(od, node);
            addTail(od, node);
          }
        } else if (node !== od.od_first) {
          unlink(od, node);
          addHead(od, node);
        }
      }
      return Py_NewRef(Py_None);
    },
    doc: "Move an existing element to the end (or beginning if last is false).\n\nRaise KeyError if the element does not exist.",
  },
  fromkeys: {
    kind: "class",
    impl: (cls, args, kwnames) => {
      const [iterable, value] = kwArgs("fromkeys", args, kwnames, ["iterable", "value"], 1);
      return _PyDict_FromKeys(cls!, iterable!, value ?? Py_None);
    },
    doc: "Create a new ordered dictionary with keys from iterable and values set to value.",
  },
});

defineGetSets(PyODict_Type, [
  {
    name: "__dict__",
    get: (self) => {
      let d = self.ob_dict;
      if (!d) d = self.ob_dict = PyDict_New();
      return Py_NewRef(d);
    },
    set: (self, v) => {
      if (v === null) raise(PyExc_TypeError, "cannot delete __dict__");
      if (!(v instanceof PyDict)) {
        raise(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
      }
      const old = self.ob_dict;
      self.ob_dict = Py_NewRef(v);
      if (old) Py_DECREF(old);
    },
  },
]);

// ---------------------------------------------------------------------------------------------
// views and iterators

type IterKind = "keys" | "values" | "items";

class PyODictIter extends PyObject {
  od: PyODict | null = null;
  current: PyObject | null = null;
  state = 0;
  size = 0;
  kind: IterKind = "keys";
  reversed = false;
  result: PyTuple | null = null;
}

function newODictIter(od: PyODict, kind: IterKind, reversed: boolean): PyODictIter {
  const it = new PyODictIter(PyODictIter_Type);
  gcAlloc(it, 80);
  it.kind = kind;
  it.reversed = reversed;
  if (kind === "items") it.result = PyTuple_New([Py_NewRef(Py_None), Py_NewRef(Py_None)]);
  const start = reversed ? od.od_last : od.od_first;
  it.current = start === null ? null : Py_NewRef(start.key);
  it.od = Py_NewRef(od);
  it.state = od.od_state;
  it.size = od.ma_used;
  PyObject_GC_Track(it);
  return it;
}

/** odictiter_nextkey: a new reference to the next key, or null at the end. */
function nextKey(it: PyODictIter): PyObject | null {
  const od = it.od;
  if (od === null) return null;
  if (it.current === null || od.od_state !== it.state) {
    // done (or mutated): the iterator lets go of the dict, as odictiter_nextkey's `done:`
    it.od = null;
    Py_DECREF(od);
    if (it.current === null) return null;
    raise(PyExc_RuntimeError, "OrderedDict mutated during iteration");
  }
  if (it.size !== od.ma_used) {
    it.size = -1; // make this state sticky
    raise(PyExc_RuntimeError, "OrderedDict changed size during iteration");
  }
  const key = it.current;
  const node = findNode(od, key, PyObject_Hash(key));
  if (node === null) {
    it.current = null;
    try {
      _PyErr_SetKeyError(key);
    } finally {
      Py_DECREF(key);
    }
  }
  const next = it.reversed ? node.prev : node.next;
  it.current = next === null ? null : Py_NewRef(next.key);
  return key;
}

function odictiter_next(o: PyObject): PyObject | null {
  const it = o as PyODictIter;
  const key = nextKey(it);
  if (key === null) return null;
  if (it.kind === "keys") return key;
  const od = it.od!;
  let value: PyObject;
  try {
    const v = _PyDict_GetItem_KnownHash(od, key, PyObject_Hash(key));
    if (v === null) _PyErr_SetKeyError(key);
    value = Py_NewRef(v);
  } catch (e) {
    Py_DECREF(key);
    throw e;
  }
  if (it.kind === "values") {
    Py_DECREF(key);
    return value;
  }
  const result = it.result!;
  if (result.ob_refcnt === 1) {
    result.ob_refcnt++;
    // bpo-42536: a collection may have untracked the recycled tuple
    if (!_PyObject_GC_IS_TRACKED(result)) PyObject_GC_Track(result);
    const oldK = result.items[0]!;
    const oldV = result.items[1]!;
    result.items[0] = key;
    result.items[1] = value;
    Py_DECREF(oldK);
    Py_DECREF(oldV);
    return result;
  }
  return PyTuple_New([key, value]);
}

const IT = PyODictIter_Type;
IT.tp_iter = PyObject_SelfIter;
IT.tp_iternext = odictiter_next;
IT.tp_dealloc = (o) => {
  const it = o as PyODictIter;
  PyObject_GC_UnTrack(it);
  const { od, current, result } = it;
  it.od = null;
  it.current = null;
  it.result = null;
  if (od !== null) Py_DECREF(od);
  if (current !== null) Py_DECREF(current);
  if (result !== null) Py_DECREF(result);
  gcFree(it);
};
IT.tp_traverse = (o, visit) => {
  const it = o as PyODictIter;
  if (it.od !== null) visit(it.od);
  if (it.current !== null) visit(it.current);
  if (it.result !== null) visit(it.result);
};

defineMethods(PyODictIter_Type, {
  __length_hint__: {
    impl: (self, args, kwnames) => {
      noArgs("__length_hint__", args, kwnames);
      const it = self as PyODictIter;
      return PyInt_FromNumber(it.od === null ? 0 : it.od.ma_used);
    },
    doc: "Private method returning an estimate of len(list(it)).",
  },
});

/**
 * The set operations and comparisons of dict views recognise only the exact dict view types
 * here, so an odict view takes part in them as a plain view of the same OrderedDict.
 */
function asPlainView(o: PyObject): PyObject {
  if (o instanceof PyDictView && o.dv_dict !== null) {
    if (o.ob_type === PyODictKeys_Type) return PyDictKeys_New(o.dv_dict);
    if (o.ob_type === PyODictItems_Type) return PyDictItems_New(o.dv_dict);
  }
  return Py_NewRef(o);
}

function viaPlainViews(base: PyType, slot: "nb_and" | "nb_or" | "nb_xor" | "nb_subtract") {
  return (a: PyObject, b: PyObject): PyObject => {
    const pa = asPlainView(a);
    try {
      const pb = asPlainView(b);
      try {
        return base[slot]!(pa, pb);
      } finally {
        Py_DECREF(pb);
      }
    } finally {
      Py_DECREF(pa);
    }
  };
}

for (const [VT, base] of [
  [PyODictKeys_Type, PyDictKeys_Type],
  [PyODictItems_Type, PyDictItems_Type],
] as const) {
  for (const slot of ["nb_and", "nb_or", "nb_xor", "nb_subtract"] as const) {
    if (base[slot] !== null) VT[slot] = viaPlainViews(base, slot);
  }
  VT.tp_richcompare = (a, b, op) => {
    const pa = asPlainView(a);
    try {
      const pb = asPlainView(b);
      try {
        return base.tp_richcompare!(pa, pb, op);
      } finally {
        Py_DECREF(pb);
      }
    } finally {
      Py_DECREF(pa);
    }
  };
}

const VIEW_KINDS: [PyType, IterKind][] = [
  [PyODictKeys_Type, "keys"],
  [PyODictValues_Type, "values"],
  [PyODictItems_Type, "items"],
];
for (const [VT, kind] of VIEW_KINDS) {
  VT.tp_iter = (o) => {
    const d = (o as PyDictView).dv_dict;
    if (d === null) raise(PyExc_TypeError, "view has no mapping");
    return newODictIter(OD(d), kind, false);
  };
  defineMethods(VT, {
    __reversed__: {
      impl: (self, args, kwnames) => {
        noArgs("__reversed__", args, kwnames);
        const d = (self as PyDictView).dv_dict;
        if (d === null) raise(PyExc_TypeError, "view has no mapping");
        return newODictIter(OD(d), kind, true);
      },
    },
  });
}
