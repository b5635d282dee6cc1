/**
 * The `_collections` builtin module (CPython 3.11's Modules/_collectionsmodule.c): `deque`,
 * `defaultdict`, `_count_elements` (Counter's fast loop) and `_tuplegetter` (namedtuple's field
 * descriptors). `lib/collections/__init__.py` builds the rest of `collections` on them.
 *
 * A deque keeps its items in a ring buffer, and beside it the exact block structure CPython's
 * deque would have: blocks of 64 slots (528 bytes from PyMem_Malloc), left/right indices, a
 * per-deque cache of up to 16 free blocks. Every operation moves those indices exactly as CPython
 * does, so `sys.getsizeof`, the allocator's view and the mutation checks match.
 */
import {
  Py_ReprEnter,
  Py_ReprLeave,
  PyIter_Next,
  PyNumber_Add,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_Call,
  PyObject_CallNoArgs,
  PyObject_CallOneArg,
  PyObject_GetAttrString,
  PyObject_GetIter,
  PyObject_RichCompareBool,
  PyObject_SetItem,
  reprOf,
  ssizeArg,
} from "../objects/abstract.js";
import { noArgs, oneArg, positional } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import {
  _PyErr_SetKeyError,
  PyDict,
  PyDict_Check,
  PyDict_GetItem,
  PyDict_SetItem,
  PyDict_Type,
  PyDict_Update,
} from "../objects/dict.js";
import {
  PyExc_AttributeError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { PyInt_FromNumber } from "../objects/int.js";
import { PySequence_List } from "../objects/list.js";
import { defineGetSets, defineMethods, type MethodDef } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None, Py_NotImplemented } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "../objects/object.js";
import type { VisitProc } from "../objects/slots_types.js";
import { PyStr_FromString } from "../objects/str.js";
import {
  gcAlloc,
  gcFree,
  Py_GenericAlias,
  PyMem_Free,
  PyMem_Malloc,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyObject_SelfIter,
  PyTuple,
  PyTuple_New,
} from "../objects/tuple.js";
import { newStaticType, type PyType, PyType_IsSubtype, TypeFlag } from "../objects/type.js";
import { instanceAllocSize, typeLookupString } from "../objects/typeobject.js";
import { PyODict_Type } from "./_collections_odict.js";
import { registerBuiltinModule } from "./importlib.js";

// =============================================================================================
// deque

const BLOCKLEN = 64;
const CENTER = (BLOCKLEN - 1) >> 1;
const MAXFREEBLOCKS = 16;
/** sizeof(block): 64 item pointers and two links. */
const BLOCK_SIZE = BLOCKLEN * 8 + 16;

export class PyDeque extends PyObject {
  /** Ring buffer of items: item i is buf[(head + i) & mask]. */
  buf: (PyObject | undefined)[] = new Array(8);
  head = 0;
  size = 0;
  /** -1 = unbounded. */
  maxlen = -1;
  /** Bumped by every mutation (iterators and searches compare it). */
  state = 0;
  // CPython's block bookkeeping
  leftindex = CENTER + 1;
  rightindex = CENTER;
  /** Addresses of the blocks from left to right. */
  blocks: number[] = [];
  freeblocks: number[] = [];
}

export const PyDeque_Type = newStaticType({
  name: "collections.deque",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC | TypeFlag.SEQUENCE,
  basicsize: 216,
  doc: "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.",
});
PyDeque_Type.tp_weaklistoffset = 1;

export const PyDequeIter_Type = newStaticType({
  name: "_collections._deque_iterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 56,
});
export const PyDequeRevIter_Type = newStaticType({
  name: "_collections._deque_reverse_iterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 56,
});

function D(o: PyObject): PyDeque {
  return o as PyDeque;
}

function dequeCheck(o: PyObject): o is PyDeque {
  return o instanceof PyDeque && (o.ob_type === PyDeque_Type || PyType_IsSubtype(o.ob_type, PyDeque_Type));
}

// --- block bookkeeping -----------------------------------------------------------------------

function newblock(d: PyDeque): number {
  if (d.freeblocks.length > 0) return d.freeblocks.pop()!;
  return PyMem_Malloc(BLOCK_SIZE);
}

function freeblock(d: PyDeque, addr: number): void {
  if (d.freeblocks.length < MAXFREEBLOCKS) d.freeblocks.push(addr);
  else PyMem_Free(addr, BLOCK_SIZE);
}

// --- ring buffer -----------------------------------------------------------------------------

function mask(d: PyDeque): number {
  return d.buf.length - 1;
}

function at(d: PyDeque, i: number): PyObject {
  return d.buf[(d.head + i) & mask(d)]!;
}

function setAt(d: PyDeque, i: number, v: PyObject): void {
  d.buf[(d.head + i) & mask(d)] = v;
}

function grow(d: PyDeque): void {
  const old = d.buf;
  const n = old.length;
  const nb: (PyObject | undefined)[] = new Array(n * 2);
  for (let i = 0; i < d.size; i++) nb[i] = old[(d.head + i) & (n - 1)];
  d.buf = nb;
  d.head = 0;
}

function pushRight(d: PyDeque, v: PyObject): void {
  if (d.size === d.buf.length) grow(d);
  d.buf[(d.head + d.size) & mask(d)] = v;
  d.size++;
}

function pushLeft(d: PyDeque, v: PyObject): void {
  if (d.size === d.buf.length) grow(d);
  d.head = (d.head - 1) & mask(d);
  d.buf[d.head] = v;
  d.size++;
}

function takeRight(d: PyDeque): PyObject {
  const i = (d.head + d.size - 1) & mask(d);
  const v = d.buf[i]!;
  d.buf[i] = undefined;
  d.size--;
  return v;
}

function takeLeft(d: PyDeque): PyObject {
  const v = d.buf[d.head]!;
  d.buf[d.head] = undefined;
  d.head = (d.head + 1) & mask(d);
  d.size--;
  return v;
}

// --- core operations (CPython's index movements) ---------------------------------------------

