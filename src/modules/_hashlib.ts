/**
 * `_hashlib`: the hash objects behind lib/hashlib.py — MD5 (RFC 1321), SHA-1, SHA-224 and
 * SHA-256 (FIPS 180-4) written here, SHA-384/512 from src/util/sha512.ts. Pure TypeScript, so
 * the browser build hashes exactly as the CLI does. Objects behave as CPython's `_hashlib.HASH`
 * (update, digest, hexdigest, copy, name, digest_size, block_size).
 */
import { realAddress } from "../memory/allocator.js";
import { PyObject_IsTrue, reprOf } from "../objects/abstract.js";
import { clinicArgs, methodName, noArgs, oneArg } from "../objects/args.js";
import { bufferBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import { PyDict_GetItemString, PyDict_SetItemString } from "../objects/dict.js";
import {
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { PyInt, PyInt_FromNumber } from "../objects/int.js";
import { defineGetSets, defineMethods, type MethodDef } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { allocateObject, freeObject, Py_DECREF, Py_NewRef, PyObject } from "../objects/object.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import { newStaticType, type PyType, TypeFlag } from "../objects/type.js";
import { Sha512 } from "../util/sha512.js";
import { registerBuiltinModule } from "./importlib.js";

/** A digest computed block by block (an extendable-output one takes the length wanted). */
interface Digest {
  readonly name: string;
  readonly digestSize: number;
  readonly blockSize: number;
  readonly xof?: boolean;
  update(data: Uint8Array): void;
  digest(length?: number): Uint8Array;
  copy(): Digest;
}

/** The Merkle–Damgård frame shared by MD5, SHA-1 and SHA-256: 64-byte blocks, length padding. */
abstract class Block64 implements Digest {
  abstract readonly name: string;
  abstract readonly digestSize: number;
  readonly blockSize = 64;
  protected buf = new Uint8Array(64);
  protected used = 0;
  protected length = 0;
  protected abstract state: Int32Array;
  protected abstract compress(block: Uint8Array, at: number): void;
  protected abstract readonly littleEndian: boolean;
  protected abstract fresh(): Block64;

  update(data: Uint8Array): void {
    this.length += data.length;
    let i = 0;
    if (this.used > 0) {
      const take = Math.min(64 - this.used, data.length);
      this.buf.set(data.subarray(0, take), this.used);
      this.used += take;
      i = take;
      if (this.used < 64) return;
      this.compress(this.buf, 0);
      this.used = 0;
    }
    for (; i + 64 <= data.length; i += 64) this.compress(data, i);
    if (i < data.length) {
      this.buf.set(data.subarray(i), 0);
      this.used = data.length - i;
    }
  }

  copy(): Block64 {
    const c = this.fresh();
    c.state.set(this.state);
    c.buf.set(this.buf);
    c.used = this.used;
    c.length = this.length;
    return c;
  }

  digest(): Uint8Array {
    const c = this.copy();
    const padLen = (c.used < 56 ? 56 : 120) - c.used;
    const tail = new Uint8Array(padLen + 8);
    tail[0] = 0x80;
    const bitsHi = Math.floor((c.length * 8) / 2 ** 32);
    const bitsLo = (c.length * 8) >>> 0;
    const view = new DataView(tail.buffer);
    if (this.littleEndian) {
      view.setUint32(padLen, bitsLo, true);
      view.setUint32(padLen + 4, bitsHi, true);
    } else {
      view.setUint32(padLen, bitsHi, false);
      view.setUint32(padLen + 4, bitsLo, false);
    }
    c.update(tail);
    const out = new Uint8Array(this.digestSize);
    const ov = new DataView(out.buffer);
    for (let k = 0; k < this.digestSize / 4; k++) ov.setUint32(k * 4, c.state[k]! >>> 0, this.littleEndian);
    return out;
  }
}

// MD5: per-round shift amounts and sine-derived constants (RFC 1321 section 3.4)
const MD5_SHIFT = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Int32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);

class Md5 extends Block64 {
  readonly name = "md5";
  readonly digestSize = 16;
  protected readonly littleEndian = true;
  protected state = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476);
  private readonly m = new Int32Array(16);
  protected fresh(): Block64 {
    return new Md5();
  }
  protected compress(block: Uint8Array, at: number): void {
    const m = this.m;
    for (let k = 0; k < 16; k++) {
      const p = at + k * 4;
      m[k] = block[p]! | (block[p + 1]! << 8) | (block[p + 2]! << 16) | (block[p + 3]! << 24);
    }
    const s = this.state;
    let a = s[0]!;
    let b = s[1]!;
    let c = s[2]!;
    let d = s[3]!;
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let f: number;
      let g: number;
      if (round === 0) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (round === 1) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (round === 2) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      const sum = (a + f + MD5_K[i]! + m[g]!) | 0;
      const r = MD5_SHIFT[(round << 2) | (i & 3)]!;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << r) | (sum >>> (32 - r)))) | 0;
    }
    s[0] = (s[0]! + a) | 0;
    s[1] = (s[1]! + b) | 0;
    s[2] = (s[2]! + c) | 0;
    s[3] = (s[3]! + d) | 0;
  }
}

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

