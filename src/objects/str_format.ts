/**
 * str.format / str.format_map (CPython's Objects/stringlib/unicode_format.h) and the string
 * part of the format mini-language (Python/formatter_unicode.c): `{0.attr[key]!r:>{width}}`,
 * auto-numbering, nested specs two levels deep, and CPython's error messages.
 * The spec parser is shared with the numeric types (src/util/format_spec.ts).
 */

import { blockModel, strBlockSize } from "../memory/unicode_writer.js";
import { doubleToStringBuffer } from "../util/float_format.js";
import { Grouping, padToWidth, parseFormatSpec } from "../util/format_spec.js";
import {
  PyObject_Format,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_Repr,
  PyObject_Str,
} from "./abstract.js";
import { PyExc_IndexError, PyExc_KeyError, PyExc_ValueError, raise } from "./exceptions.js";
import { floatFormat, PyFloat, PyFloat_Type } from "./float.js";
import {
  decimalScratchSize,
  intFormat,
  intToString,
  type PyInt,
  PyInt_FromNumber,
  PyInt_Type,
} from "./int.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "./object.js";
import {
  codePointsOf,
  PyObject_ASCII,
  type PyStr,
  PyStr_FromString,
  PyStr_FromStringFresh,
  PyStr_Type,
} from "./str.js";
import { cpLen, FormatWriterModel } from "./str_percent.js";
import { decimalValue } from "./unicode_data.js";

// ---------------------------------------------------------------------------------------------
// The string part of the format mini-language

function formatCodeRepr(t: string): string {
  const c = t.codePointAt(0)!;
  return c > 32 && c < 128 ? t : `\\x${c.toString(16)}`;
}

/** format(s, spec) for a str (format_string_internal). New reference. */
/** The text format(s, spec) gives, or null when that is s's own text (no padding, nothing cut). */
function formatStringSpecText(s: PyStr, spec: string): string | null {
  const typeName = s.ob_type.tp_name;
  const f = parseFormatSpec(spec, "s", "<", typeName);
  if (f.type !== "s") {
    raise(
      PyExc_ValueError,
      `Unknown format code '${formatCodeRepr(f.type)}' for object of type '${typeName}'`,
    );
  }
  // A '0' before the width only implies '=' alignment for numbers (bpo-27772): an '=' that the
  // spec did not spell out means the default '<' for strings.
  let align = f.align;
  if (align === "=") {
    const head = Array.from(spec.slice(0, 4));
    if (head[0] !== "=" && head[1] !== "=") align = "<";
  }
  if (f.sign !== "") {
    raise(
      PyExc_ValueError,
      f.sign === " "
        ? "Space not allowed in string format specifier"
        : "Sign not allowed in string format specifier",
    );
  }
  if (f.noNeg0) raise(PyExc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) raise(PyExc_ValueError, "Alternate form (#) not allowed in string format specifier");
  if (align === "=") raise(PyExc_ValueError, "'=' alignment not allowed in string format specifier");
  let len = s.length;
  let body = s.value;
  if (f.precision >= 0 && len >= f.precision) {
    if (f.precision < len) {
      body =
        s.kind === 4
          ? codePointsOf(body)
              .slice(0, f.precision)
              .map((c) => String.fromCodePoint(c))
              .join("")
          : body.slice(0, f.precision);
    }
    len = f.precision;
  }
  if ((f.width < 0 || f.width <= len) && len === s.length) return null;
  return padToWidth(body, len, f.width, align, f.fill);
}

export function formatStringSpec(s: PyStr, spec: string): PyStr {
  const text = formatStringSpecText(s, spec);
  if (text !== null) return PyStr_FromString(text);
  if (s.ob_type === PyStr_Type) {
    s.ob_refcnt++;
    return s;
  }
  return PyStr_FromStringFresh(s.value);
}

// ---------------------------------------------------------------------------------------------
// str.format

const PY_SSIZE_T_MAX = 2 ** 63 - 1;

interface AutoNumber {
  state: 0 | 1 | 2; // init, auto, manual
  next: number;
}