function needsTrim(d: PyDeque): boolean {
  return d.maxlen >= 0 && d.size > d.maxlen;
}

/** deque_pop: a new reference to the rightmost item. */
function dequePop(d: PyDeque): PyObject {
  if (d.size === 0) raise(PyExc_IndexError, "pop from an empty deque");
  const item = takeRight(d);
  d.rightindex--;
  d.state++;
  if (d.rightindex < 0) {
    if (d.size > 0) {
      freeblock(d, d.blocks.pop()!);
      d.rightindex = BLOCKLEN - 1;
    } else {
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

/** deque_popleft: a new reference to the leftmost item. */
function dequePopLeft(d: PyDeque): PyObject {
  if (d.size === 0) raise(PyExc_IndexError, "pop from an empty deque");
  const item = takeLeft(d);
  d.leftindex++;
  d.state++;
  if (d.leftindex === BLOCKLEN) {
    if (d.size > 0) {
      freeblock(d, d.blocks.shift()!);
      d.leftindex = 0;
    } else {
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

/** deque_append_internal: steals `item`. */
function appendInternal(d: PyDeque, item: PyObject): void {
  if (d.rightindex === BLOCKLEN - 1) {
    d.blocks.push(newblock(d));
    d.rightindex = -1;
  }
  pushRight(d, item);
  d.rightindex++;
  if (needsTrim(d)) Py_DECREF(dequePopLeft(d));
  else d.state++;
}

/** deque_appendleft_internal: steals `item`. */
function appendLeftInternal(d: PyDeque, item: PyObject): void {
  if (d.leftindex === 0) {
    d.blocks.unshift(newblock(d));
    d.leftindex = BLOCKLEN;
  }
  pushLeft(d, item);
  d.leftindex--;
  if (needsTrim(d)) Py_DECREF(dequePop(d));
  else d.state++;
}

/** Drains an iterator (extend with maxlen=0). */
function consumeIterator(it: PyObject): void {
  for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) Py_DECREF(x);
}

function dequeExtend(d: PyDeque, iterable: PyObject): void {
  if (iterable === d) {
    const s = PySequence_List(iterable);
    try {
      dequeExtend(d, s);
    } finally {
      Py_DECREF(s);
    }
    return;
  }
  const it = PyObject_GetIter(iterable);
  try {
    if (d.maxlen === 0) {
      consumeIterator(it);
      return;
    }
    if (d.size === 0) {
      // Space saving heuristic: start filling from the left.
      d.leftindex = 1;
      d.rightindex = 0;
    }
    const next = it.ob_type.tp_iternext!;
    for (let item = next(it); item !== null; item = next(it)) appendInternal(d, item);
  } finally {
    Py_DECREF(it);
  }
}

function dequeExtendLeft(d: PyDeque, iterable: PyObject): void {
  if (iterable === d) {
    const s = PySequence_List(iterable);
    try {
      dequeExtendLeft(d, s);
    } finally {
      Py_DECREF(s);
    }
    return;
  }
  const it = PyObject_GetIter(iterable);
  try {
    if (d.maxlen === 0) {
      consumeIterator(it);
      return;
    }
    if (d.size === 0) {
      d.leftindex = BLOCKLEN - 1;
      d.rightindex = BLOCKLEN - 2;
    }
    const next = it.ob_type.tp_iternext!;
    for (let item = next(it); item !== null; item = next(it)) appendLeftInternal(d, item);
  } finally {
    Py_DECREF(it);
  }
}

/** deque_clear: empty the deque first (on a fresh block), then release the old items left to right. */
function dequeClear(d: PyDeque): void {
  if (d.size === 0) return;
  const b = newblock(d);
  const n = d.size;
  const oldBlocks = d.blocks;
  const oldLeftindex = d.leftindex;
  const items: PyObject[] = new Array(n);
  for (let i = 0; i < n; i++) items[i] = at(d, i);
  d.buf = new Array(8);
  d.head = 0;
  d.size = 0;
  d.blocks = [b];
  d.leftindex = CENTER + 1;
  d.rightindex = CENTER;
  d.state++;
  let blockIdx = 0;
  let left = Math.min(BLOCKLEN - oldLeftindex, n);
  let remaining = n - left;
  for (let i = 0; i < n; i++) {
    if (left === 0) {
      const prev = oldBlocks[blockIdx++]!;
      left = Math.min(remaining, BLOCKLEN);
      remaining -= left;
      freeblock(d, prev);
    }
    left--;
    Py_DECREF(items[i]!);
  }
  freeblock(d, oldBlocks[blockIdx]!);
}

/** _deque_rotate: the items move, and the blocks move as CPython's loop moves them. */
function dequeRotate(d: PyDeque, n: number): void {
  const len = d.size;
  const halflen = len >> 1;
  if (len <= 1) return;
  if (n > halflen || n < -halflen) {
    n %= len;
    if (n > halflen) n -= len;
    else if (n < -halflen) n += len;
  }
  d.state++;
  // items
  if (n > 0) {
    for (let k = 0; k < n; k++) pushLeft(d, takeRight(d));
  } else if (n < 0) {
    for (let k = 0; k < -n; k++) pushRight(d, takeLeft(d));
  }
  // blocks
  let b: number | null = null;
  let { leftindex, rightindex } = d;
  const blocks = d.blocks;
  while (n > 0) {
    if (leftindex === 0) {
      blocks.unshift(b ?? newblock(d));
      b = null;
      leftindex = BLOCKLEN;
    }
    let m = n;
    if (m > rightindex + 1) m = rightindex + 1;
    if (m > leftindex) m = leftindex;
    rightindex -= m;
    leftindex -= m;
    n -= m;
    if (rightindex < 0) {
      b = blocks.pop()!;
      rightindex = BLOCKLEN - 1;
    }
  }
  while (n < 0) {
    if (rightindex === BLOCKLEN - 1) {
      blocks.push(b ?? newblock(d));
      b = null;
      rightindex = -1;
    }
    let m = -n;
    if (m > BLOCKLEN - leftindex) m = BLOCKLEN - leftindex;
    if (m > BLOCKLEN - 1 - rightindex) m = BLOCKLEN - 1 - rightindex;
    leftindex += m;
    rightindex += m;
    n += m;
    if (leftindex === BLOCKLEN) {
      b = blocks.shift()!;
      leftindex = 0;
    }
  }
  if (b !== null) freeblock(d, b);
  d.leftindex = leftindex;
  d.rightindex = rightindex;
}

/** deque_del_item: rotate the item to the left end, pop it, rotate back. */
function dequeDelItem(d: PyDeque, i: number): void {
  dequeRotate(d, -i);
  const item = dequePopLeft(d);
  try {
    dequeRotate(d, i);
  } finally {
    Py_DECREF(item);
  }
}

function newDeque(type: PyType): PyDeque {
  const d = new PyDeque(type);
  gcAlloc(d, type === PyDeque_Type ? 216 + 16 : instanceAllocSize(type));
  if (type !== PyDeque_Type) Py_INCREF(type);
  d.blocks.push(newblock(d));
  PyObject_GC_Track(d);
  return d;
}

function deque_new(type: PyObject, _args: PyObject[], _kw: string[] | null): PyObject {
  return newDeque(type as PyType);
}

function deque_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const d = D(self);
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  let iterable: PyObject | null = null;
  let maxlenObj: PyObject | null = null;
  if (npos > 2) raise(PyExc_TypeError, `deque() takes at most 2 arguments (${npos + nkw} given)`);
  if (npos >= 1) iterable = args[0]!;
  if (npos >= 2) maxlenObj = args[1]!;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i]!;
    const v = args[npos + i]!;
    if (k === "iterable" && iterable === null) iterable = v;
    else if (k === "maxlen" && maxlenObj === null) maxlenObj = v;
    else if (k === "iterable" || k === "maxlen")
      raise(
        PyExc_TypeError,
        `argument for deque() given by name ('${k}') and position (${k === "iterable" ? 1 : 2})`,
      );
    else raise(PyExc_TypeError, `'${k}' is an invalid keyword argument for deque()`);
  }
  let maxlen = -1;
  if (maxlenObj !== null && maxlenObj !== Py_None) {
    if (maxlenObj.ob_type.nb_index === null && maxlenObj.ob_type.nb_int === null)
      raise(PyExc_TypeError, "an integer is required");
    const idx = PyNumber_Index(maxlenObj);
    try {
      maxlen = PyNumber_AsSsize_t(idx, PyExc_OverflowError);
    } finally {
      Py_DECREF(idx);
    }
    if (maxlen < 0) raise(PyExc_ValueError, "maxlen must be non-negative");
  }
  d.maxlen = maxlen;
  if (d.size > 0) dequeClear(d);
  if (iterable !== null) dequeExtend(d, iterable);
}

function deque_dealloc(o: PyObject): void {
  const d = D(o);
  PyObject_GC_UnTrack(d);
  dequeClear(d);
  for (const b of d.blocks) freeblock(d, b);
  d.blocks = [];
  for (const b of d.freeblocks) PyMem_Free(b, BLOCK_SIZE);
  d.freeblocks = [];
  gcFree(d);
}

function deque_traverse(o: PyObject, visit: VisitProc): void {
  const d = D(o);
  for (let i = 0; i < d.size; i++) visit(at(d, i));
}

function deque_tp_clear(o: PyObject): void {
  dequeClear(D(o));
}

function deque_len(o: PyObject): number {
  return D(o).size;
}

function deque_item(o: PyObject, i: number): PyObject {
  const d = D(o);
  if (i < 0 || i >= d.size) raise(PyExc_IndexError, "deque index out of range");
  return Py_NewRef(at(d, i));
}

function deque_ass_item(o: PyObject, i: number, v: PyObject | null): void {
  const d = D(o);
  if (i < 0 || i >= d.size) raise(PyExc_IndexError, "deque index out of range");
  if (v === null) {
    dequeDelItem(d, i);
    return;
  }
  const old = at(d, i);
  Py_INCREF(v);
  setAt(d, i, v);
  Py_DECREF(old);
}

function deque_contains(o: PyObject, v: PyObject): boolean {
  const d = D(o);
  const start = d.state;
  const n = d.size;
  for (let i = 0; i < n; i++) {
    const item = Py_NewRef(at(d, i));
    let cmp: boolean;
    try {
      cmp = PyObject_RichCompareBool(item, v, 2);
    } finally {
      Py_DECREF(item);
    }
    if (cmp) return true;
    if (start !== d.state) raise(PyExc_RuntimeError, "deque mutated during iteration");
  }
  return false;
}

function typeName(t: PyType): string {
  const n = t.tp_name;
  return n.slice(n.lastIndexOf(".") + 1);
}

function deque_repr(o: PyObject): PyObject {
  const d = D(o);
  if (Py_ReprEnter(d)) return PyStr_FromString("[...]");
  try {
    const aslist = PySequence_List(d);
    let s: string;
    try {
      s = reprOf(aslist);
    } finally {
      Py_DECREF(aslist);
    }
    const name = typeName(d.ob_type);
    return PyStr_FromString(d.maxlen >= 0 ? `${name}(${s}, maxlen=${d.maxlen})` : `${name}(${s})`);
  } finally {
    Py_ReprLeave(d);
  }
}

function deque_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!dequeCheck(v) || !dequeCheck(w)) return Py_NewRef(Py_NotImplemented);
  const vs = v.size;
  const ws = w.size;
  if (op === 2) {
    if (v === w) return PyBool_FromBool(true);
    if (vs !== ws) return PyBool_FromBool(false);
  }
  if (op === 3) {
    if (v === w) return PyBool_FromBool(false);
    if (vs !== ws) return PyBool_FromBool(true);
  }
  const it1 = PyObject_GetIter(v);
  try {
    const it2 = PyObject_GetIter(w);
    try {
      let x: PyObject | null = null;
      let y: PyObject | null = null;
      try {
        for (;;) {
          x = PyIter_Next(it1);
          y = PyIter_Next(it2);
          if (x === null || y === null) break;
          if (!PyObject_RichCompareBool(x, y, 2)) {
            return PyBool_FromBool(PyObject_RichCompareBool(x, y, op));
          }
          Py_DECREF(x);
          Py_DECREF(y);
          x = y = null;
        }
        let cmp: boolean;
        switch (op) {
          case 0:
            cmp = y !== null;
            break;
          case 1:
            cmp = x === null;
            break;
          case 2:
            cmp = x === y;
            break;
          case 3:
            cmp = x !== y;
            break;
          case 4:
            cmp = x !== null;
            break;
          default:
            cmp = y === null;
            break;
        }
        return PyBool_FromBool(cmp);
      } finally {
        if (x !== null) Py_DECREF(x);
        if (y !== null) Py_DECREF(y);
      }
    } finally {
      Py_DECREF(it2);
    }
  } finally {
    Py_DECREF(it1);
  }
}

