/**
 * list.sort(): CPython 3.11's adaptive, stable, natural mergesort (Objects/listobject.c and
 * Objects/listsort.txt), ported step for step so that the sequence of `<` comparisons — and
 * therefore the result with inconsistent comparisons, and what a `__lt__` that prints shows —
 * is CPython's: binary insertion for short runs, minrun, count_run, galloping with
 * min_gallop adaptation, merge_lo/merge_hi, and the powersort merge policy of 3.11.
 *
 * A "sortslice" is an index into the keys array K (and the values array V when a key function
 * is used); temporary storage is a separate pair of arrays (TK, TV).
 */
import { CmpOp } from "../compiler/opcodes.js";
import { PyObject_CallOneArg, PyObject_IsTrue, PyObject_RichCompareBool } from "./abstract.js";
import { Py_False, Py_True } from "./bool.js";
import { PyExc_ValueError, raise } from "./exceptions.js";
import { type PyFloat, PyFloat_Type } from "./float.js";
import { type PyInt, PyInt_Type } from "./int.js";
import type { PyList } from "./list.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF, type PyObject } from "./object.js";
import type { RichCmpFunc } from "./slots_types.js";
import { type PyStr, PyStr_Type } from "./str.js";
import { PyMem_Free, PyMem_Malloc, type PyTuple, PyTuple_Type } from "./tuple.js";

const MIN_GALLOP = 7;
const MERGESTATE_TEMP_SIZE = 256;

type Compare = (v: PyObject, w: PyObject) => boolean;

interface Run {
  base: number;
  len: number;
  power: number;
}

class MergeState {
  minGallop = MIN_GALLOP;
  /** Temp arrays and how many slots are "allocated" for them (CPython's ms->alloced). */
  TK: PyObject[] = [];
  TV: PyObject[] | null;
  alloced: number;
  /** Raw block backing the temp arrays once they outgrow the on-stack temparray. */
  tempAddr = 0;
  tempSize = 0;
  pending: Run[] = [];
  compare: Compare = safe_object_compare;
  keyRichcompare: RichCmpFunc | null = null;
  tupleElemCompare: Compare = safe_object_compare;

  constructor(
    readonly K: PyObject[],
    readonly V: PyObject[] | null,
    readonly listlen: number,
  ) {
    if (V !== null) {
      this.alloced = Math.min(Math.floor((listlen + 1) / 2), MERGESTATE_TEMP_SIZE / 2);
      this.TV = [];
    } else {
      this.alloced = MERGESTATE_TEMP_SIZE;
      this.TV = null;
    }
  }

  /** merge_getmem: ensure room for `need` temp slots (a fresh block, never realloc'd). */
  getmem(need: number): void {
    if (need <= this.alloced) return;
    this.freemem();
    const multiplier = this.TV !== null ? 2 : 1;
    this.tempSize = multiplier * need * 8;
    this.tempAddr = PyMem_Malloc(this.tempSize);
    this.alloced = need;
  }

