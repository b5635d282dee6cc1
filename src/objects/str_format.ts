/**
 * str.format / str.format_map (CPython's Objects/stringlib/unicode_format.h) and the string
 * part of the format mini-language (Python/formatter_unicode.c): `{0.attr[key]!r:>{width}}`,
 * auto-numbering, nested specs two levels deep, and CPython's error messages.
 * The spec parser is shared with the numeric types (src/util/format_spec.ts).
 */

import { padToWidth, parseFormatSpec } from "../util/format_spec.js";
import {
  PyObject_Format,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_Repr,
  PyObject_Str,
} from "./abstract.js";
import { PyExc_IndexError, PyExc_KeyError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyInt_FromNumber } from "./int.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "./object.js";
import {
  codePointsOf,
  PyObject_ASCII,
  type PyStr,
  PyStr_FromString,
  PyStr_FromStringFresh,
  PyStr_Type,
} from "./str.js";
import { decimalValue } from "./unicode_data.js";

// ---------------------------------------------------------------------------------------------
// The string part of the format mini-language

function formatCodeRepr(t: string): string {
  const c = t.codePointAt(0)!;
  return c > 32 && c < 128 ? t : `\\x${c.toString(16)}`;
}

/** format(s, spec) for a str (format_string_internal). New reference. */
export function formatStringSpec(s: PyStr, spec: string): PyStr {
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
  if ((f.width < 0 || f.width <= len) && len === s.length) {
    if (s.ob_type === PyStr_Type) {
      s.ob_refcnt++;
      return s;
    }
    return PyStr_FromStringFresh(s.value);
  }
  return PyStr_FromString(padToWidth(body, len, f.width, align, f.fill));
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
  };
  const out: (string | PyStr)[] = [];
  buildString(fmt.value, ctx, 2, out);
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
    if (len > 0) out.push(s.slice(start, start + len));
    if (!markup) continue;
    // A replacement field: parse up to its closing '}'.
    const field = parseField(s, pos);
    pos = field.next;
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

function outputMarkup(
  s: string,
  field: Field,
  ctx: FormatContext,
  depth: number,
  out: (string | PyStr)[],
): void {
  let obj = getFieldObject(s.slice(field.nameStart, field.nameEnd), ctx);
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
      const parts: (string | PyStr)[] = [];
      buildString(spec, ctx, depth - 1, parts);
      spec = parts.map((p) => (typeof p === "string" ? p : p.value)).join("");
      for (const p of parts) if (typeof p !== "string") Py_DECREF(p);
    }
    if (obj.ob_type === PyStr_Type && spec.length === 0) {
      obj.ob_refcnt++;
      out.push(obj as PyStr);
      return;
    }
    let r: PyObject;
    if (obj.ob_type === PyStr_Type) r = formatStringSpec(obj as PyStr, spec);
    else {
      const specObj = PyStr_FromString(spec);
      try {
        r = PyObject_Format(obj, specObj);
      } finally {
        Py_DECREF(specObj);
      }
    }
    out.push(r as PyStr);
  } finally {
    Py_DECREF(obj);
  }
}