function dequeCopy(o: PyObject): PyObject {
  const old = D(o);
  if (old.ob_type === PyDeque_Type) {
    const nd = newDeque(PyDeque_Type);
    nd.maxlen = old.maxlen;
    try {
      if (old.size === 1) appendInternal(nd, Py_NewRef(at(old, 0)));
      else dequeExtend(nd, old);
    } catch (e) {
      Py_DECREF(nd);
      throw e;
    }
    return nd;
  }
  let result: PyObject;
  if (old.maxlen < 0) result = PyObject_CallOneArg(old.ob_type, old);
  else {
    const ml = PyInt_FromNumber(old.maxlen);
    try {
      result = PyObject_Call(old.ob_type, [old, ml], null);
    } finally {
      Py_DECREF(ml);
    }
  }
  if (!dequeCheck(result)) {
    const tn = result.ob_type.tp_name;
    Py_DECREF(result);
    raise(PyExc_TypeError, `${old.ob_type.tp_name}() must return a deque, not ${tn}`);
  }
  return result;
}

function deque_concat(o: PyObject, other: PyObject): PyObject {
  if (!dequeCheck(o)) return Py_NewRef(Py_NotImplemented);
  if (!dequeCheck(other)) {
    raise(PyExc_TypeError, `can only concatenate deque (not "${other.ob_type.tp_name}") to deque`);
  }
  const nd = dequeCopy(o);
  try {
    dequeExtend(D(nd), other);
  } catch (e) {
    Py_DECREF(nd);
    throw e;
  }
  return nd;
}

