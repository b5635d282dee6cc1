/**
 * `_csv_accel`: the per-character loops of lib/csv.py in TypeScript (CPython's _csv is C).
 *
 * `feed(line, state, field, numeric, fields, params, limit)` runs lib/csv.py's reader state
 * machine (Modules/_csv.c's parse_process_char) over every character of one line and then the
 * end-of-line step, appending finished fields to the list `fields`; it returns
 * `(state, field, numeric)` to carry over to the next line, or a str: the message of the csv.Error
 * the caller raises. A QUOTE_NONNUMERIC field is converted by calling float, so its ValueError
 * propagates as it does from the Python code.
 *
 * `writerow(row, params)` builds one record for a list or tuple of str, int, float and None
 * (exact types, whose str() runs no Python code); it returns None whenever anything else is
 * involved or an error would be raised, and the Python writer then does the whole row itself.
 *
 * `params` is the tuple (delimiter, quotechar, escapechar, quoting, doublequote,
 * skipinitialspace, strict, lineterminator), None for an unset character.
 *
 * `install(reader, writer, limit)` makes three methods of lib/csv.py's classes native (CPython's
 * reader and writer are C types): reader.__next__ returns a record on one plain line itself (as
 * the Python fast path does) and hands any other line to `_next_from`; writer.writerow writes a
 * row `writerow()` above accepts and hands any other to `_writerow_fields`; writer.writerows
 * loops over the rows natively. The Python code stays the definition of everything else.
 */

import {
  PyIter_Next,
  PyObject_CallMethod,
  PyObject_CallOneArg,
  PyObject_GetAttrString,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_SetAttrString,
  PyObject_Str,
} from "../objects/abstract.js";
import { Py_False, Py_True } from "../objects/bool.js";
import { PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyFloat_Type } from "../objects/float.js";
import { PyInt, PyInt_FromNumber, PyInt_Type } from "../objects/int.js";
import { PyList, PyList_Append, PyList_New, PyList_Type } from "../objects/list.js";
import { type MethodDef, PyMethodDescr, PyMethodDescr_Type } from "../objects/methods.js";
import { Py_None } from "../objects/none.js";
import { allocateObject, Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr, PyStr_FromString, PyStr_Type } from "../objects/str.js";
import { PyTuple, PyTuple_New, PyTuple_Type } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { registerFunctionModule } from "./importlib.js";

const QUOTE_ALL = 1;
const QUOTE_NONNUMERIC = 2;
const QUOTE_NONE = 3;

// reader states, as lib/csv.py numbers them
const RECORD_START = 0;
const FIELD_START = 1;
const AFTER_ESCAPE = 2;
const UNQUOTED = 3;
const QUOTED = 4;
const ESCAPE_IN_QUOTES = 5;
const QUOTE_IN_QUOTES = 6;
const LINE_END = 7;
const AFTER_ESCAPED_NEWLINE = 8;

interface Params {
  delimiter: string;
  quotechar: string | null;
  escapechar: string | null;
  quoting: number;
  doublequote: boolean;
  skipinitialspace: boolean;
  strict: boolean;
  lineterminator: string;
}

function charOrNull(o: PyObject): string | null {
  return o instanceof PyStr ? o.value : null;
}

function truth(o: PyObject): boolean {
  return o instanceof PyInt && o.value !== 0 && o.value !== 0n;
}

const paramsCache = new WeakMap<PyTuple, Params>();

function paramsOf(o: PyObject | undefined): Params {
  if (!(o instanceof PyTuple) || o.items.length !== 8) raise(PyExc_TypeError, "bad csv parameters");
  let d = paramsCache.get(o);
  if (d === undefined) {
    d = readParams(o);
    paramsCache.set(o, d);
  }
  return d;
}

function readParams(o: PyTuple): Params {
  const it = o.items;
  return {
    delimiter: charOrNull(it[0]!) ?? "",
    quotechar: charOrNull(it[1]!),
    escapechar: charOrNull(it[2]!),
    quoting: Number((it[3] as PyInt).value),
    doublequote: truth(it[4]!),
    skipinitialspace: truth(it[5]!),
    strict: truth(it[6]!),
    lineterminator: charOrNull(it[7]!) ?? "",
  };
}

class CsvError {
  constructor(readonly message: string) {}
}

