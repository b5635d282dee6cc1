/**
 * The `_random` module (CPython 3.11's Modules/_randommodule.c): the Mersenne Twister (MT19937)
 * behind `random.Random`, seeded exactly as CPython seeds it (init_by_array over the 32-bit
 * chunks of abs(int) or of the unsigned hash, 624 words of system entropy for None), with
 * CPython's 53-bit random(), getrandbits() word order, and getstate()/setstate() tuples.
 * lib/random.py builds the distributions on top of it.
 */
import {
  lookupSpecial,
  PyNumber_Absolute,
  PyNumber_Index,
  PyObject_CallNoArgs,
  PyObject_Hash,
} from "../objects/abstract.js";
import { noArgs, oneArg } from "../objects/args.js";
import { PyBytes_FromBytes } from "../objects/bytes.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyFloat_FromDouble } from "../objects/float.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber, PyInt_Type } from "../objects/int.js";
import { defineMethods, type MethodDef } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { allocateObject, freeObject, Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "../objects/object.js";
import { PyStr_FromString } from "../objects/str.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyTuple_Check, PyTuple_New } from "../objects/tuple.js";
import { newStaticType, type PyType, TypeFlag } from "../objects/type.js";
import { instanceAllocSize } from "../objects/typeobject.js";
import { registerBuiltinModule } from "./importlib.js";
import { argPositional } from "./stdlib_args.js";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class PyRandom extends PyObject {
  mt = new Uint32Array(N);
  index = 0;
}

export const Random_Type = newStaticType({
  name: "_random.Random",
  flags: TypeFlag.BASETYPE,
  basicsize: 2520,
  doc: "Random() -> create a random number generator with its own internal state.",
});

// ---------------------------------------------------------------------------------------------
// the generator (Matsumoto & Nishimura's MT19937)

function genrandUint32(self: PyRandom): number {
  const mt = self.mt;
  if (self.index >= N) {
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    self.index = 0;
  }
  let y = mt[self.index++]!;
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

function initGenrand(self: PyRandom, s: number): void {
  const mt = self.mt;
  mt[0] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1]!;
    mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
  }
  self.index = N;
}

function initByArray(self: PyRandom, key: Uint32Array): void {
  const mt = self.mt;
  initGenrand(self, 19650218);
  let i = 1;
  let j = 0;
  const keyLength = key.length;
  for (let k = Math.max(N, keyLength); k > 0; k--) {
    const prev = mt[i - 1]!;
    mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j) >>> 0;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1]!;
      i = 1;
    }
    if (j >= keyLength) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1]!;
    mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1]!;
      i = 1;
    }
  }
  mt[0] = 0x80000000;
}

