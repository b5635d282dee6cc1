/**
 * complex (CPython's Objects/complexobject.c).
 *
 * `PyComplex.real` / `.imag` are doubles. Division is Smith's algorithm as in _Py_c_quot,
 * small integral powers use repeated multiplication (c_powi), other powers the polar form of
 * _Py_c_pow; abs() is glibc's hypot (util/libm.ts).
 */
import {
  isAsciiSpace,
  removeNumericUnderscores,
  transformDecimalAndSpaceToASCII,
} from "../util/float_format.js";
import { formatComplex } from "../util/format_spec.js";
import { c_exp, c_hypot, c_log } from "../util/libm.js";
import { c_pow, m_atan2, m_cos, m_sin } from "../util/libm_ext.js";
import { reprComplex, reprStr } from "../util/repr.js";
import { lookupSpecial, PyObject_CallNoArgs, PyObject_Str } from "./abstract.js";
import { PyBool_FromBool } from "./bool.js";
import {
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_ZeroDivisionError,
  raise,
} from "./exceptions.js";
import { floatIntCompare, PyFloat, PyFloat_FromDouble, PyNumber_Float } from "./float.js";
import { intValueToDouble, numberFree, PyInt, PyInt_FromNumber, warnDeprecation } from "./int.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { allocateObject, freeObject, Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import { _Py_HashComplex } from "./pyhash.js";
import type { Hash } from "./slots_types.js";
import { argTypeName, initSubtypeInstance, PyStr, PyStr_FromASCII, PyStr_FromString } from "./str.js";
import { PyTuple_New } from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { instanceAllocSize } from "./typeobject.js";

export class PyComplex extends PyObject {
  real: number;
  imag: number;
  constructor(type: PyType, real: number, imag: number) {
    super(type);
    this.real = real;
    this.imag = imag;
  }
}

export const PyComplex_Type = newStaticType({
  name: "complex",
  flags: TypeFlag.BASETYPE | TypeFlag.IMMUTABLETYPE,
  basicsize: 32,
  doc: "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.",
});

/** A new reference to the complex number re + im*1j. */
export function PyComplex_FromDoubles(re: number, im: number): PyComplex {
  const o = new PyComplex(PyComplex_Type, re, im);
  allocateObject(o, 32);
  return o;
}

function complex_dealloc(o: PyObject): void {
  if (o.ob_type === PyComplex_Type) freeObject(o);
  else numberFree(o);
}

/** object.__sizeof__ of a complex: its type's basic size (32). */
export function complex_sizeof(o: PyObject): number {
  return o.ob_type.tp_basicsize;
}

export function PyComplex_Check(o: PyObject): o is PyComplex {
  return o instanceof PyComplex;
}

function complexSubtypeFromDoubles(type: PyType, re: number, im: number): PyComplex {
  if (type === PyComplex_Type) return PyComplex_FromDoubles(re, im);
  const o = new PyComplex(type, re, im);
  initSubtypeInstance(o, type, instanceAllocSize(type));
  return o;
}

// ---------------------------------------------------------------------------------------------
// Arithmetic on (re, im) pairs (CPython's _Py_c_* functions)

let cre = 0;
let cim = 0;

/** TO_COMPLEX: loads an int, float or complex operand into (cre, cim); false = NotImplemented. */
function toComplex(o: PyObject): boolean {
  if (o instanceof PyComplex) {
    cre = o.real;
    cim = o.imag;
    return true;
  }
  if (o instanceof PyFloat) {
    cre = o.value;
    cim = 0;
    return true;
  }
  if (o instanceof PyInt) {
    cre = intValueToDouble(o.value);
    cim = 0;
    return true;
  }
  return false;
}

function notImplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

/** Set by cQuot / cPow when C's errno would be EDOM (a zero divisor or base, a libm domain error). */
let edom = false;

/** _Py_c_quot into (cre, cim). */
function cQuot(ar: number, ai: number, br: number, bi: number): void {
  const absBr = br < 0 ? -br : br;
  const absBi = bi < 0 ? -bi : bi;
  if (absBr >= absBi) {
    if (absBr === 0) {
      edom = true;
      cre = 0;
      cim = 0;
    } else {
      const ratio = bi / br;
      const denom = br + bi * ratio;
      cre = (ar + ai * ratio) / denom;
      cim = (ai - ar * ratio) / denom;
    }
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    cre = (ar * ratio + ai) / denom;
    cim = (ai * ratio - ar) / denom;
  } else {
    cre = Number.NaN;
    cim = Number.NaN;
  }
}

