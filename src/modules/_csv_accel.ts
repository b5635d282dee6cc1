/**
 * `_csv_accel`: the reader and the writer's per-character work of lib/csv.py in TypeScript
 * (CPython's _csv is C).
 *
 * `writerow(row, params)` builds one record for a list or tuple of str, int, float and None
 * (exact types, whose str() runs no Python code); it returns None whenever anything else is
 * involved or an error would be raised, and the Python writer then does the whole row itself.
 *
 * `params` is the tuple (delimiter, quotechar, escapechar, quoting, doublequote,
 * skipinitialspace, strict, lineterminator), None for an unset character.
 *
 * `install(reader, writer, limit, error)` makes three methods of lib/csv.py's classes native
 * (CPython's reader and writer are C types): reader.__next__ is Modules/_csv.c's Reader_iternext
 * (the state machine over as many lines as a record spans, raising `error`, lib/csv.py's
 * csv.Error; a record on one plain line is just split at the delimiters); writer.writerow writes
 * a row `writerow()` above accepts and hands any other to `_writerow_fields`; writer.writerows
 * loops over the rows natively. `limit` is the one-item list holding the field-size limit.
 */

import { CmpOp } from "../compiler/opcodes.js";
import {
  PyIter_Next,
  PyNumber_Add,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_CallOneArg,
  PyObject_GetAttrString,
  PyObject_GetIter,
  PyObject_RichCompareBool,
  PyObject_SetAttrString,
  PyObject_Str,
} from "../objects/abstract.js";
import {
  dictKeyAt,
  type PyDict,
  PyDict_GetItem,
  PyDict_New,
  PyDict_NextIndex,
  PyDict_SetItem,
  PyDict_Type,
} from "../objects/dict.js";
import { PyErr_NoArgs, PyExc_StopIteration, PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyFloat_Type } from "../objects/float.js";
import { PyInt, PyInt_FromNumber, PyInt_Type } from "../objects/int.js";
import { PyList, PyList_Append, PyList_FromArray, PyList_New, PyList_Type } from "../objects/list.js";
import { type MethodDef, PyMethodDescr, PyMethodDescr_Type } from "../objects/methods.js";
import { Py_None, Py_NotImplemented } from "../objects/none.js";
import { allocateObject, Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr, PyStr_FromASCII, PyStr_FromString, PyStr_Type } from "../objects/str.js";
import { PyTuple, PyTuple_Type } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { slot_tp_iternext } from "../objects/typeobject.js";
import { registerFunctionModule } from "./importlib.js";

const QUOTE_ALL = 1;
const QUOTE_NONNUMERIC = 2;
const QUOTE_NONE = 3;

// reader states (Modules/_csv.c: START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, ...)
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

/**
 * The reader's state machine (Modules/_csv.c's parse_process_char) for one record: `line` feeds
 * the characters of one line and then the end-of-line step; finished fields go to `fields`.
 * A csv.Error is thrown as a CsvError carrying its message.
 */
class CsvError {
  constructor(readonly message: string) {}
}

class RecordParser {
  state = RECORD_START;
  field = "";
  /** The field's length in code points (the field-size limit counts them). */
  fieldLen = 0;
  numeric = false;
  private readonly quoteOn: boolean;

  constructor(
    readonly fields: PyList,
    readonly d: Params,
    public limit: number,
  ) {
    this.quoteOn = d.quoting !== QUOTE_NONE;
  }

  /** Appends the field read so far to the record (a float for an unquoted QUOTE_NONNUMERIC field). */
  save(): void {
    const text = this.field;
    this.field = "";
    this.fieldLen = 0;
    let value: PyObject;
    const s = PyStr_FromString(text);
    if (this.numeric) {
      this.numeric = false;
      try {
        value = PyObject_CallOneArg(PyFloat_Type, s);
      } finally {
        Py_DECREF(s);
      }
    } else value = s;
    PyList_Append(this.fields, value);
    Py_DECREF(value);
  }

  private add(ch: string): void {
    if (this.fieldLen >= this.limit) throw new CsvError(`field larger than field limit (${this.limit})`);
    this.field += ch;
    this.fieldLen++;
  }

  line(text: string): void {
    for (const ch of text) this.step(ch);
    this.step(null);
  }

