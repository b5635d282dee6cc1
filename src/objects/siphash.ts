import type { Hash } from "./slots_types.js";

/**
 * SipHash-1-3 exactly as CPython 3.11's Python/pyhash.c (the default string hash), keyed like
 * CPython from PYTHONHASHSEED:
 *  - unset or "random": a random 128-bit key (hash randomization);
 *  - "0": randomization disabled, the key is all zeros;
 *  - N (1..4294967295): the key bytes come from CPython's lcg_urandom(N).
 *
 * `_Py_HashBytes` returns 0 for empty input and maps -1 to -2. 64-bit arithmetic is done on
 * 32-bit halves (hi, lo) so the hot loop never touches bigints.
 */

/** The key halves k0 = (k0h, k0l), k1 = (k1h, k1l), little-endian from the 24-byte secret. */
let k0h = 0;
let k0l = 0;
let k1h = 0;
let k1l = 0;

/** CPython's lcg_urandom: the deterministic bytes PYTHONHASHSEED=N produces. */
export function lcgUrandom(x0: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = x0 >>> 0;
  for (let i = 0; i < size; i++) {
    x = (Math.imul(x, 214013) + 2531011) >>> 0;
    out[i] = (x >>> 16) & 0xff;
  }
  return out;
}

/** Bumped whenever the key changes: memoized string hashes (dict.ts) are valid for one epoch. */
export let hashSecretEpoch = 0;

/** Sets the SipHash key from 16+ secret bytes (k0 = bytes 0..7, k1 = bytes 8..15, little-endian). */
export function setHashSecret(secret: Uint8Array): void {
  hashSecretEpoch++;
  const le = (o: number) =>
    (secret[o]! | (secret[o + 1]! << 8) | (secret[o + 2]! << 16) | (secret[o + 3]! << 24)) >>> 0;
  k0l = le(0);
  k0h = le(4);
  k1l = le(8);
  k1h = le(12);
  wasm?.setKey(k0l, k0h, k1l, k1h);
}

/**
 * `n` random bytes for the key, from /dev/urandom as CPython's _PyOS_URandom: in a worker
 * thread, Web Crypto (the browser's source, used when there is no file system) costs about 2 ms
 * of the start to load.
 */
function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.("node:fs") as
    | {
        openSync(path: string, flags: string): number;
        readSync(fd: number, buf: Uint8Array, off: number, len: number, pos: null): number;
        closeSync(fd: number): void;
      }
    | undefined;
  if (fs !== undefined) {
    try {
      const fd = fs.openSync("/dev/urandom", "r");
      try {
        let got = 0;
        while (got < n) {
          const k = fs.readSync(fd, out, got, n - got, null);
          if (k <= 0) break;
          got += k;
        }
        if (got === n) return out;
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      // no /dev/urandom (another platform): Web Crypto below
    }
  }
  globalThis.crypto.getRandomValues(out);
  return out;
}

/**
 * Applies a PYTHONHASHSEED value the way CPython's _Py_HashRandomization_Init does. Returns the
 * effective seed (null when random) so `sys.flags.hash_randomization` can be derived.
 * Throws a JS Error for an invalid value (CPython refuses to start: "PYTHONHASHSEED must be
 * "random" or an integer in range [0; 4294967295]").
 */
export function initHashSecret(seed: string | undefined): number | null {
  if (seed === undefined || seed === "" || seed === "random") {
    setHashSecret(randomBytes(24));
    return null;
  }
  const trimmed = seed.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) > 4294967295) {
    throw new Error('PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]');
  }
  const n = Number(trimmed);
  if (n === 0) setHashSecret(new Uint8Array(24));
  else setHashSecret(lcgUrandom(n, 24));
  return n;
}

/**
 * SipHash-1-3 as a small WebAssembly function (built below, about 500 bytes), used when the host
 * has WebAssembly: the same function as siphash13() further down, but with native 64-bit
 * arithmetic, and compiled to machine code at once. The JavaScript version runs interpreted
 * until V8 optimizes it, which made hashing the few thousand names the runtime's types define at
 * start-up a noticeable share of every start.
 *
 * The module's memory holds the result at byte 0 (little-endian 64-bit) and the input from byte
 * 16 (DATA); `hash(len)` reads len bytes there, and up to 7 bytes past them (masked off).
 */
