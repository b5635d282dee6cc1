import { PyObject } from "./object.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";

/**
 * BaseException and the builtin exception hierarchy (CPython's Objects/exceptions.c).
 * Raising from TypeScript: `throw PyErr_Format(PyExc_TypeError, "...")` — the exception object
 * itself is thrown, so no JS stack is ever captured.
 */
export class PyBaseException extends PyObject {
  /** `args` tuple; created lazily from `message` when code only raised with a JS string. */
  args: PyObject | null = null;
  /** Set by raise helpers before `args` exists: the single str argument. */
  message: string | null = null;
  notes: PyObject | null = null;
  traceback: PyObject | null = null;
  context: PyBaseException | null = null;
  cause: PyBaseException | null = null;
  suppressContext = false;
  /** Extra per-type fields (StopIteration.value, SystemExit.code, OSError.errno, KeyError key...). */
  fields: Record<string, PyObject | null> | null = null;
}

function exceptionType(name: string, base: PyType | null, basicsize = 72): PyType {
  const t = newStaticType({
    name,
    base: base ?? undefined,
    flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC | TypeFlag.BASE_EXC_SUBCLASS,
    basicsize,
  });
  return t;
}

export const PyExc_BaseException = exceptionType("BaseException", null);
export const PyExc_BaseExceptionGroup = exceptionType("BaseExceptionGroup", PyExc_BaseException, 88);
export const PyExc_Exception = exceptionType("Exception", PyExc_BaseException);
export const PyExc_GeneratorExit = exceptionType("GeneratorExit", PyExc_BaseException);
export const PyExc_KeyboardInterrupt = exceptionType("KeyboardInterrupt", PyExc_BaseException);
export const PyExc_SystemExit = exceptionType("SystemExit", PyExc_BaseException, 80);
export const PyExc_ArithmeticError = exceptionType("ArithmeticError", PyExc_Exception);
export const PyExc_FloatingPointError = exceptionType("FloatingPointError", PyExc_ArithmeticError);
export const PyExc_OverflowError = exceptionType("OverflowError", PyExc_ArithmeticError);
export const PyExc_ZeroDivisionError = exceptionType("ZeroDivisionError", PyExc_ArithmeticError);
export const PyExc_AssertionError = exceptionType("AssertionError", PyExc_Exception);
export const PyExc_AttributeError = exceptionType("AttributeError", PyExc_Exception, 88);
export const PyExc_BufferError = exceptionType("BufferError", PyExc_Exception);
export const PyExc_EOFError = exceptionType("EOFError", PyExc_Exception);
export const PyExc_ImportError = exceptionType("ImportError", PyExc_Exception, 96);
export const PyExc_ModuleNotFoundError = exceptionType("ModuleNotFoundError", PyExc_ImportError, 96);
export const PyExc_LookupError = exceptionType("LookupError", PyExc_Exception);
export const PyExc_IndexError = exceptionType("IndexError", PyExc_LookupError);
export const PyExc_KeyError = exceptionType("KeyError", PyExc_LookupError);
export const PyExc_MemoryError = exceptionType("MemoryError", PyExc_Exception);
export const PyExc_NameError = exceptionType("NameError", PyExc_Exception, 80);
export const PyExc_UnboundLocalError = exceptionType("UnboundLocalError", PyExc_NameError, 80);
export const PyExc_OSError = exceptionType("OSError", PyExc_Exception, 112);
export const PyExc_BlockingIOError = exceptionType("BlockingIOError", PyExc_OSError, 112);
export const PyExc_ChildProcessError = exceptionType("ChildProcessError", PyExc_OSError, 112);
export const PyExc_ConnectionError = exceptionType("ConnectionError", PyExc_OSError, 112);
export const PyExc_BrokenPipeError = exceptionType("BrokenPipeError", PyExc_ConnectionError, 112);
export const PyExc_ConnectionAbortedError = exceptionType(
  "ConnectionAbortedError",
  PyExc_ConnectionError,
  112,
);
export const PyExc_ConnectionRefusedError = exceptionType(
  "ConnectionRefusedError",
  PyExc_ConnectionError,
  112,
);
export const PyExc_ConnectionResetError = exceptionType("ConnectionResetError", PyExc_ConnectionError, 112);
export const PyExc_FileExistsError = exceptionType("FileExistsError", PyExc_OSError, 112);
export const PyExc_FileNotFoundError = exceptionType("FileNotFoundError", PyExc_OSError, 112);
export const PyExc_InterruptedError = exceptionType("InterruptedError", PyExc_OSError, 112);
export const PyExc_IsADirectoryError = exceptionType("IsADirectoryError", PyExc_OSError, 112);
export const PyExc_NotADirectoryError = exceptionType("NotADirectoryError", PyExc_OSError, 112);
export const PyExc_PermissionError = exceptionType("PermissionError", PyExc_OSError, 112);
export const PyExc_ProcessLookupError = exceptionType("ProcessLookupError", PyExc_OSError, 112);
export const PyExc_TimeoutError = exceptionType("TimeoutError", PyExc_OSError, 112);
export const PyExc_ReferenceError = exceptionType("ReferenceError", PyExc_Exception);
export const PyExc_RuntimeError = exceptionType("RuntimeError", PyExc_Exception);
export const PyExc_NotImplementedError = exceptionType("NotImplementedError", PyExc_RuntimeError);
export const PyExc_RecursionError = exceptionType("RecursionError", PyExc_RuntimeError);
export const PyExc_StopAsyncIteration = exceptionType("StopAsyncIteration", PyExc_Exception);
export const PyExc_StopIteration = exceptionType("StopIteration", PyExc_Exception, 80);
export const PyExc_SyntaxError = exceptionType("SyntaxError", PyExc_Exception, 136);
export const PyExc_IndentationError = exceptionType("IndentationError", PyExc_SyntaxError, 136);
export const PyExc_TabError = exceptionType("TabError", PyExc_IndentationError, 136);
export const PyExc_SystemError = exceptionType("SystemError", PyExc_Exception);
export const PyExc_TypeError = exceptionType("TypeError", PyExc_Exception);
export const PyExc_ValueError = exceptionType("ValueError", PyExc_Exception);
export const PyExc_UnicodeError = exceptionType("UnicodeError", PyExc_ValueError);
export const PyExc_UnicodeDecodeError = exceptionType("UnicodeDecodeError", PyExc_UnicodeError, 112);
export const PyExc_UnicodeEncodeError = exceptionType("UnicodeEncodeError", PyExc_UnicodeError, 112);
export const PyExc_UnicodeTranslateError = exceptionType("UnicodeTranslateError", PyExc_UnicodeError, 112);
export const PyExc_Warning = exceptionType("Warning", PyExc_Exception);
export const PyExc_BytesWarning = exceptionType("BytesWarning", PyExc_Warning);
export const PyExc_DeprecationWarning = exceptionType("DeprecationWarning", PyExc_Warning);
export const PyExc_EncodingWarning = exceptionType("EncodingWarning", PyExc_Warning);
export const PyExc_FutureWarning = exceptionType("FutureWarning", PyExc_Warning);
export const PyExc_ImportWarning = exceptionType("ImportWarning", PyExc_Warning);
export const PyExc_PendingDeprecationWarning = exceptionType("PendingDeprecationWarning", PyExc_Warning);
export const PyExc_ResourceWarning = exceptionType("ResourceWarning", PyExc_Warning);
export const PyExc_RuntimeWarning = exceptionType("RuntimeWarning", PyExc_Warning);
export const PyExc_SyntaxWarning = exceptionType("SyntaxWarning", PyExc_Warning);
export const PyExc_UnicodeWarning = exceptionType("UnicodeWarning", PyExc_Warning);
export const PyExc_UserWarning = exceptionType("UserWarning", PyExc_Warning);
export const PyExc_ExceptionGroup = exceptionType("ExceptionGroup", PyExc_BaseExceptionGroup, 96);

