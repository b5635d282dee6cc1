/**
 * `_binascii_accel`: the byte loops of lib/binascii.py and lib/base64.py in TypeScript (CPython's
 * binascii is C; its base64 module is Python over int.from_bytes, which its eval loop runs fast
 * enough). The Python modules keep argument checking and the exception classes: a decoder here
 * returns either the decoded bytes or, for bad input, the error message as a str, which the
 * caller raises with its own class, so messages and the order of checks stay in one place.
 */

import { PyBytes_FromBytes, requireBuffer } from "../objects/bytes.js";
import { PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyInt, PyInt_FromNumber } from "../objects/int.js";
import type { MethodDef } from "../objects/methods.js";
import type { PyObject } from "../objects/object.js";
import { PyStr_FromString } from "../objects/str.js";
import { crc32 } from "./_zlib.js";
import { registerFunctionModule } from "./importlib.js";

const B64 = new TextEncoder().encode("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64[i]!] = i;

function bytesOf(o: PyObject | undefined): Uint8Array {
  if (o === undefined) raise(PyExc_TypeError, "missing argument");
  return requireBuffer(o);
}

function flag(o: PyObject | undefined): boolean {
  return o instanceof PyInt && o.value !== 0 && o.value !== 0n;
}

function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  const n = data.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4 + (newline ? 1 : 0));
  let o = 0;
  const full = n - (n % 3);
  for (let i = 0; i < full; i += 3) {
    const v = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    out[o++] = B64[v >>> 18]!;
    out[o++] = B64[(v >>> 12) & 63]!;
    out[o++] = B64[(v >>> 6) & 63]!;
    out[o++] = B64[v & 63]!;
  }
  const rest = n - full;
  if (rest === 1) {
    const v = data[full]! << 16;
    out[o++] = B64[v >>> 18]!;
    out[o++] = B64[(v >>> 12) & 63]!;
    out[o++] = 61;
    out[o++] = 61;
  } else if (rest === 2) {
    const v = (data[full]! << 16) | (data[full + 1]! << 8);
    out[o++] = B64[v >>> 18]!;
    out[o++] = B64[(v >>> 12) & 63]!;
    out[o++] = B64[(v >>> 6) & 63]!;
    out[o++] = 61;
  }
  if (newline) out[o++] = 10;
  return out;
}

/** lib/binascii.py's a2b_base64 state machine: the decoded bytes or the error message. */
function a2bBase64(data: Uint8Array, strict: boolean): Uint8Array | string {
  const out = new Uint8Array(Math.floor((data.length * 3) / 4) + 3);
  let o = 0;
  let phase = 0;
  let carry = 0;
  let pads = 0;
  let padding = false;
  let finished = false;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i]!;
    if (byte === 61) {
      padding = true;
      if (strict && i === 0) return "Leading padding not allowed";
      if (phase >= 2) {
        pads++;
        if (phase + pads >= 4) {
          if (strict && i + 1 < data.length) return "Excess data after padding";
          finished = true;
          break;
        }
      }
      continue;
    }
    const value = B64_VALUE[byte]!;
    if (value < 0) {
      if (strict) return "Only base64 data is allowed";
      continue;
    }
    if (strict && padding) return "Discontinuous padding not allowed";
    pads = 0;
    if (phase === 0) {
      carry = value;
      phase = 1;
    } else if (phase === 1) {
      out[o++] = ((carry << 2) | (value >> 4)) & 255;
      carry = value & 15;
      phase = 2;
    } else if (phase === 2) {
      out[o++] = ((carry << 4) | (value >> 2)) & 255;
      carry = value & 3;
      phase = 3;
    } else {
      out[o++] = ((carry << 6) | value) & 255;
      phase = 0;
    }
  }
  if (!finished && phase) {
    if (phase === 1) {
      return (
        "Invalid base64-encoded string: number of data characters " +
        `(${Math.floor(o / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`
      );
    }
    return "Incorrect padding";
  }
  return out.slice(0, o);
}

const B32_PAD = [0, 6, 4, 3, 1];

/** base64._b32_encode: 8 alphabet digits per 5 bytes, the last group '='-padded. */
function b32Encode(alphabet: Uint8Array, data: Uint8Array): Uint8Array {
  const groups = Math.ceil(data.length / 5);
  const out = new Uint8Array(groups * 8);
  let o = 0;
  for (let start = 0; start < data.length; start += 5) {
    const len = Math.min(5, data.length - start);
    // 40 bits as a high byte and a low 32-bit word
    let hi = 0;
    let lo = 0;
    const b = [0, 0, 0, 0, 0];
    for (let k = 0; k < len; k++) b[k] = data[start + k]!;
    hi = b[0]!;
    lo = ((b[1]! << 24) | (b[2]! << 16) | (b[3]! << 8) | b[4]!) >>> 0;
    const digits = [
      hi >>> 3,
      ((hi & 7) << 2) | (lo >>> 30),
      (lo >>> 25) & 31,
      (lo >>> 20) & 31,
      (lo >>> 15) & 31,
      (lo >>> 10) & 31,
      (lo >>> 5) & 31,
      lo & 31,
    ];
    const pads = len < 5 ? B32_PAD[len]! : 0;
    for (let k = 0; k < 8 - pads; k++) out[o++] = alphabet[digits[k]!]!;
    for (let k = 0; k < pads; k++) out[o++] = 61;
  }
  return out;
}

