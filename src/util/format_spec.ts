/**
 * The format specification mini-language for numbers (CPython 3.11's
 * Python/formatter_unicode.c): `format(x, spec)`, `x.__format__(spec)` and f-string
 * `{x:spec}` for int, bool, float and complex, plus the parser and padding helpers that str's
 * `__format__` can share.
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 */
import { PyExc_OverflowError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import {
  Py_DTSF_ADD_DOT_0,
  Py_DTSF_ALT,
  Py_DTSF_NO_NEG_0,
  PyOS_double_to_string,
  signBit,
  unicodeDecimalValue,
} from "./float_format.js";
import { longToBaseString } from "./long_text.js";

/** Thousands separator setting (CPython's LocaleType). */
export enum Grouping {
  NONE = 0,
  /** ',' every 3 digits */
  COMMA = 1,
  /** '_' every 3 digits */
  UNDERSCORE = 2,
  /** '_' every 4 digits (b, o, x, X) */
  UNDER_FOUR = 3,
  /** the C locale of the 'n' type: no grouping */
  CURRENT = 4,
}

export interface FormatSpec {
  fill: string;
  align: string;
  alternate: boolean;
  /** "", "+", "-" or " " */
  sign: string;
  noNeg0: boolean;
  /** -1 when not given */
  width: number;
  grouping: Grouping;
  /** -1 when not given */
  precision: number;
  /** one character (a whole code point), or "" for none */
  type: string;
}

const PY_SSIZE_T_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

/** Parses a run of (Unicode) decimal digits; returns [value, count, newPos]. */
function getInteger(cps: string[], pos: number): [number, number, number] {
  let acc = 0;
  let big: bigint | null = null;
  let count = 0;
  for (; pos < cps.length; pos++, count++) {
    const d = unicodeDecimalValue(cps[pos]!.codePointAt(0)!);
    if (d < 0) break;
    // (acc * 10 + d stays an exact JS number while acc < 1e14)
    if (big !== null || acc >= 1e14) {
      big = (big ?? BigInt(acc)) * 10n + BigInt(d);
      if (big > PY_SSIZE_T_MAX) raise(PyExc_ValueError, "Too many decimal digits in format string");
    } else acc = acc * 10 + d;
  }
  return [big !== null ? Number(big) : acc, count, pos];
}

function isAlign(c: string | undefined): boolean {
  return c === "<" || c === ">" || c === "=" || c === "^";
}

function charDesc(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : `\\x${cp.toString(16)}`;
}

const specCache = new Map<string, FormatSpec>();

/**
 * parse_internal_render_format_spec. `typeName` is only used in error messages. The returned
 * object may be shared: never modify it.
 */
export function parseFormatSpec(
  spec: string,
  defaultType: string,
  defaultAlign: string,
  typeName: string,
): FormatSpec {
  const key = defaultType + defaultAlign + spec;
  const cached = specCache.get(key);
  if (cached !== undefined) return cached;
  const parsed = parseFormatSpecUncached(spec, defaultType, defaultAlign, typeName);
  if (specCache.size > 512) specCache.clear();
  specCache.set(key, parsed);
  return parsed;
}

function parseFormatSpecUncached(
  spec: string,
  defaultType: string,
  defaultAlign: string,
  typeName: string,
): FormatSpec {
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: " ",
    align: defaultAlign,
    alternate: false,
    sign: "",
    noNeg0: false,
    width: -1,
    grouping: Grouping.NONE,
    precision: -1,
    type: defaultType,
  };
  let alignSpecified = false;
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.align = cps[pos + 1]!;
    f.fill = cps[pos]!;
    fillSpecified = true;
    alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = cps[pos]!;
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (cps[pos] === " " || cps[pos] === "+" || cps[pos] === "-")) {
    f.sign = cps[pos]!;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === "z") {
    f.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === "#") {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && end - pos >= 1 && cps[pos] === "0") {
    f.fill = "0";
    if (!alignSpecified) f.align = "=";
    pos++;
  }
  let consumed: number;
  [f.width, consumed, pos] = getInteger(cps, pos);
  if (consumed === 0) f.width = -1;
  if (end - pos > 0 && cps[pos] === ",") {
    f.grouping = Grouping.COMMA;
    pos++;
  }
  if (end - pos > 0 && cps[pos] === "_") {
    if (f.grouping !== Grouping.NONE) raise(PyExc_ValueError, "Cannot specify both ',' and '_'.");
    f.grouping = Grouping.UNDERSCORE;
    pos++;
  }
  if (end - pos > 0 && cps[pos] === ",") {
    if (f.grouping === Grouping.UNDERSCORE) raise(PyExc_ValueError, "Cannot specify both ',' and '_'.");
  }
  if (end - pos > 0 && cps[pos] === ".") {
    pos++;
    [f.precision, consumed, pos] = getInteger(cps, pos);
    if (consumed === 0) raise(PyExc_ValueError, "Format specifier missing precision");
  }
  if (end - pos > 1) {
    raise(PyExc_ValueError, `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) {
    f.type = cps[pos]!;
    pos++;
  }
  if (f.grouping !== Grouping.NONE) {
    switch (f.type) {
      case "d":
      case "e":
      case "f":
      case "g":
      case "E":
      case "G":
      case "%":
      case "F":
      case "":
        break;
      case "b":
      case "o":
      case "x":
      case "X":
        if (f.grouping !== Grouping.UNDERSCORE) invalidSeparator(f);
        f.grouping = Grouping.UNDER_FOUR;
        break;
      default:
        invalidSeparator(f);
    }
  }
  return f;
}

function invalidSeparator(f: FormatSpec): never {
  raise(
    PyExc_ValueError,
    `Cannot specify '${f.grouping === Grouping.COMMA ? "," : "_"}' with '${charDesc(f.type)}'.`,
  );
}

function unknownPresentationType(type: string, typeName: string): never {
  raise(PyExc_ValueError, `Unknown format code '${charDesc(type)}' for object of type '${typeName}'`);
}

/** calc_padding + fill: pads `s` (of `len` characters) to the spec's width and alignment. */
export function padToWidth(s: string, len: number, width: number, align: string, fill: string): string {
  if (width <= len) return s;
  const total = width - len;
  let left: number;
  if (align === ">") left = total;
  else if (align === "^") left = Math.floor(total / 2);
  else left = 0;
  return fill.repeat(left) + s + fill.repeat(total - left);
}

/**
 * _PyUnicode_InsertThousandsGrouping: groups `digits` from the right with `sep` every
 * `group` digits (0 = no grouping), zero-padding on the left up to `minWidth` characters.
 */
function insertGrouping(digits: string, minWidth: number, sep: string, group: number): string {
  let remaining = digits.length;
  let pos = digits.length;
  let out = "";
  let useSep = false;
  if (group > 0) {
    for (;;) {
      const l = Math.min(group, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, l - remaining);
      const nChars = Math.max(0, Math.min(remaining, l));
      out = "0".repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : "") + out;
      pos -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) return out;
      minWidth -= sep.length;
    }
  }
  const l = Math.max(remaining, minWidth, 1);
  const nZeros = Math.max(0, l - remaining);
  const nChars = Math.max(0, Math.min(remaining, l));
  return "0".repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : "") + out;
}

function groupingOf(g: Grouping): [sep: string, group: number] {
  switch (g) {
    case Grouping.COMMA:
      return [",", 3];
    case Grouping.UNDERSCORE:
      return ["_", 3];
    case Grouping.UNDER_FOUR:
      return ["_", 4];
    default:
      return ["", 0];
  }
}

/**
 * calc_number_widths + fill_number: lays out
 * <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>.
 */
function fillNumber(
  f: FormatSpec,
  signChar: string,
  prefix: string,
  digits: string,
  decimal: string,
  remainder: string,
  grouping: Grouping,
  toUpper: boolean,
  fill: string,
  align: string,
  width: number,
): string {
  let sign = "";
  if (f.sign === "+") sign = signChar === "-" ? "-" : "+";
  else if (f.sign === " ") sign = signChar === "-" ? "-" : " ";
  else if (signChar === "-") sign = "-";
  const nonDigit = sign.length + prefix.length + decimal.length + remainder.length;
  const minWidth = fill === "0" && align === "=" ? width - nonDigit : 0;
  const [sep, group] = groupingOf(grouping);
  let grouped = digits.length === 0 ? "" : insertGrouping(digits, minWidth, sep, group);
  const padding = width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    if (align === "<") rpad = padding;
    else if (align === "^") {
      lpad = Math.floor(padding / 2);
      rpad = padding - lpad;
    } else if (align === "=") spad = padding;
    else lpad = padding;
  }
  if (toUpper) {
    prefix = prefix.toUpperCase();
    grouped = grouped.toUpperCase();
  }
  return (
    (lpad ? fill.repeat(lpad) : "") +
    sign +
    prefix +
    (spad ? fill.repeat(spad) : "") +
    grouped +
    decimal +
    remainder +
    (rpad ? fill.repeat(rpad) : "")
  );
}

// ---------------------------------------------------------------------------------------------
// int

/**
 * int.__format__ for a non-empty spec. `toDouble` converts the int to a float for the float
 * presentation types (raising OverflowError like PyNumber_Float).
 */
export function formatInt(
  v: number | bigint,
  spec: string,
  typeName: string,
  toDouble: () => number,
): string {
  const f = parseFormatSpec(spec, "d", ">", typeName);
  switch (f.type) {
    case "b":
    case "c":
    case "d":
    case "o":
    case "x":
    case "X":
    case "n":
      return formatLongInternal(v, f);
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%":
      return formatFloatInternal(toDouble(), f);
    default:
      unknownPresentationType(f.type, typeName);
  }
}

const LONG_MAX = 9223372036854775807n;

function formatLongInternal(v: number | bigint, f: FormatSpec): string {
  if (f.precision !== -1) raise(PyExc_ValueError, "Precision not allowed in integer format specifier");
  if (f.noNeg0) raise(PyExc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type === "c") {
    if (f.sign !== "") raise(PyExc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f.alternate)
      raise(PyExc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint" && (v > LONG_MAX || v < -LONG_MAX - 1n)) {
      raise(PyExc_OverflowError, "Python int too large to convert to C long");
    }
    const x = Number(v);
    if (x < 0 || x > 0x10ffff) raise(PyExc_OverflowError, "%c arg not in range(0x110000)");
    return fillNumber(
      f,
      "",
      "",
      "",
      "",
      String.fromCodePoint(x),
      f.grouping,
      false,
      f.fill,
      f.align,
      f.width,
    );
  }
  const base = f.type === "b" ? 2 : f.type === "o" ? 8 : f.type === "x" || f.type === "X" ? 16 : 10;
  // Fast path: nothing but the digits.
  if (
    f.sign !== "+" &&
    f.sign !== " " &&
    f.width === -1 &&
    f.type !== "X" &&
    f.type !== "n" &&
    f.grouping === Grouping.NONE
  ) {
    return longToBaseString(v, base, f.alternate);
  }
  let s = longToBaseString(v, base, false);
  let signChar = "";
  if (s.charCodeAt(0) === 45) {
    signChar = "-";
    s = s.slice(1);
  }
  const prefix = f.alternate && base !== 10 ? (base === 16 ? "0x" : base === 8 ? "0o" : "0b") : "";
  const grouping = f.type === "n" ? Grouping.CURRENT : f.grouping;
  return fillNumber(f, signChar, prefix, s, "", "", grouping, f.type === "X", f.fill, f.align, f.width);
}

// ---------------------------------------------------------------------------------------------
// float

/** float.__format__ for a non-empty spec. */
export function formatFloat(x: number, spec: string, typeName: string): string {
  const f = parseFormatSpec(spec, "", ">", typeName);
  switch (f.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
    case "%":
      return formatFloatInternal(x, f);
    default:
      unknownPresentationType(f.type, typeName);
  }
}

/** Splits a formatted number into its leading digits, decimal point and the rest (parse_number). */
function splitNumber(s: string, from: number): [digits: string, decimal: string, remainder: string] {
  let i = from;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const digits = s.slice(from, i);
  if (i < s.length && s.charCodeAt(i) === 46) return [digits, ".", s.slice(i + 1)];
  return [digits, "", s.slice(i)];
}

function formatFloatInternal(val: number, f: FormatSpec): string {
  if (f.precision > INT_MAX) raise(PyExc_ValueError, "precision too big");
  let precision = f.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (f.alternate) flags |= Py_DTSF_ALT;
  if (f.noNeg0) flags |= Py_DTSF_NO_NEG_0;
  let type = f.type;
  if (type === "") {
    flags |= Py_DTSF_ADD_DOT_0;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let addPct = false;
  if (type === "%") {
    type = "f";
    val *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let buf = PyOS_double_to_string(val, type, precision, flags);
  if (addPct) buf += "%";
  if (f.sign !== "+" && f.sign !== " " && f.width === -1 && f.type !== "n" && f.grouping === Grouping.NONE)
    return buf;
  let signChar = "";
  let from = 0;
  if (buf.charCodeAt(0) === 45) {
    signChar = "-";
    from = 1;
  }
  const [digits, decimal, remainder] = splitNumber(buf, from);
  const grouping = f.type === "n" ? Grouping.CURRENT : f.grouping;
  return fillNumber(f, signChar, "", digits, decimal, remainder, grouping, false, f.fill, f.align, f.width);
}

// ---------------------------------------------------------------------------------------------
// complex

/** complex.__format__ for a non-empty spec. */
export function formatComplex(re: number, im: number, spec: string, typeName: string): string {
  const f = parseFormatSpec(spec, "", ">", typeName);
  switch (f.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
      return formatComplexInternal(re, im, f);
    default:
      unknownPresentationType(f.type, typeName);
  }
}

function formatComplexInternal(re: number, im: number, f: FormatSpec): string {
  if (f.precision > INT_MAX) raise(PyExc_ValueError, "precision too big");
  if (f.fill === "0") raise(PyExc_ValueError, "Zero padding is not allowed in complex format specifier");
  if (f.align === "=") {
    raise(PyExc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
  }
  let precision = f.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (f.alternate) flags |= Py_DTSF_ALT;
  if (f.noNeg0) flags |= Py_DTSF_NO_NEG_0;
  let type = f.type;
  let skipRe = false;
  let addParens = false;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && !signBit(re)) skipRe = true;
    else addParens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const reBuf = PyOS_double_to_string(re, type, precision, flags);
  const imBuf = PyOS_double_to_string(im, type, precision, flags);
  let reSign = "";
  let reFrom = 0;
  if (reBuf.charCodeAt(0) === 45) {
    reSign = "-";
    reFrom = 1;
  }
  let imSign = "";
  let imFrom = 0;
  if (imBuf.charCodeAt(0) === 45) {
    imSign = "-";
    imFrom = 1;
  }
  const [rd, rdec, rrem] = splitNumber(reBuf, reFrom);
  const [id, idec, irem] = splitNumber(imBuf, imFrom);
  const grouping = f.type === "n" ? Grouping.CURRENT : f.grouping;
  const reText = skipRe ? "" : fillNumber(f, reSign, "", rd, rdec, rrem, grouping, false, "", "<", -1);
  const imSpec = skipRe ? f : { ...f, sign: "+" };
  const imText = fillNumber(imSpec, imSign, "", id, idec, irem, grouping, false, "", "<", -1);
  let body = reText + imText + "j";
  if (addParens) body = "(" + body + ")";
  return padToWidth(body, Array.from(body).length, f.width, f.align, f.fill);
}