  freemem(): void {
    if (this.tempAddr !== 0) {
      PyMem_Free(this.tempAddr, this.tempSize);
      this.tempAddr = 0;
      this.tempSize = 0;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// comparison functions chosen by the pre-sort check

function safe_object_compare(v: PyObject, w: PyObject): boolean {
  return PyObject_RichCompareBool(v, w, CmpOp.LT);
}

function makeUnsafeObjectCompare(ms: MergeState): Compare {
  return (v, w) => {
    if (v.ob_type.tp_richcompare !== ms.keyRichcompare) return PyObject_RichCompareBool(v, w, CmpOp.LT);
    const res = ms.keyRichcompare!(v, w, CmpOp.LT);
    if (res === Py_NotImplemented) {
      Py_DECREF(res);
      return PyObject_RichCompareBool(v, w, CmpOp.LT);
    }
    let r: boolean;
    if (res === Py_True) r = true;
    else if (res === Py_False) r = false;
    else {
      try {
        r = PyObject_IsTrue(res);
      } finally {
        Py_DECREF(res);
      }
      return r;
    }
    Py_DECREF(res);
    return r;
  };
}

function unsafe_long_compare(v: PyObject, w: PyObject): boolean {
  return (v as PyInt).value < (w as PyInt).value;
}

function unsafe_float_compare(v: PyObject, w: PyObject): boolean {
  return (v as PyFloat).value < (w as PyFloat).value;
}

/** Strings without surrogates compare correctly by UTF-16 code units. */
function unsafe_str_compare(v: PyObject, w: PyObject): boolean {
  return (v as PyStr).value < (w as PyStr).value;
}

const SURROGATE = /[\ud800-\udfff]/;

function makeUnsafeTupleCompare(ms: MergeState): Compare {
  return (v, w) => {
    const vt = (v as PyTuple).items;
    const wt = (w as PyTuple).items;
    const vlen = vt.length;
    const wlen = wt.length;
    let i = 0;
    for (; i < vlen && i < wlen; i++) {
      if (!PyObject_RichCompareBool(vt[i]!, wt[i]!, CmpOp.EQ)) break;
    }
    if (i >= vlen || i >= wlen) return vlen < wlen;
    if (i === 0) return ms.tupleElemCompare(vt[0]!, wt[0]!);
    return PyObject_RichCompareBool(vt[i]!, wt[i]!, CmpOp.LT);
  };
}

/** The pre-sort check: picks ms.compare from what the keys have in common. */
function chooseCompare(ms: MergeState, keys: PyObject[], n: number): void {
  const first = keys[0]!;
  let keysAreInTuples = first.ob_type === PyTuple_Type && (first as PyTuple).items.length > 0;
  const keyType = keysAreInTuples ? (first as PyTuple).items[0]!.ob_type : first.ob_type;
  let allSameType = true;
  let stringsAreSimple = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (keysAreInTuples && !(k.ob_type === PyTuple_Type && (k as PyTuple).items.length !== 0)) {
      keysAreInTuples = false;
      allSameType = false;
      break;
    }
    const key = keysAreInTuples ? (k as PyTuple).items[0]! : k;
    if (key.ob_type !== keyType) {
      allSameType = false;
      if (!keysAreInTuples) break;
    }
    if (allSameType && keyType === PyStr_Type && stringsAreSimple && SURROGATE.test((key as PyStr).value)) {
      stringsAreSimple = false;
    }
  }
  let compare: Compare;
  if (allSameType) {
    if (keyType === PyStr_Type && stringsAreSimple) compare = unsafe_str_compare;
    else if (keyType === PyInt_Type) compare = unsafe_long_compare;
    else if (keyType === PyFloat_Type) compare = unsafe_float_compare;
    else if ((ms.keyRichcompare = keyType.tp_richcompare) !== null) compare = makeUnsafeObjectCompare(ms);
    else compare = safe_object_compare;
  } else {
    compare = safe_object_compare;
  }
  if (keysAreInTuples) {
    ms.tupleElemCompare = keyType === PyTuple_Type ? safe_object_compare : compare;
    compare = makeUnsafeTupleCompare(ms);
  }
  ms.compare = compare;
}

// ---------------------------------------------------------------------------------------------
// the algorithm

/** Moves n slots (keys and values) from (src, si) to (dst, di); handles overlap in one array. */
function move(dst: PyObject[], di: number, src: PyObject[], si: number, n: number): void {
  if (dst === src && di > si) {
    for (let k = n - 1; k >= 0; k--) dst[di + k] = src[si + k]!;
  } else {
    for (let k = 0; k < n; k++) dst[di + k] = src[si + k]!;
  }
}

function binarysort(ms: MergeState, lo: number, hi: number, start: number): void {
  const K = ms.K;
  const V = ms.V;
  const lt = ms.compare;
  if (lo === start) ++start;
  for (; start < hi; ++start) {
    let l = lo;
    let r = start;
    const pivot = K[r]!;
    do {
      const p = l + ((r - l) >>> 1);
      if (lt(pivot, K[p]!)) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; --p) K[p] = K[p - 1]!;
    K[l] = pivot;
    if (V !== null) {
      const pv = V[start]!;
      for (let p = start; p > l; --p) V[p] = V[p - 1]!;
      V[l] = pv;
    }
  }
}

/** Length of the run at lo (and whether it is strictly descending). */
function count_run(ms: MergeState, lo: number, hi: number): [number, boolean] {
  const K = ms.K;
  const lt = ms.compare;
  ++lo;
  if (lo === hi) return [1, false];
  let n = 2;
  if (lt(K[lo]!, K[lo - 1]!)) {
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      if (!lt(K[lo]!, K[lo - 1]!)) break;
    }
    return [n, true];
  }
  for (lo = lo + 1; lo < hi; ++lo, ++n) {
    if (lt(K[lo]!, K[lo - 1]!)) break;
  }
  return [n, false];
}

/** Leftmost position for key in the sorted arr[a:a+n] (see listsort.txt). */
function gallop_left(
  ms: MergeState,
  key: PyObject,
  arr: PyObject[],
  a: number,
  n: number,
  hint: number,
): number {
  const lt = ms.compare;
  let ofs = 1;
  let lastofs = 0;
  const p = a + hint;
  if (lt(arr[p]!, key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(arr[p + ofs]!, key)) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(arr[p - ofs]!, key)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >>> 1);
    if (lt(arr[a + m]!, key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** Rightmost position for key in the sorted arr[a:a+n]. */
function gallop_right(
  ms: MergeState,
  key: PyObject,
  arr: PyObject[],
  a: number,
  n: number,
  hint: number,
): number {
  const lt = ms.compare;
  let ofs = 1;
  let lastofs = 0;
  const p = a + hint;
  if (lt(key, arr[p]!)) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, arr[p - ofs]!)) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, arr[p + ofs]!)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >>> 1);
    if (lt(key, arr[a + m]!)) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

const SUCCEED = 0;
const COPY_OTHER = 1;

/** Merges K[ssa:ssa+na] and K[ssb:ssb+nb] (na <= nb) in place, stably. */
function merge_lo(ms: MergeState, ssa: number, na: number, ssb: number, nb: number): void {
  const K = ms.K;
  const V = ms.V;
  const lt = ms.compare;
  ms.getmem(na);
  const TK = ms.TK;
  const TV = ms.TV;
  move(TK, 0, K, ssa, na);
  if (V !== null) move(TV!, 0, V, ssa, na);
  let dest = ssa;
  let pa = 0;
  let pb = ssb;

  const copyB = (): void => {
    K[dest] = K[pb]!;
    if (V !== null) V[dest] = V[pb]!;
    dest++;
    pb++;
  };
  const copyA = (): void => {
    K[dest] = TK[pa]!;
    if (V !== null) V[dest] = TV![pa]!;
    dest++;
    pa++;
  };

  const body = (): number => {
    copyB();
    --nb;
    if (nb === 0) return SUCCEED;
    if (na === 1) return COPY_OTHER;
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(K[pb]!, TK[pa]!)) {
          copyB();
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 0) return SUCCEED;
          if (bcount >= minGallop) break;
        } else {
          copyA();
          ++acount;
          bcount = 0;
          --na;
          if (na === 1) return COPY_OTHER;
          if (acount >= minGallop) break;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallop_right(ms, K[pb]!, TK, pa, na, 0);
        acount = k;
        if (k) {
          move(K, dest, TK, pa, k);
          if (V !== null) move(V, dest, TV!, pa, k);
          dest += k;
          pa += k;
          na -= k;
          if (na === 1) return COPY_OTHER;
          if (na === 0) return SUCCEED;
        }
        copyB();
        --nb;
        if (nb === 0) return SUCCEED;
        k = gallop_left(ms, TK[pa]!, K, pb, nb, 0);
        bcount = k;
        if (k) {
          move(K, dest, K, pb, k);
          if (V !== null) move(V, dest, V, pb, k);
          dest += k;
          pb += k;
          nb -= k;
          if (nb === 0) return SUCCEED;
        }
        copyA();
        --na;
        if (na === 1) return COPY_OTHER;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop;
      ms.minGallop = minGallop;
    }
  };

  let r: number;
  try {
    r = body();
  } catch (e) {
    if (na) {
      move(K, dest, TK, pa, na);
      if (V !== null) move(V, dest, TV!, pa, na);
    }
    throw e;
  }
  if (r === SUCCEED) {
    if (na) {
      move(K, dest, TK, pa, na);
      if (V !== null) move(V, dest, TV!, pa, na);
    }
    return;
  }
  // CopyB: the last element of run A belongs at the end of the merge.
  move(K, dest, K, pb, nb);
  if (V !== null) move(V, dest, V, pb, nb);
  K[dest + nb] = TK[pa]!;
  if (V !== null) V[dest + nb] = TV![pa]!;
}

