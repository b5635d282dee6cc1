/** print, input, open and breakpoint (CPython's Python/bltinmodule.c). */

import { interpreterOwned, run } from "../../memory/startup.js";
import {
  PyObject_CallMethod,
  PyObject_CallNoArgs,
  PyObject_IsTrue,
  PyObject_Str,
} from "../../objects/abstract.js";
import { positional } from "../../objects/args.js";
import { bufferBytes } from "../../objects/bytes.js";
import {
  isPyException,
  PyErr_NoArgs,
  PyExc_EOFError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  raise,
} from "../../objects/exceptions.js";
import type { MethodDef } from "../../objects/methods.js";
import { Py_None } from "../../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../../objects/object.js";
import { PyStr, PyStr_FromString, PyStr_InternFromString } from "../../objects/str.js";
import { _PyTuple_TemporaryArgs, PyTuple_FromArray } from "../../objects/tuple.js";
import { host } from "../host.js";
import { builtin_open, fileWriteStr, fileWriteString, writeCallBegin, writeCallEnd } from "../io_files.js";
import { PySys_GetObject } from "../sys.js";
import { keywordOnly, splitArgs } from "./args.js";

/** PyFile_WriteObject(v, f, Py_PRINT_RAW). */
function writeObject(v: PyObject, file: PyObject): void {
  // PyFile_WriteObject: the file's bound `write` is made before str(v)
  const call = writeCallBegin(file);
  try {
    const s = PyObject_Str(v);
    try {
      fileWriteStr(file, s, true);
    } finally {
      Py_DECREF(s);
    }
  } finally {
    writeCallEnd(call);
  }
}

/**
 * The tuple of keyword names CPython's print builds at its first call (its argument parser's
 * kwtuple, a tracked 4-tuple kept for good): a program's first print takes a tuple block. The
 * names themselves are static strings in CPython: made once, at bootstrap.
 */
let printKwtuple: { epoch: number; names: PyObject } | null = null;
const printKeywords: PyObject[] = [];

export function initPrintKeywords(): void {
  for (const n of ["sep", "end", "file", "flush"]) printKeywords.push(PyStr_InternFromString(n));
}

function builtin_print(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (printKwtuple === null || printKwtuple.epoch !== run.epoch) {
    printKwtuple = { epoch: run.epoch, names: interpreterOwned(() => PyTuple_FromArray(printKeywords)) };
  }
  const [objects, kw] = splitArgs(args, kwnames);
  // Argument Clinic's *args: the positional arguments in a tuple for the call's duration (made
  // only when it is a new allocation: a block borrowed from the free list and parked again after
  // changes nothing a program sees but the printed objects' refcounts inside their __str__).
  const varargs = _PyTuple_TemporaryArgs(objects, 0, objects.length, true);
  try {
    return printObjects(objects, kw);
  } finally {
    if (varargs !== null) Py_DECREF(varargs);
  }
}

function printObjects(objects: PyObject[], kw: Parameters<typeof keywordOnly>[1]): PyObject {
  let [sep, end, file, flush] = keywordOnly("print", kw, ["sep", "end", "file", "flush"]);
  if (file === null || file === Py_None) {
    file = PySys_GetObject("stdout");
    if (file === null) raise(PyExc_RuntimeError, "lost sys.stdout");
    if (file === Py_None) return Py_NewRef(Py_None);
  }
  if (sep === Py_None) sep = null;
  else if (sep !== null && !(sep instanceof PyStr)) {
    raise(PyExc_TypeError, `sep must be None or a string, not ${sep.ob_type.tp_name}`);
  }
  if (end === Py_None) end = null;
  else if (end !== null && !(end instanceof PyStr)) {
    raise(PyExc_TypeError, `end must be None or a string, not ${end.ob_type.tp_name}`);
  }
  for (let i = 0; i < objects.length; i++) {
    if (i > 0) {
      if (sep === null) fileWriteString(file, " ");
      else writeObject(sep, file);
    }
    writeObject(objects[i]!, file);
  }
  if (end === null) fileWriteString(file, "\n");
  else writeObject(end, file);
  if (flush !== null && PyObject_IsTrue(flush)) {
    const r = PyObject_CallMethod(file, "flush", []);
    Py_DECREF(r);
  }
  return Py_NewRef(Py_None);
}

function stream(name: "stdin" | "stdout" | "stderr"): PyObject {
  const f = PySys_GetObject(name);
  if (f === null || f === Py_None) raise(PyExc_RuntimeError, `input(): lost sys.${name}`);
  return f;
}

/** input() flushes its streams as CPython does, clearing any error: a stand-in for sys.stdout
 * with only a write() method still works. */
function flushIgnoringErrors(f: PyObject): void {
  try {
    Py_DECREF(PyObject_CallMethod(f, "flush", []));
  } catch (e) {
    if (!isPyException(e)) throw e;
    Py_DECREF(e);
  }
}

function builtin_input(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("input", args, kwnames, 0, 1);
  const fin = stream("stdin");
  const fout = stream("stdout");
  const ferr = stream("stderr");
  flushIgnoringErrors(ferr);
  if (args.length > 0) writeObject(args[0]!, fout);
  flushIgnoringErrors(fout);
  const line = PyObject_CallMethod(fin, "readline", []);
  try {
    let text: string;
    if (line instanceof PyStr) text = line.value;
    else {
      const b = bufferBytes(line);
      if (b === null) raise(PyExc_TypeError, "object.readline() returned non-string");
      text = new TextDecoder().decode(b);
    }
    if (text.length === 0) {
      // CPython reads a terminal's line through PyOS_Readline (when sys.stdin and sys.stdout are
      // the process's own on a terminal), whose end of input is a bare EOFError
      if (fin === PySys_GetObject("__stdin__") && fout === PySys_GetObject("__stdout__") && onTerminal())
        throw PyErr_NoArgs(PyExc_EOFError);
      raise(PyExc_EOFError, "EOF when reading a line");
    }
    if (text.endsWith("\n")) text = text.slice(0, -1);
    return PyStr_FromString(text);
  } finally {
    Py_DECREF(line);
  }
}

function onTerminal(): boolean {
  const h = host();
  return (h.isatty?.(0) ?? false) && (h.isatty?.(1) ?? false);
}

function builtin_breakpoint(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const hook = PySys_GetObject("breakpointhook");
  if (hook === null) raise(PyExc_RuntimeError, "lost sys.breakpointhook");
  if (args.length === 0) return PyObject_CallNoArgs(hook);
  return PyObject_CallMethod(hook, "__call__", args, kwnames);
}

export const IO_BUILTINS: MethodDef[] = [
  { name: "print", impl: builtin_print },
  { name: "input", impl: builtin_input },
  { name: "open", impl: builtin_open },
  { name: "breakpoint", impl: builtin_breakpoint },
];