  /** One character; null is the end-of-line step. */
  private step(ch: string | null): void {
    const d = this.d;
    let st = this.state;
    if (st === AFTER_ESCAPED_NEWLINE) {
      if (ch === null) return;
      st = UNQUOTED;
    }
    if (st === RECORD_START) {
      if (ch === null) return;
      if (ch === "\n" || ch === "\r") {
        this.state = LINE_END;
        return;
      }
      st = FIELD_START;
    }
    switch (st) {
      case FIELD_START:
        if (ch === null || ch === "\n" || ch === "\r") {
          this.save();
          this.state = ch === null ? RECORD_START : LINE_END;
        } else if (ch === d.quotechar && this.quoteOn) this.state = QUOTED;
        else if (ch === d.escapechar) this.state = AFTER_ESCAPE;
        else if (ch === " " && d.skipinitialspace) this.state = FIELD_START;
        else if (ch === d.delimiter) {
          this.save();
          this.state = FIELD_START;
        } else {
          if (d.quoting === QUOTE_NONNUMERIC) this.numeric = true;
          this.add(ch);
          this.state = UNQUOTED;
        }
        return;
      case AFTER_ESCAPE:
        if (ch === "\n" || ch === "\r") {
          this.add(ch);
          this.state = AFTER_ESCAPED_NEWLINE;
          return;
        }
        this.add(ch === null ? "\n" : ch);
        this.state = UNQUOTED;
        return;
      case UNQUOTED:
        if (ch === null || ch === "\n" || ch === "\r") {
          this.save();
          this.state = ch === null ? RECORD_START : LINE_END;
        } else if (ch === d.escapechar) this.state = AFTER_ESCAPE;
        else if (ch === d.delimiter) {
          this.save();
          this.state = FIELD_START;
        } else {
          this.add(ch);
          this.state = UNQUOTED;
        }
        return;
      case QUOTED:
        if (ch === null) {
          // stays quoted across the line end
        } else if (ch === d.escapechar) this.state = ESCAPE_IN_QUOTES;
        else if (ch === d.quotechar && this.quoteOn) this.state = d.doublequote ? QUOTE_IN_QUOTES : UNQUOTED;
        else this.add(ch);
        return;
      case ESCAPE_IN_QUOTES:
        this.add(ch === null ? "\n" : ch);
        this.state = QUOTED;
        return;
      case QUOTE_IN_QUOTES:
        if (this.quoteOn && ch === d.quotechar) {
          this.add(ch!);
          this.state = QUOTED;
        } else if (ch === d.delimiter) {
          this.save();
          this.state = FIELD_START;
        } else if (ch === null || ch === "\n" || ch === "\r") {
          this.save();
          this.state = ch === null ? RECORD_START : LINE_END;
        } else if (!d.strict) {
          this.add(ch);
          this.state = UNQUOTED;
        } else throw new CsvError(`'${d.delimiter}' expected after '${d.quotechar}'`);
        return;
      case LINE_END:
        if (ch === "\n" || ch === "\r") {
          // more line-end characters
        } else if (ch === null) this.state = RECORD_START;
        else {
          throw new CsvError(
            "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?",
          );
        }
        return;
    }
  }
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
/** lib/csv.py's reader and writer classes. */
let readerType: PyType | null = null;
let writerType: PyType | null = null;
/** lib/csv.py's Error, the class of every error the reader raises. */
let csvError: PyObject | null = null;

function raiseCsvError(message: string): never {
  const text = PyStr_FromString(message);
  let exc: PyObject;
  try {
    exc = PyObject_CallOneArg(csvError!, text);
  } finally {
    Py_DECREF(text);
  }
  throw exc;
}

/** The field-size limit as csv.field_size_limit() last set it. */
function currentLimit(): number {
  const limit = fieldLimit?.items[0];
  return limit instanceof PyInt ? Number(limit.value) : 0;
}

/** self._line_num += 1 (the reader's read-only line_num) */
function countLine(self: PyObject): void {
  const lineNum = attr(self, "_line_num");
  let next: PyObject;
  if (lineNum.ob_type === PyInt_Type && typeof (lineNum as PyInt).value === "number") {
    next = PyInt_FromNumber(((lineNum as PyInt).value as number) + 1);
  } else {
    const one = PyInt_FromNumber(1);
    try {
      next = PyNumber_Add(lineNum, one);
    } finally {
      Py_DECREF(one);
    }
  }
  Py_DECREF(lineNum);
  setAttr(self, "_line_num", next);
}

/**
 * The reader type's tp_iternext (Modules/_csv.c's Reader_iternext): the next record, read from
 * as many lines as it spans; null when the lines have ended between records.
 */
function readerNext(self: PyObject): PyObject | null {
  const lines = attr(self, "_lines");
  // parse_reset: the record's new list replaces the one the reader held, which keeps it until
  // the record is complete (after an error or at the end of the lines, until the next call)
  const fields = PyList_New();
  try {
    setAttr(self, "_fields", Py_NewRef(fields));
    const record = readRecord(self, lines, fields);
    if (record) setAttr(self, "_fields", Py_NewRef(Py_None));
    return record ? Py_NewRef(fields) : null;
  } finally {
    Py_DECREF(fields);
    Py_DECREF(lines);
  }
}

/** Reads the next record into `fields`: false when the lines have ended between records. */
function readRecord(self: PyObject, lines: PyObject, fields: PyList): boolean {
  let line = PyIter_Next(lines);
  const d = withAttr(self, "_params", paramsOf);
  if (line instanceof PyStr) {
    let plain: boolean;
    try {
      plain = plainRecord(self, line, d, fields);
    } catch (e) {
      Py_DECREF(line);
      throw e;
    }
    if (plain) {
      Py_DECREF(line);
      return true;
    }
  }
  const parser = new RecordParser(fields, d, currentLimit());
  for (;;) {
    if (line === null) {
      if (parser.field === "" && parser.state !== QUOTED) return false;
      if (d.strict) raiseCsvError("unexpected end of data");
      parser.save();
      return true;
    }
    try {
      if (!(line instanceof PyStr)) {
        raiseCsvError(
          `iterator should return strings, not ${line.ob_type.tp_name} (the file should be opened in text mode)`,
        );
      }
      countLine(self);
      parser.limit = currentLimit();
      parser.line(line.value);
    } catch (e) {
      if (e instanceof CsvError) raiseCsvError(e.message);
      throw e;
    } finally {
      Py_DECREF(line);
    }
    if (parser.state === RECORD_START) return true;
    line = PyIter_Next(lines);
  }
}

/**
 * A record on one line free of quote, escape and line-end characters, read as the state
 * machine would (the same fields, made and appended one by one to `fields`) without stepping
 * through every character; false for any other line.
 */
function plainRecord(self: PyObject, line: PyStr, d: Params, fields: PyList): boolean {
  if (d.skipinitialspace || d.quoting === QUOTE_NONNUMERIC) return false;
  let body = line.value;
  if (body.endsWith("\n")) body = body.slice(0, -1);
  if (body.endsWith("\r")) body = body.slice(0, -1);
  if (body.includes("\r") || body.includes("\n")) return false;
  if (d.escapechar !== null && body.includes(d.escapechar)) return false;
  if (d.quotechar !== null && d.quoting !== QUOTE_NONE && body.includes(d.quotechar)) return false;
  // the limit counts code points, of which there are at most body.length
  if (body.length > currentLimit()) return false;
  countLine(self);
  if (body === "") return true;
  const ascii = line.ascii;
  for (const text of body.split(d.delimiter)) {
    const field = ascii ? PyStr_FromASCII(text) : PyStr_FromString(text);
    PyList_Append(fields, field);
    Py_DECREF(field);
  }
  return true;
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

/** `names` when it is a list or tuple of exact strs (the keys a row's dict is made with), else null. */
function strNames(names: PyObject): PyObject[] | null {
  if (names.ob_type !== PyList_Type && names.ob_type !== PyTuple_Type) return null;
  const items = (names as PyList | PyTuple).items;
  for (const name of items) if (name.ob_type !== PyStr_Type) return null;
  return items;
}

/**
 * DictReader.__next__ after its first-row check, for an exact DictReader (`cls`) on our reader
 * whose fieldnames are a list or tuple of strs: the record read, blank records skipped and
 * line_num set as lib/csv.py's code does, made into the row's dict (restkey's list of the surplus
 * values, restval for the missing ones); null at the end of the records. None (nothing read) for
 * any other DictReader; the record itself when the field names are of another kind (the Python
 * code then finishes).
 */
function dictRow(self: PyObject, cls: PyObject): PyObject | null {
  if (self.ob_type !== cls) return Py_NewRef(Py_None);
  const reader = attr(self, "reader");
  let row: PyList | null = null;
  let names: PyObject | null = null;
  try {
    if (reader.ob_type !== readerType) return Py_NewRef(Py_None);
    row = readerNext(reader) as PyList | null;
    if (row === null) return null;
    setAttr(self, "line_num", attr(reader, "_line_num"));
    while (row.items.length === 0) {
      Py_DECREF(row);
      row = readerNext(reader) as PyList | null;
      if (row === null) return null;
    }
    names = attr(self, "_fieldnames");
    const keys = strNames(names);
    if (keys === null) return Py_NewRef(row);
    // the fieldnames property's side effect
    setAttr(self, "line_num", attr(reader, "_line_num"));
    return rowDict(self, keys, row.items);
  } finally {
    if (names !== null) Py_DECREF(names);
    if (row !== null) Py_DECREF(row);
    Py_DECREF(reader);
  }
}

/** lib/csv.py's DictReader class and its _finish_row(dictreader, record) (see dictReaderNext). */
let dictReaderType: PyType | null = null;
let finishRow: PyObject | null = null;

/**
 * DictReader's tp_iternext (the Python __next__ stays in the class for subclasses and explicit
 * calls): for a DictReader on our reader, __next__'s work without a Python frame (lib/csv.py is
 * a C module's stand-in, whose frames tracebacks do not show); any other is its __next__ called.
 */
function dictReaderNext(self: PyObject): PyObject | null {
  const reader = attr(self, "reader");
  const ours = self.ob_type === dictReaderType && reader.ob_type === readerType;
  Py_DECREF(reader);
  if (ours) {
    const lineNum = attr(self, "line_num");
    const zero = PyInt_FromNumber(0);
    let first: boolean;
    try {
      first = PyObject_RichCompareBool(lineNum, zero, CmpOp.EQ);
    } finally {
      Py_DECREF(zero);
      Py_DECREF(lineNum);
    }
    if (first) Py_DECREF(attr(self, "fieldnames"));
    const row = dictRow(self, dictReaderType!);
    if (row === null || row.ob_type === PyDict_Type) return row;
    if (row !== Py_None) {
      try {
        return PyObject_Call(finishRow!, [self, row], null);
      } finally {
        Py_DECREF(row);
      }
    }
    Py_DECREF(row);
  }
  return slot_tp_iternext(self);
}

/** dict(zip(keys, values)) plus DictReader's restkey / restval entries. */
function rowDict(self: PyObject, keys: PyObject[], values: PyObject[]): PyDict {
  const d = PyDict_New();
  try {
    const lf = keys.length;
    const lr = values.length;
    const n = Math.min(lf, lr);
    for (let i = 0; i < n; i++) PyDict_SetItem(d, keys[i]!, values[i]!);
    if (lf < lr) {
      const rest = PyList_FromArray(values.slice(lf));
      try {
        withAttr(self, "restkey", (restkey) => PyDict_SetItem(d, restkey, rest));
      } finally {
        Py_DECREF(rest);
      }
    } else if (lf > lr) {
      withAttr(self, "restval", (restval) => {
        for (let i = lr; i < lf; i++) PyDict_SetItem(d, keys[i]!, restval);
      });
    }
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
}

/**
 * DictWriter._dict_to_list's list for an exact dict with str keys, fieldnames a list or tuple of
 * strs and (with extrasaction "raise") no key outside them; null otherwise (the Python method
 * then does it, raising its ValueError).
 */
function dictValues(self: PyObject, rowdict: PyObject): PyList | null {
  if (rowdict.ob_type !== PyDict_Type) return null;
  const fieldnames = attr(self, "fieldnames");
  const restval = attr(self, "restval");
  const action = attr(self, "extrasaction");
  try {
    const keys = strNames(fieldnames);
    if (keys === null) return null;
    const dict = rowdict as PyDict;
    if (action.ob_type === PyStr_Type && (action as PyStr).value === "raise") {
      const known = new Set<string>();
      for (const k of keys) known.add((k as PyStr).value);
      for (let i = PyDict_NextIndex(dict, 0); i >= 0; i = PyDict_NextIndex(dict, i + 1)) {
        const key = dictKeyAt(dict, i);
        if (key.ob_type !== PyStr_Type || !known.has((key as PyStr).value)) return null;
      }
    }
    const values: PyObject[] = [];
    for (const k of keys) values.push(Py_NewRef(PyDict_GetItem(dict, k) ?? restval));
    return PyList_New(values);
  } finally {
    Py_DECREF(fieldnames);
    Py_DECREF(restval);
    Py_DECREF(action);
  }
}

/** self._dict_to_list(rowdict), natively where dictValues can (a new reference). */
function dictToList(self: PyObject, rowdict: PyObject, cls: PyObject): PyObject {
  return (
    (self.ob_type === cls ? dictValues(self, rowdict) : null) ??
    PyObject_CallMethod(self, "_dict_to_list", [rowdict])
  );
}

/** DictWriter.writerow: self.writer.writerow(self._dict_to_list(rowdict)). */
function dictWriterow(self: PyObject, rowdict: PyObject, cls: PyObject): PyObject {
  const writer = attr(self, "writer");
  try {
    if (writer.ob_type === writerType) {
      const values = dictToList(self, rowdict, cls);
      try {
        return writerWriterow(writer, values);
      } finally {
        Py_DECREF(values);
      }
    }
    return withAttr(writer, "writerow", (writerow) => {
      const values = dictToList(self, rowdict, cls);
      try {
        return PyObject_CallOneArg(writerow, values);
      } finally {
        Py_DECREF(values);
      }
    });
  } finally {
    Py_DECREF(writer);
  }
}

/**
 * DictWriter.writerows for an exact DictWriter (`cls`) on our writer: each row's
 * _dict_to_list written by writer.writerow; NotImplemented (nothing done) for any other.
 */
function dictWriterows(self: PyObject, rowdicts: PyObject, cls: PyObject): PyObject {
  const writer = attr(self, "writer");
  try {
    if (self.ob_type !== cls || writer.ob_type !== writerType) return Py_NewRef(Py_NotImplemented);
    const it = PyObject_GetIter(rowdicts);
    try {
      for (let row = PyIter_Next(it); row !== null; row = PyIter_Next(it)) {
        try {
          const values = dictToList(self, row, cls);
          try {
            Py_DECREF(writerWriterow(writer, values));
          } finally {
            Py_DECREF(values);
          }
        } finally {
          Py_DECREF(row);
        }
      }
    } finally {
      Py_DECREF(it);
    }
    return Py_NewRef(Py_None);
  } finally {
    Py_DECREF(writer);
  }
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
  if (args.length !== 4 || !(args[2] instanceof PyList))
    raise(PyExc_TypeError, "install(reader, writer, limit, error)");
  const [reader, writer] = args as [PyType, PyType];
  readerType = reader;
  writerType = writer;
  fieldLimit = Py_NewRef(args[2]) as PyList;
  csvError = Py_NewRef(args[3]!);
  setMethod(reader, "__next__", (self, a, kwnames) => {
    const n = a.length + (kwnames?.length ?? 0);
    if (n !== 0) raise(PyExc_TypeError, `expected 0 arguments, got ${n}`);
    const record = readerNext(self);
    if (record === null) throw PyErr_NoArgs(PyExc_StopIteration);
    return record;
  });
  // next(reader) and for loops call the slot itself, as for CPython's C type: no bound method
  // made per record, no StopIteration at the end.
  reader.tp_iternext = readerNext;
  setMethod(writer, "writerow", oneArgMethod("writerow", writerWriterow));
  setMethod(writer, "writerows", oneArgMethod("writerows", writerWriterows));
  return Py_NewRef(Py_None);
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "writerow",
    impl: (_m, args) => {
      if (args.length !== 2) raise(PyExc_TypeError, "writerow(row, params)");
      return writerow(args[0]!, paramsOf(args[1]));
    },
    doc: "writerow(row, params) -> the record as a str, or None for the Python writer to handle",
  },
  {
    name: "dict_row",
    impl: (_m, args) => {
      if (args.length !== 2) raise(PyExc_TypeError, "dict_row(dictreader, cls)");
      const row = dictRow(args[0]!, args[1]!);
      if (row === null) throw PyErr_NoArgs(PyExc_StopIteration);
      return row;
    },
    doc: "dict_row(dictreader, cls) -> the next row's dict, the next record, or None (see DictReader.__next__)",
  },
  {
    name: "dict_writerow",
    impl: (_m, args) => {
      if (args.length !== 3) raise(PyExc_TypeError, "dict_writerow(dictwriter, rowdict, cls)");
      return dictWriterow(args[0]!, args[1]!, args[2]!);
    },
    doc: "dict_writerow(dictwriter, rowdict, cls) -> DictWriter.writerow(rowdict)",
  },
  {
    name: "dict_writerows",
    impl: (_m, args) => {
      if (args.length !== 3) raise(PyExc_TypeError, "dict_writerows(dictwriter, rowdicts, cls)");
      return dictWriterows(args[0]!, args[1]!, args[2]!);
    },
    doc: "dict_writerows(dictwriter, rowdicts, cls) -> None, or NotImplemented for the Python code to do it",
  },
  {
    name: "install_dictreader",
    impl: (_m, args) => {
      if (args.length !== 2) raise(PyExc_TypeError, "install_dictreader(cls, finish_row)");
      dictReaderType = args[0] as PyType;
      finishRow = Py_NewRef(args[1]!);
      dictReaderType.tp_iternext = dictReaderNext;
      return Py_NewRef(Py_None);
    },
    doc: "install_dictreader(cls, finish_row): DictReader's records read natively by next() and for loops",
  },
  {
    name: "install",
    impl: (_m, args) => install(args),
    doc: "install(reader, writer, limit, error): native reader.__next__, writer.writerow and writer.writerows",
  },
];

export function registerCsvAccelModule(): void {
  registerFunctionModule("_csv_accel", FUNCTIONS);
}