const DATA = 16;

interface SipWasm {
  setKey(k0lo: number, k0hi: number, k1lo: number, k1hi: number): void;
  hash(len: number): void;
  memory: WebAssembly.Memory;
}

/** The module's bytes: one memory, two i64 globals (k0, k1), setKey and hash. */
function sipHashModule(): Uint8Array<ArrayBuffer> {
  const sleb = (v: bigint): number[] => {
    const out: number[] = [];
    for (;;) {
      const byte = Number(v & 0x7fn);
      v >>= 7n;
      if ((v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0)) {
        out.push(byte);
        return out;
      }
      out.push(byte | 0x80);
    }
  };
  const I64 = 0x7e;
  const I32 = 0x7f;
  const get = (l: number) => [0x20, l];
  const set = (l: number) => [0x21, l];
  const c64 = (v: bigint) => [0x42, ...sleb(v)];
  const [ADD, XOR, OR, AND, SHL, SUB, ROTL, EXT] = [0x7c, 0x85, 0x84, 0x83, 0x86, 0x7d, 0x89, 0xad];
  // hash(len): locals 1..4 = v0..v3, 5 = m, 6 = b (i64); 7 = p, 8 = end (i32)
  const [LEN, V0, V1, V2, V3, M, B, P, END] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  // biome-ignore format: one wasm instruction and its operands per group
  const half = (a: number, b: number, c: number, d: number, s: number, t: number) => [
    ...get(a), ...get(b), ADD, ...set(a),
    ...get(c), ...get(d), ADD, ...set(c),
    ...get(b), ...c64(BigInt(s)), ROTL, ...get(a), XOR, ...set(b),
    ...get(d), ...c64(BigInt(t)), ROTL, ...get(c), XOR, ...set(d),
    ...get(a), ...c64(32n), ROTL, ...set(a),
  ];
  const round = [...half(V0, V1, V2, V3, 13, 16), ...half(V2, V1, V0, V3, 17, 21)];
  const xorInto = (dst: number, src: number) => [...get(dst), ...get(src), XOR, ...set(dst)];
  const initV = (v: number, k: number, c: bigint) => [0x23, k, ...c64(c), XOR, ...set(v)];
  // biome-ignore format: one wasm instruction and its operands per group
  const hashBody = [
    ...[2, 6, I64, 2, I32], // locals: 6 x i64, 2 x i32
    ...get(LEN), EXT, ...c64(56n), SHL, ...set(B),
    ...initV(V0, 0, 0x736f6d6570736575n),
    ...initV(V1, 1, 0x646f72616e646f6dn),
    ...initV(V2, 0, 0x6c7967656e657261n),
    ...initV(V3, 1, 0x7465646279746573n),
    0x41, DATA, ...set(P),
    ...get(LEN), 0x41, ...sleb(-8n), 0x71, 0x41, DATA, 0x6a, ...set(END),
    0x02, 0x40, 0x03, 0x40, // block, loop
    ...get(P), ...get(END), 0x4f, 0x0d, 1, // p >= end: leave
    ...get(P), 0x29, 3, 0, ...set(M),
    ...xorInto(V3, M), ...round, ...xorInto(V0, M),
    ...get(P), 0x41, 8, 0x6a, ...set(P),
    0x0c, 0, 0x0b, 0x0b, // br loop; end loop; end block
    // b |= the last len & 7 bytes (an 8-byte load, masked)
    ...get(P), 0x29, 3, 0,
    ...c64(1n), ...get(LEN), 0x41, 7, 0x71, 0x41, 3, 0x74, EXT, SHL, ...c64(1n), SUB, AND,
    ...get(B), OR, ...set(B),
    ...xorInto(V3, B), ...round, ...xorInto(V0, B),
    ...get(V2), ...c64(0xffn), XOR, ...set(V2),
    ...round, ...round, ...round,
    0x41, 0, ...get(V0), ...get(V1), XOR, ...get(V2), ...get(V3), XOR, XOR, 0x37, 3, 0,
    0x0b,
  ];
  // biome-ignore format: one wasm instruction and its operands per group
  const setKeyBody = [
    0,
    ...get(0), EXT, ...get(1), EXT, ...c64(32n), SHL, OR, 0x24, 0,
    ...get(2), EXT, ...get(3), EXT, ...c64(32n), SHL, OR, 0x24, 1,
    0x0b,
  ];
  const vec = (items: number[][]) => [items.length, ...items.flat()];
  const uleb = (n: number): number[] => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...uleb(n >>> 7)]);
  const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
  const name = (s: string) => [s.length, ...[...s].map((c) => c.charCodeAt(0))];
  const fn = (body: number[]) => [...uleb(body.length), ...body];
  // biome-ignore format: one wasm instruction and its operands per group
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, 4, I32, I32, I32, I32, 0], [0x60, 1, I32, 0]])),
    ...section(3, [2, 0, 1]),
    ...section(5, [1, 0, 1]),
    ...section(6, vec([[I64, 1, ...c64(0n), 0x0b], [I64, 1, ...c64(0n), 0x0b]])),
    ...section(7, vec([[...name("memory"), 2, 0], [...name("setKey"), 0, 0], [...name("hash"), 0, 1]])),
    ...section(10, vec([fn(setKeyBody), fn(hashBody)])),
  ]);
}