function feed(
  line: string,
  state0: number,
  field0: string,
  numeric0: boolean,
  fields: PyList,
  d: Params,
  limit: number,
): PyObject {
  let state = state0;
  let field = field0;
  // the field's length in code points (the field-size limit counts them)
  let fieldLen = 0;
  for (const _ of field0) fieldLen++;
  let numeric = numeric0;
  const quoteOn = d.quoting !== QUOTE_NONE;

  const save = (): void => {
    const text = field;
    field = "";
    fieldLen = 0;
    let value: PyObject;
    const s = PyStr_FromString(text);
    if (numeric) {
      numeric = false;
      try {
        value = PyObject_CallOneArg(PyFloat_Type, s);
      } finally {
        Py_DECREF(s);
      }
    } else value = s;
    PyList_Append(fields, value);
    Py_DECREF(value);
  };
  const add = (ch: string): void => {
    if (fieldLen >= limit) throw new CsvError(`field larger than field limit (${limit})`);
    field += ch;
    fieldLen++;
  };

  // ch null is the end-of-line step
  const step = (ch: string | null): void => {
    let st = state;
    if (st === AFTER_ESCAPED_NEWLINE) {
      if (ch === null) return;
      st = UNQUOTED;
    }
    if (st === RECORD_START) {
      if (ch === null) return;
      if (ch === "\n" || ch === "\r") {
        state = LINE_END;
        return;
      }
      st = FIELD_START;
    }
    switch (st) {
      case FIELD_START:
        if (ch === null || ch === "\n" || ch === "\r") {
          save();
          state = ch === null ? RECORD_START : LINE_END;
        } else if (ch === d.quotechar && quoteOn) state = QUOTED;
        else if (ch === d.escapechar) state = AFTER_ESCAPE;
        else if (ch === " " && d.skipinitialspace) state = FIELD_START;
        else if (ch === d.delimiter) {
          save();
          state = FIELD_START;
        } else {
          if (d.quoting === QUOTE_NONNUMERIC) numeric = true;
          add(ch);
          state = UNQUOTED;
        }
        return;
      case AFTER_ESCAPE:
        if (ch === "\n" || ch === "\r") {
          add(ch);
          state = AFTER_ESCAPED_NEWLINE;
          return;
        }
        add(ch === null ? "\n" : ch);
        state = UNQUOTED;
        return;
      case UNQUOTED:
        if (ch === null || ch === "\n" || ch === "\r") {
          save();
          state = ch === null ? RECORD_START : LINE_END;
        } else if (ch === d.escapechar) state = AFTER_ESCAPE;
        else if (ch === d.delimiter) {
          save();
          state = FIELD_START;
        } else {
          add(ch);
          state = UNQUOTED;
        }
        return;
      case QUOTED:
        if (ch === null) {
          // stays quoted across the line end
        } else if (ch === d.escapechar) state = ESCAPE_IN_QUOTES;
        else if (ch === d.quotechar && quoteOn) state = d.doublequote ? QUOTE_IN_QUOTES : UNQUOTED;
        else add(ch);
        return;
      case ESCAPE_IN_QUOTES:
        add(ch === null ? "\n" : ch);
        state = QUOTED;
        return;
      case QUOTE_IN_QUOTES:
        if (quoteOn && ch === d.quotechar) {
          add(ch!);
          state = QUOTED;
        } else if (ch === d.delimiter) {
          save();
          state = FIELD_START;
        } else if (ch === null || ch === "\n" || ch === "\r") {
          save();
          state = ch === null ? RECORD_START : LINE_END;
        } else if (!d.strict) {
          add(ch);
          state = UNQUOTED;
        } else throw new CsvError(`'${d.delimiter}' expected after '${d.quotechar}'`);
        return;
      case LINE_END:
        if (ch === "\n" || ch === "\r") {
          // more line-end characters
        } else if (ch === null) state = RECORD_START;
        else {
          throw new CsvError(
            "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?",
          );
        }
        return;
    }
  };

  try {
    for (const ch of line) step(ch);
    step(null);
  } catch (e) {
    if (e instanceof CsvError) return PyStr_FromString(e.message);
    throw e;
  }
  return PyTuple_New([
    PyInt_FromNumber(state),
    PyStr_FromString(field),
    Py_NewRef(numeric ? Py_True : Py_False),
  ]);
}