function deque_inplace_concat(o: PyObject, other: PyObject): PyObject {
  dequeExtend(D(o), other);
  return Py_NewRef(o);
}

function dequeInplaceRepeat(d: PyDeque, n: number): PyObject {
  const size = d.size;
  if (size === 0 || n === 1) return Py_NewRef(d);
  if (n <= 0) {
    dequeClear(d);
    return Py_NewRef(d);
  }
  if (size === 1) {
    const item = at(d, 0);
    if (d.maxlen >= 0 && n > d.maxlen) n = d.maxlen;
    d.state++;
    for (let i = 0; i < n - 1; ) {
      if (d.rightindex === BLOCKLEN - 1) {
        d.blocks.push(newblock(d));
        d.rightindex = -1;
      }
      let m = n - 1 - i;
      if (m > BLOCKLEN - 1 - d.rightindex) m = BLOCKLEN - 1 - d.rightindex;
      i += m;
      while (m--) {
        d.rightindex++;
        Py_INCREF(item);
        pushRight(d, item);
      }
    }
    return Py_NewRef(d);
  }
  if (size * n > Number.MAX_SAFE_INTEGER) raise(PyExc_OverflowError, "repeated deque is too long");
  const seq = PySequence_List(d);
  try {
    if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
    for (let i = 0; i < n - 1; i++) dequeExtend(d, seq);
  } finally {
    Py_DECREF(seq);
  }
  return Py_NewRef(d);
}

function deque_repeat(o: PyObject, n: number): PyObject {
  const nd = dequeCopy(o);
  try {
    const r = dequeInplaceRepeat(D(nd), n);
    Py_DECREF(r);
  } catch (e) {
    Py_DECREF(nd);
    throw e;
  }
  return nd;
}

function deque_inplace_repeat(o: PyObject, n: number): PyObject {
  return dequeInplaceRepeat(D(o), n);
}

/** _PyEval_SliceIndexNotNone. */
function sliceIndex(o: PyObject): number {
  if (o.ob_type.nb_index === null) {
    raise(PyExc_TypeError, "slice indices must be integers or have an __index__ method");
  }
  const idx = PyNumber_Index(o);
  try {
    return PyNumber_AsSsize_t(idx, null);
  } finally {
    Py_DECREF(idx);
  }
}

