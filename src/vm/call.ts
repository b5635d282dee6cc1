/**
 * Calling Python functions: binding arguments to parameters with CPython's rules and messages
 * (Python/ceval.c initialize_locals, missing_arguments, too_many_positional...), and the entry
 * used by native code (`PyFunction_Type.tp_call`), which runs a nested evaluation loop.
 */
import { CodeFlag } from "../compiler/opcodes.js";
import type { PyCode } from "../objects/code.js";
import { type PyDict, PyDict_GetItem, PyDict_New, PyDict_SetItem } from "../objects/dict.js";
import { PyExc_TypeError, raise } from "../objects/exceptions.js";
import { type PyFunction, PyFunction_Type } from "../objects/function.js";
import { Py_DECREF, Py_INCREF, type PyObject } from "../objects/object.js";
import { PyStr_InternFromString } from "../objects/str.js";
import { PyTuple_New } from "../objects/tuple.js";
import { evalFrame } from "./eval.js";
import { clearFrame, type Frame, FrameOwner, newFrame } from "./frame.js";

/**
 * Fills the parameters of a new frame from `args[start .. start + argcount)` (positional) and
 * `args[start + argcount ..]` (keyword values named by `kwnames`). References are BORROWED:
 * every slot filled takes its own reference. On error nothing is left in the frame.
 */
export function bindArguments(
  func: PyFunction,
  frame: Frame,
  args: readonly (PyObject | null)[],
  start: number,
  argcount: number,
  kwnames: readonly string[] | null,
): void {
  const code = func.func_code;
  const fast = frame.fast;
  const coArgcount = code.co_argcount;
  const flags = code.co_flags;
  // The common case: exactly the positional parameters, nothing else to do.
  if (
    kwnames === null &&
    argcount === coArgcount &&
    (flags & (CodeFlag.VARARGS | CodeFlag.VARKEYWORDS)) === 0 &&
    code.co_kwonlyargcount === 0
  ) {
    for (let i = 0; i < argcount; i++) {
      const v = args[start + i]!;
      Py_INCREF(v);
      fast[i] = v;
    }
    return;
  }
  try {
    bindGeneral(func, code, fast, args, start, argcount, kwnames);
  } catch (e) {
    for (let i = 0; i < code.nlocalsplus; i++) {
      const v = fast[i];
      if (v !== null && v !== undefined) {
        fast[i] = null;
        Py_DECREF(v);
      }
    }
    throw e;
  }
}

function bindGeneral(
  func: PyFunction,
  code: PyCode,
  fast: (PyObject | null)[],
  args: readonly (PyObject | null)[],
  start: number,
  argcount: number,
  kwnames: readonly string[] | null,
): void {
  const coArgcount = code.co_argcount;
  const totalArgs = coArgcount + code.co_kwonlyargcount;
  const flags = code.co_flags;
  const varnames = code.unit.localsplusnames;
  const qualname = func.func_qualname.value;

  let kwdict: PyDict | null = null;
  if (flags & CodeFlag.VARKEYWORDS) {
    kwdict = PyDict_New();
    fast[totalArgs + (flags & CodeFlag.VARARGS ? 1 : 0)] = kwdict;
  }

  const n = Math.min(argcount, coArgcount);
  for (let j = 0; j < n; j++) {
    const v = args[start + j]!;
    Py_INCREF(v);
    fast[j] = v;
  }

  if (flags & CodeFlag.VARARGS) {
    const rest: PyObject[] = [];
    for (let j = n; j < argcount; j++) {
      const v = args[start + j]!;
      Py_INCREF(v);
      rest.push(v);
    }
    fast[totalArgs] = PyTuple_New(rest);
  }

  if (kwnames !== null) {
    const kwcount = kwnames.length;
    for (let i = 0; i < kwcount; i++) {
      const keyword = kwnames[i]!;
      const value = args[start + argcount + i]!;
      let j = code.co_posonlyargcount;
      for (; j < totalArgs; j++) if (varnames[j] === keyword) break;
      if (j < totalArgs) {
        if (fast[j] !== null)
          raise(PyExc_TypeError, `${qualname}() got multiple values for argument '${keyword}'`);
        Py_INCREF(value);
        fast[j] = value;
        continue;
      }
      if (kwdict === null) {
        if (code.co_posonlyargcount > 0) positionalOnlyPassedAsKeyword(code, kwnames, qualname);
        raise(PyExc_TypeError, `${qualname}() got an unexpected keyword argument '${keyword}'`);
      }
      const key = PyStr_InternFromString(keyword);
      try {
        PyDict_SetItem(kwdict, key, value);
      } finally {
        Py_DECREF(key);
      }
    }
  }

  if (argcount > coArgcount && !(flags & CodeFlag.VARARGS)) {
    tooManyPositional(func, code, argcount, fast, qualname);
  }

  if (argcount < coArgcount) {
    const defaults = func.func_defaults;
    const defcount = defaults === null ? 0 : defaults.items.length;
    const m = coArgcount - defcount;
    let missing = 0;
    for (let i = argcount; i < m; i++) if (fast[i] === null) missing++;
    if (missing > 0) missingArguments(code, defcount, fast, qualname);
    if (defcount > 0) {
      const defs = defaults!.items;
      for (let i = n > m ? n - m : 0; i < defcount; i++) {
        if (fast[m + i] === null) {
          const d = defs[i]!;
          Py_INCREF(d);
          fast[m + i] = d;
        }
      }
    }
  }

  if (code.co_kwonlyargcount > 0) {
    let missing = 0;
    const kwdefs = func.func_kwdefaults;
    for (let i = coArgcount; i < totalArgs; i++) {
      if (fast[i] !== null) continue;
      if (kwdefs !== null) {
        const d = PyDict_GetItem(kwdefs, code.localsplusnames[i]!);
        if (d !== null) {
          Py_INCREF(d);
          fast[i] = d;
          continue;
        }
      }
      missing++;
    }
    if (missing > 0) missingArguments(code, -1, fast, qualname);
  }
}