/** Merges K[ssa:ssa+na] and K[ssb:ssb+nb] (na >= nb) in place, stably, from the right. */
function merge_hi(ms: MergeState, ssa: number, na: number, ssb: number, nb: number): void {
  const K = ms.K;
  const V = ms.V;
  const lt = ms.compare;
  ms.getmem(nb);
  const TK = ms.TK;
  const TV = ms.TV;
  move(TK, 0, K, ssb, nb);
  if (V !== null) move(TV!, 0, V, ssb, nb);
  let dest = ssb + nb - 1;
  const basea = ssa;
  let pb = nb - 1; // into TK
  let pa = ssa + na - 1; // into K

  const takeA = (): void => {
    K[dest] = K[pa]!;
    if (V !== null) V[dest] = V[pa]!;
    dest--;
    pa--;
  };
  const takeB = (): void => {
    K[dest] = TK[pb]!;
    if (V !== null) V[dest] = TV![pb]!;
    dest--;
    pb--;
  };

  const body = (): number => {
    takeA();
    --na;
    if (na === 0) return SUCCEED;
    if (nb === 1) return COPY_OTHER;
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(TK[pb]!, K[pa]!)) {
          takeA();
          ++acount;
          bcount = 0;
          --na;
          if (na === 0) return SUCCEED;
          if (acount >= minGallop) break;
        } else {
          takeB();
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 1) return COPY_OTHER;
          if (bcount >= minGallop) break;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallop_right(ms, TK[pb]!, K, basea, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          pa -= k;
          move(K, dest + 1, K, pa + 1, k);
          if (V !== null) move(V, dest + 1, V, pa + 1, k);
          na -= k;
          if (na === 0) return SUCCEED;
        }
        takeB();
        --nb;
        if (nb === 1) return COPY_OTHER;
        k = gallop_left(ms, K[pa]!, TK, 0, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          pb -= k;
          move(K, dest + 1, TK, pb + 1, k);
          if (V !== null) move(V, dest + 1, TV!, pb + 1, k);
          nb -= k;
          if (nb === 1) return COPY_OTHER;
          if (nb === 0) return SUCCEED;
        }
        takeA();
        --na;
        if (na === 0) return SUCCEED;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop;
      ms.minGallop = minGallop;
    }
  };

  let r: number;
  try {
    r = body();
  } catch (e) {
    if (nb) {
      move(K, dest - (nb - 1), TK, 0, nb);
      if (V !== null) move(V, dest - (nb - 1), TV!, 0, nb);
    }
    throw e;
  }
  if (r === SUCCEED) {
    if (nb) {
      move(K, dest - (nb - 1), TK, 0, nb);
      if (V !== null) move(V, dest - (nb - 1), TV!, 0, nb);
    }
    return;
  }
  // CopyA: the first element of run B belongs at the front of the merge.
  move(K, dest + 1 - na, K, pa + 1 - na, na);
  if (V !== null) move(V, dest + 1 - na, V, pa + 1 - na, na);
  dest -= na;
  pa -= na;
  K[dest] = TK[pb]!;
  if (V !== null) V[dest] = TV![pb]!;
}

