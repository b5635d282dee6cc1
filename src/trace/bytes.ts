/**
 * A growable byte buffer with LEB128 varints: the recorder's delta stream. Unsigned varints
 * take 1 byte below 128, 2 below 16384, 3 below 2 MiB; signed values are zigzag-encoded first.
 * Values up to 2^53 are exact (the arithmetic avoids 32-bit bitwise operators above 2^31).
 */
export class ByteWriter {
  /** The chunk being written. */
  buf: Uint8Array;
  /** Bytes used in `buf`. */
  pos = 0;
  /** Where `buf` starts in the stream. */
  private base = 0;
  /**
   * Chunks filled before `buf` (each its used bytes) and where each starts in the stream. The
   * stream grows by chunks rather than by copying one buffer into one twice its size (which
   * for a stream of tens of MiB copied each byte about twice and touched twice the memory).
   */
  private readonly chunks: Uint8Array[] = [];
  private readonly bases: number[] = [];

  constructor(initial = 1 << 16) {
    this.buf = new Uint8Array(initial);
  }

  /** Bytes written (positions in the stream count from the start of the first chunk). */
  get length(): number {
    return this.base + this.pos;
  }

  /** Drops what was written after `n` (which must be in the current chunk: see `record`). */
  set length(n: number) {
    this.pos = n - this.base;
  }

  /**
   * Starts a record that must stay in one chunk (a step): moves to a new chunk when the current
   * one has less than CHUNK_RESERVE bytes left. A record larger than what is left grows the
   * current chunk (copying that chunk only).
   */
  record(): void {
    if (this.buf.length - this.pos >= CHUNK_RESERVE) return;
    this.chunks.push(this.buf.subarray(0, this.pos));
    this.bases.push(this.base);
    this.base += this.pos;
    this.buf = new Uint8Array(CHUNK_SIZE);
    this.pos = 0;
  }

  /** The chunk holding stream position `at` and where that chunk starts in the stream. */
  chunkAt(at: number): { buf: Uint8Array; base: number } {
    if (at >= this.base) return { buf: this.buf, base: this.base };
    const bases = this.bases;
    let lo = 0;
    let hi = bases.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bases[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { buf: this.chunks[lo]!, base: bases[lo]! };
  }

  private grow(need: number): void {
    let size = this.buf.length * 2;
    while (size < this.pos + need) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  u8(v: number): void {
    if (this.pos + 1 > this.buf.length) this.grow(1);
    this.buf[this.pos++] = v;
  }

  /** An unsigned integer (0 <= v < 2^53). */
  uv(v: number): void {
    if (this.pos + 8 > this.buf.length) this.grow(8);
    const b = this.buf;
    let n = this.pos;
    if (v < 0x80) {
      b[n++] = v;
    } else if (v < 0x10000000) {
      while (v >= 0x80) {
        b[n++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      b[n++] = v;
    } else {
      while (v >= 0x80) {
        b[n++] = (v % 0x80) | 0x80;
        v = Math.floor(v / 0x80);
      }
      b[n++] = v;
    }
    this.pos = n;
  }

  /** A signed integer (|v| < 2^52), zigzag-encoded. */
  sv(v: number): void {
    this.uv(v >= 0 ? v * 2 : -v * 2 - 1);
  }

  f64(v: number): void {
    if (this.pos + 8 > this.buf.length) this.grow(8);
    F64[0] = v;
    // byte by byte: TypedArray#set is a call into the runtime
    const b = this.buf;
    const n = this.pos;
    b[n] = F64_BYTES[0]!;
    b[n + 1] = F64_BYTES[1]!;
    b[n + 2] = F64_BYTES[2]!;
    b[n + 3] = F64_BYTES[3]!;
    b[n + 4] = F64_BYTES[4]!;
    b[n + 5] = F64_BYTES[5]!;
    b[n + 6] = F64_BYTES[6]!;
    b[n + 7] = F64_BYTES[7]!;
    this.pos = n + 8;
  }

  /** Bytes in use (what the stream retains once trimmed). */
  get byteLength(): number {
    return this.length;
  }

  /** Releases the unused tail of the current chunk (after recording). */
  trim(): void {
    if (this.buf.length > this.pos) this.buf = this.buf.slice(0, this.pos);
  }
}

const CHUNK_SIZE = 1 << 18;
const CHUNK_RESERVE = 1 << 14;

const F64 = new Float64Array(1);
const F64_BYTES = new Uint8Array(F64.buffer);

/** Reads what a ByteWriter wrote. */
export class ByteReader {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    start = 0,
  ) {
    this.pos = start;
  }

  u8(): number {
    return this.buf[this.pos++]!;
  }

  uv(): number {
    const b = this.buf;
    let byte = b[this.pos++]!;
    if (byte < 0x80) return byte;
    let v = byte & 0x7f;
    let mul = 0x80;
    for (;;) {
      byte = b[this.pos++]!;
      v += (byte & 0x7f) * mul;
      if (byte < 0x80) return v;
      mul *= 0x80;
    }
  }

  sv(): number {
    const u = this.uv();
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }

  f64(): number {
    F64_BYTES.set(this.buf.subarray(this.pos, this.pos + 8));
    this.pos += 8;
    return F64[0]!;
  }
}

/** A growable Uint32Array (per-step offsets). */
export class U32List {
  data: Uint32Array;
  /** Entries in use (may be lowered to drop the last ones). */
  length = 0;
  constructor(initial = 1024) {
    this.data = new Uint32Array(initial);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  get(i: number): number {
    return this.data[i]!;
  }
  get byteLength(): number {
    return this.length * 4;
  }
  trim(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, this.length);
  }
}