/** All builtin exception types in CPython's builtins order (the builtins module exports these). */
export const BUILTIN_EXCEPTION_TYPES: PyType[] = [
  PyExc_BaseException,
  PyExc_BaseExceptionGroup,
  PyExc_Exception,
  PyExc_GeneratorExit,
  PyExc_KeyboardInterrupt,
  PyExc_SystemExit,
  PyExc_ArithmeticError,
  PyExc_FloatingPointError,
  PyExc_OverflowError,
  PyExc_ZeroDivisionError,
  PyExc_AssertionError,
  PyExc_AttributeError,
  PyExc_BufferError,
  PyExc_EOFError,
  PyExc_ImportError,
  PyExc_ModuleNotFoundError,
  PyExc_LookupError,
  PyExc_IndexError,
  PyExc_KeyError,
  PyExc_MemoryError,
  PyExc_NameError,
  PyExc_UnboundLocalError,
  PyExc_OSError,
  PyExc_BlockingIOError,
  PyExc_ChildProcessError,
  PyExc_ConnectionError,
  PyExc_BrokenPipeError,
  PyExc_ConnectionAbortedError,
  PyExc_ConnectionRefusedError,
  PyExc_ConnectionResetError,
  PyExc_FileExistsError,
  PyExc_FileNotFoundError,
  PyExc_InterruptedError,
  PyExc_IsADirectoryError,
  PyExc_NotADirectoryError,
  PyExc_PermissionError,
  PyExc_ProcessLookupError,
  PyExc_TimeoutError,
  PyExc_ReferenceError,
  PyExc_RuntimeError,
  PyExc_NotImplementedError,
  PyExc_RecursionError,
  PyExc_StopAsyncIteration,
  PyExc_StopIteration,
  PyExc_SyntaxError,
  PyExc_IndentationError,
  PyExc_TabError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_UnicodeError,
  PyExc_UnicodeDecodeError,
  PyExc_UnicodeEncodeError,
  PyExc_UnicodeTranslateError,
  PyExc_Warning,
  PyExc_BytesWarning,
  PyExc_DeprecationWarning,
  PyExc_EncodingWarning,
  PyExc_FutureWarning,
  PyExc_ImportWarning,
  PyExc_PendingDeprecationWarning,
  PyExc_ResourceWarning,
  PyExc_RuntimeWarning,
  PyExc_SyntaxWarning,
  PyExc_UnicodeWarning,
  PyExc_UserWarning,
  PyExc_ExceptionGroup,
];

/**
 * Creates an exception instance of `type` with a single str message, without running Python
 * code (the message becomes `args[0]` when args is first read). Returns a new reference.
 */
export function PyErr_Format(type: PyType, message: string | null): PyBaseException {
  const exc = new PyBaseException(type);
  gcAlloc(exc, type.tp_basicsize + 16);
  exc.message = message;
  // CPython's normalized exception owns its args tuple (a GC object the collector counts).
  if (message !== null) exceptionArgs(exc);
  PyObject_GC_Track(exc);
  return exc;
}

/** An exception instance with empty args (`raise StopIteration` from native code). */
export function PyErr_NoArgs(type: PyType): PyBaseException {
  return PyErr_Format(type, null);
}

/** Throws a new exception of `type` with `message`. */
export function raise(type: PyType, message: string): never {
  throw PyErr_Format(type, message);
}

/** Creates an exception instance with explicit args (new references taken over by the exception). */
export function PyErr_WithArgs(type: PyType, args: PyObject): PyBaseException {
  const exc = new PyBaseException(type);
  gcAlloc(exc, type.tp_basicsize + 16);
  exc.args = args;
  PyObject_GC_Track(exc);
  return exc;
}

export function isPyException(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException;
}