defineMethods(PyDeque_Type, {
  append: {
    impl: (self, args, kwnames) => {
      const x = oneArg("deque.append", args, kwnames);
      appendInternal(D(self!), Py_NewRef(x));
      return Py_NewRef(Py_None);
    },
    doc: "Add an element to the right side of the deque.",
  },
  appendleft: {
    impl: (self, args, kwnames) => {
      const x = oneArg("deque.appendleft", args, kwnames);
      appendLeftInternal(D(self!), Py_NewRef(x));
      return Py_NewRef(Py_None);
    },
    doc: "Add an element to the left side of the deque.",
  },
  pop: {
    impl: (self, args, kwnames) => {
      noArgs("deque.pop", args, kwnames);
      return dequePop(D(self!));
    },
    doc: "Remove and return the rightmost element.",
  },
  popleft: {
    impl: (self, args, kwnames) => {
      noArgs("deque.popleft", args, kwnames);
      return dequePopLeft(D(self!));
    },
    doc: "Remove and return the leftmost element.",
  },
  extend: {
    impl: (self, args, kwnames) => {
      dequeExtend(D(self!), oneArg("deque.extend", args, kwnames));
      return Py_NewRef(Py_None);
    },
    doc: "Extend the right side of the deque with elements from the iterable",
  },
  extendleft: {
    impl: (self, args, kwnames) => {
      dequeExtendLeft(D(self!), oneArg("deque.extendleft", args, kwnames));
      return Py_NewRef(Py_None);
    },
    doc: "Extend the left side of the deque with elements from the iterable",
  },
  clear: {
    impl: (self, args, kwnames) => {
      noArgs("deque.clear", args, kwnames);
      dequeClear(D(self!));
      return Py_NewRef(Py_None);
    },
    doc: "Remove all elements from the deque.",
  },
  copy: {
    impl: (self, args, kwnames) => {
      noArgs("deque.copy", args, kwnames);
      return dequeCopy(self!);
    },
    doc: "Return a shallow copy of a deque.",
  },
  __copy__: {
    impl: (self, args, kwnames) => {
      noArgs("deque.__copy__", args, kwnames);
      return dequeCopy(self!);
    },
    doc: "Return a shallow copy of a deque.",
  },
  count: {
    impl: (self, args, kwnames) => {
      const v = oneArg("deque.count", args, kwnames);
      const d = D(self!);
      const start = d.state;
      const n = d.size;
      let count = 0;
      for (let i = 0; i < n; i++) {
        const item = Py_NewRef(at(d, i));
        try {
          if (PyObject_RichCompareBool(item, v, 2)) count++;
        } finally {
          Py_DECREF(item);
        }
        if (start !== d.state) raise(PyExc_RuntimeError, "deque mutated during iteration");
      }
      return PyInt_FromNumber(count);
    },
    doc: "D.count(value) -> integer -- return number of occurrences of value",
  },
  index: {
    impl: (self, args, kwnames) => {
      positional("index", args, kwnames, 1, 3);
      const d = D(self!);
      const v = args[0]!;
      let start = args.length > 1 ? sliceIndex(args[1]!) : 0;
      let stop = args.length > 2 ? sliceIndex(args[2]!) : Number.MAX_SAFE_INTEGER;
      const size = d.size;
      if (start < 0) {
        start += size;
        if (start < 0) start = 0;
      }
      if (stop < 0) {
        stop += size;
        if (stop < 0) stop = 0;
      }
      if (stop > size) stop = size;
      if (start > stop) start = stop;
      const state = d.state;
      for (let i = start; i < stop; i++) {
        const item = Py_NewRef(at(d, i));
        let cmp: boolean;
        try {
          cmp = PyObject_RichCompareBool(item, v, 2);
        } finally {
          Py_DECREF(item);
        }
        if (cmp) return PyInt_FromNumber(i);
        if (state !== d.state) raise(PyExc_RuntimeError, "deque mutated during iteration");
      }
      raise(PyExc_ValueError, `${reprOf(v)} is not in deque`);
    },
    doc: "D.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present.",
  },
  insert: {
    impl: (self, args, kwnames) => {
      positional("insert", args, kwnames, 2, 2);
      const d = D(self!);
      const index = ssizeArg(args[0]!);
      const value = args[1]!;
      const n = d.size;
      if (d.maxlen === n) raise(PyExc_IndexError, "deque already at its maximum size");
      if (index >= n) {
        appendInternal(d, Py_NewRef(value));
        return Py_NewRef(Py_None);
      }
      if (index <= -n || index === 0) {
        appendLeftInternal(d, Py_NewRef(value));
        return Py_NewRef(Py_None);
      }
      dequeRotate(d, -index);
      if (index < 0) appendInternal(d, Py_NewRef(value));
      else appendLeftInternal(d, Py_NewRef(value));
      dequeRotate(d, index);
      return Py_NewRef(Py_None);
    },
    doc: "D.insert(index, object) -- insert object before index",
  },
  remove: {
    impl: (self, args, kwnames) => {
      const value = oneArg("deque.remove", args, kwnames);
      const d = D(self!);
      const n = d.size;
      const start = d.state;
      let i = 0;
      for (; i < n; i++) {
        const item = Py_NewRef(at(d, i));
        let cmp: boolean;
        try {
          cmp = PyObject_RichCompareBool(item, value, 2);
        } finally {
          Py_DECREF(item);
        }
        if (start !== d.state) raise(PyExc_IndexError, "deque mutated during remove().");
        if (cmp) break;
      }
      if (i === n) raise(PyExc_ValueError, `${reprOf(value)} is not in deque`);
      dequeDelItem(d, i);
      return Py_NewRef(Py_None);
    },
    doc: "D.remove(value) -- remove first occurrence of value.",
  },
  reverse: {
    impl: (self, args, kwnames) => {
      noArgs("deque.reverse", args, kwnames);
      const d = D(self!);
      for (let i = 0, j = d.size - 1; i < j; i++, j--) {
        const t = at(d, i);
        setAt(d, i, at(d, j));
        setAt(d, j, t);
      }
      d.state++;
      return Py_NewRef(Py_None);
    },
    doc: "D.reverse() -- reverse *IN PLACE*",
  },
  rotate: {
    impl: (self, args, kwnames) => {
      positional("deque.rotate", args, kwnames, 0, 1);
      const n = args.length > 0 ? ssizeArg(args[0]!) : 1;
      dequeRotate(D(self!), n);
      return Py_NewRef(Py_None);
    },
    doc: "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.",
  },
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("deque.__reduce__", args, kwnames);
      const d = D(self!);
      // _PyObject_GetState: __getstate__() (instance dict and slots of subclasses)
      const state = PyObject_CallMethodNoArgs(d, "__getstate__");
      let it: PyObject;
      try {
        it = PyObject_GetIter(d);
      } catch (e) {
        Py_DECREF(state);
        throw e;
      }
      Py_INCREF(d.ob_type);
      const ctorArgs =
        d.maxlen < 0 ? PyTuple_New([]) : PyTuple_New([PyTuple_New([]), PyInt_FromNumber(d.maxlen)]);
      return PyTuple_New([d.ob_type, ctorArgs, state, it]);
    },
    doc: "Return state information for pickling.",
  },
  __reversed__: {
    impl: (self, args, kwnames) => {
      noArgs("deque.__reversed__", args, kwnames);
      return newDequeIter(D(self!), PyDequeRevIter_Type);
    },
    doc: "D.__reversed__() -- return a reverse iterator over the deque",
  },
  __sizeof__: {
    impl: (self, args, kwnames) => {
      noArgs("deque.__sizeof__", args, kwnames);
      const d = D(self!);
      const blocks = Math.floor((d.leftindex + d.size + BLOCKLEN - 1) / BLOCKLEN);
      return PyInt_FromNumber(d.ob_type.tp_basicsize + blocks * BLOCK_SIZE);
    },
    doc: "D.__sizeof__() -- size of D in memory, in bytes",
  },
  __class_getitem__: { impl: Py_GenericAlias, kind: "class", doc: "See PEP 585" },
});