/** Merges the runs at stack indices i and i+1. */
function merge_at(ms: MergeState, i: number): void {
  const p = ms.pending;
  let ssa = p[i]!.base;
  let na = p[i]!.len;
  const ssb = p[i + 1]!.base;
  let nb = p[i + 1]!.len;
  p[i]!.len = na + nb;
  if (i === p.length - 3) p[i + 1] = p[i + 2]!;
  p.pop();
  const K = ms.K;
  const k = gallop_right(ms, K[ssb]!, K, ssa, na, 0);
  ssa += k;
  na -= k;
  if (na === 0) return;
  nb = gallop_left(ms, K[ssa + na - 1]!, K, ssb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) merge_lo(ms, ssa, na, ssb, nb);
  else merge_hi(ms, ssa, na, ssb, nb);
}

/** The "power" of the run boundary between [s1, s1+n1) and [s1+n1, s1+n1+n2) (powersort). */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

function found_new_run(ms: MergeState, n2: number): void {
  const p = ms.pending;
  if (p.length > 0) {
    const top = p[p.length - 1]!;
    const power = powerloop(top.base, top.len, n2, ms.listlen);
    while (p.length > 1 && p[p.length - 2]!.power > power) merge_at(ms, p.length - 2);
    p[p.length - 1]!.power = power;
  }
}