/** Is `e` (anything thrown) a Python exception whose type is `type` or a subclass? */
export function exceptionMatches(e: unknown, type: PyType): boolean {
  if (!(e instanceof PyBaseException)) return false;
  let t: PyType | null = e.ob_type;
  if (t === type) return true;
  const mro = t.tp_mro;
  if (mro.length > 0) return mro.includes(type);
  for (; t !== null; t = t.tp_base) if (t === type) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Behaviour of BaseException and the subclasses with extra fields (CPython's exceptions.c).
// Everything below runs only after bootstrap, so it may use other object modules.

import {
  PyNumber_AsSsize_t,
  PyNumber_Check,
  PyObject_LookupAttrString,
  PyObject_Repr,
  PyObject_SetAttr,
  PyObject_SetAttrString,
  PyObject_Str,
  reprOf,
  strOf,
} from "./abstract.js";
import { PyBytes, PyBytes_FromBytes, requireBuffer } from "./bytes.js";
import { dictItems, PyDict, PyDict_Copy, PyDict_New, PyDict_SetItemString } from "./dict.js";
import { initExceptionGroupType } from "./exception_group.js";
import { PyInt, PyInt_FromNumber } from "./int.js";
import { PyList, PyList_Append, PyList_New } from "./list.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "./object.js";
import { PyStr, PyStr_FromString } from "./str.js";
import {
  gcAlloc,
  gcFree,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PySequence_Tuple,
  PyTuple,
  PyTuple_New,
} from "./tuple.js";
import { PyType_IsSubtype } from "./type.js";
import { callTuples, dictGetSet, PyObject_GenericGetAttr, PyObject_GenericSetAttr } from "./typeobject.js";

/** The args tuple of an exception, created from the pending message on first use (borrowed). */
export function exceptionArgs(e: PyBaseException): PyTuple {
  if (e.args === null) {
    e.args = e.message === null ? PyTuple_New([]) : PyTuple_New([PyStr_FromString(e.message)]);
  }
  return e.args as PyTuple;
}

function field(e: PyBaseException, name: string): PyObject {
  const v = e.fields?.[name] ?? Py_None;
  Py_INCREF(v);
  return v;
}

function setField(e: PyBaseException, name: string, v: PyObject | null): void {
  if (e.fields === null) e.fields = {};
  const old = e.fields[name] ?? null;
  if (v !== null) Py_INCREF(v);
  e.fields[name] = v;
  Py_XDECREF(old);
}

/** BlockingIOError's count of characters written, any integer-like value (OSError_written_set). */
function setCharactersWritten(e: PyBaseException, v: PyObject): void {
  const n = PyInt_FromNumber(PyNumber_AsSsize_t(v, PyExc_ValueError));
  setField(e, "characters_written", n);
  Py_DECREF(n);
}

function kwTakesNone(type: PyType, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    raise(PyExc_TypeError, `${type.tp_name}() takes no keyword arguments`);
  }
}

/** Positional args of a call (the keyword values are at the end). */
function positionalOf(args: PyObject[], kwnames: string[] | null): PyObject[] {
  return kwnames === null || kwnames.length === 0 ? args : args.slice(0, args.length - kwnames.length);
}

export function BaseException_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const e = new PyBaseException(type);
  gcAlloc(e, type.tp_basicsize + 16);
  const pos = positionalOf(args, kwnames);
  for (const a of pos) Py_INCREF(a);
  e.args = PyTuple_New([...pos]);
  if (type.hasFlag(TypeFlag.HEAPTYPE)) Py_INCREF(type);
  PyObject_GC_Track(e);
  return e;
}

function BaseException_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const e = self as PyBaseException;
  // CPython's init stores the tuple it is given: type_call's (the one BaseException_new stored
  // too), the tuple of super().__init__(*args); called with separate arguments from Python
  // (Exception.__init__(self, x), super().__init__(x)) a new one.
  const star = callTuples.current;
  const callArgs = callTuples.typeCall ?? (star !== null && star.items === args ? star : null);
  callTuples.typeCall = null;
  if (!ownInitAcceptsKeywords(e.ob_type)) kwTakesNone(e.ob_type, kwnames);
  const pos = positionalOf(args, kwnames);
  const old = e.args;
  if (callArgs instanceof PyTuple && sameItems(callArgs.items, pos)) {
    if (callArgs !== old) {
      Py_INCREF(callArgs);
      e.args = callArgs;
      Py_XDECREF(old);
    }
  } else {
    for (const a of pos) Py_INCREF(a);
    e.args = PyTuple_New([...pos]);
    Py_XDECREF(old);
  }
  e.message = null;
  initExtraFields(e, pos, args, kwnames);
}