function readBE(block: Uint8Array, at: number, w: Int32Array): void {
  for (let k = 0; k < 16; k++) {
    const p = at + k * 4;
    w[k] = (block[p]! << 24) | (block[p + 1]! << 16) | (block[p + 2]! << 8) | block[p + 3]!;
  }
}

class Sha1 extends Block64 {
  readonly name = "sha1";
  readonly digestSize = 20;
  protected readonly littleEndian = false;
  protected state = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0);
  private readonly w = new Int32Array(80);
  protected fresh(): Block64 {
    return new Sha1();
  }
  protected compress(block: Uint8Array, at: number): void {
    const w = this.w;
    readBE(block, at, w);
    for (let t = 16; t < 80; t++) w[t] = rotl(w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!, 1);
    const s = this.state;
    let [a, b, c, d, e] = [s[0]!, s[1]!, s[2]!, s[3]!, s[4]!];
    for (let t = 0; t < 80; t++) {
      let f: number;
      let k: number;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc | 0;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6 | 0;
      }
      const tmp = (rotl(a, 5) + f + e + k + w[t]!) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = tmp;
    }
    s[0] = (s[0]! + a) | 0;
    s[1] = (s[1]! + b) | 0;
    s[2] = (s[2]! + c) | 0;
    s[3] = (s[3]! + d) | 0;
    s[4] = (s[4]! + e) | 0;
  }
}

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const SHA256_K = (() => {
  const out = new Int32Array(64);
  let n = 0;
  for (let p = 2; n < 64; p++) {
    let prime = true;
    for (let q = 2; q * q <= p; q++) if (p % q === 0) prime = false;
    if (!prime) continue;
    const root = Math.cbrt(p);
    out[n++] = Math.floor((root - Math.floor(root)) * 2 ** 32) | 0;
  }
  return out;
})();

const SHA256_INIT = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];
const SHA224_INIT = [
  0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
];