/** C's pow() for the modulus in _Py_c_pow (x >= 0, possibly inf or nan). */
function libmPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (!Number.isFinite(y)) {
    if (x === 1) return 1;
    return x < 1 === y < 0 ? Number.POSITIVE_INFINITY : 0;
  }
  if (x === Number.POSITIVE_INFINITY) return y > 0 ? Number.POSITIVE_INFINITY : 0;
  if (x === 0) return y > 0 ? 0 : Number.POSITIVE_INFINITY;
  return c_pow(x, y);
}

/** _Py_c_pow into (cre, cim). */
function cPow(ar: number, ai: number, br: number, bi: number): void {
  if (br === 0 && bi === 0) {
    cre = 1;
    cim = 0;
  } else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) edom = true;
    cre = 0;
    cim = 0;
  } else {
    const vabs = c_hypot(ar, ai);
    let len = libmPow(vabs, br);
    // glibc's atan2, sin and cos (V8's Math functions differ from them in the last bit at times)
    const at =
      ar !== 0 && ai !== 0 && Number.isFinite(ar) && Number.isFinite(ai)
        ? m_atan2(ai, ar)
        : Math.atan2(ai, ar);
    let phase = at * br;
    if (bi !== 0) {
      len /= c_exp(at * bi);
      // vabs > 0 here; c_log takes finite values only
      phase += bi * (Number.isFinite(vabs) ? c_log(vabs) : vabs);
    }
    // glibc's cos and sin of an infinity set errno to EDOM, which complex_pow reports as a
    // zero division, ahead of any overflow
    if (phase === Number.POSITIVE_INFINITY || phase === Number.NEGATIVE_INFINITY) edom = true;
    cre = len * m_cos(phase);
    cim = len * m_sin(phase);
  }
}

/** c_powu: x**n for a positive integer n by repeated squaring, into (cre, cim). */
function cPowu(xr: number, xi: number, n: number): void {
  let rr = 1;
  let ri = 0;
  let pr = xr;
  let pi = xi;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) {
      const t = rr * pr - ri * pi;
      ri = rr * pi + ri * pr;
      rr = t;
    }
    mask <<= 1;
    const t = pr * pr - pi * pi;
    pi = pr * pi + pi * pr;
    pr = t;
  }
  cre = rr;
  cim = ri;
}

/** complex ** complex on doubles; raises CPython's errors. Result in (cre, cim). */
function complexPowValues(ar: number, ai: number, br: number, bi: number): void {
  edom = false;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n > 0) cPowu(ar, ai, n);
    else {
      cPowu(ar, ai, -n);
      cQuot(1, 0, cre, cim);
    }
  } else {
    cPow(ar, ai, br, bi);
  }
  if (edom) raise(PyExc_ZeroDivisionError, "0.0 to a negative or complex power");
  if (!Number.isFinite(cre) && !Number.isNaN(cre)) raise(PyExc_OverflowError, "complex exponentiation");
  if (!Number.isFinite(cim) && !Number.isNaN(cim)) raise(PyExc_OverflowError, "complex exponentiation");
}

/** complex_pow for any operands (float_pow delegates here for negative ** fractional). */
export function complexPowObjects(v: PyObject, w: PyObject, z: PyObject): PyObject {
  if (!toComplex(v)) return notImplemented();
  const ar = cre;
  const ai = cim;
  if (!toComplex(w)) return notImplemented();
  const br = cre;
  const bi = cim;
  if (z !== Py_None) raise(PyExc_ValueError, "complex modulo");
  complexPowValues(ar, ai, br, bi);
  return PyComplex_FromDoubles(cre, cim);
}

function complex_add(v: PyObject, w: PyObject): PyObject {
  if (!toComplex(v)) return notImplemented();
  const ar = cre;
  const ai = cim;
  if (!toComplex(w)) return notImplemented();
  return PyComplex_FromDoubles(ar + cre, ai + cim);
}