/** lib/csv.py's _Writer._field_text, or null where it would raise. */
function fieldText(value: string, quoted0: boolean, d: Params): string | null {
  let quoted = quoted0;
  const q = d.quotechar ?? "";
  let special = value.includes(d.delimiter);
  if (!special && d.escapechar !== null) special = value.includes(d.escapechar);
  if (!special && d.quotechar !== null) special = value.includes(d.quotechar);
  if (!special) {
    for (const c of d.lineterminator) {
      if (value.includes(c)) {
        special = true;
        break;
      }
    }
  }
  if (!special) return quoted ? q + value + q : value;
  let out = "";
  for (const ch of value) {
    let esc = false;
    if (ch === d.delimiter || ch === d.escapechar || ch === d.quotechar || d.lineterminator.includes(ch)) {
      if (d.quoting === QUOTE_NONE) esc = true;
      else {
        if (ch === d.quotechar) {
          if (d.doublequote) out += q;
          else esc = true;
        } else if (ch === d.escapechar) esc = true;
        if (!esc) quoted = true;
      }
      if (esc) {
        if (d.escapechar === null) return null;
        out += d.escapechar;
      }
    }
    out += ch;
  }
  return quoted ? q + out + q : out;
}

function writerow(row: PyObject, d: Params): PyObject {
  if (row.ob_type !== PyList_Type && row.ob_type !== PyTuple_Type) return Py_NewRef(Py_None);
  const items = (row as PyList | PyTuple).items.slice();
  const parts: string[] = [];
  for (const value of items) {
    const t = value.ob_type;
    let text: string;
    let numberLike = false;
    if (value === Py_None) text = "";
    else if (t === PyStr_Type) text = (value as PyStr).value;
    else if (t === PyInt_Type || t === PyFloat_Type) {
      numberLike = true;
      const s = PyObject_Str(value);
      text = s.value;
      Py_DECREF(s);
    } else return Py_NewRef(Py_None);
    const quoted = d.quoting === QUOTE_NONNUMERIC ? !numberLike : d.quoting === QUOTE_ALL;
    const f = fieldText(text, quoted, d);
    if (f === null) return Py_NewRef(Py_None);
    parts.push(f);
  }
  if (parts.length === 1 && parts[0] === "") {
    if (d.quoting === QUOTE_NONE) return Py_NewRef(Py_None);
    parts[0] = (d.quotechar ?? "") + (d.quotechar ?? "");
  }
  return PyStr_FromString(parts.join(d.delimiter) + d.lineterminator);
}

/** The attribute `name` of `o` (a new reference). */
const attr = PyObject_GetAttrString;

function withAttr<R>(o: PyObject, name: string, f: (v: PyObject) => R): R {
  const v = attr(o, name);
  try {
    return f(v);
  } finally {
    Py_DECREF(v);
  }
}

function setAttr(o: PyObject, name: string, v: PyObject): void {
  PyObject_SetAttrString(o, name, v);
  Py_DECREF(v);
}

let fieldLimit: PyList | null = null;

/** reader.__next__: a record on one line free of quote, escape and line-end characters. */
function readerNext(self: PyObject): PyObject {
  const line = withAttr(self, "_lines", PyIter_Next);
  if (line === null) return PyObject_CallMethod(self, "_next_from", [Py_None]);
  try {
    const record = line.ob_type === PyStr_Type ? plainRecord(self, line as PyStr) : null;
    return record ?? PyObject_CallMethod(self, "_next_from", [line]);
  } finally {
    Py_DECREF(line);
  }
}

/** The Python fast path of _next_from for the first line, or null where it does not apply. */
function plainRecord(self: PyObject, line: PyStr): PyObject | null {
  if (!withAttr(self, "_fast", PyObject_IsTrue)) return null;
  const d = withAttr(self, "_params", paramsOf);
  if (d.quoting === QUOTE_NONNUMERIC) return null;
  const lineNum = attr(self, "line_num");
  Py_DECREF(lineNum);
  if (lineNum.ob_type !== PyInt_Type || typeof (lineNum as PyInt).value !== "number") return null;
  let body = line.value;
  if (body.endsWith("\n")) body = body.slice(0, -1);
  if (body.endsWith("\r")) body = body.slice(0, -1);
  const specials = withAttr(self, "_specials", (v) => (v instanceof PyTuple ? v.items : null));
  if (specials === null) return null;
  for (const c of specials) if (!(c instanceof PyStr) || body.includes(c.value)) return null;
  const limit = fieldLimit?.items[0];
  if (!(limit instanceof PyInt) || body.length > Number(limit.value)) return null;
  setAttr(self, "line_num", PyInt_FromNumber(((lineNum as PyInt).value as number) + 1));
  setAttr(self, "_fields", Py_NewRef(Py_None));
  if (body === "") return PyList_New();
  const bodyStr = body.length === line.value.length ? Py_NewRef(line) : PyStr_FromString(body);
  const delimiter = PyStr_FromString(d.delimiter);
  try {
    return PyObject_CallMethod(bodyStr, "split", [delimiter]);
  } finally {
    Py_DECREF(delimiter);
    Py_DECREF(bodyStr);
  }
}