class Sha256 extends Block64 {
  readonly name: string;
  readonly digestSize: number;
  protected readonly littleEndian = false;
  protected state: Int32Array;
  private readonly w = new Int32Array(64);
  constructor(readonly short = false) {
    super();
    this.name = short ? "sha224" : "sha256";
    this.digestSize = short ? 28 : 32;
    this.state = Int32Array.from(short ? SHA224_INIT : SHA256_INIT, (v) => v | 0);
  }
  protected fresh(): Block64 {
    return new Sha256(this.short);
  }
  protected compress(block: Uint8Array, at: number): void {
    const w = this.w;
    readBE(block, at, w);
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    const s = this.state;
    let [a, b, c, d, e, f, g, h] = [s[0]!, s[1]!, s[2]!, s[3]!, s[4]!, s[5]!, s[6]!, s[7]!];
    for (let t = 0; t < 64; t++) {
      const t1 =
        (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + SHA256_K[t]! + w[t]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    const add = [a, b, c, d, e, f, g, h];
    for (let k = 0; k < 8; k++) s[k] = (s[k]! + add[k]!) | 0;
  }
}

class Sha512Digest implements Digest {
  readonly blockSize = 128;
  constructor(readonly inner: Sha512) {}
  get name(): string {
    return this.inner.variant;
  }
  get digestSize(): number {
    return this.inner.digestSize;
  }
  update(data: Uint8Array): void {
    this.inner.update(data);
  }
  digest(): Uint8Array {
    return this.inner.digest();
  }
  copy(): Digest {
    return new Sha512Digest(this.inner.copy());
  }
}

// Keccak-f[1600] (FIPS 202) on 64-bit lanes held as BigInts, for SHA-3 and SHAKE.
const M64 = (1n << 64n) - 1n;
const KECCAK_RC: bigint[] = (() => {
  const out: bigint[] = [];
  let r = 1;
  for (let round = 0; round < 24; round++) {
    let c = 0n;
    for (let j = 0; j < 7; j++) {
      if (r & 1) c |= 1n << BigInt((1 << j) - 1);
      r = r & 0x80 ? ((r << 1) ^ 0x71) & 0xff : (r << 1) & 0xff;
    }
    out.push(c);
  }
  return out;
})();
/** Rotation offset of lane (x, y), index x + 5y, from the (x, y) -> (y, 2x + 3y) walk. */
const KECCAK_ROT: number[] = (() => {
  const out = new Array<number>(25).fill(0);
  let x = 1;
  let y = 0;
  for (let t = 0; t < 24; t++) {
    out[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  return out;
})();
const rotl64 = (v: bigint, n: number) => (n === 0 ? v : ((v << BigInt(n)) | (v >> BigInt(64 - n))) & M64);

function keccakF(a: bigint[]): void {
  const b = new Array<bigint>(25);
  const c = new Array<bigint>(5);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) c[x] = a[x]! ^ a[x + 5]! ^ a[x + 10]! ^ a[x + 15]! ^ a[x + 20]!;
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5]! ^ rotl64(c[(x + 1) % 5]!, 1);
      for (let y = 0; y < 25; y += 5) a[x + y] = a[x + y]! ^ d;
    }
    for (let x = 0; x < 5; x++)
      for (let y = 0; y < 5; y++)
        b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl64(a[x + 5 * y]!, KECCAK_ROT[x + 5 * y]!);
    for (let y = 0; y < 25; y += 5)
      for (let x = 0; x < 5; x++)
        a[x + y] = b[x + y]! ^ (~b[((x + 1) % 5) + y]! & M64 & b[((x + 2) % 5) + y]!);
    a[0] = a[0]! ^ KECCAK_RC[round]!;
  }
}

class Keccak implements Digest {
  readonly blockSize: number;
  private lanes: bigint[] = new Array<bigint>(25).fill(0n);
  private pending: number[] = [];
  constructor(
    readonly name: string,
    readonly digestSize: number,
    capacityBytes: number,
    private readonly suffix: number,
    readonly xof = false,
  ) {
    this.blockSize = 200 - capacityBytes;
  }
  private absorb(block: number[]): void {
    for (let i = 0; i < this.blockSize / 8; i++) {
      let lane = 0n;
      for (let k = 7; k >= 0; k--) lane = (lane << 8n) | BigInt(block[i * 8 + k]!);
      this.lanes[i] = this.lanes[i]! ^ lane;
    }
    keccakF(this.lanes);
  }
  update(data: Uint8Array): void {
    for (const byte of data) {
      this.pending.push(byte);
      if (this.pending.length === this.blockSize) {
        this.absorb(this.pending);
        this.pending = [];
      }
    }
  }
  digest(length = this.digestSize): Uint8Array {
    const c = this.copy() as Keccak;
    const block = c.pending.concat(new Array<number>(c.blockSize - c.pending.length).fill(0));
    block[c.pending.length] = block[c.pending.length]! ^ c.suffix;
    block[c.blockSize - 1] = block[c.blockSize - 1]! ^ 0x80;
    c.absorb(block);
    const out = new Uint8Array(length);
    for (let n = 0; n < length; ) {
      for (let i = 0; i < c.blockSize && n < length; i++, n++) {
        out[n] = Number((c.lanes[i >> 3]! >> BigInt((i & 7) * 8)) & 0xffn);
      }
      if (n < length) keccakF(c.lanes);
    }
    return out;
  }
  copy(): Digest {
    const c = new Keccak(this.name, this.digestSize, 200 - this.blockSize, this.suffix, this.xof);
    c.lanes = this.lanes.slice();
    c.pending = this.pending.slice();
    return c;
  }
}

// BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block. BLAKE2s's words are 32-bit;
// BLAKE2b's 64-bit words are pairs of 32-bit halves (the low one first, at an even index), so
// a word is two little-endian 32-bit words of the message. Words as BigInts allocated a BigInt
// per addition, xor and rotation (thrift_struct.py: a third of its hashing time in the GC).
const BLAKE2_SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
/** BLAKE2b's IV (SHA-512's initial hash), as low, high halves. */
const BLAKE2B_IV = Uint32Array.of(
  0xf3bcc908,
  0x6a09e667,
  0x84caa73b,
  0xbb67ae85,
  0xfe94f82b,
  0x3c6ef372,
  0x5f1d36f1,
  0xa54ff53a,
  0xade682d1,
  0x510e527f,
  0x2b3e6c1f,
  0x9b05688c,
  0xfb41bd6b,
  0x1f83d9ab,
  0x137e2179,
  0x5be0cd19,
);
const BLAKE2S_IV = Uint32Array.from(SHA256_INIT);
const TWO_32 = 0x100000000;

/** The working vector and message words of one compression (compress is never re-entered). */
const blake2bV = new Uint32Array(32);
const blake2bM = new Uint32Array(32);
const blake2sV = new Uint32Array(16);
const blake2sM = new Uint32Array(16);

/** v[a] += v[b] + m[x] on 64-bit words given by their low halves' indices. */
function add64(v: Uint32Array, a: number, b: number, m: Uint32Array, x: number): void {
  let lo = v[a]! + v[b]!;
  let hi = v[a + 1]! + v[b + 1]! + (lo >= TWO_32 ? 1 : 0);
  lo = (lo >>> 0) + m[x]!;
  hi += m[x + 1]! + (lo >= TWO_32 ? 1 : 0);
  v[a] = lo;
  v[a + 1] = hi;
}

/** v[c] += v[d] on 64-bit words. */
function add64v(v: Uint32Array, c: number, d: number): void {
  const lo = v[c]! + v[d]!;
  v[c + 1] = v[c + 1]! + v[d + 1]! + (lo >= TWO_32 ? 1 : 0);
  v[c] = lo;
}

/** BLAKE2b's mixing function G; a, b, c, d, x, y are word numbers. */
function blake2bG(
  v: Uint32Array,
  m: Uint32Array,
  a: number,
  b: number,
  c: number,
  d: number,
  x: number,
  y: number,
): void {
  a <<= 1;
  b <<= 1;
  c <<= 1;
  d <<= 1;
  add64(v, a, b, m, x << 1);
  let xl = v[d]! ^ v[a]!; // d = (d ^ a) >>> 32
  let xh = v[d + 1]! ^ v[a + 1]!;
  v[d] = xh;
  v[d + 1] = xl;
  add64v(v, c, d);
  xl = v[b]! ^ v[c]!; // b = (b ^ c) >>> 24
  xh = v[b + 1]! ^ v[c + 1]!;
  v[b] = (xl >>> 24) | (xh << 8);
  v[b + 1] = (xh >>> 24) | (xl << 8);
  add64(v, a, b, m, y << 1);
  xl = v[d]! ^ v[a]!; // d = (d ^ a) >>> 16
  xh = v[d + 1]! ^ v[a + 1]!;
  v[d] = (xl >>> 16) | (xh << 16);
  v[d + 1] = (xh >>> 16) | (xl << 16);
  add64v(v, c, d);
  xl = v[b]! ^ v[c]!; // b = (b ^ c) >>> 63, that is, rotated left by 1
  xh = v[b + 1]! ^ v[c + 1]!;
  v[b] = (xl << 1) | (xh >>> 31);
  v[b + 1] = (xh << 1) | (xl >>> 31);
}

/** BLAKE2s's mixing function G. */
function blake2sG(
  v: Uint32Array,
  m: Uint32Array,
  a: number,
  b: number,
  c: number,
  d: number,
  x: number,
  y: number,
): void {
  v[a] = v[a]! + v[b]! + m[x]!;
  let t = v[d]! ^ v[a]!;
  v[d] = (t >>> 16) | (t << 16);
  v[c] = v[c]! + v[d]!;
  t = v[b]! ^ v[c]!;
  v[b] = (t >>> 12) | (t << 20);
  v[a] = v[a]! + v[b]! + m[y]!;
  t = v[d]! ^ v[a]!;
  v[d] = (t >>> 8) | (t << 24);
  v[c] = v[c]! + v[d]!;
  t = v[b]! ^ v[c]!;
  v[b] = (t >>> 7) | (t << 25);
}

