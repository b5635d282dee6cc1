/**
 * The compiled-code cache of the Python library (lib/), our counterpart of CPython's .pyc
 * files and marshal format. Compiling lib/ from source costs about 0.1 ms a line on every run
 * (`import inspect` compiles several thousand lines), so the build (scripts/build.mjs) compiles
 * every lib/**\/*.py once with this compiler and writes the CodeUnits to dist/stdlib-code.bin;
 * the importer then decodes a module's units instead of tokenising, parsing and compiling it.
 *
 * Only CodeUnits (plain compiler output) are stored, never Python objects: the runtime still
 * turns a decoded unit into a code object with PyCode_FromUnit, so constants are made, shared
 * and interned exactly as after a source compile. co_filename is not stored either: the
 * importer supplies the module's path as found at run time (the library may have moved since
 * the build), and the .py source still ships for tracebacks, linecache and inspect.
 *
 * An entry is used only when the bytes of the .py file hash to what was compiled, and the whole
 * file only when its key matches the bundle that reads it (the build writes the same key into
 * both), so an edited lib/ module or a changed compiler never runs stale code.
 *
 * File layout: the magic "HSCODE01", a u32 (little-endian) byte length, that many bytes of
 * UTF-8 JSON header `{key, entries: [[path, hash, offset, length], ...]}` (paths relative to
 * lib/, offsets relative to the end of the header), then the modules' blobs. A blob is a u32
 * length and that many bytes of UTF-8 JSON string table, then the unit tree as LEB128 varints.
 */
import type { BytesConstant, ComplexConstant, SplitSurrogatesStr } from "../parser/constant.js";
import { ELLIPSIS } from "../parser/constant.js";
import type { CodeUnit, CompiledConst, ConstComplex, ExceptionTableEntry } from "./code.js";

const MAGIC = "HSCODE01";

// Constant tags.
enum Tag {
  NONE = 0,
  TRUE = 1,
  FALSE = 2,
  SMALL_INT = 3, // zigzag varint (safe integer)
  BIG_INT = 4, // decimal text in the string table
  FLOAT = 5, // 8 bytes, little-endian
  STR = 6,
  SPLIT_STR = 7, // text, then the split indices
  ELLIPSIS = 8,
  BYTES = 9,
  IMAGINARY = 10, // the parser's ComplexConstant: imag only
  COMPLEX = 11, // a folded ConstComplex: real, imag
  CODE = 12,
  TUPLE = 13,
  FROZENSET = 14,
}

/**
 * A stable hash of a module's source bytes (cyrb53 over 32-bit words, then the last 0-3
 * bytes), to tell a stale entry. It runs once per imported module, before V8 has optimized
 * it: a word at a time is a quarter of the interpreted loop iterations of a byte at a time.
 * Words are read in the platform's byte order: a cache used on a machine of the other order
 * only misses (its modules compile from source).
 */