function complex_sub(v: PyObject, w: PyObject): PyObject {
  if (!toComplex(v)) return notImplemented();
  const ar = cre;
  const ai = cim;
  if (!toComplex(w)) return notImplemented();
  return PyComplex_FromDoubles(ar - cre, ai - cim);
}

function complex_mul(v: PyObject, w: PyObject): PyObject {
  if (!toComplex(v)) return notImplemented();
  const ar = cre;
  const ai = cim;
  if (!toComplex(w)) return notImplemented();
  const br = cre;
  const bi = cim;
  return PyComplex_FromDoubles(ar * br - ai * bi, ar * bi + ai * br);
}

function complex_div(v: PyObject, w: PyObject): PyObject {
  if (!toComplex(v)) return notImplemented();
  const ar = cre;
  const ai = cim;
  if (!toComplex(w)) return notImplemented();
  edom = false;
  cQuot(ar, ai, cre, cim);
  if (edom) raise(PyExc_ZeroDivisionError, "complex division by zero");
  return PyComplex_FromDoubles(cre, cim);
}

function complex_neg(o: PyObject): PyObject {
  const c = o as PyComplex;
  return PyComplex_FromDoubles(-c.real, -c.imag);
}

function complex_pos(o: PyObject): PyObject {
  if (o.ob_type === PyComplex_Type) {
    o.ob_refcnt++;
    return o;
  }
  const c = o as PyComplex;
  return PyComplex_FromDoubles(c.real, c.imag);
}

/** abs() of a complex number (_Py_c_abs); OverflowError when it doesn't fit a float. */
export function complexAbs(re: number, im: number): number {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Number.POSITIVE_INFINITY || re === Number.NEGATIVE_INFINITY) return Math.abs(re);
    if (im === Number.POSITIVE_INFINITY || im === Number.NEGATIVE_INFINITY) return Math.abs(im);
    return Number.NaN;
  }
  const r = c_hypot(re, im);
  if (!Number.isFinite(r)) raise(PyExc_OverflowError, "absolute value too large");
  return r;
}

function complex_abs(o: PyObject): PyObject {
  const c = o as PyComplex;
  return PyFloat_FromDouble(complexAbs(c.real, c.imag));
}

function complex_bool(o: PyObject): boolean {
  const c = o as PyComplex;
  return c.real !== 0 || c.imag !== 0;
}

function complex_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (op !== 2 && op !== 3) return notImplemented();
  const c = v as PyComplex;
  let equal: boolean;
  if (w instanceof PyInt) {
    if (c.imag === 0) return PyBool_FromBool(floatIntCompare(c.real, w.value, op));
    equal = false;
  } else if (w instanceof PyFloat) {
    equal = c.real === w.value && c.imag === 0;
  } else if (w instanceof PyComplex) {
    equal = c.real === w.real && c.imag === w.imag;
  } else {
    return notImplemented();
  }
  return PyBool_FromBool(equal === (op === 2));
}

function complex_hash(o: PyObject): Hash {
  const c = o as PyComplex;
  return _Py_HashComplex(o.ob_addr, c.real, c.imag);
}

function complex_repr(o: PyObject): PyObject {
  const c = o as PyComplex;
  return PyStr_FromASCII(reprComplex(c.real, c.imag));
}

// ---------------------------------------------------------------------------------------------
// Constructor: complex(real=0, imag=0)

