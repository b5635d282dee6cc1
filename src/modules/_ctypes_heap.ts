/**
 * `_ctypes_heap`: what lib/ctypes needs from the heap model to answer
 * `ctypes.c_long.from_address(id(x)).value` and `ctypes.cast(id(x), ctypes.py_object).value`.
 *
 * heapstack objects are JS objects, not bytes, so an address is mapped back to an object through
 * a registry filled by id() (and by ctypes itself, `note`): the last ID_RING objects id() was
 * asked about, and once lib/ctypes is imported (`enable`) every object id() is asked about. An
 * entry counts only while its object is alive at that address (refcount > 0 and the same block).
 *
 * A live object's first bytes are modelled as CPython 3.11 lays them out on x86-64: ob_refcnt at
 * 0 (the refcount without getrefcount's +1, since no argument holds it while ctypes reads),
 * ob_type at 8 (the type's id()), then per type: ob_size at 16 for int (signed count of 30-bit
 * digits, the digits as uint32 from 24), tuple (item ids from 24), list, bytes (the bytes from
 * 32, NUL-terminated), bytearray; ob_fval at 16 for float; length at 16 for str (ASCII text from
 * 48, NUL-terminated). Any other byte raises ValueError: nothing else is modelled.
 */

import { realAddress } from "../memory/allocator.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyByteArray } from "../objects/bytearray.js";
import { PyBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import { PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyFloat } from "../objects/float.js";
import { PyInt, PyInt_FromNumber, PyInt_Type } from "../objects/int.js";
import { PyList } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { Py_None } from "../objects/none.js";
import { Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr, strLength } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { registerFunctionModule } from "./importlib.js";

const ID_RING = 256;
const ring: (PyObject | undefined)[] = new Array(ID_RING);
let ringNext = 0;
let registry: Map<number, PyObject> | null = null;

/** Called by id(): remembers which object lives at the address it returns. */
export function ctypesNoteId(o: PyObject): void {
  if (registry !== null) registry.set(realAddress(o.ob_addr), o);
  else {
    ring[ringNext] = o;
    ringNext = (ringNext + 1) & (ID_RING - 1);
  }
}

function liveAt(addr: number): PyObject | null {
  const o = registry?.get(addr);
  if (o !== undefined && o.ob_refcnt > 0 && realAddress(o.ob_addr) === addr) return o;
  for (const r of ring) if (r !== undefined && r.ob_refcnt > 0 && realAddress(r.ob_addr) === addr) return r;
  return null;
}

/** The modelled bytes of an object's start: `known[i]` is 0 where byte i is not modelled. */
function image(o: PyObject): { bytes: Uint8Array; known: Uint8Array } {
  let n = 16;
  const extra: [number, Uint8Array][] = [];
  const dv8 = (write: (d: DataView) => void): Uint8Array => {
    const b = new Uint8Array(8);
    write(new DataView(b.buffer));
    return b;
  };
  const i64 = (v: number | bigint) => dv8((d) => d.setBigInt64(0, BigInt(v), true));
  if (o instanceof PyInt) {
    let v = BigInt(o.value);
    const neg = v < 0n;
    if (neg) v = -v;
    const digits: number[] = [];
    while (v > 0n) {
      digits.push(Number(v & 0x3fffffffn));
      v >>= 30n;
    }
    const size = o.ob_type === PyInt_Type || digits.length > 0 ? digits.length : 0;
    extra.push([16, i64(neg ? -size : size)]);
    const d = new Uint8Array(4 * Math.max(digits.length, 1));
    const dv = new DataView(d.buffer);
    for (let i = 0; i < digits.length; i++) dv.setUint32(4 * i, digits[i]!, true);
    extra.push([24, d]);
  } else if (o instanceof PyFloat) {
    extra.push([16, dv8((d) => d.setFloat64(0, o.value, true))]);
  } else if (o instanceof PyTuple) {
    extra.push([16, i64(o.items.length)]);
    o.items.forEach((it, i) => {
      extra.push([24 + 8 * i, i64(realAddress(it.ob_addr))]);
    });
  } else if (o instanceof PyList) {
    extra.push([16, i64(o.items.length)]);
  } else if (o instanceof PyBytes) {
    extra.push([16, i64(o.value.length)]);
    const d = new Uint8Array(o.value.length + 1);
    d.set(o.value);
    extra.push([32, d]);
  } else if (o instanceof PyByteArray) {
    extra.push([16, i64(o.size)]);
  } else if (o instanceof PyStr) {
    const len = strLength(o);
    extra.push([16, i64(len)]);
    if (/^[\x00-\x7f]*$/.test(o.value)) {
      const d = new Uint8Array(len + 1);
      for (let i = 0; i < len; i++) d[i] = o.value.charCodeAt(i);
      extra.push([48, d]);
    }
  }
  for (const [off, b] of extra) n = Math.max(n, off + b.length);
  const bytes = new Uint8Array(n);
  const known = new Uint8Array(n);
  bytes.set(i64(o.ob_refcnt), 0);
  bytes.set(i64(realAddress(o.ob_type.ob_addr)), 8);
  known.fill(1, 0, 16);
  for (const [off, b] of extra) {
    bytes.set(b, off);
    known.fill(1, off, off + b.length);
  }
  return { bytes, known };
}

const hex = (a: number) => `0x${a.toString(16)}`;

function addrArg(o: PyObject): number {
  if (!(o instanceof PyInt)) raise(PyExc_ValueError, "heapstack: ctypes address must be an int");
  return Number(o.value);
}

/** The `n` bytes at `addr`, which must lie in the modelled start of one live object. */
function readBytes(addr: number, n: number): Uint8Array {
  if (n < 0) raise(PyExc_ValueError, "heapstack: ctypes cannot read a negative number of bytes");
  // the object holding addr starts at most this far below it (objects are 16-byte aligned)
  for (let base = addr - (addr % 16), steps = 0; steps < 4096 && base > 0; base -= 16, steps++) {
    const o = liveAt(base);
    if (o === null) continue;
    const { bytes, known } = image(o);
    const off = addr - base;
    if (off + n <= bytes.length && known.subarray(off, off + n).every((k) => k === 1))
      return bytes.slice(off, off + n);
    raise(
      PyExc_ValueError,
      `heapstack: ctypes cannot read address ${hex(addr)}: offset ${off} of a live '${o.ob_type.tp_name}' object is not modelled (only its header: ob_refcnt, ob_type, ob_size and a few type-specific fields)`,
    );
  }
  raise(
    PyExc_ValueError,
    `heapstack: ctypes cannot read address ${hex(addr)}: not the header of a live object`,
  );
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "read",
    doc: "read(addr, n) -> bytes: the n modelled bytes at addr (ValueError elsewhere)",
    impl: (_s, a) => PyBytes_FromBytes(readBytes(addrArg(a[0]!), Number((a[1] as PyInt).value))),
  },
  {
    name: "object_at",
    doc: "object_at(addr) -> the live object whose id() is addr (ValueError otherwise)",
    impl: (_s, a) => {
      const addr = addrArg(a[0]!);
      const o = liveAt(addr);
      if (o === null)
        raise(
          PyExc_ValueError,
          `heapstack: ctypes cannot read address ${hex(addr)}: not the header of a live object`,
        );
      return Py_NewRef(o);
    },
  },
  {
    name: "is_object",
    doc: "is_object(addr) -> whether a live object's id() is addr",
    impl: (_s, a) => Py_NewRef(PyBool_FromBool(liveAt(addrArg(a[0]!)) !== null)),
  },
  {
    name: "note",
    doc: "note(obj) -> id(obj), remembering obj at that address",
    impl: (_s, a) => {
      const o = a[0]!;
      ctypesNoteId(o);
      if (registry === null) registry = new Map();
      registry.set(realAddress(o.ob_addr), o);
      return PyInt_FromNumber(realAddress(o.ob_addr));
    },
  },
  {
    name: "enable",
    doc: "enable(): from now on id() remembers every object it is asked about",
    impl: () => {
      if (registry === null) registry = new Map();
      for (const r of ring) if (r !== undefined && r.ob_refcnt > 0) registry.set(realAddress(r.ob_addr), r);
      return Py_NewRef(Py_None);
    },
  },
];

export function registerCtypesHeapModule(): void {
  registerFunctionModule("_ctypes_heap", FUNCTIONS);
}