function sameItems(a: readonly PyObject[], b: readonly PyObject[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether exceptions of `t` have fields past BaseException's: every type initExtraFields (and
 * ownInitAcceptsKeywords) looks for has a larger instance layout (StopIteration 80 ... SyntaxError
 * 136 bytes, as CPython's structs), and a layout never changes (__bases__ assignment refuses a
 * different one), so a type of BaseException's size needs none of their subtype checks: most
 * raised exceptions (ValueError, KeyError, TypeError, a plain class MyError(Exception)).
 */
function hasExtraFields(t: PyType): boolean {
  return t.tp_basicsize !== PyExc_BaseException.tp_basicsize;
}

function ownInitAcceptsKeywords(t: PyType): boolean {
  if (!hasExtraFields(t)) return false;
  return (
    PyType_IsSubtype(t, PyExc_ImportError) ||
    PyType_IsSubtype(t, PyExc_AttributeError) ||
    PyType_IsSubtype(t, PyExc_NameError)
  );
}

function kwValue(args: PyObject[], kwnames: string[] | null, name: string): PyObject | null {
  if (kwnames === null) return null;
  const i = kwnames.indexOf(name);
  return i < 0 ? null : args[args.length - kwnames.length + i]!;
}

function initExtraFields(
  e: PyBaseException,
  pos: PyObject[],
  all: PyObject[],
  kwnames: string[] | null,
): void {
  const t = e.ob_type;
  if (!hasExtraFields(t)) return;
  if (PyType_IsSubtype(t, PyExc_StopIteration)) {
    setField(e, "value", pos[0] ?? Py_None);
  } else if (PyType_IsSubtype(t, PyExc_SystemExit)) {
    setField(e, "code", pos.length === 0 ? Py_None : pos.length === 1 ? pos[0]! : exceptionArgs(e));
  } else if (PyType_IsSubtype(t, PyExc_ImportError)) {
    for (const k of kwnames ?? []) {
      if (k !== "name" && k !== "path") {
        raise(PyExc_TypeError, `'${k}' is an invalid keyword argument for ImportError()`);
      }
    }
    setField(e, "msg", pos.length === 1 ? pos[0]! : Py_None);
    // left unset (None when read, not pickled) unless given
    setField(e, "name", kwValue(all, kwnames, "name"));
    setField(e, "path", kwValue(all, kwnames, "path"));
  } else if (PyType_IsSubtype(t, PyExc_AttributeError)) {
    for (const k of kwnames ?? []) {
      if (k !== "name" && k !== "obj") {
        raise(PyExc_TypeError, `'${k}' is an invalid keyword argument for AttributeError()`);
      }
    }
    // Left unset (None when read) unless given, so PyObject_GetAttr can fill them in.
    setField(e, "name", kwValue(all, kwnames, "name"));
    setField(e, "obj", kwValue(all, kwnames, "obj"));
  } else if (PyType_IsSubtype(t, PyExc_NameError)) {
    for (const k of kwnames ?? []) {
      if (k !== "name") raise(PyExc_TypeError, `'${k}' is an invalid keyword argument for NameError()`);
    }
    setField(e, "name", kwValue(all, kwnames, "name") ?? Py_None);
  } else if (PyType_IsSubtype(t, PyExc_OSError)) {
    if (pos.length >= 2 && pos.length <= 5) {
      setField(e, "errno", pos[0]!);
      setField(e, "strerror", pos[1]!);
      if (pos.length >= 3 && pos[2] !== Py_None && t === PyExc_BlockingIOError && PyNumber_Check(pos[2]!)) {
        // oserror_init: BlockingIOError's third argument can be the number of characters written
        setCharactersWritten(e, pos[2]!);
      } else if (pos.length >= 3 && pos[2] !== Py_None) {
        setField(e, "filename", pos[2]!);
        if (pos.length >= 5) setField(e, "filename2", pos[4]!);
        // args keeps only (errno, strerror) when a filename was given
        const old = e.args;
        Py_INCREF(pos[0]!);
        Py_INCREF(pos[1]!);
        e.args = PyTuple_New([pos[0]!, pos[1]!]);
        Py_XDECREF(old);
      }
    }
  } else if (PyType_IsSubtype(t, PyExc_SyntaxError)) {
    if (pos.length >= 1) setField(e, "msg", pos[0]!);
    if (pos.length === 2) {
      // CPython: PySequence_Tuple, then PyArg_ParseTuple(info, "OOOO|OO")
      const info = PySequence_Tuple(pos[1]!);
      const n = info.items.length;
      try {
        if (n < 4) raise(PyExc_TypeError, `function takes at least 4 arguments (${n} given)`);
        if (n > 6) raise(PyExc_TypeError, `function takes at most 6 arguments (${n} given)`);
        if (n === 5) raise(PyExc_TypeError, "end_offset must be provided when end_lineno is provided");
        const names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        info.items.forEach((v, i) => {
          setField(e, names[i]!, v);
        });
      } finally {
        Py_DECREF(info);
      }
    }
  } else if (PyType_IsSubtype(t, PyExc_UnicodeDecodeError) || PyType_IsSubtype(t, PyExc_UnicodeEncodeError)) {
    unicodeErrorInit(e, pos, PyType_IsSubtype(t, PyExc_UnicodeDecodeError));
  } else if (PyType_IsSubtype(t, PyExc_UnicodeTranslateError)) {
    if (pos.length === 4) {
      const names = ["object", "start", "end", "reason"];
      pos.forEach((v, i) => {
        setField(e, names[i]!, v);
      });
    }
  }
}

/**
 * UnicodeEncodeError_init / UnicodeDecodeError_init: PyArg_ParseTuple(args, "UOnnU"); a decode
 * error's object is any bytes-like object and is kept as bytes (a bytearray or memoryview is copied).
 */
function unicodeErrorInit(e: PyBaseException, pos: PyObject[], decode: boolean): void {
  if (pos.length !== 5) raise(PyExc_TypeError, `function takes exactly 5 arguments (${pos.length} given)`);
  const mustBeStr = (v: PyObject, n: number) => {
    if (!(v instanceof PyStr)) raise(PyExc_TypeError, `argument ${n} must be str, not ${v.ob_type.tp_name}`);
  };
  const [encoding, object, start, end, reason] = pos as [PyObject, PyObject, PyObject, PyObject, PyObject];
  mustBeStr(encoding, 1);
  let obj: PyObject;
  if (decode) {
    if (object instanceof PyBytes) obj = Py_NewRef(object);
    else obj = PyBytes_FromBytes(new Uint8Array(requireBuffer(object)));
  } else {
    mustBeStr(object, 2);
    obj = Py_NewRef(object);
  }
  try {
    const from = PyInt_FromNumber(PyNumber_AsSsize_t(start, PyExc_OverflowError));
    const to = PyInt_FromNumber(PyNumber_AsSsize_t(end, PyExc_OverflowError));
    try {
      mustBeStr(reason, 5);
      setField(e, "encoding", encoding);
      setField(e, "object", obj);
      setField(e, "start", from);
      setField(e, "end", to);
      setField(e, "reason", reason);
    } finally {
      Py_DECREF(from);
      Py_DECREF(to);
    }
  } finally {
    Py_DECREF(obj);
  }
}

/** errno → OSError subclass, as CPython's OSError.__new__ does. */
const ERRNO_SUBCLASS: Record<number, () => PyType> = {
  1: () => PyExc_PermissionError,
  2: () => PyExc_FileNotFoundError,
  3: () => PyExc_ProcessLookupError,
  4: () => PyExc_InterruptedError,
  10: () => PyExc_ChildProcessError,
  11: () => PyExc_BlockingIOError,
  13: () => PyExc_PermissionError,
  17: () => PyExc_FileExistsError,
  20: () => PyExc_NotADirectoryError,
  21: () => PyExc_IsADirectoryError,
  32: () => PyExc_BrokenPipeError,
  103: () => PyExc_ConnectionAbortedError,
  104: () => PyExc_ConnectionResetError,
  110: () => PyExc_TimeoutError,
  111: () => PyExc_ConnectionRefusedError,
  114: () => PyExc_BlockingIOError,
  115: () => PyExc_BlockingIOError,
};

function OSError_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  let type = typeObj as PyType;
  const pos = positionalOf(args, kwnames);
  if (type === PyExc_OSError && pos.length >= 2 && pos[0] instanceof PyInt) {
    const errno = Number(pos[0].value);
    const sub = ERRNO_SUBCLASS[errno];
    if (sub) type = sub();
  }
  return BaseException_new(type, args, kwnames);
}