interface FormatContext {
  /** Positional arguments (null for format_map). */
  args: PyObject[] | null;
  /** Keyword lookup: format's keyword arguments, or format_map's mapping. */
  kwargs: { names: string[]; values: PyObject[] } | null;
  mapping: PyObject | null;
  auto: AutoNumber;
  /** build_string's writer, while tracemalloc traces (not a nested spec's). */
  model: FormatWriterModel | null;
}

/**
 * str.format(*args, **kwargs) when mapping is null, str.format_map(mapping) otherwise.
 * `args` holds positional arguments then keyword values named by `kwnames`.
 */
export function formatString(
  fmt: PyStr,
  args: PyObject[],
  kwnames: string[] | null,
  mapping: PyObject | null,
): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const ctx: FormatContext = {
    args: mapping === null ? args.slice(0, args.length - nkw) : null,
    kwargs: mapping === null && nkw > 0 ? { names: kwnames!, values: args.slice(args.length - nkw) } : null,
    mapping,
    auto: { state: 0, next: 0 },
    model: blockModel.on ? new FormatWriterModel(cpLen(fmt.value)) : null,
  };
  const out: (string | PyStr)[] = [];
  try {
    buildString(fmt.value, ctx, 2, out);
  } finally {
    ctx.model?.release();
  }
  if (out.length === 1 && typeof out[0] !== "string") return out[0]!;
  // no replacement field and no escaped brace: CPython's writer hands back the string itself
  if (out.length === 1 && !fmt.value.includes("{") && !fmt.value.includes("}")) return Py_NewRef(fmt);
  const parts: string[] = new Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    if (typeof p === "string") parts[i] = p;
    else {
      parts[i] = p.value;
      Py_DECREF(p);
    }
  }
  return PyStr_FromString(parts.join(""));
}

function buildString(input: string, ctx: FormatContext, depth: number, out: (string | PyStr)[]): void {
  if (depth <= 0) raise(PyExc_ValueError, "Max string recursion exceeded");
  try {
    doMarkup(input, ctx, depth, out);
  } catch (e) {
    for (const p of out) if (typeof p !== "string") Py_DECREF(p);
    out.length = 0;
    throw e;
  }
}

function doMarkup(s: string, ctx: FormatContext, depth: number, out: (string | PyStr)[]): void {
  const end = s.length;
  let pos = 0;
  while (pos < end) {
    // Literal text up to a '{' or '}'.
    const start = pos;
    let c = "";
    let markup = false;
    while (pos < end) {
      c = s[pos++]!;
      if (c === "{" || c === "}") {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (c === "}" && markup && (atEnd || s[pos] !== "}")) {
      raise(PyExc_ValueError, "Single '}' encountered in format string");
    }
    if (atEnd && c === "{" && markup) raise(PyExc_ValueError, "Single '{' encountered in format string");
    if (markup) {
      if (!atEnd && s[pos] === c) {
        // An escaped brace: literal text including one brace.
        pos++;
        markup = false;
      } else len--;
    }
    if (len > 0) {
      const literal = s.slice(start, start + len);
      const model = ctx.model;
      if (model !== null) {
        if (!markup && pos >= end) model.lastPiece();
        // (the whole format is written as a str: WriteSubstring's shortcut)
        if (len === end) model.str(literal);
        else model.text(literal);
      }
      out.push(literal);
    }
    if (!markup) continue;
    // A replacement field: parse up to its closing '}'.
    const field = parseField(s, pos);
    pos = field.next;
    if (pos >= end) ctx.model?.lastPiece();
    outputMarkup(s, field, ctx, depth, out);
  }
}

interface Field {
  nameStart: number;
  nameEnd: number;
  conversion: string;
  specStart: number;
  specEnd: number;
  specNeedsExpanding: boolean;
  next: number;
}

function parseField(s: string, pos: number): Field {
  const end = s.length;
  const f: Field = {
    nameStart: pos,
    nameEnd: pos,
    conversion: "",
    specStart: -1,
    specEnd: -1,
    specNeedsExpanding: false,
    next: pos,
  };
  let c = "";
  while (pos < end) {
    c = s[pos++]!;
    if (c === "{") raise(PyExc_ValueError, "unexpected '{' in field name");
    if (c === "[") {
      while (pos < end && s[pos] !== "]") pos++;
      continue;
    }
    if (c === "}" || c === ":" || c === "!") break;
  }
  f.nameEnd = pos - 1;
  if (c === "!" || c === ":") {
    if (c === "!") {
      if (pos >= end) raise(PyExc_ValueError, "end of string while looking for conversion specifier");
      const cp = s.codePointAt(pos)!;
      f.conversion = String.fromCodePoint(cp);
      pos += cp > 0xffff ? 2 : 1;
      if (pos < end) {
        const c2 = s[pos++];
        if (c2 === "}") {
          f.next = pos;
          return f;
        }
        if (c2 !== ":") raise(PyExc_ValueError, "expected ':' after conversion specifier");
      }
    }
    f.specStart = pos;
    let count = 1;
    while (pos < end) {
      const c3 = s[pos++];
      if (c3 === "{") {
        f.specNeedsExpanding = true;
        count++;
      } else if (c3 === "}") {
        count--;
        if (count === 0) {
          f.specEnd = pos - 1;
          f.next = pos;
          return f;
        }
      }
    }
    raise(PyExc_ValueError, "unmatched '{' in format spec");
  }
  if (c !== "}") raise(PyExc_ValueError, "expected '}' before end of string");
  f.nameEnd = pos - 1;
  f.next = pos;
  return f;
}

/** get_integer: a non-negative decimal (Unicode digits allowed), or -1 when not a number. */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0;
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    if (acc > (PY_SSIZE_T_MAX - d) / 10) raise(PyExc_ValueError, "Too many decimal digits in format string");
    acc = acc * 10 + d;
  }
  return acc;
}