export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

class Blake2 implements Digest {
  readonly name: string;
  readonly blockSize: number;
  readonly digestSize: number;
  /** The chained state: 8 words (BLAKE2b: 16 halves). */
  private h: Uint32Array;
  /** The block being filled; a full one is compressed only once more data shows it is not the last. */
  private block: Uint8Array;
  private filled = 0;
  /** Bytes compressed so far (the counter t; exact to 2**53 bytes). */
  private counter = 0;
  constructor(
    readonly big: boolean,
    private readonly params: Blake2Params,
  ) {
    this.name = big ? "blake2b" : "blake2s";
    const wordBytes = big ? 8 : 4;
    this.blockSize = 16 * wordBytes;
    this.digestSize = params.digestSize;
    const paramBlock = new Uint8Array(8 * wordBytes);
    paramBlock[0] = params.digestSize;
    paramBlock[1] = params.key.length;
    paramBlock[2] = params.fanout;
    paramBlock[3] = params.depth;
    const view = new DataView(paramBlock.buffer);
    view.setUint32(4, params.leafSize, true);
    let offset = params.nodeOffset;
    const offsetBytes = big ? 8 : 6;
    for (let i = 0; i < offsetBytes; i++, offset >>= 8n) paramBlock[8 + i] = Number(offset & 0xffn);
    paramBlock[8 + offsetBytes] = params.nodeDepth;
    paramBlock[9 + offsetBytes] = params.innerSize;
    const saltAt = big ? 32 : 16;
    paramBlock.set(params.salt, saltAt);
    paramBlock.set(params.person, saltAt + 2 * wordBytes);
    const iv = big ? BLAKE2B_IV : BLAKE2S_IV;
    this.h = iv.map((v, i) => v ^ view.getUint32(4 * i, true));
    this.block = new Uint8Array(this.blockSize);
    if (params.key.length > 0) {
      // the key, zero-padded, is the first block
      this.block.set(params.key);
      this.filled = this.blockSize;
    }
  }
  private compress(last: boolean): void {
    const big = this.big;
    const v = big ? blake2bV : blake2sV;
    const m = big ? blake2bM : blake2sM;
    const block = this.block;
    for (let i = 0; i < m.length; i++) {
      const at = 4 * i;
      m[i] = block[at]! | (block[at + 1]! << 8) | (block[at + 2]! << 16) | (block[at + 3]! << 24);
    }
    const h = this.h;
    const half = h.length;
    v.set(h);
    v.set(big ? BLAKE2B_IV : BLAKE2S_IV, half);
    // t (a 128-bit counter for BLAKE2b, 64-bit for BLAKE2s) goes into words 12 and 13, the
    // final-block flags into 14 and 15.
    const t = big ? 24 : 12;
    v[t] = v[t]! ^ this.counter;
    v[t + 1] = v[t + 1]! ^ Math.floor(this.counter / TWO_32);
    if (last) {
      const f = big ? 28 : 14;
      const words = big ? 2 : 1;
      for (let i = 0; i < words; i++) v[f + i] = ~v[f + i]!;
      if (this.params.lastNode) for (let i = 0; i < words; i++) v[f + words + i] = ~v[f + words + i]!;
    }
    const g = big ? blake2bG : blake2sG;
    const rounds = big ? 12 : 10;
    for (let round = 0; round < rounds; round++) {
      const s = BLAKE2_SIGMA[round % 10]!;
      g(v, m, 0, 4, 8, 12, s[0]!, s[1]!);
      g(v, m, 1, 5, 9, 13, s[2]!, s[3]!);
      g(v, m, 2, 6, 10, 14, s[4]!, s[5]!);
      g(v, m, 3, 7, 11, 15, s[6]!, s[7]!);
      g(v, m, 0, 5, 10, 15, s[8]!, s[9]!);
      g(v, m, 1, 6, 11, 12, s[10]!, s[11]!);
      g(v, m, 2, 7, 8, 13, s[12]!, s[13]!);
      g(v, m, 3, 4, 9, 14, s[14]!, s[15]!);
    }
    for (let i = 0; i < half; i++) h[i] = h[i]! ^ v[i]! ^ v[i + half]!;
  }
  update(data: Uint8Array): void {
    const size = this.blockSize;
    for (let i = 0; i < data.length; ) {
      if (this.filled === size) {
        this.counter += size;
        this.compress(false);
        this.filled = 0;
      }
      const take = Math.min(size - this.filled, data.length - i);
      this.block.set(data.subarray(i, i + take), this.filled);
      this.filled += take;
      i += take;
    }
  }
  digest(): Uint8Array {
    const c = this.copy() as Blake2;
    c.counter += c.filled;
    c.block.fill(0, c.filled);
    c.compress(true);
    const out = new Uint8Array(c.digestSize);
    for (let i = 0; i < c.digestSize; i++) out[i] = c.h[i >> 2]! >>> (8 * (i & 3));
    return out;
  }
  copy(): Digest {
    const c = Object.create(Blake2.prototype) as Blake2;
    Object.assign(c, this);
    c.h = this.h.slice();
    c.block = this.block.slice();
    return c;
  }
}