function BaseException_str(self: PyObject): PyObject {
  const e = self as PyBaseException;
  const t = e.ob_type;
  if (e.args === null && e.message !== null && !PyType_IsSubtype(t, PyExc_KeyError)) {
    return PyStr_FromString(e.message);
  }
  const args = exceptionArgs(e);
  if (PyType_IsSubtype(t, PyExc_OSError) && e.fields?.errno && e.fields?.strerror) {
    const errno = strOf(e.fields.errno);
    const strerror = strOf(e.fields.strerror);
    const fn = e.fields.filename;
    const fn2 = e.fields.filename2;
    if (fn && fn !== Py_None) {
      if (fn2 && fn2 !== Py_None) {
        return PyStr_FromString(`[Errno ${errno}] ${strerror}: ${reprOf(fn)} -> ${reprOf(fn2)}`);
      }
      return PyStr_FromString(`[Errno ${errno}] ${strerror}: ${reprOf(fn)}`);
    }
    return PyStr_FromString(`[Errno ${errno}] ${strerror}`);
  }
  if (PyType_IsSubtype(t, PyExc_ImportError) && e.fields?.msg && e.fields.msg !== Py_None) {
    return PyObject_Str(e.fields.msg);
  }
  if (PyType_IsSubtype(t, PyExc_SyntaxError) && e.fields?.msg) {
    const msg = strOf(e.fields.msg);
    const fn = e.fields.filename;
    const ln = e.fields.lineno;
    const file = fn && fn instanceof PyStr ? fn.value.slice(fn.value.lastIndexOf("/") + 1) : null;
    const line = ln && ln instanceof PyInt ? String(ln.value) : null;
    if (file !== null && line !== null) return PyStr_FromString(`${msg} (${file}, line ${line})`);
    if (file !== null) return PyStr_FromString(`${msg} (${file})`);
    if (line !== null) return PyStr_FromString(`${msg} (line ${line})`);
    return PyStr_FromString(msg);
  }
  if (PyType_IsSubtype(t, PyExc_UnicodeDecodeError) && e.fields?.object) {
    const enc = strOf(e.fields.encoding!);
    const start = Number((e.fields.start as PyInt).value);
    const end = Number((e.fields.end as PyInt).value);
    const bytes = (e.fields.object as unknown as { value: Uint8Array }).value;
    const reason = strOf(e.fields.reason!);
    if (end === start + 1) {
      const b = bytes[start]!.toString(16).padStart(2, "0");
      return PyStr_FromString(`'${enc}' codec can't decode byte 0x${b} in position ${start}: ${reason}`);
    }
    return PyStr_FromString(`'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
  }
  if (PyType_IsSubtype(t, PyExc_UnicodeEncodeError) && e.fields?.object) {
    const enc = strOf(e.fields.encoding!);
    const start = Number((e.fields.start as PyInt).value);
    const end = Number((e.fields.end as PyInt).value);
    const s = (e.fields.object as PyStr).value;
    const reason = strOf(e.fields.reason!);
    const cps = Array.from(s);
    if (end === start + 1) {
      const cp = cps[start]!.codePointAt(0)!;
      const hex =
        cp <= 0xff
          ? `\\x${cp.toString(16).padStart(2, "0")}`
          : cp <= 0xffff
            ? `\\u${cp.toString(16).padStart(4, "0")}`
            : `\\U${cp.toString(16).padStart(8, "0")}`;
      return PyStr_FromString(
        `'${enc}' codec can't encode character '${hex}' in position ${start}: ${reason}`,
      );
    }
    return PyStr_FromString(
      `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`,
    );
  }
  if (PyType_IsSubtype(t, PyExc_UnicodeTranslateError) && e.fields?.object) {
    const start = Number((e.fields.start as PyInt).value);
    const end = Number((e.fields.end as PyInt).value);
    const cps = Array.from((e.fields.object as PyStr).value);
    const reason = strOf(e.fields.reason!);
    if (start < cps.length && end === start + 1) {
      const cp = cps[start]!.codePointAt(0)!;
      const hex =
        cp <= 0xff
          ? `\\x${cp.toString(16).padStart(2, "0")}`
          : cp <= 0xffff
            ? `\\u${cp.toString(16).padStart(4, "0")}`
            : `\\U${cp.toString(16).padStart(8, "0")}`;
      return PyStr_FromString(`can't translate character '${hex}' in position ${start}: ${reason}`);
    }
    return PyStr_FromString(`can't translate characters in position ${start}-${end - 1}: ${reason}`);
  }
  const items = args.items;
  if (items.length === 0) return PyStr_FromString("");
  if (items.length === 1) {
    return PyType_IsSubtype(t, PyExc_KeyError) ? PyObject_Repr(items[0]!) : PyObject_Str(items[0]!);
  }
  return PyObject_Str(args);
}

function BaseException_repr(self: PyObject): PyObject {
  const e = self as PyBaseException;
  // _PyType_Name: tp_name after its last dot (a heap type's __name__, not its __qualname__).
  const name = e.ob_type.tp_name.slice(e.ob_type.tp_name.lastIndexOf(".") + 1);
  const args = exceptionArgs(e);
  if (args.items.length === 1) return PyStr_FromString(`${name}(${reprOf(args.items[0]!)})`);
  if (args.items.length === 0) return PyStr_FromString(`${name}()`);
  return PyStr_FromString(`${name}${reprOf(args)}`);
}