function lookupKeyword(ctx: FormatContext, key: string): PyObject {
  if (ctx.mapping !== null) {
    const k = PyStr_FromString(key);
    try {
      return PyObject_GetItem(ctx.mapping, k);
    } finally {
      Py_DECREF(k);
    }
  }
  if (ctx.kwargs !== null) {
    const i = ctx.kwargs.names.indexOf(key);
    if (i >= 0) {
      const v = ctx.kwargs.values[i]!;
      v.ob_refcnt++;
      return v;
    }
  }
  raise(PyExc_KeyError, key);
}

function getFieldObject(name: string, ctx: FormatContext): PyObject {
  // The first part: up to the first '.' or '['.
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  let index = getInteger(first);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  const an = ctx.auto;
  if (an.state === 0 && numeric) an.state = empty ? 1 : 2;
  if (numeric) {
    if (an.state === 2 && empty) {
      raise(PyExc_ValueError, "cannot switch from manual field specification to automatic field numbering");
    }
    if (an.state === 1 && !empty) {
      raise(PyExc_ValueError, "cannot switch from automatic field numbering to manual field specification");
    }
  }
  if (empty) index = an.next++;
  let obj: PyObject;
  if (index === -1) obj = lookupKeyword(ctx, first);
  else {
    if (ctx.args === null) raise(PyExc_ValueError, "Format string contains positional fields");
    if (index >= ctx.args.length) {
      raise(PyExc_IndexError, `Replacement index ${index} out of range for positional args tuple`);
    }
    obj = ctx.args[index]!;
    obj.ob_refcnt++;
  }
  // The rest: .attr and [key] lookups.
  try {
    while (i < name.length) {
      const c = name[i++];
      let part: string;
      let isAttr: boolean;
      if (c === ".") {
        isAttr = true;
        const j = i;
        while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
        part = name.slice(j, i);
      } else if (c === "[") {
        isAttr = false;
        const j = i;
        while (i < name.length && name[i] !== "]") i++;
        if (i >= name.length) raise(PyExc_ValueError, "Missing ']' in format string");
        part = name.slice(j, i);
        i++;
      } else {
        raise(PyExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
      if (part.length === 0) raise(PyExc_ValueError, "Empty attribute in format string");
      let next: PyObject;
      if (isAttr) {
        const k = PyStr_FromString(part);
        try {
          next = PyObject_GetAttr(obj, k);
        } finally {
          Py_DECREF(k);
        }
      } else {
        const idx = getInteger(part);
        const t = obj.ob_type;
        if (idx === -1) {
          const k = PyStr_FromString(part);
          try {
            next = PyObject_GetItem(obj, k);
          } finally {
            Py_DECREF(k);
          }
        } else if (t.sq_item !== null && !t.hasFlag(1 << 29)) {
          next = t.sq_item(obj, idx);
        } else {
          const k = PyInt_FromNumber(idx);
          try {
            next = PyObject_GetItem(obj, k);
          } finally {
            Py_DECREF(k);
          }
        }
      }
      Py_DECREF(obj);
      obj = next;
    }
  } catch (e) {
    Py_DECREF(obj);
    throw e;
  }
  return obj;
}

/**
 * What format_float_internal and format_long_internal write for a spec, on their fast paths (no
 * width, no '+' or ' ' sign, no grouping, not 'n'): a float's text from PyOS_double_to_string's
 * buffer, an int's digits (base 10 with long_to_decimal_string's scratch int). Otherwise the
 * padded text, written while the temporary it was made from is alive (a str of the float's
 * digits beside that buffer, or _PyLong_Format's str).
 */
function writeFormatted(model: FormatWriterModel, obj: PyObject, spec: string, text: string): void {
  const isFloat = obj instanceof PyFloat;
  const f = parseFormatSpec(spec, isFloat ? "" : "d", ">", obj.ob_type.tp_name);
  const plain =
    f.sign !== "+" && f.sign !== " " && f.width === -1 && f.type !== "n" && f.grouping === Grouping.NONE;
  // (an int with a float presentation type is written as its float: see intFormat)
  if (isFloat || (f.type !== "" && "eEfFgG%".includes(f.type))) {
    const bufferSize = doubleToStringBuffer.size;
    if (plain) model.floatText(text, bufferSize);
    else {
      // the buffer and a str of its digits live while the padded number is written
      const digits = doubleToStringBuffer.length + (f.type === "%" ? 1 : 0);
      model.textBeside(text, 0, bufferSize, strBlockSize(digits, 127));
    }
    return;
  }
  const base = ({ b: 2, o: 8, x: 16, X: 16, d: 10, n: 10 } as Record<string, number>)[f.type];
  if (base === undefined) {
    model.text(text);
    return;
  }
  const v = (obj as PyInt).value;
  if (base === 10 && plain) {
    model.decimalDigits(v, text);
    return;
  }
  if (plain && f.type !== "X") {
    model.text(text);
    return;
  }
  // _PyLong_Format's str (its 0b/0o/0x prefix and sign included; base 10 of a scratch int)
  // lives while the padded number is written
  const magnitude = v < 0 ? -v : v;
  const length = (v < 0 ? 1 : 0) + (base === 10 ? 0 : 2) + magnitude.toString(base).length;
  model.textBeside(text, base === 10 ? decimalScratchSize(v) : 0, 0, strBlockSize(length, 127));
}

/**
 * int.__format__ and float.__format__ with a spec (PyObject_Format, format(), an f-string's
 * `{x:spec}`): the blocks their writer takes while tracemalloc traces, before the caller makes
 * the result (the writer's buffer, handed on as the result, is booked and released here, and the
 * result str takes the same block).
 */
export function bookNumberFormat(obj: PyInt | PyFloat, spec: string, text: string): void {
  if (!blockModel.on || spec.length === 0) return;
  const model = new FormatWriterModel(null);
  writeFormatted(model, obj, spec, text);
  model.release();
}

function outputMarkup(
  s: string,
  field: Field,
  ctx: FormatContext,
  depth: number,
  out: (string | PyStr)[],
): void {
  let obj = getFieldObject(s.slice(field.nameStart, field.nameEnd), ctx);
  let nestedSpec: PyStr | null = null;
  try {
    if (field.conversion !== "") {
      let conv: PyObject;
      switch (field.conversion) {
        case "r":
          conv = PyObject_Repr(obj);
          break;
        case "s":
          conv = PyObject_Str(obj);
          break;
        case "a":
          conv = PyObject_ASCII(obj);
          break;
        default: {
          const c = field.conversion.codePointAt(0)!;
          raise(
            PyExc_ValueError,
            c > 32 && c < 127
              ? `Unknown conversion specifier ${field.conversion}`
              : `Unknown conversion specifier \\x${c.toString(16)}`,
          );
        }
      }
      Py_DECREF(obj);
      obj = conv;
    }
    let spec = field.specStart < 0 ? "" : s.slice(field.specStart, field.specEnd);
    if (field.specNeedsExpanding) {
      nestedSpec = buildNestedSpec(spec, s, ctx, depth);
      spec = nestedSpec.value;
    }
    if (obj.ob_type === PyStr_Type && spec.length === 0) {
      ctx.model?.str((obj as PyStr).value);
      obj.ob_refcnt++;
      out.push(obj as PyStr);
      return;
    }
    if (obj.ob_type === PyInt_Type && spec.length === 0) {
      // _PyLong_FormatAdvancedWriter: the digits straight into the writer
      const digits = intToString(obj as PyInt);
      ctx.model?.decimalDigits((obj as PyInt).value, digits);
      out.push(digits);
      return;
    }
    const t = obj.ob_type;
    if ((t === PyFloat_Type && spec.length > 0) || t === PyInt_Type) {
      // render_field calls an exact int's or float's formatter itself, which writes into the
      // writer: no spec object, no result str
      const model = ctx.model;
      const write = model === null ? undefined : (text: string) => writeFormatted(model, obj, spec, text);
      const text =
        t === PyFloat_Type ? floatFormat(obj as PyFloat, spec) : intFormat(obj as PyInt, spec, write);
      if (t === PyFloat_Type) write?.(text);
      out.push(text);
      return;
    }
    const model = ctx.model;
    if (t === PyStr_Type) {
      // format_string_internal writes the padded text into the writer, or the str itself
      const padded = formatStringSpecText(obj as PyStr, spec);
      if (padded === null) {
        model?.str((obj as PyStr).value);
        obj.ob_refcnt++;
        out.push(obj as PyStr);
      } else {
        model?.text(padded);
        out.push(padded);
      }
      return;
    }
    let r: PyObject;
    // (an exact float's formatter makes str(x) for an empty spec: format_obj)
    if (t === PyFloat_Type) r = PyObject_Str(obj);
    else {
      const specObj = nestedSpec === null ? PyStr_FromString(spec) : Py_NewRef(nestedSpec);
      try {
        r = PyObject_Format(obj, specObj);
      } finally {
        Py_DECREF(specObj);
      }
    }
    const text = (r as PyStr).value;
    // another object's __format__ result is a str written whole, released once written unless
    // it may be the result itself
    model?.str(text);
    if (out.length > 0 || field.next < s.length) {
      out.push(text);
      Py_DECREF(r);
    } else out.push(r as PyStr);
  } finally {
    Py_DECREF(obj);
    if (nestedSpec !== null) Py_DECREF(nestedSpec);
  }
}

/**
 * A spec with replacement fields of its own ('{:{w}.{p}f}'): build_string makes it, with a writer
 * of its own, as a str that lives while the field is formatted (its only piece when that is a
 * str, as any build_string's result). That writer's minimum is the whole format's length + 100
 * (build_string takes the length of its SubString's string, `format`, not of the spec).
 */
function buildNestedSpec(spec: string, format: string, ctx: FormatContext, depth: number): PyStr {
  const parts: (string | PyStr)[] = [];
  const model = ctx.model;
  const nested = model === null ? null : new FormatWriterModel(cpLen(format));
  ctx.model = nested;
  try {
    buildString(spec, ctx, depth - 1, parts);
  } finally {
    ctx.model = model;
    nested?.release();
  }
  if (parts.length === 1 && typeof parts[0] !== "string") return parts[0]!;
  const text = parts.map((p) => (typeof p === "string" ? p : p.value)).join("");
  for (const p of parts) if (typeof p !== "string") Py_DECREF(p);
  return PyStr_FromString(text);
}