function instantiateSipHash(): SipWasm | null {
  try {
    if (typeof WebAssembly !== "object") return null;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(sipHashModule()), {});
    return instance.exports as unknown as SipWasm;
  } catch {
    return null; // no WebAssembly here (a locked-down page): the JavaScript version
  }
}

const wasm = instantiateSipHash();
/** Views on the module's memory (remade when it grows). */
let wasmBytes = wasm === null ? new Uint8Array(0) : new Uint8Array(wasm.memory.buffer);
let wasmWords = wasm === null ? new Int32Array(0) : new Int32Array(wasm.memory.buffer);

initHashSecret(typeof process !== "undefined" ? process.env?.PYTHONHASHSEED : undefined);

/**
 * The signed 32-bit halves [hi, lo] of the last hash int64ToHash returned as a bigint: a str keeps
 * them with its hash, so dict and set probes never split a bigint (int32s are small integers in V8).
 */
export const BIG_HASH_HALVES = new Int32Array(2);
/** One 64-bit cell: the bigint is read back from its halves with a single allocation. */
const BIG_HASH_CELL = new BigInt64Array(1);
const BIG_HASH_WORDS = new Int32Array(BIG_HASH_CELL.buffer);
const BIG_HASH_LO = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;

/** The signed 64-bit value (hi, lo) as Python's hash: a number when safe, else a bigint. */
export function int64ToHash(hi: number, lo: number): Hash {
  hi |= 0;
  lo >>>= 0;
  if (hi === -1 && lo === 0xffffffff) return -2; // -1 is reserved for errors
  // Safe integers: hi in [-2^21, 2^21) except the single value -2^53.
  if (hi >= -0x200000 && hi < 0x200000 && !(hi === -0x200000 && lo === 0)) return hi * 4294967296 + lo;
  BIG_HASH_HALVES[0] = hi;
  BIG_HASH_HALVES[1] = lo;
  BIG_HASH_WORDS[BIG_HASH_LO] = lo;
  BIG_HASH_WORDS[1 - BIG_HASH_LO] = hi;
  return BIG_HASH_CELL[0]!;
}

let resultHi = 0;
let resultLo = 0;

/**
 * SipHash-1-3 of `len` bytes of `data` (from offset 0). Leaves the raw 64-bit result in
 * resultHi/resultLo.
 */