/** BaseException_clear: drops every reference the exception holds (also its tp_clear). */
function BaseException_clear(o: PyObject): void {
  const e = o as PyBaseException;
  const refs = [e.ob_dict ?? null, e.args, e.notes, e.traceback, e.cause, e.context];
  e.args = e.notes = e.traceback = e.context = e.cause = null;
  e.ob_dict = null;
  for (const r of refs) Py_XDECREF(r);
  if (e.fields !== null) {
    const f = e.fields;
    e.fields = null;
    for (const v of Object.values(f)) Py_XDECREF(v);
  }
}

function BaseException_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  BaseException_clear(o);
  gcFree(o);
}

function BaseException_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const e = o as PyBaseException;
  for (const r of [e.args, e.notes, e.traceback, e.context, e.cause, e.ob_dict ?? null]) if (r) visit(r);
  if (e.fields !== null) for (const v of Object.values(e.fields)) if (v) visit(v);
}

/**
 * set_attribute_error_context: an AttributeError leaving PyObject_GetAttr learns the attribute
 * name and the object, unless it already knows either (they feed "Did you mean" suggestions).
 */
export function setAttributeErrorContext(e: unknown, obj: PyObject, name: PyObject): void {
  if (!(e instanceof PyBaseException) || !PyType_IsSubtype(e.ob_type, PyExc_AttributeError)) return;
  if ((e.fields?.name ?? null) !== null || (e.fields?.obj ?? null) !== null) return;
  setField(e, "name", name);
  setField(e, "obj", obj);
}

function replaceRef<K extends "traceback">(e: PyBaseException, key: K, v: PyObject | null): void {
  const old = e[key];
  if (v !== null) Py_INCREF(v);
  e[key] = v;
  Py_XDECREF(old);
}

function setExceptionLink(
  e: PyBaseException,
  key: "context" | "cause",
  v: PyObject | null,
  what: string,
): void {
  if (v !== null && v !== Py_None && !(v instanceof PyBaseException)) {
    raise(PyExc_TypeError, `exception ${what} must be None or derive from BaseException`);
  }
  const nv = v === Py_None ? null : (v as PyBaseException | null);
  const old = e[key];
  if (nv !== null) Py_INCREF(nv);
  e[key] = nv;
  Py_XDECREF(old);
}

/**
 * The slots each builtin exception type names itself in exceptions.c (SimpleExtendsException
 * gives tp_init and tp_new, MiddlingExtendsException tp_init, ComplexExtendsException tp_init
 * and tp_str...), and its docstring. PyType_Ready turns an own slot into an entry of the type's
 * __dict__, so vars(ValueError) has __init__ and __new__ and ValueError.__init__ is "of
 * 'ValueError' objects". The functions themselves are the base's: one implementation serves all.
 */
const OWN_EXCEPTION_SLOTS: [PyType, string, string][] = [
  [PyExc_ArithmeticError, "init new", "Base class for arithmetic errors."],
  [PyExc_AssertionError, "init new", "Assertion failed."],
  [PyExc_AttributeError, "init str", "Attribute not found."],
  [PyExc_BaseExceptionGroup, "init new str", "A combination of multiple unrelated exceptions."],
  [PyExc_BlockingIOError, "init", "I/O operation would block."],
  [PyExc_BrokenPipeError, "init", "Broken pipe."],
  [PyExc_BufferError, "init new", "Buffer error."],
  [
    PyExc_BytesWarning,
    "init new",
    "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.",
  ],
  [PyExc_ChildProcessError, "init", "Child process error."],
  [PyExc_ConnectionAbortedError, "init", "Connection aborted."],
  [PyExc_ConnectionError, "init", "Connection error."],
  [PyExc_ConnectionRefusedError, "init", "Connection refused."],
  [PyExc_ConnectionResetError, "init", "Connection reset."],
  [PyExc_DeprecationWarning, "init new", "Base class for warnings about deprecated features."],
  [PyExc_EOFError, "init new", "Read beyond end of file."],
  [PyExc_EncodingWarning, "init new", "Base class for warnings about encodings."],
  [PyExc_Exception, "init new", "Common base class for all non-exit exceptions."],
  [PyExc_FileExistsError, "init", "File already exists."],
  [PyExc_FileNotFoundError, "init", "File not found."],
  [PyExc_FloatingPointError, "init new", "Floating point operation failed."],
  [
    PyExc_FutureWarning,
    "init new",
    "Base class for warnings about constructs that will change semantically\nin the future.",
  ],
  [PyExc_GeneratorExit, "init new", "Request that a generator exit."],
  [PyExc_ImportError, "init str", "Import can't find module, or can't find name in module."],
  [PyExc_ImportWarning, "init new", "Base class for warnings about probable mistakes in module imports"],
  [PyExc_IndentationError, "init", "Improper indentation."],
  [PyExc_IndexError, "init new", "Sequence index out of range."],
  [PyExc_InterruptedError, "init", "Interrupted by signal."],
  [PyExc_IsADirectoryError, "init", "Operation doesn't work on directories."],
  [PyExc_KeyError, "init str", "Mapping key not found."],
  [PyExc_KeyboardInterrupt, "init new", "Program interrupted by user."],
  [PyExc_LookupError, "init new", "Base class for lookup errors."],
  [PyExc_MemoryError, "init new", "Out of memory."],
  [PyExc_ModuleNotFoundError, "init", "Module not found."],
  [PyExc_NameError, "init str", "Name not found globally."],
  [PyExc_NotADirectoryError, "init", "Operation only works on directories."],
  [PyExc_NotImplementedError, "init new", "Method or function hasn't been implemented yet."],
  [PyExc_OSError, "init new str", "Base class for I/O related errors."],
  [PyExc_OverflowError, "init new", "Result too large to be represented."],
  [
    PyExc_PendingDeprecationWarning,
    "init new",
    "Base class for warnings about features which will be deprecated\nin the future.",
  ],
  [PyExc_PermissionError, "init", "Not enough permissions."],
  [PyExc_ProcessLookupError, "init", "Process not found."],
  [PyExc_RecursionError, "init new", "Recursion limit exceeded."],
  [PyExc_ReferenceError, "init new", "Weak ref proxy used after referent went away."],
  [PyExc_ResourceWarning, "init new", "Base class for warnings about resource usage."],
  [PyExc_RuntimeError, "init new", "Unspecified run-time error."],
  [PyExc_RuntimeWarning, "init new", "Base class for warnings about dubious runtime behavior."],
  [PyExc_StopAsyncIteration, "init new", "Signal the end from iterator.__anext__()."],
  [PyExc_StopIteration, "init", "Signal the end from iterator.__next__()."],
  [PyExc_SyntaxError, "init str", "Invalid syntax."],
  [PyExc_SyntaxWarning, "init new", "Base class for warnings about dubious syntax."],
  [
    PyExc_SystemError,
    "init new",
    "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.",
  ],
  [PyExc_SystemExit, "init", "Request to exit from the interpreter."],
  [PyExc_TabError, "init", "Improper mixture of spaces and tabs."],
  [PyExc_TimeoutError, "init", "Timeout expired."],
  [PyExc_TypeError, "init new", "Inappropriate argument type."],
  [PyExc_UnboundLocalError, "init", "Local name referenced but not bound to a value."],
  [PyExc_UnicodeDecodeError, "init new str", "Unicode decoding error."],
  [PyExc_UnicodeEncodeError, "init new str", "Unicode encoding error."],
  [PyExc_UnicodeError, "init new", "Unicode related error."],
  [PyExc_UnicodeTranslateError, "init new str", "Unicode translation error."],
  [
    PyExc_UnicodeWarning,
    "init new",
    "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.",
  ],
  [PyExc_UserWarning, "init new", "Base class for warnings generated by user code."],
  [PyExc_ValueError, "init new", "Inappropriate argument value (of correct type)."],
  [PyExc_Warning, "init new", "Base class for warning categories."],
  [PyExc_ZeroDivisionError, "init new", "Second argument to a division or modulo operation was zero."],
];