defineGetSets(PyDeque_Type, [
  {
    name: "maxlen",
    get: (self) => (D(self).maxlen < 0 ? Py_NewRef(Py_None) : PyInt_FromNumber(D(self).maxlen)),
    doc: "maximum size of a deque or None if unbounded",
  },
]);

const DT = PyDeque_Type;
DT.tp_new = deque_new;
DT.tp_init = deque_init;
DT.tp_dealloc = deque_dealloc;
DT.tp_traverse = deque_traverse;
DT.tp_clear = deque_tp_clear;
DT.tp_repr = deque_repr;
DT.tp_richcompare = deque_richcompare;
DT.tp_iter = (o) => newDequeIter(D(o), PyDequeIter_Type);
DT.sq_length = deque_len;
DT.sq_item = deque_item;
DT.sq_ass_item = deque_ass_item;
DT.sq_contains = deque_contains;
DT.sq_concat = deque_concat;
DT.sq_repeat = deque_repeat;
DT.sq_inplace_concat = deque_inplace_concat;
DT.sq_inplace_repeat = deque_inplace_repeat;

// --- iterators -------------------------------------------------------------------------------

class PyDequeIter extends PyObject {
  deque: PyDeque | null = null;
  /** Logical position of the next item (from the left for forward, from the right for reverse). */
  index = 0;
  state = 0;
  counter = 0;
}

function newDequeIter(d: PyDeque, type: PyType): PyDequeIter {
  const it = new PyDequeIter(type);
  gcAlloc(it, 56 + 16);
  it.deque = Py_NewRef(d);
  it.state = d.state;
  it.counter = d.size;
  it.index = 0;
  PyObject_GC_Track(it);
  return it;
}

function dequeiter_next(o: PyObject): PyObject | null {
  const it = o as PyDequeIter;
  const d = it.deque!;
  if (d.state !== it.state) {
    it.counter = 0;
    raise(PyExc_RuntimeError, "deque mutated during iteration");
  }
  if (it.counter === 0) return null;
  const pos = it.ob_type === PyDequeRevIter_Type ? d.size - 1 - it.index : it.index;
  it.index++;
  it.counter--;
  return Py_NewRef(at(d, pos));
}

function dequeiter_new(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const t = type as PyType;
  const name = t === PyDequeRevIter_Type ? "_deque_reverse_iterator" : "_deque_iterator";
  positional(name, args, kwnames, 1, 2);
  const d = args[0]!;
  if (!dequeCheck(d)) {
    raise(PyExc_TypeError, `${name}() argument 1 must be collections.deque, not ${d.ob_type.tp_name}`);
  }
  const it = newDequeIter(d, t);
  if (args.length > 1) {
    const index = ssizeArg(args[1]!);
    for (let i = 0; i < index && it.counter > 0; i++) Py_DECREF(dequeiter_next(it)!);
  }
  return it;
}

for (const T of [PyDequeIter_Type, PyDequeRevIter_Type]) {
  T.tp_new = dequeiter_new;
  T.tp_iter = PyObject_SelfIter;
  T.tp_iternext = dequeiter_next;
  T.tp_dealloc = (o) => {
    const it = o as PyDequeIter;
    PyObject_GC_UnTrack(it);
    const d = it.deque;
    it.deque = null;
    if (d !== null) Py_DECREF(d);
    gcFree(it);
  };
  T.tp_traverse = (o, visit) => {
    const it = o as PyDequeIter;
    if (it.deque !== null) visit(it.deque);
  };
  defineMethods(T, {
    __length_hint__: {
      impl: (self, args, kwnames) => {
        noArgs("__length_hint__", args, kwnames);
        return PyInt_FromNumber((self as PyDequeIter).counter);
      },
      doc: "Private method returning an estimate of len(list(it)).",
    },
    __reduce__: {
      impl: (self, args, kwnames) => {
        noArgs("__reduce__", args, kwnames);
        const it = self as PyDequeIter;
        Py_INCREF(it.ob_type);
        const consumed = it.deque!.size - it.counter;
        return PyTuple_New([it.ob_type, PyTuple_New([Py_NewRef(it.deque!), PyInt_FromNumber(consumed)])]);
      },
      doc: "Return state information for pickling.",
    },
  });
}

// =============================================================================================
// defaultdict

interface PyDefaultDict extends PyDict {
  default_factory: PyObject | null;
}

export const PyDefaultDict_Type = newStaticType({
  name: "collections.defaultdict",
  base: PyDict_Type,
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC | TypeFlag.DICT_SUBCLASS | TypeFlag.MAPPING,
  basicsize: 56,
  doc: "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n",
});

function DD(o: PyObject): PyDefaultDict {
  return o as PyDefaultDict;
}

function factoryOf(o: PyObject): PyObject | null {
  return DD(o).default_factory ?? null;
}

function defdict_new(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const d = PyDict_Type.tp_new!(type, args, kwnames);
  // dict_new counts a reference to any non-dict type; a static type's instances hold none.
  if (type === PyDefaultDict_Type) Py_DECREF(type);
  DD(d).default_factory = null;
  return d;
}