/** PyOS_string_to_double on a prefix: [value, end] or null when no number starts at `pos`. */
const FLOAT_PREFIX_RE = /[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/iy;

function floatPrefix(s: string, pos: number): [number, number] | null {
  FLOAT_PREFIX_RE.lastIndex = pos;
  const m = FLOAT_PREFIX_RE.exec(s);
  if (m === null) return null;
  const text = m[0];
  const body = text.replace(/^[+-]/, "").toLowerCase();
  let v: number;
  if (body.startsWith("inf")) v = text[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  else if (body === "nan") v = text[0] === "-" ? -Number.NaN : Number.NaN;
  else v = Number(text);
  return [v, pos + text.length];
}

/** complex_from_string_inner on an ASCII string without underscores: [re, im] or null. */
export function parseComplexString(s: string): [number, number] | null {
  let p = 0;
  const n = s.length;
  let x = 0;
  let y = 0;
  while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  let bracket = false;
  if (s[p] === "(") {
    bracket = true;
    p++;
    while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  }
  const first = floatPrefix(s, p);
  if (first !== null) {
    const z = first[0];
    p = first[1];
    if (s[p] === "+" || s[p] === "-") {
      x = z;
      const second = floatPrefix(s, p);
      if (second !== null) {
        y = second[0];
        p = second[1];
      } else {
        y = s[p] === "+" ? 1 : -1;
        p++;
      }
      if (s[p] !== "j" && s[p] !== "J") return null;
      p++;
    } else if (s[p] === "j" || s[p] === "J") {
      p++;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (s[p] === "+" || s[p] === "-") {
      y = s[p] === "+" ? 1 : -1;
      p++;
    } else {
      y = 1;
    }
    if (s[p] !== "j" && s[p] !== "J") return null;
    p++;
  }
  while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  if (bracket) {
    if (s[p] !== ")") return null;
    p++;
    while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  }
  if (p !== n) return null;
  return [x, y];
}

function complexFromString(type: PyType, v: PyStr): PyObject {
  const ascii = transformDecimalAndSpaceToASCII(v.value);
  const cleaned = removeNumericUnderscores(ascii);
  if (cleaned === null || cleaned.includes("\0")) {
    raise(PyExc_ValueError, `could not convert string to complex: ${reprStr(v.value)}`);
  }
  const r = parseComplexString(cleaned);
  if (r === null) raise(PyExc_ValueError, "complex() arg is a malformed string");
  return complexSubtypeFromDoubles(type, r[0], r[1]);
}

/** try_complex_special_method: the result of __complex__, or null when there is none. */
function tryComplexSpecialMethod(o: PyObject): PyObject | null {
  const f = lookupSpecial(o, "__complex__");
  if (f === null) return null;
  let res: PyObject;
  try {
    res = PyObject_CallNoArgs(f);
  } finally {
    Py_DECREF(f);
  }
  if (res.ob_type === PyComplex_Type) return res;
  if (!(res instanceof PyComplex)) {
    const name = res.ob_type.tp_name;
    Py_DECREF(res);
    raise(PyExc_TypeError, `__complex__ returned non-complex (type ${name})`);
  }
  warnDeprecation(
    `__complex__ returned non-complex (type ${res.ob_type.tp_name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`,
  );
  return res;
}

function isNumberLike(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_float !== null || t.nb_index !== null || o instanceof PyComplex;
}

function floatValueOf(o: PyObject): number {
  const f = PyNumber_Float(o) as PyFloat;
  const v = f.value;
  Py_DECREF(f);
  return v;
}

function complex_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (args.length > 2) raise(PyExc_TypeError, `complex() takes at most 2 arguments (${args.length} given)`);
  let r: PyObject | null = npos > 0 ? args[0]! : null;
  let i: PyObject | null = npos > 1 ? args[1]! : null;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const val = args[npos + k]!;
    if (name === "real") {
      if (r !== null)
        raise(PyExc_TypeError, "argument for complex() given by name ('real') and position (1)");
      r = val;
    } else if (name === "imag") {
      if (i !== null)
        raise(PyExc_TypeError, "argument for complex() given by name ('imag') and position (2)");
      i = val;
    } else {
      raise(PyExc_TypeError, `'${name}' is an invalid keyword argument for complex()`);
    }
  }
  if (r === null) {
    if (i === null) return complexSubtypeFromDoubles(type, 0, 0);
    r = PyInt_FromNumber(0); // immortal: no reference to drop
  }
  if (r.ob_type === PyComplex_Type && i === null && type === PyComplex_Type) {
    r.ob_refcnt++;
    return r;
  }
  if (r instanceof PyStr) {
    if (i !== null) raise(PyExc_TypeError, "complex() can't take second arg if first is a string");
    return complexFromString(type, r);
  }
  if (i !== null && i instanceof PyStr) raise(PyExc_TypeError, "complex() second arg can't be a string");
  let ownR = false;
  const special = tryComplexSpecialMethod(r);
  if (special !== null) {
    r = special;
    ownR = true;
  }
  try {
    if (!isNumberLike(r)) {
      raise(
        PyExc_TypeError,
        `complex() first argument must be a string or a number, not '${r.ob_type.tp_name}'`,
      );
    }
    if (i !== null && !isNumberLike(i)) {
      raise(PyExc_TypeError, `complex() second argument must be a number, not '${i.ob_type.tp_name}'`);
    }
    let crReal: number;
    let crImag = 0;
    let crIsComplex = false;
    if (r instanceof PyComplex) {
      crReal = r.real;
      crImag = r.imag;
      crIsComplex = true;
    } else {
      crReal = floatValueOf(r);
    }
    let ciReal: number;
    let ciImag = 0;
    let ciIsComplex = false;
    if (i === null) ciReal = crImag;
    else if (i instanceof PyComplex) {
      ciReal = i.real;
      ciImag = i.imag;
      ciIsComplex = true;
    } else {
      ciReal = floatValueOf(i);
    }
    if (ciIsComplex) crReal -= ciImag;
    if (crIsComplex && i !== null) ciReal += crImag;
    return complexSubtypeFromDoubles(type, crReal, ciReal);
  } finally {
    if (ownR) Py_DECREF(r);
  }
}

// ---------------------------------------------------------------------------------------------
// Methods

function noargs(name: string, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
  if (args.length !== 0) raise(PyExc_TypeError, `${name}() takes no arguments (${args.length} given)`);
}

/** complex.__format__ as a JS string. */
export function complexFormat(o: PyComplex, spec: string): string {
  if (spec.length === 0) {
    const s = PyObject_Str(o);
    const text = s.value;
    Py_DECREF(s);
    return text;
  }
  return formatComplex(o.real, o.imag, spec, o.ob_type.tp_name);
}

defineMethods(PyComplex_Type, {
  conjugate: {
    impl: (self, args, kw) => {
      noargs("conjugate", args, kw);
      const c = self as PyComplex;
      return PyComplex_FromDoubles(c.real, -c.imag);
    },
    doc: "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.",
    textSignature: "($self, /)",
  },
  __complex__: {
    impl: (self, args, kw) => (noargs("__complex__", args, kw), complex_pos(self!)),
    doc: "Convert this value to exact type complex.",
    textSignature: "($self, /)",
  },
  __getnewargs__: {
    impl: (self, args, kw) => {
      noargs("__getnewargs__", args, kw);
      const c = self as PyComplex;
      return PyTuple_New([PyFloat_FromDouble(c.real), PyFloat_FromDouble(c.imag)]);
    },
    textSignature: "($self, /)",
  },
  __format__: {
    impl: (self, args, kw) => {
      if (kw !== null && kw.length > 0) raise(PyExc_TypeError, "__format__() takes no keyword arguments");
      if (args.length !== 1) raise(PyExc_TypeError, `__format__ expected 1 argument, got ${args.length}`);
      const spec = args[0]!;
      if (!(spec instanceof PyStr)) {
        raise(PyExc_TypeError, `__format__() argument must be str, not ${argTypeName(spec)}`);
      }
      return PyStr_FromString(complexFormat(self as PyComplex, spec.value));
    },
    doc: "Convert to a string according to format_spec.",
    textSignature: "($self, format_spec, /)",
  },
});

defineGetSets(PyComplex_Type, [
  {
    name: "real",
    get: (self) => PyFloat_FromDouble((self as PyComplex).real),
    doc: "the real part of a complex number",
    kind: "member",
  },
  {
    name: "imag",
    get: (self) => PyFloat_FromDouble((self as PyComplex).imag),
    doc: "the imaginary part of a complex number",
    kind: "member",
  },
]);

// ---------------------------------------------------------------------------------------------
// Slot table

PyComplex_Type.tp_dealloc = complex_dealloc;
PyComplex_Type.tp_repr = complex_repr;
PyComplex_Type.tp_hash = complex_hash;
PyComplex_Type.tp_richcompare = complex_richcompare;
PyComplex_Type.tp_new = complex_new;
PyComplex_Type.nb_add = complex_add;
PyComplex_Type.nb_subtract = complex_sub;
PyComplex_Type.nb_multiply = complex_mul;
PyComplex_Type.nb_power = complexPowObjects;
PyComplex_Type.nb_negative = complex_neg;
PyComplex_Type.nb_positive = complex_pos;
PyComplex_Type.nb_absolute = complex_abs;
PyComplex_Type.nb_bool = complex_bool;
PyComplex_Type.nb_true_divide = complex_div;