function siphash13(data: Uint8Array, len: number): void {
  // v0 = k0 ^ "somepseu", v1 = k1 ^ "dorandom", v2 = k0 ^ "lygenera", v3 = k1 ^ "tedbytes"
  let v0h = k0h ^ 0x736f6d65;
  let v0l = k0l ^ 0x70736575;
  let v1h = k1h ^ 0x646f7261;
  let v1l = k1l ^ 0x6e646f6d;
  let v2h = k0h ^ 0x6c796765;
  let v2l = k0l ^ 0x6e657261;
  let v3h = k1h ^ 0x74656462;
  let v3l = k1l ^ 0x79746573;
  let t: number;
  let s: number;
  let a: number;
  let b: number;

  let i = 0;
  const blocksEnd = len - (len & 7);
  let mh = 0;
  let ml = 0;
  // One SipRound = HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21).
  // HALF_ROUND(a,b,c,d,s,t): a+=b; c+=d; b=rotl(b,s)^a; d=rotl(d,t)^c; a=rotl(a,32).
  for (; i <= len; i += 8) {
    if (i < blocksEnd) {
      ml = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) >>> 0;
      mh = (data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24)) >>> 0;
    } else {
      // Final block: the remaining bytes, with the length in the top byte.
      ml = 0;
      mh = (len & 0xff) << 24;
      const rem = len - blocksEnd;
      for (let j = 0; j < rem; j++) {
        if (j < 4) ml |= data[blocksEnd + j]! << (8 * j);
        else mh |= data[blocksEnd + j]! << (8 * (j - 4));
      }
      ml >>>= 0;
      mh >>>= 0;
    }
    v3h ^= mh;
    v3l ^= ml;
    // --- SINGLE_ROUND ---
    // HALF_ROUND(v0,v1,v2,v3,13,16)
    s = (v0l >>> 0) + (v1l >>> 0);
    v0h = (v0h + v1h + (s > 0xffffffff ? 1 : 0)) | 0;
    v0l = s | 0;
    s = (v2l >>> 0) + (v3l >>> 0);
    v2h = (v2h + v3h + (s > 0xffffffff ? 1 : 0)) | 0;
    v2l = s | 0;
    a = (v1h << 13) | (v1l >>> 19);
    b = (v1l << 13) | (v1h >>> 19);
    v1h = a ^ v0h;
    v1l = b ^ v0l;
    a = (v3h << 16) | (v3l >>> 16);
    b = (v3l << 16) | (v3h >>> 16);
    v3h = a ^ v2h;
    v3l = b ^ v2l;
    t = v0h;
    v0h = v0l;
    v0l = t;
    // HALF_ROUND(v2,v1,v0,v3,17,21)
    s = (v2l >>> 0) + (v1l >>> 0);
    v2h = (v2h + v1h + (s > 0xffffffff ? 1 : 0)) | 0;
    v2l = s | 0;
    s = (v0l >>> 0) + (v3l >>> 0);
    v0h = (v0h + v3h + (s > 0xffffffff ? 1 : 0)) | 0;
    v0l = s | 0;
    a = (v1h << 17) | (v1l >>> 15);
    b = (v1l << 17) | (v1h >>> 15);
    v1h = a ^ v2h;
    v1l = b ^ v2l;
    a = (v3h << 21) | (v3l >>> 11);
    b = (v3l << 21) | (v3h >>> 11);
    v3h = a ^ v0h;
    v3l = b ^ v0l;
    t = v2h;
    v2h = v2l;
    v2l = t;
    // --- end SINGLE_ROUND ---
    v0h ^= mh;
    v0l ^= ml;
  }

  v2l ^= 0xff;
  for (let r = 0; r < 3; r++) {
    s = (v0l >>> 0) + (v1l >>> 0);
    v0h = (v0h + v1h + (s > 0xffffffff ? 1 : 0)) | 0;
    v0l = s | 0;
    s = (v2l >>> 0) + (v3l >>> 0);
    v2h = (v2h + v3h + (s > 0xffffffff ? 1 : 0)) | 0;
    v2l = s | 0;
    a = (v1h << 13) | (v1l >>> 19);
    b = (v1l << 13) | (v1h >>> 19);
    v1h = a ^ v0h;
    v1l = b ^ v0l;
    a = (v3h << 16) | (v3l >>> 16);
    b = (v3l << 16) | (v3h >>> 16);
    v3h = a ^ v2h;
    v3l = b ^ v2l;
    t = v0h;
    v0h = v0l;
    v0l = t;
    s = (v2l >>> 0) + (v1l >>> 0);
    v2h = (v2h + v1h + (s > 0xffffffff ? 1 : 0)) | 0;
    v2l = s | 0;
    s = (v0l >>> 0) + (v3l >>> 0);
    v0h = (v0h + v3h + (s > 0xffffffff ? 1 : 0)) | 0;
    v0l = s | 0;
    a = (v1h << 17) | (v1l >>> 15);
    b = (v1l << 17) | (v1h >>> 15);
    v1h = a ^ v2h;
    v1l = b ^ v2l;
    a = (v3h << 21) | (v3l >>> 11);
    b = (v3l << 21) | (v3h >>> 11);
    v3h = a ^ v0h;
    v3l = b ^ v0l;
    t = v2h;
    v2h = v2l;
    v2l = t;
  }
  resultHi = v0h ^ v1h ^ v2h ^ v3h;
  resultLo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
}