function declareOwnExceptionSlots(): void {
  for (const [t, own, doc] of OWN_EXCEPTION_SLOTS) {
    t.tp_doc = doc;
    for (const slot of own.split(" ")) {
      const key = slot === "init" ? "tp_init" : slot === "new" ? "tp_new" : "tp_str";
      let b: PyType | null = t;
      while (b !== null && b[key] === null) b = b.tp_base;
      if (b !== null && b !== t) (t as unknown as Record<string, unknown>)[key] = b[key];
    }
  }
}

/** Wires BaseException's slots, methods and attributes. Called by bootstrap before PyType_Ready. */
export function initExceptionTypes(): void {
  const B = PyExc_BaseException;
  B.tp_new = BaseException_new;
  B.tp_init = BaseException_init;
  B.tp_str = BaseException_str;
  B.tp_repr = BaseException_repr;
  B.tp_dealloc = BaseException_dealloc;
  B.tp_traverse = BaseException_traverse;
  B.tp_clear = BaseException_clear;
  B.tp_dictoffset = 1;
  B.tp_getattro = PyObject_GenericGetAttr;
  B.tp_setattro = PyObject_GenericSetAttr;
  B.tp_doc = "Common base class for all exceptions";
  PyExc_OSError.tp_new = OSError_new;
  initExceptionGroupType();
  declareOwnExceptionSlots();
  defineMethods(B, {
    // BaseException_reduce: (type, args) plus the instance dict once it exists
    __reduce__(self) {
      const e = self as PyBaseException;
      const items: PyObject[] = [e.ob_type, exceptionArgs(e)];
      if (e.ob_dict) items.push(e.ob_dict);
      for (const x of items) Py_INCREF(x);
      return PyTuple_New(items);
    },
    // BaseException_setstate: each key of the state dict becomes an attribute
    __setstate__(self, args) {
      if (args.length !== 1) {
        raise(PyExc_TypeError, `__setstate__() takes exactly one argument (${args.length} given)`);
      }
      const state = args[0]!;
      if (state !== Py_None) {
        if (!(state instanceof PyDict)) raise(PyExc_TypeError, "state is not a dictionary");
        for (const [k, v] of dictItems(state)) {
          if (!(k instanceof PyStr)) {
            raise(PyExc_TypeError, `attribute name must be string, not '${k.ob_type.tp_name}'`);
          }
          PyObject_SetAttr(self!, k, v);
        }
      }
      Py_INCREF(Py_None);
      return Py_None;
    },
    with_traceback(self, args) {
      const e = self as PyBaseException;
      const tb = args[0] ?? Py_None;
      replaceRef(e, "traceback", tb === Py_None ? null : tb);
      Py_INCREF(e);
      return e;
    },
    add_note(self, args) {
      // CPython keeps notes in the instance's __dict__ as the list `__notes__`.
      const note = args[0];
      if (args.length !== 1)
        raise(PyExc_TypeError, `add_note() takes exactly one argument (${args.length} given)`);
      if (!(note instanceof PyStr)) {
        raise(PyExc_TypeError, `note must be a str, not '${note?.ob_type.tp_name ?? "NoneType"}'`);
      }
      let notes = PyObject_LookupAttrString(self!, "__notes__");
      if (notes === null) {
        notes = PyList_New([]);
        try {
          PyObject_SetAttrString(self!, "__notes__", notes);
        } catch (err) {
          Py_DECREF(notes);
          throw err;
        }
      } else if (!(notes instanceof PyList)) {
        Py_DECREF(notes);
        raise(PyExc_TypeError, "Cannot add note: __notes__ is not a list");
      }
      try {
        PyList_Append(notes as PyList, note);
      } finally {
        Py_DECREF(notes);
      }
      Py_INCREF(Py_None);
      return Py_None;
    },
  });
  defineGetSets(B, [
    dictGetSet,
    {
      name: "args",
      get: (self) => {
        const a = exceptionArgs(self as PyBaseException);
        Py_INCREF(a);
        return a;
      },
      set: (self, v) => {
        if (v === null) raise(PyExc_TypeError, "args may not be deleted");
        const e = self as PyBaseException;
        const items = tupleFromIterable(v);
        const old = e.args;
        e.args = items;
        e.message = null;
        Py_XDECREF(old);
      },
    },
    {
      name: "__traceback__",
      get: (self) => {
        const t = (self as PyBaseException).traceback ?? Py_None;
        Py_INCREF(t);
        return t;
      },
      set: (self, v) => {
        if (v === null) raise(PyExc_TypeError, "__traceback__ may not be deleted");
        if (v !== Py_None && v.ob_type.tp_name !== "traceback") {
          raise(PyExc_TypeError, "__traceback__ must be a traceback or None");
        }
        replaceRef(self as PyBaseException, "traceback", v === Py_None ? null : v);
      },
    },
    {
      name: "__context__",
      get: (self) => {
        const c = (self as PyBaseException).context ?? Py_None;
        Py_INCREF(c);
        return c;
      },
      set: (self, v) => {
        if (v === null) raise(PyExc_TypeError, "__context__ may not be deleted");
        setExceptionLink(self as PyBaseException, "context", v, "context");
      },
    },
    {
      name: "__cause__",
      get: (self) => {
        const c = (self as PyBaseException).cause ?? Py_None;
        Py_INCREF(c);
        return c;
      },
      set: (self, v) => {
        if (v === null) raise(PyExc_TypeError, "__cause__ may not be deleted");
        setExceptionLink(self as PyBaseException, "cause", v, "cause");
        (self as PyBaseException).suppressContext = true;
      },
    },
    {
      name: "__suppress_context__",
      get: (self) => boolFactory((self as PyBaseException).suppressContext),
      set: (self, v) => {
        if (v === null) raise(PyExc_TypeError, "can't delete numeric/char attribute");
        (self as PyBaseException).suppressContext = boolOf(v);
      },
      kind: "member",
    },
  ]);
  const fieldGetSets = (type: PyType, names: string[]) =>
    defineGetSets(
      type,
      names.map((name) => ({
        name,
        kind: "member" as const,
        get: (self: PyObject) => field(self as PyBaseException, name),
        set: (self: PyObject, v: PyObject | null) => setField(self as PyBaseException, name, v),
      })),
    );
  fieldGetSets(PyExc_StopIteration, ["value"]);
  fieldGetSets(PyExc_SystemExit, ["code"]);
  fieldGetSets(PyExc_ImportError, ["msg", "name", "path"]);
  fieldGetSets(PyExc_AttributeError, ["name", "obj"]);
  fieldGetSets(PyExc_NameError, ["name"]);
  fieldGetSets(PyExc_OSError, ["errno", "strerror", "filename", "filename2"]);
  defineGetSets(PyExc_OSError, [
    {
      // OSError_written_get/set: unset (-1 in C) reads and deletes as an AttributeError
      name: "characters_written",
      get: (self: PyObject) => {
        const n = (self as PyBaseException).fields?.characters_written ?? null;
        if (n === null) raise(PyExc_AttributeError, "characters_written");
        return Py_NewRef(n);
      },
      set: (self: PyObject, v: PyObject | null) => {
        const e = self as PyBaseException;
        if (v !== null) return setCharactersWritten(e, v);
        if ((e.fields?.characters_written ?? null) === null)
          raise(PyExc_AttributeError, "characters_written");
        setField(e, "characters_written", null);
      },
    },
  ]);
  defineMethods(PyExc_OSError, {
    // OSError_reduce: args get the filename(s) back, which the constructor took out of them
    __reduce__(self) {
      const e = self as PyBaseException;
      let args = exceptionArgs(e);
      const fn = e.fields?.filename ?? null;
      const fn2 = e.fields?.filename2 ?? null;
      if (args.items.length === 2 && fn !== null && fn !== Py_None) {
        const items = [args.items[0]!, args.items[1]!, fn];
        if (fn2 !== null && fn2 !== Py_None) items.push(Py_None, fn2);
        for (const x of items) Py_INCREF(x);
        args = PyTuple_New(items);
      } else Py_INCREF(args);
      const out: PyObject[] = [Py_NewRef(e.ob_type), args];
      if (e.ob_dict) out.push(Py_NewRef(e.ob_dict));
      return PyTuple_New(out);
    },
  });
  defineMethods(PyExc_ImportError, {
    // ImportError_reduce: name and path travel in the state dict (with the instance dict's items)
    __reduce__(self) {
      const e = self as PyBaseException;
      const name = e.fields?.name ?? null;
      const path = e.fields?.path ?? null;
      let state: PyObject | null = e.ob_dict ? Py_NewRef(e.ob_dict) : null;
      if (name !== null || path !== null) {
        const d = e.ob_dict ? PyDict_Copy(e.ob_dict as PyDict) : PyDict_New();
        if (name !== null) PyDict_SetItemString(d, "name", name);
        if (path !== null) PyDict_SetItemString(d, "path", path);
        Py_XDECREF(state);
        state = d;
      }
      const args = exceptionArgs(e);
      Py_INCREF(args);
      const out: PyObject[] = [Py_NewRef(e.ob_type), args];
      if (state !== null) out.push(state);
      return PyTuple_New(out);
    },
  });
  fieldGetSets(PyExc_SyntaxError, [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
  ]);
  fieldGetSets(PyExc_UnicodeDecodeError, ["encoding", "object", "start", "end", "reason"]);
  fieldGetSets(PyExc_UnicodeEncodeError, ["encoding", "object", "start", "end", "reason"]);
  fieldGetSets(PyExc_UnicodeTranslateError, ["encoding", "object", "start", "end", "reason"]);
}

let tupleFromIterable: (o: PyObject) => PyObject = (o) => (Py_INCREF(o), o);
let boolFactory: (b: boolean) => PyObject = () => raise(PyExc_TypeError, "bool missing");
let boolOf: (o: PyObject) => boolean = () => false;

/** Late-bound collaborators for exceptions (tuple(), bool). */
export function setExceptionHooks(h: {
  tupleFromIterable: (o: PyObject) => PyObject;
  bool: (b: boolean) => PyObject;
  isTrue: (o: PyObject) => boolean;
}): void {
  tupleFromIterable = h.tupleFromIterable;
  boolFactory = h.bool;
  boolOf = h.isTrue;
}

export { PyInt_FromNumber };
