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
}

/**
 * Applies a PYTHONHASHSEED value the way CPython's _Py_HashRandomization_Init does. Returns the
 * effective seed (null when random) so `sys.flags.hash_randomization` can be derived.
 * Throws a JS Error for an invalid value (CPython refuses to start: "PYTHONHASHSEED must be
 * "random" or an integer in range [0; 4294967295]").
 */
export function initHashSecret(seed: string | undefined): number | null {
  if (seed === undefined || seed === "" || seed === "random") {
    const secret = new Uint8Array(24);
    globalThis.crypto.getRandomValues(secret);
    setHashSecret(secret);
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

initHashSecret(typeof process !== "undefined" ? process.env?.PYTHONHASHSEED : undefined);

/** The signed 64-bit value (hi, lo) as Python's hash: a number when safe, else a bigint. */
export function int64ToHash(hi: number, lo: number): Hash {
  hi |= 0;
  lo >>>= 0;
  if (hi === -1 && lo === 0xffffffff) return -2; // -1 is reserved for errors
  // Safe integers: hi in [-2^21, 2^21) except the single value -2^53.
  if (hi >= -0x200000 && hi < 0x200000 && !(hi === -0x200000 && lo === 0)) return hi * 4294967296 + lo;
  return (BigInt(hi) << 32n) | BigInt(lo);
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
  siphash13(data, len);
  return int64ToHash(resultHi, resultLo);
}

let scratch = new Uint8Array(256);

function ensureScratch(n: number): Uint8Array {
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
