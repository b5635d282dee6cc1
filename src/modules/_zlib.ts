/**
 * `_zlib`: the deflate/inflate engine behind lib/zlib.py, on pako (a line-by-line port of zlib
 * 1.2.x, so the browser build compresses exactly as the CLI does). With pako's `legacyHash`
 * the compressed bytes equal CPython's zlib (1.2.13) at every level, strategy and window size.
 * The functions mirror zlibmodule.c's loops (arrange the output buffer, call deflate/inflate
 * until the output is not full) and hand back zlib's status and message; lib/zlib.py turns
 * them into `zlib.error` with CPython's wording.
 */
import {
  ZStream,
  zlibDeflate,
  zlibDeflateEnd,
  zlibDeflateInit2,
  zlibDeflateSetDictionary,
  zlibInflate,
  zlibInflateEnd,
  zlibInflateInit2,
  zlibInflateSetDictionary,
} from "pako";
import { bufferBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import { PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyInt, PyInt_FromNumber, PyLong_AsSsize_t } from "../objects/int.js";
import { type PyModule, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { allocateObject, freeObject, Py_NewRef, PyObject } from "../objects/object.js";
import { PyStr_FromString } from "../objects/str.js";
import { PyTuple_New } from "../objects/tuple.js";
import { newStaticType } from "../objects/type.js";
import { registerBuiltinModule } from "./importlib.js";

const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_NEED_DICT = 2;
const Z_BUF_ERROR = -5;
const Z_FINISH = 4;
const CHUNK = 16384;

/** A z_stream: `kind` says which of deflate/inflate owns it; `ended` once *End ran. */
class PyZStream extends PyObject {
  strm: ZStream = new ZStream();
  kind: "deflate" | "inflate" = "deflate";
  ended = false;
}

const ZStream_Type = newStaticType({ name: "_zlib.z_stream", basicsize: 144 });
ZStream_Type.tp_dealloc = (o) => freeObject(o);

function newStream(kind: "deflate" | "inflate"): PyZStream {
  const o = new PyZStream(ZStream_Type);
  o.kind = kind;
  allocateObject(o, 144);
  return o;
}

function streamArg(o: PyObject | undefined): PyZStream {
  if (!(o instanceof PyZStream)) raise(PyExc_TypeError, "expected a _zlib.z_stream");
  return o;
}

function intArg(o: PyObject | undefined): number {
  if (!(o instanceof PyInt)) raise(PyExc_TypeError, "an integer is required");
  return PyLong_AsSsize_t(o);
}

function bytesArg(o: PyObject | undefined): Uint8Array {
  const b = o === undefined ? null : bufferBytes(o);
  if (b === null) raise(PyExc_TypeError, "a bytes-like object is required");
  return b.slice();
}

function msgOf(strm: ZStream): PyObject {
  return strm.msg ? PyStr_FromString(strm.msg) : Py_NewRef(Py_None);
}

/** Output collected chunk by chunk, as zlibmodule.c's arrange_output_buffer grows its buffer. */
class OutBuf {
  chunks: Uint8Array[] = [];
  total = 0;
  constructor(
    private strm: ZStream,
    private limit = Number.POSITIVE_INFINITY,
  ) {}
  /** Gives the stream a fresh output window; false when `limit` bytes are already out. */
  arrange(): boolean {
    const room = Math.min(CHUNK, this.limit - this.total);
    if (room <= 0) return false;
    this.strm.output = new Uint8Array(room);
    this.strm.next_out = 0;
    this.strm.avail_out = room;
    return true;
  }
  /** Keeps what the last call wrote. */
  take(): void {
    const n = this.strm.next_out;
    if (n > 0) this.chunks.push(this.strm.output.subarray(0, n));
    this.total += n;
    this.strm.next_out = 0;
    this.strm.avail_out = 0;
  }
  bytes(): PyObject {
    const out = new Uint8Array(this.total);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return PyBytes_FromBytes(out);
  }
}

function setInput(strm: ZStream, data: Uint8Array): void {
  strm.input = data;
  strm.next_in = 0;
  strm.avail_in = data.length;
}

/** Deep copy of a pako state graph: typed arrays copied, functions and prototypes kept. */
function cloneGraph<T>(root: T): T {
  const seen = new Map<unknown, unknown>();
  const visit = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return v;
    if (seen.has(v)) return seen.get(v);
    if (ArrayBuffer.isView(v)) {
      const c = (v as Uint8Array).slice();
      seen.set(v, c);
      return c;
    }
    if (Array.isArray(v)) {
      const a: unknown[] = [];
      seen.set(v, a);
      for (const x of v) a.push(visit(x));
      return a;
    }
    const c = Object.create(Object.getPrototypeOf(v)) as Record<string, unknown>;
    seen.set(v, c);
    for (const k of Object.keys(v)) c[k] = visit((v as Record<string, unknown>)[k]);
    return c;
  };
  return visit(root) as T;
}

function tuple(...items: PyObject[]): PyObject {
  return PyTuple_New(items);
}

/** Unsigned 32-bit CRC-32 (the IEEE polynomial zlib uses). */
const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array, start: number): number {
  let c = ~start;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

function adler32(data: Uint8Array, start: number): number {
  let a = start & 0xffff;
  let b = (start >>> 16) & 0xffff;
  let i = 0;
  while (i < data.length) {
    const end = Math.min(data.length, i + 3800);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function createZlibNativeModule(): PyModule {
  const m = PyModule_New("_zlib");
  PyModule_AddFunctions(m, [
    {
      name: "crc32",
      impl: (_m, args) => PyInt_FromNumber(crc32(bytesArg(args[0]), intArg(args[1]) >>> 0)),
      doc: "crc32(data, value): unsigned CRC-32 of data, continuing from value.",
    },
    {
      name: "adler32",
      impl: (_m, args) => PyInt_FromNumber(adler32(bytesArg(args[0]), intArg(args[1]) >>> 0)),
      doc: "adler32(data, value): unsigned Adler-32 of data, continuing from value.",
    },
    {
      name: "deflate_init",
      impl: (_m, args) => {
        const s = newStream("deflate");
        const err = zlibDeflateInit2(
          s.strm,
          intArg(args[0]),
          intArg(args[1]),
          intArg(args[2]),
          intArg(args[3]),
          intArg(args[4]) as 0,
          true,
        );
        return tuple(PyInt_FromNumber(err), s);
      },
      doc: "deflate_init(level, method, wbits, memlevel, strategy) -> (status, stream)",
    },
    {
      name: "inflate_init",
      impl: (_m, args) => {
        const s = newStream("inflate");
        const err = zlibInflateInit2(s.strm, intArg(args[0]));
        return tuple(PyInt_FromNumber(err), s);
      },
      doc: "inflate_init(wbits) -> (status, stream)",
    },
    {
      name: "set_dictionary",
      impl: (_m, args) => {
        const s = streamArg(args[0]);
        const d = bytesArg(args[1]);
        const err =
          s.kind === "deflate" ? zlibDeflateSetDictionary(s.strm, d) : zlibInflateSetDictionary(s.strm, d);
        return PyInt_FromNumber(err);
      },
      doc: "set_dictionary(stream, zdict) -> status",
    },
    {
      name: "deflate",
      impl: (_m, args) => {
        // zlibmodule.c's compress/flush loop: call deflate while it fills the output window.
        const s = streamArg(args[0]);
        const data = bytesArg(args[1]);
        const flush = intArg(args[2]);
        const strm = s.strm;
        if (s.ended)
          return tuple(PyInt_FromNumber(-2), PyBytes_FromBytes(new Uint8Array(0)), Py_NewRef(Py_None));
        setInput(strm, data);
        const out = new OutBuf(strm);
        let err: number = Z_OK;
        let full: boolean;
        do {
          out.arrange();
          err = zlibDeflate(strm, flush as 0);
          full = strm.avail_out === 0;
          out.take();
          if (err === -2) break;
        } while (full || strm.avail_in > 0);
        if (flush === Z_FINISH && err === Z_STREAM_END) {
          zlibDeflateEnd(strm);
          s.ended = true;
        }
        return tuple(PyInt_FromNumber(err), out.bytes(), msgOf(strm));
      },
      doc: "deflate(stream, data, flush) -> (status, output, message)",
    },
    {
      name: "inflate",
      impl: (_m, args) => {
        // Decompress.decompress / zlib.decompress: inflate while the output window fills,
        // up to max_length bytes (0: no limit); a Z_NEED_DICT is answered with zdict.
        const s = streamArg(args[0]);
        const data = bytesArg(args[1]);
        const flush = intArg(args[2]);
        const maxLength = intArg(args[3]);
        const zdict = args[4] !== undefined && args[4] !== Py_None ? bytesArg(args[4]) : null;
        const strm = s.strm;
        setInput(strm, data);
        const out = new OutBuf(strm, maxLength > 0 ? maxLength : Number.POSITIVE_INFINITY);
        let err: number = Z_OK;
        for (;;) {
          if (!out.arrange()) break;
          err = zlibInflate(strm, flush as 0);
          const full = strm.avail_out === 0;
          out.take();
          if (err === Z_NEED_DICT && zdict !== null) {
            const e2 = zlibInflateSetDictionary(strm, zdict);
            if (e2 !== Z_OK) {
              err = e2;
              break;
            }
            continue;
          }
          if (err !== Z_OK && err !== Z_BUF_ERROR) break;
          if (!full) break;
        }
        return tuple(PyInt_FromNumber(err), out.bytes(), PyInt_FromNumber(strm.next_in), msgOf(strm));
      },
      doc: "inflate(stream, data, flush, max_length, zdict) -> (status, output, consumed, message)",
    },
    {
      name: "end",
      impl: (_m, args) => {
        const s = streamArg(args[0]);
        if (!s.ended) {
          if (s.kind === "deflate") zlibDeflateEnd(s.strm);
          else zlibInflateEnd(s.strm);
          s.ended = true;
        }
        return Py_NewRef(Py_None);
      },
      doc: "end(stream): release the stream's state",
    },
    {
      name: "copy",
      impl: (_m, args) => {
        const s = streamArg(args[0]);
        const c = newStream(s.kind);
        c.ended = s.ended;
        const strm = cloneGraph(s.strm);
        c.strm = strm;
        return c;
      },
      doc: "copy(stream) -> an independent copy of the stream's state",
    },
  ]);
  return m;
}

export function registerZlibNativeModule(): void {
  registerBuiltinModule("_zlib", createZlibNativeModule);
}