function defdict_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  let rest = args;
  let newdefault: PyObject | null = null;
  if (npos > 0) {
    newdefault = args[0]!;
    if (newdefault !== Py_None && !isCallable(newdefault)) {
      raise(PyExc_TypeError, "first argument must be callable or None");
    }
    rest = args.slice(1);
  }
  const dd = DD(self);
  const old = dd.default_factory;
  dd.default_factory = newdefault === null || newdefault === Py_None ? null : Py_NewRef(newdefault);
  if (old) Py_DECREF(old);
  PyDict_Type.tp_init!(self, rest, kwnames);
}

function isCallable(o: PyObject): boolean {
  return o.ob_type.tp_call !== null;
}

function defdict_missing(self: PyObject, key: PyObject): PyObject {
  const factory = factoryOf(self);
  if (factory === null) _PyErr_SetKeyError(key);
  const value = PyObject_CallNoArgs(factory);
  try {
    PyObject_SetItem(self, key, value);
  } catch (e) {
    Py_DECREF(value);
    throw e;
  }
  return value;
}

function defdict_repr(o: PyObject): PyObject {
  const base = PyDict_Type.tp_repr!(o);
  let baserepr: string;
  try {
    baserepr = (base as unknown as { value: string }).value;
  } finally {
    Py_DECREF(base);
  }
  const factory = factoryOf(o);
  let defrepr: string;
  if (factory === null) defrepr = "None";
  else if (Py_ReprEnter(factory)) defrepr = "...";
  else {
    try {
      defrepr = reprOf(factory);
    } finally {
      Py_ReprLeave(factory);
    }
  }
  return PyStr_FromString(`${typeName(o.ob_type)}(${defrepr}, ${baserepr})`);
}

/** type(dd)(dd.default_factory, arg). */
function newDefdict(dd: PyObject, arg: PyObject): PyObject {
  const f = factoryOf(dd) ?? Py_None;
  return PyObject_Call(dd.ob_type, [f, arg], null);
}

function defdict_or(left: PyObject, right: PyObject): PyObject {
  const leftIs = left.ob_type === PyDefaultDict_Type || PyType_IsSubtype(left.ob_type, PyDefaultDict_Type);
  const self = leftIs ? left : right;
  const other = leftIs ? right : left;
  if (!PyDict_Check(other)) return Py_NewRef(Py_NotImplemented);
  const n = newDefdict(self, left);
  try {
    PyDict_Update(n as PyDict, right);
  } catch (e) {
    Py_DECREF(n);
    throw e;
  }
  return n;
}

const dictDealloc = (): ((o: PyObject) => void) => PyDict_Type.tp_dealloc;
const dictTraverse = (): ((o: PyObject, v: VisitProc) => void) => PyDict_Type.tp_traverse!;

const DDT = PyDefaultDict_Type;
DDT.tp_new = defdict_new;
DDT.tp_init = defdict_init;
DDT.tp_repr = defdict_repr;
DDT.nb_or = defdict_or;
DDT.tp_dealloc = (o) => {
  const dd = DD(o);
  const f = dd.default_factory;
  dd.default_factory = null;
  if (f) Py_DECREF(f);
  dictDealloc()(o);
};
DDT.tp_traverse = (o, visit) => {
  const f = factoryOf(o);
  if (f !== null) visit(f);
  dictTraverse()(o, visit);
};
DDT.tp_clear = (o) => {
  const dd = DD(o);
  const f = dd.default_factory;
  dd.default_factory = null;
  if (f) Py_DECREF(f);
  PyDict_Type.tp_clear!(o);
};

function defdictCopy(self: PyObject): PyObject {
  return newDefdict(self, self);
}

defineMethods(PyDefaultDict_Type, {
  __missing__: {
    impl: (self, args, kwnames) => defdict_missing(self!, oneArg("defaultdict.__missing__", args, kwnames)),
    doc: "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n",
  },
  copy: {
    impl: (self, args, kwnames) => {
      noArgs("defaultdict.copy", args, kwnames);
      return defdictCopy(self!);
    },
    doc: "D.copy() -> a shallow copy of D.",
  },
  __copy__: {
    impl: (self, args, kwnames) => {
      noArgs("defaultdict.__copy__", args, kwnames);
      return defdictCopy(self!);
    },
    doc: "D.copy() -> a shallow copy of D.",
  },
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("defaultdict.__reduce__", args, kwnames);
      const f = factoryOf(self!);
      const ctorArgs = f === null ? PyTuple_New([]) : PyTuple_New([Py_NewRef(f)]);
      let iter: PyObject;
      try {
        const items = PyObject_CallMethodNoArgs(self!, "items");
        try {
          iter = PyObject_GetIter(items);
        } finally {
          Py_DECREF(items);
        }
      } catch (e) {
        Py_DECREF(ctorArgs);
        throw e;
      }
      Py_INCREF(self!.ob_type);
      return PyTuple_New([self!.ob_type, ctorArgs, Py_NewRef(Py_None), Py_NewRef(Py_None), iter]);
    },
    doc: "Return state information for pickling.",
  },
});

function PyObject_CallMethodNoArgs(o: PyObject, name: string): PyObject {
  const m = PyObject_GetAttrString(o, name);
  try {
    return PyObject_CallNoArgs(m);
  } finally {
    Py_DECREF(m);
  }
}

defineGetSets(PyDefaultDict_Type, [
  {
    name: "default_factory",
    kind: "member",
    get: (self) => Py_NewRef(factoryOf(self) ?? Py_None),
    set: (self, v) => {
      const dd = DD(self);
      const old = dd.default_factory;
      dd.default_factory = v === null || v === Py_None ? null : Py_NewRef(v);
      if (old) Py_DECREF(old);
    },
    doc: "Factory for default value called by __missing__().",
  },
]);

// =============================================================================================
// _count_elements