function merge_force_collapse(ms: MergeState): void {
  const p = ms.pending;
  while (p.length > 1) {
    let n = p.length - 2;
    if (n > 0 && p[n - 1]!.len < p[n + 1]!.len) --n;
    merge_at(ms, n);
  }
}

function merge_compute_minrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

function reverse_slice(arr: PyObject[], lo: number, hi: number): void {
  --hi;
  while (lo < hi) {
    const t = arr[lo]!;
    arr[lo] = arr[hi]!;
    arr[hi] = t;
    ++lo;
    --hi;
  }
}

/**
 * list.sort(key=keyfunc, reverse=reverse): CPython's list_sort_impl. The list looks empty while
 * it is being sorted; if it was modified meanwhile, ValueError("list modified during sort").
 * Returns None (new reference).
 */
export function list_sort_impl(self: PyList, keyfunc: PyObject | null, reverse: boolean): PyObject {
  if (keyfunc === Py_None) keyfunc = null;
  const savedItems = self.items;
  const savedAllocated = self.allocated;
  const savedAddr = self.itemsAddr;
  const savedSize = self.itemsSize;
  const n = savedItems.length;
  self.items = [];
  self.allocated = -1;
  self.itemsAddr = 0;
  self.itemsSize = 0;

  let keys: PyObject[] | null = null;
  let keysAddr = 0;
  let error: unknown = null;
  let ms: MergeState | null = null;
  try {
    if (keyfunc !== null) {
      if (n >= MERGESTATE_TEMP_SIZE / 2) keysAddr = PyMem_Malloc(8 * n);
      const ks: PyObject[] = new Array(n);
      let i = 0;
      try {
        for (; i < n; i++) ks[i] = PyObject_CallOneArg(keyfunc, savedItems[i]!);
      } catch (e) {
        for (i = i - 1; i >= 0; i--) Py_DECREF(ks[i]!);
        throw e;
      }
      keys = ks;
    }
    const K = keys ?? savedItems;
    const V = keys === null ? null : savedItems;
    ms = new MergeState(K, V, n);
    try {
      if (n > 1) chooseCompare(ms, K, n);
      if (n >= 2) {
        if (reverse) {
          if (keys !== null) reverse_slice(keys, 0, n);
          reverse_slice(savedItems, 0, n);
        }
        const minrun = merge_compute_minrun(n);
        let lo = 0;
        let nremaining = n;
        do {
          let [r, descending] = count_run(ms, lo, lo + nremaining);
          if (descending) {
            reverse_slice(K, lo, lo + r);
            if (V !== null) reverse_slice(V, lo, lo + r);
          }
          if (r < minrun) {
            const force = Math.min(nremaining, minrun);
            binarysort(ms, lo, lo + force, lo + r);
            r = force;
          }
          found_new_run(ms, r);
          ms.pending.push({ base: lo, len: r, power: 0 });
          lo += r;
          nremaining -= r;
        } while (nremaining);
        merge_force_collapse(ms);
      }
    } catch (e) {
      error = e;
    }
    if (keys !== null) {
      for (let i = 0; i < n; i++) Py_DECREF(keys[i]!);
      if (keysAddr !== 0) PyMem_Free(keysAddr, 8 * n);
    }
    if (error === null && self.allocated !== -1) {
      error = listModifiedDuringSort();
    }
    if (reverse && n > 1) reverse_slice(savedItems, 0, n);
    ms.freemem();
  } catch (e) {
    // keyfunc failure
    if (keysAddr !== 0) PyMem_Free(keysAddr, 8 * n);
    error = e;
  }
  // keyfunc_fail: restore the saved vector, release whatever was put in the list meanwhile.
  const finalItems = self.items;
  const finalAddr = self.itemsAddr;
  const finalSize = self.itemsSize;
  self.items = savedItems;
  self.allocated = savedAllocated;
  self.itemsAddr = savedAddr;
  self.itemsSize = savedSize;
  if (finalAddr !== 0 || finalItems.length > 0) {
    for (let i = finalItems.length - 1; i >= 0; i--) Py_DECREF(finalItems[i]!);
    PyMem_Free(finalAddr, finalSize);
  }
  if (error !== null) throw error;
  Py_INCREF(Py_None);
  return Py_None;
}

function listModifiedDuringSort(): unknown {
  try {
    raise(PyExc_ValueError, "list modified during sort");
  } catch (e) {
    return e;
  }
}