function positionalOnlyPassedAsKeyword(code: PyCode, kwnames: readonly string[], qualname: string): void {
  const names: string[] = [];
  for (let k = 0; k < code.co_posonlyargcount; k++) {
    const name = code.unit.localsplusnames[k]!;
    for (const kw of kwnames) if (kw === name) names.push(kw);
  }
  if (names.length > 0) {
    raise(
      PyExc_TypeError,
      `${qualname}() got some positional-only arguments passed as keyword arguments: '${names.join(", ")}'`,
    );
  }
}

function missingArguments(
  code: PyCode,
  defcount: number,
  fast: (PyObject | null)[],
  qualname: string,
): never {
  const positional = defcount !== -1;
  const kind = positional ? "positional" : "keyword-only";
  const startIdx = positional ? 0 : code.co_argcount;
  const end = positional ? code.co_argcount - defcount : code.co_argcount + code.co_kwonlyargcount;
  const names: string[] = [];
  for (let i = startIdx; i < end; i++) if (fast[i] === null) names.push(`'${code.unit.localsplusnames[i]!}'`);
  let text: string;
  if (names.length === 1) text = names[0]!;
  else if (names.length === 2) text = `${names[0]} and ${names[1]}`;
  else text = `${names.slice(0, -2).join(", ")}, ${names[names.length - 2]}, and ${names[names.length - 1]}`;
  raise(
    PyExc_TypeError,
    `${qualname}() missing ${names.length} required ${kind} argument${names.length === 1 ? "" : "s"}: ${text}`,
  );
}

function tooManyPositional(
  func: PyFunction,
  code: PyCode,
  given: number,
  fast: (PyObject | null)[],
  qualname: string,
): never {
  const coArgcount = code.co_argcount;
  let kwonlyGiven = 0;
  for (let i = coArgcount; i < coArgcount + code.co_kwonlyargcount; i++) if (fast[i] !== null) kwonlyGiven++;
  const defcount = func.func_defaults === null ? 0 : func.func_defaults.items.length;
  let sig: string;
  let plural: boolean;
  if (defcount > 0) {
    plural = true;
    sig = `from ${coArgcount - defcount} to ${coArgcount}`;
  } else {
    plural = coArgcount !== 1;
    sig = `${coArgcount}`;
  }
  const kwonlySig =
    kwonlyGiven > 0
      ? ` positional argument${given !== 1 ? "s" : ""} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? "s" : ""})`
      : "";
  raise(
    PyExc_TypeError,
    `${qualname}() takes ${sig} positional argument${plural ? "s" : ""} but ${given}${kwonlySig} ${given === 1 && kwonlyGiven === 0 ? "was" : "were"} given`,
  );
}

/** Copies the closure's cells into the frame's free-variable slots (COPY_FREE_VARS). */
export function copyFreeVars(frame: Frame, n: number): void {
  const closure = frame.func.func_closure;
  if (closure === null) return;
  const items = closure.items;
  const fast = frame.fast;
  const offset = frame.code.nlocalsplus - n;
  for (let i = 0; i < n; i++) {
    const cell = items[i]!;
    Py_INCREF(cell);
    fast[offset + i] = cell;
  }
}

/**
 * A frame for calling `func` with the given arguments (borrowed), ready to run. `locals` is the
 * namespace of module and class bodies.
 */
export function makeFrame(
  func: PyFunction,
  args: readonly (PyObject | null)[],
  start: number,
  argcount: number,
  kwnames: readonly string[] | null,
  locals: PyObject | null = null,
): Frame {
  const code = func.func_code;
  const frame = newFrame(func, code, locals);
  try {
    bindArguments(func, frame, args, start, argcount, kwnames);
  } catch (e) {
    clearFrame(frame);
    throw e;
  }
  return frame;
}

/**
 * Runs `func` to completion in a nested evaluation loop (native code calling Python): CPython's
 * _PyFunction_Vectorcall. Arguments are borrowed; returns a new reference.
 */
export function callPythonFunction(
  func: PyFunction,
  args: readonly PyObject[],
  kwnames: readonly string[] | null,
): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const locals = func.func_code.co_flags & CodeFlag.OPTIMIZED ? null : func.func_globals;
  const frame = makeFrame(func, args, 0, args.length - nkw, nkw === 0 ? null : kwnames, locals);
  return runFrameToCompletion(frame);
}

/** Evaluates a fresh frame in a nested loop and releases it (unless a generator took it over). */
export function runFrameToCompletion(frame: Frame): PyObject {
  try {
    return evalFrame(frame, null);
  } finally {
    if (frame.owner === FrameOwner.THREAD) clearFrame(frame);
  }
}

function function_call(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  return callPythonFunction(callable as PyFunction, args, kwnames);
}

PyFunction_Type.tp_call = function_call;