/** writer.writerow */
function writerWriterow(self: PyObject, row: PyObject): PyObject {
  const line = writerow(row, withAttr(self, "_params", paramsOf));
  if (line === Py_None) {
    Py_DECREF(line);
    return PyObject_CallMethod(self, "_writerow_fields", [row]);
  }
  try {
    return withAttr(self, "_write", (write) => PyObject_CallOneArg(write, line));
  } finally {
    Py_DECREF(line);
  }
}

/** writer.writerows */
function writerWriterows(self: PyObject, rows: PyObject): PyObject {
  const it = PyObject_GetIter(rows);
  try {
    for (let row = PyIter_Next(it); row !== null; row = PyIter_Next(it)) {
      try {
        Py_DECREF(writerWriterow(self, row));
      } finally {
        Py_DECREF(row);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return Py_NewRef(Py_None);
}

type Method = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

/** Sets `type.name` to a native method descriptor with the doc of the function it replaces. */
function setMethod(type: PyType, name: string, impl: Method): void {
  const doc = withAttr(type, name, (f) =>
    withAttr(f, "__doc__", (v) => (v instanceof PyStr ? v.value : undefined)),
  );
  const def: MethodDef = {
    name,
    impl: (self, args, kw) => impl(self!, args, kw),
    ...(doc === undefined ? {} : { doc }),
  };
  const descr = new PyMethodDescr(PyMethodDescr_Type, type, def);
  allocateObject(descr, 72);
  PyObject_SetAttrString(type, name, descr);
  Py_DECREF(descr);
}

/** A writer method of one positional argument, with the C writer's argument errors. */
function oneArgMethod(name: string, f: (self: PyObject, arg: PyObject) => PyObject): Method {
  return (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0)
      raise(PyExc_TypeError, `writer.${name}() takes no keyword arguments`);
    if (args.length !== 1) {
      raise(PyExc_TypeError, `writer.${name}() takes exactly one argument (${args.length} given)`);
    }
    return f(self, args[0]!);
  };
}

function install(args: PyObject[]): PyObject {
  if (args.length !== 3 || !(args[2] instanceof PyList))
    raise(PyExc_TypeError, "install(reader, writer, limit)");
  const [reader, writer] = args as [PyType, PyType];
  fieldLimit = Py_NewRef(args[2]) as PyList;
  setMethod(reader, "__next__", (self, a, kwnames) => {
    const n = a.length + (kwnames?.length ?? 0);
    if (n !== 0) raise(PyExc_TypeError, `expected 0 arguments, got ${n}`);
    return readerNext(self);
  });
  setMethod(writer, "writerow", oneArgMethod("writerow", writerWriterow));
  setMethod(writer, "writerows", oneArgMethod("writerows", writerWriterows));
  return Py_NewRef(Py_None);
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "feed",
    impl: (_m, args) => {
      const [line, state, field, numeric, fields, params, limit] = args;
      if (
        args.length !== 7 ||
        !(line instanceof PyStr) ||
        !(field instanceof PyStr) ||
        fields!.ob_type !== PyList_Type ||
        !(limit instanceof PyInt)
      ) {
        raise(PyExc_TypeError, "feed(line, state, field, numeric, fields, params, limit)");
      }
      return feed(
        line.value,
        Number((state as PyInt).value),
        field.value,
        truth(numeric!),
        fields as PyList,
        paramsOf(params),
        Number(limit.value),
      );
    },
    doc: "feed(line, state, field, numeric, fields, params, limit) -> (state, field, numeric) or an error message",
  },
  {
    name: "writerow",
    impl: (_m, args) => {
      if (args.length !== 2) raise(PyExc_TypeError, "writerow(row, params)");
      return writerow(args[0]!, paramsOf(args[1]));
    },
    doc: "writerow(row, params) -> the record as a str, or None for the Python writer to handle",
  },
  {
    name: "install",
    impl: (_m, args) => install(args),
    doc: "install(reader, writer, limit): native reader.__next__, writer.writerow and writer.writerows",
  },
];

export function registerCsvAccelModule(): void {
  registerFunctionModule("_csv_accel", FUNCTIONS);
}