/** base64._b32_decode after its length, map01 and casefold steps. */
function b32Decode(alphabet: Uint8Array, data: Uint8Array): Uint8Array | string {
  const values = new Int8Array(256).fill(-1);
  for (let i = 0; i < alphabet.length; i++) values[alphabet[i]!] = i;
  let bodyLen = data.length;
  while (bodyLen > 0 && data[bodyLen - 1] === 61) bodyLen--;
  const pads = data.length - bodyLen;
  const out = new Uint8Array(Math.ceil(bodyLen / 8) * 5);
  let o = 0;
  for (let start = 0; start < bodyLen; start += 8) {
    const end = Math.min(bodyLen, start + 8);
    // up to 40 bits: keep them as hi (top 8) and lo (low 32)
    let hi = 0;
    let lo = 0;
    for (let k = start; k < end; k++) {
      const v = values[data[k]!]!;
      if (v < 0) return "Non-base32 digit found";
      hi = ((hi << 5) | (lo >>> 27)) & 0xff;
      lo = ((lo << 5) | v) >>> 0;
    }
    for (let k = end - start; k < 8; k++) {
      hi = ((hi << 5) | (lo >>> 27)) & 0xff;
      lo = (lo << 5) >>> 0;
    }
    out[o++] = hi;
    out[o++] = lo >>> 24;
    out[o++] = (lo >>> 16) & 255;
    out[o++] = (lo >>> 8) & 255;
    out[o++] = lo & 255;
  }
  if (pads) {
    const keep = pads === 1 ? 4 : pads === 3 ? 3 : pads === 4 ? 2 : pads === 6 ? 1 : -1;
    if (keep < 0 || o === 0) return "Incorrect padding";
    o = o - 5 + keep;
  }
  return out.slice(0, o);
}

/** base64._encode85. */
function encode85(
  data: Uint8Array,
  digits: Uint8Array,
  pad: boolean,
  zAsZero: boolean,
  ySpaces: boolean,
): Uint8Array {
  const short = (4 - (data.length % 4)) % 4;
  const words = (data.length + short) / 4;
  const out = new Uint8Array(words * 5);
  let o = 0;
  for (let w = 0; w < words; w++) {
    const s = w * 4;
    let word = 0;
    for (let k = 0; k < 4; k++) word = word * 256 + (s + k < data.length ? data[s + k]! : 0);
    if (zAsZero && word === 0) out[o++] = 122;
    else if (ySpaces && word === 0x20202020) out[o++] = 121;
    else {
      for (let k = 4; k >= 0; k--) {
        out[o + k] = digits[word % 85]!;
        word = Math.floor(word / 85);
      }
      o += 5;
    }
  }
  if (short && !pad) {
    if (zAsZero && o > 0 && out[o - 1] === 122) {
      o--;
      for (let k = 0; k < 5; k++) out[o++] = digits[0]!;
    }
    o -= short;
  }
  return out.slice(0, o);
}

const B85_VALUES = (() => {
  const t = new Int8Array(256).fill(-1);
  const d = new TextEncoder().encode(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~",
  );
  for (let i = 0; i < d.length; i++) t[d[i]!] = i;
  return t;
})();

/** base64.b85decode after its input conversion. */
function b85Decode(data: Uint8Array): Uint8Array | string {
  const short = (5 - (data.length % 5)) % 5;
  const total = data.length + short;
  const out = new Uint8Array((total / 5) * 4);
  let o = 0;
  for (let start = 0; start < total; start += 5) {
    let value = 0;
    for (let k = start; k < start + 5; k++) {
      const digit = k < data.length ? B85_VALUES[data[k]!]! : 84;
      if (digit < 0) return `bad base85 character at position ${k}`;
      value = value * 85 + digit;
    }
    if (value > 0xffffffff) return `base85 overflow in hunk starting at byte ${start}`;
    out[o++] = value >>> 24;
    out[o++] = (value >>> 16) & 255;
    out[o++] = (value >>> 8) & 255;
    out[o++] = value & 255;
  }
  return out.slice(0, o - short);
}

function result(r: Uint8Array | string): PyObject {
  return typeof r === "string" ? PyStr_FromString(r) : PyBytes_FromBytes(r);
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "b2a_base64",
    impl: (_m, args) => PyBytes_FromBytes(b2aBase64(bytesOf(args[0]), flag(args[1]))),
    doc: "b2a_base64(data, newline)",
  },
  {
    name: "a2b_base64",
    impl: (_m, args) => result(a2bBase64(bytesOf(args[0]), flag(args[1]))),
    doc: "a2b_base64(data, strict_mode): bytes, or the error message as a str",
  },
  {
    name: "crc32",
    impl: (_m, args) => {
      const v = args[1];
      const start = v instanceof PyInt ? Number(BigInt(v.value) & 0xffffffffn) : 0;
      return PyInt_FromNumber(crc32(bytesOf(args[0]), start));
    },
    doc: "crc32(data, crc)",
  },
  {
    name: "b32encode",
    impl: (_m, args) => PyBytes_FromBytes(b32Encode(bytesOf(args[0]), bytesOf(args[1]))),
    doc: "b32encode(alphabet, data)",
  },
  {
    name: "b32decode",
    impl: (_m, args) => result(b32Decode(bytesOf(args[0]), bytesOf(args[1]))),
    doc: "b32decode(alphabet, data): bytes, or the error message as a str",
  },
  {
    name: "encode85",
    impl: (_m, args) =>
      PyBytes_FromBytes(
        encode85(bytesOf(args[0]), bytesOf(args[1]), flag(args[2]), flag(args[3]), flag(args[4])),
      ),
    doc: "encode85(data, digits, pad, zeros_as_z, spaces_as_y)",
  },
  {
    name: "b85decode",
    impl: (_m, args) => result(b85Decode(bytesOf(args[0]))),
    doc: "b85decode(data): bytes, or the error message as a str",
  },
];

export function registerBinasciiAccelModule(): void {
  registerFunctionModule("_binascii_accel", FUNCTIONS);
}