const MAKERS: Record<string, () => Digest> = {
  sha3_224: () => new Keccak("sha3_224", 28, 56, 0x06),
  sha3_256: () => new Keccak("sha3_256", 32, 64, 0x06),
  sha3_384: () => new Keccak("sha3_384", 48, 96, 0x06),
  sha3_512: () => new Keccak("sha3_512", 64, 128, 0x06),
  shake_128: () => new Keccak("shake_128", 0, 32, 0x1f, true),
  shake_256: () => new Keccak("shake_256", 0, 64, 0x1f, true),
  md5: () => new Md5(),
  sha1: () => new Sha1(),
  sha224: () => new Sha256(true),
  sha256: () => new Sha256(false),
  sha384: () => new Sha512Digest(new Sha512("sha384")),
  sha512: () => new Sha512Digest(new Sha512("sha512")),
};

class PyHash extends PyObject {
  constructor(
    readonly d: Digest,
    type: PyType = d.xof ? HashXof_Type : Hash_Type,
  ) {
    super(type);
  }
}

const Hash_Type = newStaticType({ name: "_hashlib.HASH", basicsize: 32 });
/** The type of extendable-output hashes (SHAKE), whose digests take a length. */
const HashXof_Type = newStaticType({ name: "_hashlib.HASHXOF", base: Hash_Type, basicsize: 32 });
HashXof_Type.tp_new = () => raise(PyExc_TypeError, "cannot create '_hashlib.HASHXOF' instances");
Hash_Type.tp_dealloc = (o) => freeObject(o);
HashXof_Type.tp_dealloc = (o) => freeObject(o);
Hash_Type.tp_new = () => raise(PyExc_TypeError, "cannot create '_hashlib.HASH' instances");
Hash_Type.tp_repr = (o) => {
  const h = o as PyHash;
  const kind = h.d.xof ? "HASHXOF" : "HASH";
  return PyStr_FromString(`<${h.d.name} _hashlib.${kind} object @ 0x${realAddress(o.ob_addr).toString(16)}>`);
};

/** The bytes to hash; str is refused as CPython does. */
function dataOf(o: PyObject): Uint8Array {
  if (o instanceof PyStr) raise(PyExc_TypeError, "Strings must be encoded before hashing");
  const b = bufferBytes(o);
  if (b === null) raise(PyExc_TypeError, "object supporting the buffer API required");
  return b;
}

function newHash(d: Digest, type?: PyType): PyHash {
  const o = new PyHash(d, type);
  allocateObject(o, 32);
  return o;
}

