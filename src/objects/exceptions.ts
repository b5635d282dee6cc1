import { allocateObject, PyObject } from "./object.js";
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
export function PyErr_Format(type: PyType, message: string): PyBaseException {
  const exc = new PyBaseException(type);
  allocateObject(exc, type.tp_basicsize + 16);
  exc.message = message;
  return exc;
}

/** Throws a new exception of `type` with `message`. */
export function raise(type: PyType, message: string): never {
  throw PyErr_Format(type, message);
}

/** Creates an exception instance with explicit args (new references taken over by the exception). */
export function PyErr_WithArgs(type: PyType, args: PyObject): PyBaseException {
  const exc = new PyBaseException(type);
  allocateObject(exc, type.tp_basicsize + 16);
  exc.args = args;
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
