/**
 * The `_heapq` module (CPython 3.11's Modules/_heapqmodule.c): the heap primitives on lists,
 * with CPython's exact sequence of `<` comparisons (so ties, side effects and errors match), the
 * "list changed size during iteration" check, the cache-friendly heapify for big heaps, and the
 * max-heap variants lib/heapq.py uses for merge(reverse=True) and nsmallest.
 */
import { CmpOp } from "../compiler/opcodes.js";
import { PyObject_RichCompareBool } from "../objects/abstract.js";
import { oneArg } from "../objects/args.js";
import { PyExc_IndexError, PyExc_RuntimeError, PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyList, PyList_Append, PyList_SetSlice, PyList_Type } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { argTypeName, PyStr_FromString } from "../objects/str.js";
import { registerBuiltinModule } from "./importlib.js";
import { argPositional, fastLess } from "./stdlib_args.js";

type Less = (a: PyObject, b: PyObject) => boolean;

/** a < b, holding references across the comparison as CPython does. */
function lt(a: PyObject, b: PyObject): boolean {
  const fast = fastLess(a, b);
  if (fast !== null) return fast;
  Py_INCREF(a);
  Py_INCREF(b);
  try {
    return PyObject_RichCompareBool(a, b, CmpOp.LT);
  } finally {
    Py_DECREF(a);
    Py_DECREF(b);
  }
}

const minLess: Less = lt;
const maxLess: Less = (a, b) => lt(b, a);

function changedSize(): never {
  raise(PyExc_RuntimeError, "list changed size during iteration");
}

/** Moves the item at `pos` up towards `startpos` while it is smaller than its parent. */
function siftdown(heap: PyList, startpos: number, pos: number, less: Less): void {
  const size = heap.items.length;
  if (pos >= size) raise(PyExc_IndexError, "index out of range");
  let arr = heap.items;
  let newitem = arr[pos]!;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = arr[parentpos]!;
    const cmp = less(newitem, parent);
    if (size !== heap.items.length) changedSize();
    if (!cmp) break;
    arr = heap.items;
    const p = arr[parentpos]!;
    newitem = arr[pos]!;
    arr[parentpos] = newitem;
    arr[pos] = p;
    pos = parentpos;
  }
}

/** Moves the smaller child up until a leaf, then sifts the item at `pos` back down. */
function siftup(heap: PyList, pos: number, less: Less): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) raise(PyExc_IndexError, "index out of range");
  let arr = heap.items;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const cmp = less(arr[childpos]!, arr[childpos + 1]!);
      if (!cmp) childpos++;
      arr = heap.items;
      if (endpos !== heap.items.length) changedSize();
    }
    const tmp1 = arr[childpos]!;
    const tmp2 = arr[pos]!;
    arr[childpos] = tmp2;
    arr[pos] = tmp1;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, less);
}

function checkList(fname: string, o: PyObject, argPosition: string): PyList {
  if (!(o instanceof PyList) || !(o.ob_type === PyList_Type || o.ob_type.tp_mro.includes(PyList_Type))) {
    raise(PyExc_TypeError, `${fname}() argument${argPosition} must be list, not ${argTypeName(o)}`);
  }
  return o;
}

function heappop(heap: PyList, less: Less): PyObject {
  const n = heap.items.length;
  if (n === 0) raise(PyExc_IndexError, "index out of range");
  const lastelt = Py_NewRef(heap.items[n - 1]!);
  try {
    PyList_SetSlice(heap, n - 1, n, null);
  } catch (e) {
    Py_DECREF(lastelt);
    throw e;
  }
  if (n - 1 === 0) return lastelt;
  const returnitem = heap.items[0]!;
  heap.items[0] = lastelt;
  try {
    siftup(heap, 0, less);
  } catch (e) {
    Py_DECREF(returnitem);
    throw e;
  }
  return returnitem;
}

function heapreplace(heap: PyList, item: PyObject, less: Less): PyObject {
  if (heap.items.length === 0) raise(PyExc_IndexError, "index out of range");
  const returnitem = heap.items[0]!;
  heap.items[0] = Py_NewRef(item);
  try {
    siftup(heap, 0, less);
  } catch (e) {
    Py_DECREF(returnitem);
    throw e;
  }
  return returnitem;
}

function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n >>= 1;
    i++;
  }
  return n << i;
}

function heapify(heap: PyList, less: Less): void {
  const n = heap.items.length;
  if (n > 2500) {
    // Cache-friendly order: sift a parent as soon as both its children are heaps. It makes the
    // same comparisons as the simple loop but in a different order, so it is kept as CPython has it.
    const m = n >> 1;
    const leftmost = keepTopBit(m + 1) - 1;
    const mhalf = m >> 1;
    for (let i = leftmost - 1; i >= mhalf; i--) {
      let j = i;
      for (;;) {
        siftup(heap, j, less);
        if (!(j & 1)) break;
        j >>= 1;
      }
    }
    for (let i = m - 1; i >= leftmost; i--) {
      let j = i;
      for (;;) {
        siftup(heap, j, less);
        if (!(j & 1)) break;
        j >>= 1;
      }
    }
    return;
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, less);
}