/** digest()/hexdigest(): no argument, or the length an extendable-output hash must be given. */
function digestOf(h: PyHash, fname: string, args: PyObject[], kwnames: string[] | null): Uint8Array {
  if (!h.d.xof) {
    noArgs(methodName(h, fname), args, kwnames);
    return h.d.digest();
  }
  const [lengthObj] = clinicArgs(fname, args, kwnames, { names: ["length"], minpos: 1 });
  if (!(lengthObj instanceof PyInt)) {
    raise(PyExc_TypeError, `'${lengthObj!.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const length = Number(lengthObj.value);
  if (length < 0) raise(PyExc_MemoryError, "");
  if (length >= 2 ** 29) raise(PyExc_ValueError, "length is too large");
  return h.d.digest(length);
}

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

defineMethods(Hash_Type, {
  update: {
    impl: (self, args, kwnames) => {
      (self as PyHash).d.update(dataOf(oneArg(methodName(self!, "update"), args, kwnames)));
      return Py_NewRef(Py_None);
    },
    doc: "Update this hash object's state with the provided string.",
    textSignature: "($self, obj, /)",
  },
  digest: {
    impl: (self, args, kwnames) => PyBytes_FromBytes(digestOf(self as PyHash, "digest", args, kwnames)),
    doc: "Return the digest value as a bytes object.",
    textSignature: "($self, /)",
  },
  hexdigest: {
    impl: (self, args, kwnames) =>
      PyStr_FromString(hex(digestOf(self as PyHash, "hexdigest", args, kwnames))),
    doc: "Return the digest value as a string of hexadecimal digits.",
    textSignature: "($self, /)",
  },
  copy: {
    impl: (self, args, kwnames) => {
      noArgs(methodName(self!, "copy"), args, kwnames);
      return newHash((self as PyHash).d.copy());
    },
    doc: "Return a copy of the hash object.",
    textSignature: "($self, /)",
  },
});
defineGetSets(Hash_Type, [
  { name: "name", get: (o) => PyStr_FromString((o as PyHash).d.name) },
  { name: "digest_size", get: (o) => PyInt_FromNumber((o as PyHash).d.digestSize) },
  { name: "block_size", get: (o) => PyInt_FromNumber((o as PyHash).d.blockSize) },
]);

function hashConstructor(name: string): MethodDef {
  return {
    name: `openssl_${name}`,
    impl: (_m, args, kwnames) => {
      const [data] = clinicArgs(`openssl_${name}`, args, kwnames, {
        names: ["string", "usedforsecurity"],
        minpos: 0,
        maxpos: 1,
      });
      const h = newHash(MAKERS[name]!());
      if (data !== null) h.d.update(dataOf(data));
      return h;
    },
    doc: `Returns a ${name} hash object; optionally initialized with a string`,
    textSignature: "($module, /, string=b'', *, usedforsecurity=True)",
  };
}

const hashNew: MethodDef = {
  name: "new",
  impl: (_m, args, kwnames) => {
    const [nameObj, data] = clinicArgs("new", args, kwnames, {
      names: ["name", "string", "usedforsecurity"],
      minpos: 1,
      maxpos: 2,
    });
    if (!(nameObj instanceof PyStr))
      raise(PyExc_TypeError, `new() argument 'name' must be str, not ${reprOf(nameObj!.ob_type)}`);
    // like OpenSSL's names, the SHA-1/SHA-2/MD5 ones are case-insensitive
    const lower = nameObj.value.toLowerCase();
    const make = MAKERS[lower.startsWith("sha3") || lower.startsWith("shake") ? nameObj.value : lower];
    if (make === undefined) raise(PyExc_ValueError, `unsupported hash type ${nameObj.value}`);
    const h = newHash(make());
    if (data !== null) h.d.update(dataOf(data));
    return h;
  },
  doc: "Return a new hash object using the named algorithm.",
  textSignature: "($module, /, name, string=b'', *, usedforsecurity=True)",
};

// The BLAKE2 classes (CPython's _blake2 module): blake2b(data=b'', *, digest_size, key, salt,
// person, fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node).
function blake2Type(big: boolean): PyType {
  const name = big ? "blake2b" : "blake2s";
  const t = newStaticType({
    name: `_blake2.${name}`,
    base: Hash_Type,
    basicsize: 32,
    flags: TypeFlag.BASETYPE,
  });
  t.tp_dealloc = (o) => freeObject(o);
  t.tp_repr = (o) => PyStr_FromString(`<_blake2.${name} object at 0x${realAddress(o.ob_addr).toString(16)}>`);
  const size = big ? 64 : 32;
  const saltSize = big ? 16 : 8;
  t.tp_new = (type, args, kwnames) => {
    const [
      data,
      digestSize,
      key,
      salt,
      person,
      fanout,
      depth,
      leafSize,
      nodeOffset,
      nodeDepth,
      innerSize,
      lastNode,
    ] = clinicArgs(name, args, kwnames, {
      names: [
        "data",
        "digest_size",
        "key",
        "salt",
        "person",
        "fanout",
        "depth",
        "leaf_size",
        "node_offset",
        "node_depth",
        "inner_size",
        "last_node",
        "usedforsecurity",
      ],
      posonly: 1,
      minpos: 0,
      maxpos: 1,
    });
    const int = (o: PyObject | null, dflt: number): bigint => {
      if (o === null) return BigInt(dflt);
      if (!(o instanceof PyInt))
        raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
      return BigInt(o.value);
    };
    const bytes = (o: PyObject | null) => (o === null ? new Uint8Array(0) : dataOf(o));
    const ds = int(digestSize, size);
    if (ds < 1n || ds > BigInt(size))
      raise(PyExc_ValueError, `digest_size must be between 1 and ${size} bytes`);
    const k = bytes(key);
    if (k.length > size) raise(PyExc_ValueError, `maximum key length is ${size} bytes`);
    const sa = bytes(salt);
    if (sa.length > saltSize) raise(PyExc_ValueError, `maximum salt length is ${saltSize} bytes`);
    const pe = bytes(person);
    if (pe.length > saltSize) raise(PyExc_ValueError, `maximum person length is ${saltSize} bytes`);
    const fo = int(fanout, 1);
    if (fo < 0n || fo > 255n) raise(PyExc_ValueError, "fanout must be between 0 and 255");
    const de = int(depth, 1);
    if (de < 1n || de > 255n) raise(PyExc_ValueError, "depth must be between 1 and 255");
    const ls = int(leafSize, 0);
    if (ls < 0n || ls > 0xffffffffn) raise(PyExc_OverflowError, "leaf_size is too large");
    const no = int(nodeOffset, 0);
    if (no < 0n || no >= 1n << (big ? 64n : 48n)) raise(PyExc_OverflowError, "node_offset is too large");
    const nd = int(nodeDepth, 0);
    if (nd < 0n || nd > 255n) raise(PyExc_ValueError, "node_depth must be between 0 and 255");
    const is = int(innerSize, 0);
    if (is < 0n || is > BigInt(size)) raise(PyExc_ValueError, `inner_size must be between 0 and is ${size}`);
    const digest = new Blake2(big, {
      digestSize: Number(ds),
      key: k,
      salt: sa,
      person: pe,
      fanout: Number(fo),
      depth: Number(de),
      leafSize: Number(ls),
      nodeOffset: no,
      nodeDepth: Number(nd),
      innerSize: Number(is),
      lastNode: lastNode !== null && PyObject_IsTrue(lastNode),
    });
    const h = newHash(digest, type as PyType);
    if (data !== null) digest.update(dataOf(data));
    return h;
  };
  return t;
}

const Blake2b_Type = blake2Type(true);
const Blake2s_Type = blake2Type(false);

/** The class constants of blake2b/blake2s (set once the types' dicts exist). */
function addBlake2Constants(): void {
  for (const [t, size, salt] of [
    [Blake2b_Type, 64, 16],
    [Blake2s_Type, 32, 8],
  ] as const) {
    const d = t.tp_dict;
    if (d === null || PyDict_GetItemString(d, "SALT_SIZE") !== null) continue;
    for (const [k, v] of [
      ["SALT_SIZE", salt],
      ["PERSON_SIZE", salt],
      ["MAX_KEY_SIZE", size],
      ["MAX_DIGEST_SIZE", size],
    ] as const) {
      const value = PyInt_FromNumber(v);
      PyDict_SetItemString(d, k, value);
      Py_DECREF(value);
    }
  }
}

function createHashlibModule(): PyModule {
  addBlake2Constants();
  const m = PyModule_New("_hashlib");
  PyModule_AddFunctions(m, [...Object.keys(MAKERS).map(hashConstructor), hashNew]);
  PyModule_AddObjectRef(m, "HASH", Hash_Type);
  PyModule_AddObjectRef(m, "HASHXOF", HashXof_Type);
  PyModule_AddObjectRef(m, "blake2b", Blake2b_Type);
  PyModule_AddObjectRef(m, "blake2s", Blake2s_Type);
  return m;
}

export function registerHashlibModule(): void {
  registerBuiltinModule("_hashlib", createHashlibModule);
}