export function sourceHash(bytes: Uint8Array): number {
  let h1 = 0xdeadbeef ^ bytes.length;
  let h2 = 0x41c6ce57 ^ bytes.length;
  const nwords = bytes.length >>> 2;
  // A file's bytes usually start their own buffer; a copy aligns the others.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, nwords);
  for (let i = 0; i < nwords; i++) {
    const w = words[i]!;
    h1 = Math.imul(h1 ^ w, 2654435761);
    h2 = Math.imul(h2 ^ w, 1597334677);
  }
  for (let i = nwords * 4; i < bytes.length; i++) {
    const b = bytes[i]!;
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

// ---------------------------------------------------------------------------------------------
// writing

class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;
  private readonly f64 = new DataView(new ArrayBuffer(8));

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buf.subarray(0, this.length));
    this.buf = grown;
  }

  uint(v: number): void {
    if (!Number.isSafeInteger(v) || v < 0) throw new Error(`code cache: bad unsigned ${v}`);
    this.reserve(8);
    while (v >= 0x80) {
      this.buf[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.length++] = v;
  }

  int(v: number): void {
    this.uint(v < 0 ? -2 * v - 1 : 2 * v);
  }

  float(v: number): void {
    this.reserve(8);
    this.f64.setFloat64(0, v, true);
    for (let i = 0; i < 8; i++) this.buf[this.length++] = this.f64.getUint8(i);
  }

  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

class UnitEncoder {
  readonly out = new ByteWriter();
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();

  str(s: string): void {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    this.out.uint(i);
  }

  unit(u: CodeUnit): void {
    const w = this.out;
    this.str(u.name);
    this.str(u.qualname);
    w.uint(u.firstlineno);
    w.uint(u.argcount);
    w.uint(u.posonlyargcount);
    w.uint(u.kwonlyargcount);
    w.uint(u.flags);
    w.uint(u.stacksize);
    w.uint(u.localsplusnames.length);
    for (let i = 0; i < u.localsplusnames.length; i++) {
      this.str(u.localsplusnames[i]!);
      w.uint(u.localspluskinds[i]!);
    }
    w.uint(u.names.length);
    for (const n of u.names) this.str(n);
    w.uint(u.consts.length);
    for (const c of u.consts) this.constant(c);
    w.uint(u.code.length);
    for (let i = 0; i < u.code.length; i++) w.int(u.code[i]!);
    // Positions: the line as a delta from the previous instruction's, the end line from the line.
    w.uint(u.positions.length);
    let prevLine = u.firstlineno;
    for (let i = 0; i < u.positions.length; i += 4) {
      const line = u.positions[i]!;
      w.int(line - prevLine);
      w.int(u.positions[i + 1]! - line);
      w.int(u.positions[i + 2]!);
      w.int(u.positions[i + 3]!);
      prevLine = line;
    }
    w.uint(u.exceptionTable.length);
    for (const e of u.exceptionTable) {
      w.uint(e.start);
      w.uint(e.end);
      w.uint(e.target);
      w.uint(e.depth);
      w.uint(e.lasti ? 1 : 0);
    }
  }

  private constant(c: CompiledConst): void {
    const w = this.out;
    if (c === null) {
      w.uint(Tag.NONE);
    } else if (typeof c === "boolean") {
      w.uint(c ? Tag.TRUE : Tag.FALSE);
    } else if (typeof c === "bigint") {
      if (c >= -(2n ** 52n) && c <= 2n ** 52n) {
        w.uint(Tag.SMALL_INT);
        w.int(Number(c));
      } else {
        w.uint(Tag.BIG_INT);
        this.str(c.toString());
      }
    } else if (typeof c === "number") {
      w.uint(Tag.FLOAT);
      w.float(c);
    } else if (typeof c === "string") {
      w.uint(Tag.STR);
      this.str(c);
    } else if (c.kind === "str") {
      w.uint(Tag.SPLIT_STR);
      this.str(c.text);
      w.uint(c.splits.length);
      for (const s of c.splits) w.uint(s);
    } else if (c.kind === "ellipsis") {
      w.uint(Tag.ELLIPSIS);
    } else if (c.kind === "bytes") {
      w.uint(Tag.BYTES);
      w.uint(c.value.length);
      w.bytes(c.value);
    } else if (c.kind === "complex") {
      if ("real" in c) {
        w.uint(Tag.COMPLEX);
        w.float(c.real);
      } else {
        w.uint(Tag.IMAGINARY);
      }
      w.float(c.imag);
    } else if (c.kind === "code") {
      w.uint(Tag.CODE);
      this.unit(c);
    } else {
      w.uint(c.kind === "tuple" ? Tag.TUPLE : Tag.FROZENSET);
      w.uint(c.items.length);
      for (const x of c.items) this.constant(x);
    }
  }

  /** The blob: string table, then the unit stream. */
  blob(): Uint8Array {
    const table = new TextEncoder().encode(JSON.stringify(this.strings));
    const body = this.out.result();
    const out = new Uint8Array(4 + table.length + body.length);
    new DataView(out.buffer).setUint32(0, table.length, true);
    out.set(table, 4);
    out.set(body, 4 + table.length);
    return out;
  }
}

/** Encodes a module's compiled code (the filename is left out: see decodeModule). */
export function encodeModule(unit: CodeUnit): Uint8Array {
  const e = new UnitEncoder();
  e.unit(unit);
  return e.blob();
}

export interface CacheEntry {
  /** Path under lib/, with "/" separators. */
  path: string;
  hash: number;
  blob: Uint8Array;
}

/** The cache file for `entries`, valid for readers built with `key`. */
export function encodeCacheFile(key: string, entries: CacheEntry[]): Uint8Array {
  const index: [string, number, number, number][] = [];
  let offset = 0;
  for (const e of entries) {
    index.push([e.path, e.hash, offset, e.blob.length]);
    offset += e.blob.length;
  }
  const header = new TextEncoder().encode(JSON.stringify({ key, entries: index }));
  const out = new Uint8Array(MAGIC.length + 4 + header.length + offset);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  new DataView(out.buffer).setUint32(MAGIC.length, header.length, true);
  out.set(header, MAGIC.length + 4);
  let at = MAGIC.length + 4 + header.length;
  for (const e of entries) {
    out.set(e.blob, at);
    at += e.blob.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// reading

/**
 * Reads `out.length` zigzag varints (the writer's int()) from `buf` at `pos` into `out`, and
 * returns the position after them. The bulk of a module's blob (instructions and positions):
 * one loop over local variables, which V8 runs fast even before it optimizes anything.
 */
function readZigzags(buf: Uint8Array, pos: number, out: Int32Array): number {
  for (let i = 0; i < out.length; i++) {
    let b = buf[pos++]!;
    let z = b & 0x7f;
    let scale = 0x80;
    while (b >= 0x80) {
      b = buf[pos++]!;
      z += (b & 0x7f) * scale;
      scale *= 0x80;
    }
    out[i] = z % 2 === 1 ? -(z + 1) / 2 : z / 2;
  }
  return pos;
}

class UnitDecoder {
  private pos: number;
  private readonly strings: string[];
  private readonly f64 = new DataView(new ArrayBuffer(8));

  constructor(
    private readonly buf: Uint8Array,
    private readonly filename: string,
  ) {
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const tableLength = view.getUint32(0, true);
    this.strings = JSON.parse(new TextDecoder().decode(buf.subarray(4, 4 + tableLength))) as string[];
    this.pos = 4 + tableLength;
  }

  private uint(): number {
    const buf = this.buf;
    let b = buf[this.pos++]!;
    if (b < 0x80) return b;
    let v = b & 0x7f;
    let scale = 0x80;
    for (;;) {
      b = buf[this.pos++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
    }
  }

  private int(): number {
    const z = this.uint();
    return z % 2 === 1 ? -(z + 1) / 2 : z / 2;
  }

  private float(): number {
    for (let i = 0; i < 8; i++) this.f64.setUint8(i, this.buf[this.pos++]!);
    return this.f64.getFloat64(0, true);
  }

  private str(): string {
    return this.strings[this.uint()]!;
  }

  unit(): CodeUnit {
    const name = this.str();
    const qualname = this.str();
    const firstlineno = this.uint();
    const argcount = this.uint();
    const posonlyargcount = this.uint();
    const kwonlyargcount = this.uint();
    const flags = this.uint();
    const stacksize = this.uint();
    const nlocalsplus = this.uint();
    const localsplusnames: string[] = new Array(nlocalsplus);
    const localspluskinds: number[] = new Array(nlocalsplus);
    for (let i = 0; i < nlocalsplus; i++) {
      localsplusnames[i] = this.str();
      localspluskinds[i] = this.uint();
    }
    const nnames = this.uint();
    const names: string[] = new Array(nnames);
    for (let i = 0; i < nnames; i++) names[i] = this.str();
    const nconsts = this.uint();
    const consts: CompiledConst[] = new Array(nconsts);
    for (let i = 0; i < nconsts; i++) consts[i] = this.constant();
    const code = new Int32Array(this.uint());
    this.pos = readZigzags(this.buf, this.pos, code);
    // Each instruction's 4 positions: line as a delta from the previous instruction's, end
    // line as a delta from the line, then the two columns.
    const positions = new Int32Array(this.uint());
    this.pos = readZigzags(this.buf, this.pos, positions);
    let line = firstlineno;
    for (let i = 0; i < positions.length; i += 4) {
      line += positions[i]!;
      positions[i] = line;
      positions[i + 1] += line;
    }
    const nentries = this.uint();
    const exceptionTable: ExceptionTableEntry[] = new Array(nentries);
    for (let i = 0; i < nentries; i++) {
      const start = this.uint();
      const end = this.uint();
      const target = this.uint();
      const depth = this.uint();
      exceptionTable[i] = { start, end, target, depth, lasti: this.uint() === 1 };
    }
    return {
      kind: "code",
      name,
      qualname,
      filename: this.filename,
      firstlineno,
      argcount,
      posonlyargcount,
      kwonlyargcount,
      flags,
      localsplusnames,
      localspluskinds,
      names,
      consts,
      code,
      positions,
      exceptionTable,
      stacksize,
    };
  }

  private constant(): CompiledConst {
    const tag = this.uint() as Tag;
    switch (tag) {
      case Tag.NONE:
        return null;
      case Tag.TRUE:
        return true;
      case Tag.FALSE:
        return false;
      case Tag.SMALL_INT:
        return BigInt(this.int());
      case Tag.BIG_INT:
        return BigInt(this.str());
      case Tag.FLOAT:
        return this.float();
      case Tag.STR:
        return this.str();
      case Tag.SPLIT_STR: {
        const text = this.str();
        const splits: number[] = new Array(this.uint());
        for (let i = 0; i < splits.length; i++) splits[i] = this.uint();
        return { kind: "str", text, splits } satisfies SplitSurrogatesStr;
      }
      case Tag.ELLIPSIS:
        return ELLIPSIS;
      case Tag.BYTES: {
        const n = this.uint();
        const value = this.buf.slice(this.pos, this.pos + n);
        this.pos += n;
        return { kind: "bytes", value } satisfies BytesConstant;
      }
      case Tag.IMAGINARY:
        return { kind: "complex", imag: this.float() } satisfies ComplexConstant;
      case Tag.COMPLEX: {
        const real = this.float();
        return { kind: "complex", real, imag: this.float() } satisfies ConstComplex;
      }
      case Tag.CODE:
        return this.unit();
      case Tag.TUPLE:
      case Tag.FROZENSET: {
        const items: CompiledConst[] = new Array(this.uint());
        for (let i = 0; i < items.length; i++) items[i] = this.constant();
        return tag === Tag.TUPLE ? { kind: "tuple", items } : { kind: "frozenset", items };
      }
      default:
        throw new Error(`code cache: bad constant tag ${tag}`);
    }
  }
}

/** Decodes a module's blob; every unit gets `filename` as its co_filename. */
export function decodeModule(blob: Uint8Array, filename: string): CodeUnit {
  return new UnitDecoder(blob, filename).unit();
}

/** A loaded cache file: look entries up by path under lib/. */
export class CodeCache {
  private readonly entries = new Map<string, { hash: number; offset: number; length: number }>();
  private readonly bodyStart: number;

  /** Null when `file` is not a cache file or was built for another `key`. */
  static open(file: Uint8Array, key: string): CodeCache | null {
    if (file.length < MAGIC.length + 4) return null;
    for (let i = 0; i < MAGIC.length; i++) if (file[i] !== MAGIC.charCodeAt(i)) return null;
    const headerLength = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(
      MAGIC.length,
      true,
    );
    const headerStart = MAGIC.length + 4;
    let header: { key?: unknown; entries?: unknown };
    try {
      header = JSON.parse(new TextDecoder().decode(file.subarray(headerStart, headerStart + headerLength)));
    } catch {
      return null;
    }
    if (header.key !== key || !Array.isArray(header.entries)) return null;
    return new CodeCache(
      file,
      headerStart + headerLength,
      header.entries as [string, number, number, number][],
    );
  }

  private constructor(
    private readonly file: Uint8Array,
    bodyStart: number,
    index: [string, number, number, number][],
  ) {
    this.bodyStart = bodyStart;
    for (const [path, hash, offset, length] of index) this.entries.set(path, { hash, offset, length });
  }

  /** The compiled module at `path` (under lib/) if its entry was compiled from exactly `source`. */
  lookup(path: string, source: Uint8Array, filename: string): CodeUnit | null {
    const e = this.entries.get(path);
    if (e === undefined || e.hash !== sourceHash(source)) return null;
    const start = this.bodyStart + e.offset;
    return decodeModule(this.file.subarray(start, start + e.length), filename);
  }
}

/** Used by the build's self-check: whether two units (and all they hold) are the same. */
export function sameUnit(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || typeof a !== "object" || a === null || b === null) {
    return typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
  }
  if (a instanceof Int32Array || a instanceof Uint8Array) {
    const bb = b as ArrayLike<number>;
    if (a.constructor !== (b as object).constructor || a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== bb[i]) return false;
    return true;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object).sort();
  const kb = Object.keys(b as object).sort();
  if (ka.join("\0") !== kb.join("\0")) return false;
  for (const k of ka) {
    const va = (a as Record<string, unknown>)[k];
    const vb = (b as Record<string, unknown>)[k];
    if (typeof va === "number" && typeof vb === "number") {
      if (!Object.is(va, vb)) return false;
    } else if (!sameUnit(va, vb)) return false;
  }
  return true;
}