const HEAPQ_FUNCTIONS: MethodDef[] = [
  {
    name: "heappush",
    impl: (_m, args, kwnames) => {
      argPositional("_heapq.heappush", "heappush", args, kwnames, 2, 2);
      const heap = checkList("heappush", args[0]!, " 1");
      PyList_Append(heap, args[1]!);
      siftdown(heap, 0, heap.items.length - 1, minLess);
      return Py_NewRef(Py_None);
    },
    doc: "Push item onto heap, maintaining the heap invariant.",
    textSignature: "($module, heap, item, /)",
  },
  {
    name: "heappushpop",
    impl: (_m, args, kwnames) => {
      argPositional("_heapq.heappushpop", "heappushpop", args, kwnames, 2, 2);
      const heap = checkList("heappushpop", args[0]!, " 1");
      const item = args[1]!;
      if (heap.items.length === 0) return Py_NewRef(item);
      const top = heap.items[0]!;
      if (!lt(top, item)) return Py_NewRef(item);
      if (heap.items.length === 0) raise(PyExc_IndexError, "index out of range");
      return heapreplace(heap, item, minLess);
    },
    doc: "Push item on the heap, then pop and return the smallest item from the heap.\n\nThe combined action runs more efficiently than heappush() followed by\na separate call to heappop().",
    textSignature: "($module, heap, item, /)",
  },
  {
    name: "heappop",
    impl: (_m, args, kwnames) =>
      heappop(checkList("heappop", oneArg("_heapq.heappop", args, kwnames), ""), minLess),
    doc: "Pop the smallest item off the heap, maintaining the heap invariant.",
    textSignature: "($module, heap, /)",
  },
  {
    name: "heapreplace",
    impl: (_m, args, kwnames) => {
      argPositional("_heapq.heapreplace", "heapreplace", args, kwnames, 2, 2);
      return heapreplace(checkList("heapreplace", args[0]!, " 1"), args[1]!, minLess);
    },
    doc: "Pop and return the current smallest value, and add the new item.\n\nThis is more efficient than heappop() followed by heappush(), and can be\nmore appropriate when using a fixed-size heap.  Note that the value\nreturned may be larger than item!  That constrains reasonable uses of\nthis routine unless written as part of a conditional replacement:\n\n    if item > heap[0]:\n        item = heapreplace(heap, item)",
    textSignature: "($module, heap, item, /)",
  },
  {
    name: "heapify",
    impl: (_m, args, kwnames) => {
      heapify(checkList("heapify", oneArg("_heapq.heapify", args, kwnames), ""), minLess);
      return Py_NewRef(Py_None);
    },
    doc: "Transform list into a heap, in-place, in O(len(heap)) time.",
    textSignature: "($module, heap, /)",
  },
  {
    name: "_heappop_max",
    impl: (_m, args, kwnames) =>
      heappop(checkList("_heappop_max", oneArg("_heapq._heappop_max", args, kwnames), ""), maxLess),
    doc: "Maxheap variant of heappop.",
    textSignature: "($module, heap, /)",
  },
  {
    name: "_heapreplace_max",
    impl: (_m, args, kwnames) => {
      argPositional("_heapq._heapreplace_max", "_heapreplace_max", args, kwnames, 2, 2);
      return heapreplace(checkList("_heapreplace_max", args[0]!, " 1"), args[1]!, maxLess);
    },
    doc: "Maxheap variant of heapreplace.",
    textSignature: "($module, heap, item, /)",
  },
  {
    name: "_heapify_max",
    impl: (_m, args, kwnames) => {
      heapify(checkList("_heapify_max", oneArg("_heapq._heapify_max", args, kwnames), ""), maxLess);
      return Py_NewRef(Py_None);
    },
    doc: "Maxheap variant of heapify.",
    textSignature: "($module, heap, /)",
  },
];

const ABOUT =
  "Heap queues\n\n[explanation by Fran\u00e7ois Pinard]\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n";

function createHeapqModule(): PyModule {
  const m = PyModule_New("_heapq");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString(
      "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n",
    ),
  );
  PyModule_Add(m, "__about__", PyStr_FromString(ABOUT));
  PyModule_AddFunctions(m, HEAPQ_FUNCTIONS);
  return m;
}

export function registerHeapqModule(): void {
  registerBuiltinModule("_heapq", createHeapqModule);
}
