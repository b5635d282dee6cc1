/**
 * Registers the standard-library modules written in TypeScript that back heapstack's `lib/`
 * (json's `_json`, `_io`, `_struct`, `array`, `time`, helpers for traceback), and connects the
 * runtime's numeric DeprecationWarnings to the `warnings` module (lib/warnings.py), as
 * PyErr_WarnEx(PyExc_DeprecationWarning, message, 1) does. Called once per process at bootstrap.
 */
import { PyObject_Call, PyObject_GetAttrString } from "../objects/abstract.js";
import { PyExc_DeprecationWarning } from "../objects/exceptions.js";
import type { PyGen } from "../objects/generator.js";
import { PyInt_FromNumber, setNumericWarnHook } from "../objects/int.js";
import { PyNotImplemented_Type } from "../objects/none.js";
import { Py_DECREF, type PyObject } from "../objects/object.js";
import { PyStr_FromString } from "../objects/str.js";
import { setNeverAwaitedHook } from "../vm/generators.js";
import { registerAstModule } from "./_ast.js";
import { registerAsyncioNativeModule } from "./_asyncio_native.js";
import { registerCodecsNativeModule } from "./_codecs_native.js";
import { registerDecimalAccelModule } from "./_decimal_accel.js";
import { registerHashlibModule } from "./_hashlib.js";
import { registerImpModule } from "./_imp.js";
import { registerIoModule } from "./_io.js";
import { registerJsonModule } from "./_json.js";
import { registerOsModule } from "./_os.js";
import { registerPickleNativeModule } from "./_pickle_native.js";
import { registerStdlibHelpersModule } from "./_stdlib_helpers.js";
import { registerStructModule } from "./_struct.js";
import { registerThreadModule } from "./_thread.js";
import { registerZlibNativeModule } from "./_zlib.js";
import { registerArrayModule } from "./array.js";
import { PyErr_WriteUnraisable } from "./gc.js";
import { PyImport_ImportModule } from "./importlib.js";
import { registerPosixModule } from "./posix.js";
import { registerSreModule } from "./re/sre.js";
import { registerTimeModule } from "./time.js";
import { registerUnicodedataModule } from "./unicodedata.js";

let registered = false;

export function registerStdlibNativeModules(): void {
  if (registered) return;
  registered = true;
  registerJsonModule();
  registerIoModule();
  registerStructModule();
  registerArrayModule();
  registerStdlibHelpersModule();
  registerTimeModule();
  registerSreModule();
  registerOsModule();
  registerPosixModule();
  registerImpModule();
  registerHashlibModule();
  registerAsyncioNativeModule();
  registerAstModule();
  registerCodecsNativeModule();
  registerUnicodedataModule();
  registerThreadModule();
  registerZlibNativeModule();
  registerPickleNativeModule();
  registerDecimalAccelModule();
  setNumericWarnHook(warnDeprecation);
  setNeverAwaitedHook(warnNeverAwaited);
  // notimplemented_bool
  PyNotImplemented_Type.nb_bool = () => {
    warnDeprecation("NotImplemented should not be used in a boolean context");
    return true;
  };
}

/**
 * A coroutine freed without ever running: warnings._warn_unawaited_coroutine(coro), as
 * _PyErr_WarnUnawaitedCoroutine does; a failure (say, warnings turned into errors) is unraisable.
 */
function warnNeverAwaited(coro: PyGen): void {
  try {
    const warnings = PyImport_ImportModule("warnings");
    let fn: PyObject;
    try {
      fn = PyObject_GetAttrString(warnings, "_warn_unawaited_coroutine");
    } finally {
      Py_DECREF(warnings);
    }
    try {
      Py_DECREF(PyObject_Call(fn, [coro], null));
    } finally {
      Py_DECREF(fn);
    }
  } catch (e) {
    PyErr_WriteUnraisable(e, coro);
  }
}

/** warnings.warn(message, DeprecationWarning, 1): attributed to the running Python frame. */
function warnDeprecation(message: string): void {
  const warnings = PyImport_ImportModule("warnings");
  let warn: PyObject;
  try {
    warn = PyObject_GetAttrString(warnings, "warn");
  } finally {
    Py_DECREF(warnings);
  }
  const text = PyStr_FromString(message);
  const level = PyInt_FromNumber(1);
  try {
    Py_DECREF(PyObject_Call(warn, [text, PyExc_DeprecationWarning, level], null));
  } finally {
    Py_DECREF(text);
    Py_DECREF(level);
    Py_DECREF(warn);
  }
}