function count_elements(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("_count_elements", args, kwnames, 2, 2);
  const mapping = args[0]!;
  const iterable = args[1]!;
  const it = PyObject_GetIter(iterable);
  const one = PyInt_FromNumber(1);
  try {
    const t = mapping.ob_type;
    const dictGet = PyDict_Type.tp_dict === null ? null : typeLookupString(PyDict_Type, "get");
    const dictSet = PyDict_Type.tp_dict === null ? null : typeLookupString(PyDict_Type, "__setitem__");
    const fast =
      mapping instanceof PyDict &&
      typeLookupString(t, "get") === dictGet &&
      typeLookupString(t, "__setitem__") === dictSet;
    if (fast) {
      const d = mapping as PyDict;
      for (let key = PyIter_Next(it); key !== null; key = PyIter_Next(it)) {
        try {
          const old = PyDict_GetItem(d, key);
          if (old === null) PyDict_SetItem(d, key, one);
          else {
            Py_INCREF(old);
            let nv: PyObject;
            try {
              nv = PyNumber_Add(old, one);
            } finally {
              Py_DECREF(old);
            }
            try {
              PyDict_SetItem(d, key, nv);
            } finally {
              Py_DECREF(nv);
            }
          }
        } finally {
          Py_DECREF(key);
        }
      }
    } else {
      const get = PyObject_GetAttrString(mapping, "get");
      try {
        const zero = PyInt_FromNumber(0);
        for (let key = PyIter_Next(it); key !== null; key = PyIter_Next(it)) {
          try {
            const old = PyObject_Call(get, [key, zero], null);
            let nv: PyObject;
            try {
              nv = PyNumber_Add(old, one);
            } finally {
              Py_DECREF(old);
            }
            try {
              PyObject_SetItem(mapping, key, nv);
            } finally {
              Py_DECREF(nv);
            }
          } finally {
            Py_DECREF(key);
          }
        }
      } finally {
        Py_DECREF(get);
      }
    }
  } finally {
    Py_DECREF(one);
    Py_DECREF(it);
  }
  return Py_NewRef(Py_None);
}

// =============================================================================================
// _tuplegetter

class PyTupleGetter extends PyObject {
  index = 0;
  doc: PyObject | null = null;
}

export const PyTupleGetter_Type = newStaticType({
  name: "_collections._tuplegetter",
  flags: TypeFlag.HAVE_GC,
  basicsize: 32,
});

function tuplegetter_new(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("_tuplegetter", args, kwnames, 2, 2);
  const index = ssizeArg(args[0]!);
  const tg = new PyTupleGetter(type as PyType);
  gcAlloc(tg, 48);
  tg.index = index;
  tg.doc = Py_NewRef(args[1]!);
  PyObject_GC_Track(tg);
  return tg;
}

const TG = PyTupleGetter_Type;
TG.tp_new = tuplegetter_new;
TG.tp_descr_get = (descr, obj, _type) => {
  const tg = descr as PyTupleGetter;
  if (obj === null || obj === Py_None) return Py_NewRef(descr);
  if (!(obj instanceof PyTuple)) {
    raise(
      PyExc_TypeError,
      `descriptor for index '${tg.index}' for tuple subclasses doesn't apply to '${obj.ob_type.tp_name}' object`,
    );
  }
  if (tg.index < 0 || tg.index >= obj.items.length) raise(PyExc_IndexError, "tuple index out of range");
  return Py_NewRef(obj.items[tg.index]!);
};
TG.tp_descr_set = (_descr, _obj, v) => {
  raise(PyExc_AttributeError, v === null ? "can't delete attribute" : "can't set attribute");
};
TG.tp_repr = (o) => {
  const tg = o as PyTupleGetter;
  return PyStr_FromString(`${typeName(o.ob_type)}(${tg.index}, ${reprOf(tg.doc ?? Py_None)})`);
};
TG.tp_dealloc = (o) => {
  const tg = o as PyTupleGetter;
  PyObject_GC_UnTrack(tg);
  const doc = tg.doc;
  tg.doc = null;
  if (doc) Py_DECREF(doc);
  gcFree(tg);
};
TG.tp_traverse = (o, visit) => {
  const tg = o as PyTupleGetter;
  if (tg.doc) visit(tg.doc);
};

defineMethods(PyTupleGetter_Type, {
  __reduce__: (self, args, kwnames) => {
    noArgs("__reduce__", args, kwnames);
    const tg = self as PyTupleGetter;
    Py_INCREF(tg.ob_type);
    return PyTuple_New([tg.ob_type, PyTuple_New([PyInt_FromNumber(tg.index), Py_NewRef(tg.doc ?? Py_None)])]);
  },
});

defineGetSets(PyTupleGetter_Type, [
  {
    name: "__doc__",
    kind: "member",
    get: (self) => Py_NewRef((self as PyTupleGetter).doc ?? Py_None),
    set: (self, v) => {
      const tg = self as PyTupleGetter;
      const old = tg.doc;
      tg.doc = v === null ? null : Py_NewRef(v);
      if (old) Py_DECREF(old);
    },
  },
]);

// =============================================================================================
// the module

const FUNCTIONS: MethodDef[] = [
  {
    name: "_count_elements",
    impl: count_elements,
    doc: "Count elements in the iterable, updating the mapping",
  },
];

function createCollectionsModule(): PyModule {
  const m = PyModule_New("_collections");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString(
      "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n",
    ),
  );
  PyModule_AddFunctions(m, FUNCTIONS);
  PyModule_AddObjectRef(m, "deque", PyDeque_Type);
  PyModule_AddObjectRef(m, "defaultdict", PyDefaultDict_Type);
  PyModule_AddObjectRef(m, "_deque_iterator", PyDequeIter_Type);
  PyModule_AddObjectRef(m, "_deque_reverse_iterator", PyDequeRevIter_Type);
  PyModule_AddObjectRef(m, "_tuplegetter", PyTupleGetter_Type);
  PyModule_AddObjectRef(m, "OrderedDict", PyODict_Type);
  return m;
}

/** Makes `import _collections` available. */
export function registerCollectionsModule(): void {
  registerBuiltinModule("_collections", createCollectionsModule);
}
