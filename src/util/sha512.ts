/**
 * SHA-512 and SHA-384 (FIPS 180-4), incremental, on 32-bit halves (no BigInt in the hot loop).
 * Used by the `_sha512` module and by `random.seed(str | bytes)` (version 2 seeding).
 */

// The first 64 bits of the fractional parts of the cube roots of the first 80 primes, computed
// once with BigInt (integer cube roots), as [hi, lo] pairs.
const K_HI = new Int32Array(80);
const K_LO = new Int32Array(80);

function icbrt(n: bigint): bigint {
  // floor(cbrt(n)) by Newton's method from above
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 3) + 1);
  for (;;) {
    const y = (2n * x + n / (x * x)) / 3n;
    if (y >= x) break;
    x = y;
  }
  while (x * x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

function isqrt(n: bigint): bigint {
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2) + 1);
  for (;;) {
    const y = (x + n / x) / 2n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

function primes(count: number): number[] {
  const out: number[] = [];
  for (let n = 2; out.length < count; n++) {
    let prime = true;
    for (const p of out) {
      if (p * p > n) break;
      if (n % p === 0) {
        prime = false;
        break;
      }
    }
    if (prime) out.push(n);
  }
  return out;
}

const MASK64 = (1n << 64n) - 1n;

{
  const ps = primes(80);
  for (let i = 0; i < 80; i++) {
    // frac(cbrt(p)) * 2**64 = floor(cbrt(p * 2**192)) mod 2**64
    const v = icbrt(BigInt(ps[i]!) << 192n) & MASK64;
    K_HI[i] = Number(v >> 32n) | 0;
    K_LO[i] = Number(v & 0xffffffffn) | 0;
  }
}

/** Initial hash values: fractional parts of the square roots of the first 8 primes (SHA-512) or the 9th-16th (SHA-384). */
function initialState(sha384: boolean): Int32Array {
  const ps = primes(16).slice(sha384 ? 8 : 0, sha384 ? 16 : 8);
  const h = new Int32Array(16);
  for (let i = 0; i < 8; i++) {
    const v = isqrt(BigInt(ps[i]!) << 128n) & MASK64;
    h[2 * i] = Number(v >> 32n) | 0;
    h[2 * i + 1] = Number(v & 0xffffffffn) | 0;
  }
  return h;
}

const INIT512 = initialState(false);
const INIT384 = initialState(true);

export class Sha512 {
  readonly h: Int32Array;
  readonly buffer = new Uint8Array(128);
  bufLen = 0;
  /** Total message length in bytes (fits a double for any realistic input). */
  total = 0;
  readonly digestSize: number;
  private readonly w = new Int32Array(160);

  constructor(readonly variant: "sha512" | "sha384" = "sha512") {
    this.h = new Int32Array(variant === "sha384" ? INIT384 : INIT512);
    this.digestSize = variant === "sha384" ? 48 : 64;
  }

  copy(): Sha512 {
    const c = new Sha512(this.variant);
    c.h.set(this.h);
    c.buffer.set(this.buffer);
    c.bufLen = this.bufLen;
    c.total = this.total;
    return c;
  }

  update(data: Uint8Array): void {
    this.total += data.length;
    let i = 0;
    if (this.bufLen > 0) {
      const take = Math.min(128 - this.bufLen, data.length);
      this.buffer.set(data.subarray(0, take), this.bufLen);
      this.bufLen += take;
      i = take;
      if (this.bufLen === 128) {
        this.block(this.buffer, 0);
        this.bufLen = 0;
      }
    }
    for (; i + 128 <= data.length; i += 128) this.block(data, i);
    if (i < data.length) {
      this.buffer.set(data.subarray(i), 0);
      this.bufLen = data.length - i;
    }
  }

  digest(): Uint8Array {
    const c = this.copy();
    const bits = c.total * 8;
    const pad = new Uint8Array((c.bufLen < 112 ? 112 : 240) - c.bufLen + 16);
    pad[0] = 0x80;
    // 128-bit big-endian length; the high 64 bits are zero for any realistic input
    const n = pad.length;
    const hi = Math.floor(bits / 4294967296);
    const lo = bits >>> 0;
    pad[n - 8] = (hi >>> 24) & 0xff;
    pad[n - 7] = (hi >>> 16) & 0xff;
    pad[n - 6] = (hi >>> 8) & 0xff;
    pad[n - 5] = hi & 0xff;
    pad[n - 4] = (lo >>> 24) & 0xff;
    pad[n - 3] = (lo >>> 16) & 0xff;
    pad[n - 2] = (lo >>> 8) & 0xff;
    pad[n - 1] = lo & 0xff;
    const total = c.total;
    c.update(pad);
    c.total = total;
    const out = new Uint8Array(this.digestSize);
    for (let i = 0; i < this.digestSize / 4; i++) {
      const v = c.h[i]!;
      out[4 * i] = (v >>> 24) & 0xff;
      out[4 * i + 1] = (v >>> 16) & 0xff;
      out[4 * i + 2] = (v >>> 8) & 0xff;
      out[4 * i + 3] = v & 0xff;
    }
    return out;
  }

  private block(data: Uint8Array, off: number): void {
    const w = this.w;
    for (let t = 0; t < 16; t++) {
      const p = off + 8 * t;
      w[2 * t] = (data[p]! << 24) | (data[p + 1]! << 16) | (data[p + 2]! << 8) | data[p + 3]!;
      w[2 * t + 1] = (data[p + 4]! << 24) | (data[p + 5]! << 16) | (data[p + 6]! << 8) | data[p + 7]!;
    }
    for (let t = 16; t < 80; t++) {
      // sigma1(w[t-2])
      let xh = w[2 * (t - 2)]!;
      let xl = w[2 * (t - 2) + 1]!;
      const s1h = rotrH(xh, xl, 19) ^ rotrH(xl, xh, 61 - 32) ^ (xh >>> 6);
      const s1l = rotrL(xh, xl, 19) ^ rotrL(xl, xh, 61 - 32) ^ ((xl >>> 6) | (xh << 26));
      // sigma0(w[t-15])
      xh = w[2 * (t - 15)]!;
      xl = w[2 * (t - 15) + 1]!;
      const s0h = rotrH(xh, xl, 1) ^ rotrH(xh, xl, 8) ^ (xh >>> 7);
      const s0l = rotrL(xh, xl, 1) ^ rotrL(xh, xl, 8) ^ ((xl >>> 7) | (xh << 25));
      // w[t] = s1 + w[t-7] + s0 + w[t-16]
      let lo = (s1l >>> 0) + (w[2 * (t - 7) + 1]! >>> 0);
      let hi = s1h + w[2 * (t - 7)]! + Math.floor(lo / 4294967296);
      lo = (lo >>> 0) + (s0l >>> 0);
      hi = hi + s0h + Math.floor(lo / 4294967296);
      lo = (lo >>> 0) + (w[2 * (t - 16) + 1]! >>> 0);
      hi = hi + w[2 * (t - 16)]! + Math.floor(lo / 4294967296);
      w[2 * t] = hi | 0;
      w[2 * t + 1] = lo | 0;
    }
    const H = this.h;
    let ah = H[0]!;
    let al = H[1]!;
    let bh = H[2]!;
    let bl = H[3]!;
    let ch = H[4]!;
    let cl = H[5]!;
    let dh = H[6]!;
    let dl = H[7]!;
    let eh = H[8]!;
    let el = H[9]!;
    let fh = H[10]!;
    let fl = H[11]!;
    let gh = H[12]!;
    let gl = H[13]!;
    let hh = H[14]!;
    let hl = H[15]!;
    for (let t = 0; t < 80; t++) {
      // Sigma1(e) = rotr14 ^ rotr18 ^ rotr41
      const S1h = rotrH(eh, el, 14) ^ rotrH(eh, el, 18) ^ rotrH(el, eh, 41 - 32);
      const S1l = rotrL(eh, el, 14) ^ rotrL(eh, el, 18) ^ rotrL(el, eh, 41 - 32);
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      // T1 = h + S1 + ch + K[t] + w[t]
      let lo = (hl >>> 0) + (S1l >>> 0);
      let hi = hh + S1h + Math.floor(lo / 4294967296);
      lo = (lo >>> 0) + (chl >>> 0);
      hi = hi + chh + Math.floor(lo / 4294967296);
      lo = (lo >>> 0) + (K_LO[t]! >>> 0);
      hi = hi + K_HI[t]! + Math.floor(lo / 4294967296);
      lo = (lo >>> 0) + (w[2 * t + 1]! >>> 0);
      hi = hi + w[2 * t]! + Math.floor(lo / 4294967296);
      const t1h = hi | 0;
      const t1l = lo | 0;
      // Sigma0(a) = rotr28 ^ rotr34 ^ rotr39
      const S0h = rotrH(ah, al, 28) ^ rotrH(al, ah, 34 - 32) ^ rotrH(al, ah, 39 - 32);
      const S0l = rotrL(ah, al, 28) ^ rotrL(al, ah, 34 - 32) ^ rotrL(al, ah, 39 - 32);
      const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
      lo = (S0l >>> 0) + (majl >>> 0);
      hi = S0h + majh + Math.floor(lo / 4294967296);
      const t2h = hi | 0;
      const t2l = lo | 0;
      hh = gh;
      hl = gl;
      gh = fh;
      gl = fl;
      fh = eh;
      fl = el;
      lo = (dl >>> 0) + (t1l >>> 0);
      eh = (dh + t1h + Math.floor(lo / 4294967296)) | 0;
      el = lo | 0;
      dh = ch;
      dl = cl;
      ch = bh;
      cl = bl;
      bh = ah;
      bl = al;
      lo = (t1l >>> 0) + (t2l >>> 0);
      ah = (t1h + t2h + Math.floor(lo / 4294967296)) | 0;
      al = lo | 0;
    }
    const add = (i: number, xh: number, xl: number) => {
      const lo = (H[i + 1]! >>> 0) + (xl >>> 0);
      H[i] = (H[i]! + xh + Math.floor(lo / 4294967296)) | 0;
      H[i + 1] = lo | 0;
    };
    add(0, ah, al);
    add(2, bh, bl);
    add(4, ch, cl);
    add(6, dh, dl);
    add(8, eh, el);
    add(10, fh, fl);
    add(12, gh, gl);
    add(14, hh, hl);
  }
}

/** High word of the 64-bit (xh:xl) rotated right by n (0 < n < 32). */
function rotrH(xh: number, xl: number, n: number): number {
  return (xh >>> n) | (xl << (32 - n));
}

/** Low word of the 64-bit (xh:xl) rotated right by n (0 < n < 32). */
function rotrL(xh: number, xl: number, n: number): number {
  return (xl >>> n) | (xh << (32 - n));
}

/** One-shot SHA-512 digest. */
export function sha512(data: Uint8Array): Uint8Array {
  const s = new Sha512("sha512");
  s.update(data);
  return s.digest();
}
