/**
 * Numeric hashing (CPython's Python/pyhash.c and the numeric tp_hash rules of
 * Objects/longobject.c, floatobject.c, complexobject.c).
 *
 * For any rational number x that is representable as an int, float or complex with zero
 * imaginary part, hash(x) is x reduced modulo the Mersenne prime P = 2**61 - 1 (with the sign
 * of x), so that `hash(1) == hash(1.0) == hash(1+0j)` and `hash(Fraction(x)) == hash(x)`.
 * -1 is never a hash (it signals an error in C), so it becomes -2.
 *
 * A `Hash` is the exact signed 64-bit value; it is a JS number whenever it is a safe integer and
 * a bigint otherwise (see slots_types.ts).
 */

import { realAddress } from "../memory/allocator.js";
import { frexpInt } from "../util/float_format.js";
import type { Hash } from "./slots_types.js";

export const _PyHASH_BITS = 61;
/** 2**61 - 1 as a bigint. */
export const _PyHASH_MODULUS = (1n << 61n) - 1n;
export const _PyHASH_INF = 314159;
/** Multiplier of the imaginary part's hash in complex hashes. */
export const _PyHASH_IMAG = 1000003;

const MODULUS = _PyHASH_MODULUS;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/** A bigint hash value returned in canonical form (number when it is a safe integer). */
export function hashFromBigInt(h: bigint): Hash {
  return h >= -MAX_SAFE_BIG && h <= MAX_SAFE_BIG ? Number(h) : h;
}

/** hash() of an int value (long_hash). */
export function _Py_HashInt(v: number | bigint): Hash {
  if (typeof v === "number") {
    // |v| < 2**53 < P: the value is its own hash.
    return v === -1 ? -2 : v;
  }
  let r = (v < 0n ? -v : v) % MODULUS;
  if (v < 0n) r = -r;
  if (r === -1n) return -2;
  return hashFromBigInt(r);
}

/** _Py_HashPointer: the hash of an address (object identity), rotated by 4 bits. */
export function _Py_HashPointer(handle: number): Hash {
  const addr = realAddress(handle);
  if (addr % 16 === 0) {
    // Rotating right by 4 bits moves only zero bits to the top.
    return addr / 16;
  }
  const y = BigInt(addr);
  const rotated = BigInt.asIntN(64, (y >> 4n) | (y << 60n));
  return rotated === -1n ? -2 : hashFromBigInt(rotated);
}

/**
 * _Py_HashDouble: the hash of a float. `addr` is the float object's address, used for NaN
 * (hashed by identity since Python 3.10).
 */
export function _Py_HashDouble(addr: number, v: number): Hash {
  if (Number.isInteger(v) && v <= MAX_SAFE && v >= -MAX_SAFE) {
    return v === -1 ? -2 : v === 0 ? 0 : v;
  }
  if (!Number.isFinite(v)) {
    if (Number.isNaN(v)) return _Py_HashPointer(addr);
    return v > 0 ? _PyHASH_INF : -_PyHASH_INF;
  }
  const [mant, exp] = frexpInt(v);
  // |v| = mant * 2**exp, and 2**exp == 2**(exp mod 61) (mod P) because 2**61 == 1 (mod P).
  let e = exp % _PyHASH_BITS;
  if (e < 0) e += _PyHASH_BITS;
  let x = (BigInt(mant) << BigInt(e)) % MODULUS;
  if (v < 0) x = -x;
  if (x === -1n) return -2;
  return hashFromBigInt(x);
}

/** complex_hash: hash(re) + 1000003 * hash(im), in wrapping unsigned 64-bit arithmetic. */
export function _Py_HashComplex(addr: number, re: number, im: number): Hash {
  const hr = _Py_HashDouble(addr, re);
  const hi = _Py_HashDouble(addr, im);
  if (typeof hr === "number" && typeof hi === "number" && hi < 8388608 && hi > -8388608) {
    // 1000003 * hi is exact, so a sum inside the safe range is exact too.
    const combined = hr + _PyHASH_IMAG * hi;
    if (combined <= MAX_SAFE && combined >= -MAX_SAFE) return combined === -1 ? -2 : combined;
  }
  const combined = BigInt.asIntN(64, BigInt(hr) + BigInt(_PyHASH_IMAG) * BigInt(hi));
  if (combined === -1n) return -2;
  return hashFromBigInt(combined);
}