/** Fills `out` with system entropy (os.urandom). */
export function systemRandomBytes(out: Uint8Array): void {
  const c = (globalThis as { crypto?: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto;
  if (c !== undefined) {
    for (let off = 0; off < out.length; off += 65536) c.getRandomValues(out.subarray(off, off + 65536));
    return;
  }
  for (let i = 0; i < out.length; i++) out[i] = Math.floor(Math.random() * 256);
}

function seedFromEntropy(self: PyRandom): void {
  const bytes = new Uint8Array(N * 4);
  systemRandomBytes(bytes);
  initByArray(self, new Uint32Array(bytes.buffer));
}

/** The non-negative integer a seed object stands for (random_seed). */
function seedInteger(arg: PyObject): bigint {
  let n: PyObject;
  if (arg.ob_type === PyInt_Type) n = PyNumber_Absolute(arg);
  else if (arg instanceof PyInt) n = PyInt_FromBigInt(arg.value < 0 ? -BigInt(arg.value) : BigInt(arg.value));
  else {
    const h = BigInt(PyObject_Hash(arg));
    return h < 0n ? h + (1n << 64n) : h;
  }
  const v = (n as PyInt).value;
  Py_DECREF(n);
  return BigInt(v);
}

export function randomSeed(self: PyRandom, arg: PyObject | null): void {
  if (arg === null || arg === Py_None) {
    seedFromEntropy(self);
    return;
  }
  let n = seedInteger(arg);
  // split n into 32-bit chunks, least significant first
  const words: number[] = [];
  if (n === 0n) words.push(0);
  while (n > 0n) {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  initByArray(self, Uint32Array.from(words));
}

/** random(): a 53-bit float in [0, 1). */
export function randomDouble(self: PyRandom): number {
  const a = genrandUint32(self) >>> 5;
  const b = genrandUint32(self) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

function getrandbits(self: PyRandom, k: number): PyObject {
  if (k < 0) raise(PyExc_ValueError, "number of bits must be non-negative");
  if (k === 0) return PyInt_FromNumber(0);
  if (k <= 32) return PyInt_FromNumber(genrandUint32(self) >>> (32 - k));
  // 32-bit words from least to most significant; the last one keeps its top bits
  let result = 0n;
  let shift = 0n;
  for (let left = k; left > 0; left -= 32) {
    let r = genrandUint32(self);
    if (left < 32) r >>>= 32 - left;
    result |= BigInt(r) << shift;
    shift += 32n;
  }
  return PyInt_FromBigInt(result);
}

/** The C `int` converter (_PyLong_AsInt). */
function cInt(o: PyObject): number {
  const i = PyNumber_Index(o);
  const v = i.value;
  Py_DECREF(i);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    raise(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return v;
}

/** PyLong_AsUnsignedLong for setstate's words. */
function unsignedLong(o: PyObject): bigint {
  if (!(o instanceof PyInt)) raise(PyExc_TypeError, "an integer is required");
  const v = BigInt(o.value);
  if (v < 0n) raise(PyExc_OverflowError, "can't convert negative value to unsigned int");
  if (v >= 1n << 64n) raise(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
  return v;
}

// ---------------------------------------------------------------------------------------------
// the type

Random_Type.tp_new = (typeObj) => {
  const type = typeObj as PyType;
  const self = new PyRandom(type);
  if (type === Random_Type) allocateObject(self, 2520);
  else {
    // a Python subclass (random.Random) has a __dict__ and is a GC type
    if (type.hasFlag(TypeFlag.HAVE_GC)) gcAlloc(self, instanceAllocSize(type));
    else allocateObject(self, instanceAllocSize(type));
    Py_INCREF(type);
    if (type.hasFlag(TypeFlag.HAVE_GC)) PyObject_GC_Track(self);
  }
  return self;
};
Random_Type.tp_init = (o, args, kwnames) => {
  const self = o as PyRandom;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && (self.ob_type === Random_Type || self.ob_type.tp_init === Random_Type.tp_init)) {
    raise(PyExc_TypeError, "Random() takes no keyword arguments");
  }
  const n = args.length - nkw;
  if (n > 1) raise(PyExc_TypeError, "Random() requires 0 or 1 argument");
  randomSeed(self, n === 1 ? args[0]! : null);
};
Random_Type.tp_dealloc = (o) => {
  if (o.ob_type.hasFlag(TypeFlag.HAVE_GC)) gcFree(o);
  else freeObject(o);
};

defineMethods(Random_Type, {
  random: {
    impl: (self, args, kwnames) => {
      noArgs("Random.random", args, kwnames);
      return PyFloat_FromDouble(randomDouble(self as PyRandom));
    },
    doc: "random() -> x in the interval [0, 1).",
    textSignature: "($self, /)",
  },
  seed: {
    impl: (self, args, kwnames) => {
      argPositional("Random.seed", "seed", args, kwnames, 0, 1);
      randomSeed(self as PyRandom, args.length > 0 ? args[0]! : null);
      return Py_NewRef(Py_None);
    },
    doc: "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.",
    textSignature: "($self, n=None, /)",
  },
  getstate: {
    impl: (self, args, kwnames) => {
      noArgs("Random.getstate", args, kwnames);
      const r = self as PyRandom;
      const items: PyObject[] = [];
      for (let i = 0; i < N; i++) items.push(PyInt_FromNumber(r.mt[i]!));
      items.push(PyInt_FromNumber(r.index));
      return PyTuple_New(items);
    },
    doc: "getstate() -> tuple containing the current state.",
    textSignature: "($self, /)",
  },
  setstate: {
    impl: (self, args, kwnames) => {
      const state = oneArg("Random.setstate", args, kwnames);
      if (!PyTuple_Check(state)) raise(PyExc_TypeError, "state vector must be a tuple");
      if (state.items.length !== N + 1) raise(PyExc_ValueError, "state vector is the wrong size");
      const words = new Uint32Array(N);
      for (let i = 0; i < N; i++) words[i] = Number(unsignedLong(state.items[i]!) & 0xffffffffn);
      const last = state.items[N]!;
      if (!(last instanceof PyInt)) raise(PyExc_TypeError, "an integer is required");
      const lv = BigInt(last.value);
      if (lv > 9223372036854775807n || lv < -9223372036854775808n) {
        raise(PyExc_OverflowError, "Python int too large to convert to C long");
      }
      if (lv < 0n || lv > BigInt(N)) raise(PyExc_ValueError, "invalid state");
      const r = self as PyRandom;
      r.index = Number(lv);
      r.mt.set(words);
      return Py_NewRef(Py_None);
    },
    doc: "setstate(state) -> None.  Restores generator state.",
    textSignature: "($self, state, /)",
  },
  getrandbits: {
    impl: (self, args, kwnames) => {
      argPositional("Random.getrandbits", "getrandbits", args, kwnames, 1, 1);
      return getrandbits(self as PyRandom, cInt(args[0]!));
    },
    doc: "getrandbits(k) -> x.  Generates an int with k random bits.",
    textSignature: "($self, k, /)",
  },
});

/** os.urandom for random.SystemRandom while the runtime has no os module (heapstack-only). */
const RANDOM_FUNCTIONS: MethodDef[] = [
  {
    name: "_urandom",
    impl: (_m, args, kwnames) => {
      const n = PyNumber_Index(oneArg("_urandom", args, kwnames));
      const size = Number(n.value);
      Py_DECREF(n);
      if (size < 0) raise(PyExc_ValueError, "negative argument not allowed");
      const out = new Uint8Array(size);
      systemRandomBytes(out);
      return PyBytes_FromBytes(out);
    },
  },
];

function createRandomModule(): PyModule {
  const m = PyModule_New("_random");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString("Module implements the Mersenne Twister random number generator."),
  );
  PyModule_AddObjectRef(m, "Random", Random_Type);
  PyModule_AddFunctions(m, RANDOM_FUNCTIONS);
  return m;
}

export function registerRandomModule(): void {
  registerBuiltinModule("_random", createRandomModule);
}

void lookupSpecial;
void PyObject_CallNoArgs;