/** CPython's _Py_HashBytes: the hash of `len` bytes of `data` (0 for empty input, never -1). */
export function hashBytes(data: Uint8Array, len: number = data.length): Hash {
  if (len === 0) return 0;
  if (wasm !== null) {
    if (data !== scratch) ensureScratch(len).set(data.length === len ? data : data.subarray(0, len));
    wasm.hash(len);
    return int64ToHash(wasmWords[1]!, wasmWords[0]!);
  }
  siphash13(data, len);
  return int64ToHash(resultHi, resultLo);
}

/** Where hashString lays out a str's bytes: the WebAssembly module's input area when there is one. */
/** The JavaScript SipHash alone (what hashBytes computes where WebAssembly is missing), for tests. */
export function hashBytesPortable(data: Uint8Array, len: number = data.length): Hash {
  if (len === 0) return 0;
  siphash13(data, len);
  return int64ToHash(resultHi, resultLo);
}

/** Whether hashBytes runs the WebAssembly version. */
export const hashUsesWasm = wasm !== null;

let scratch = wasm === null ? new Uint8Array(256) : new Uint8Array(wasm.memory.buffer, DATA);

function ensureScratch(n: number): Uint8Array {
  if (wasm !== null) {
    // room for n bytes plus the 8-byte load of the last block
    const need = DATA + n + 8;
    if (wasmBytes.length < need) {
      wasm.memory.grow(Math.ceil((need - wasmBytes.length) / 65536));
      wasmBytes = new Uint8Array(wasm.memory.buffer);
      wasmWords = new Int32Array(wasm.memory.buffer);
      scratch = new Uint8Array(wasm.memory.buffer, DATA);
    }
    return scratch;
  }
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  return scratch;
}

/**
 * The hash of a Python str whose JS string is `s`: SipHash over CPython's compact
 * representation, 1, 2 or 4 bytes per code point (`kind`), little-endian.
 * `kind` must be the string's kind (max code point < 256 → 1, < 65536 → 2, else 4).
 */
export function hashString(s: string, kind: 1 | 2 | 4): Hash {
  const n = s.length;
  if (n === 0) return 0;
  if (kind === 1) {
    const buf = ensureScratch(n);
    for (let i = 0; i < n; i++) buf[i] = s.charCodeAt(i);
    return hashBytes(buf, n);
  }
  if (kind === 2) {
    const buf = ensureScratch(2 * n);
    for (let i = 0, j = 0; i < n; i++, j += 2) {
      const c = s.charCodeAt(i);
      buf[j] = c & 0xff;
      buf[j + 1] = c >>> 8;
    }
    return hashBytes(buf, 2 * n);
  }
  const buf = ensureScratch(4 * n);
  let j = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    buf[j] = c & 0xff;
    buf[j + 1] = (c >>> 8) & 0xff;
    buf[j + 2] = c >>> 16;
    buf[j + 3] = 0;
    j += 4;
  }
  return hashBytes(buf, j);
}
