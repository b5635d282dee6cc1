/**
 * Registers the standard-library modules written in TypeScript that back heapstack's `lib/`
 * (json's `_json`, `_io`, `_struct`, `array`, `time`, helpers for traceback), and connects the
 * runtime's numeric DeprecationWarnings to the `warnings` module (lib/warnings.py), as
 * PyErr_WarnEx(PyExc_DeprecationWarning, message, 1) does. Called once per process at bootstrap.
 */
import { PyObject_Call, PyObject_CallMethod, PyObject_GetAttrString } from "../objects/abstract.js";
import { isPyException, PyExc_DeprecationWarning, PyExc_RuntimeWarning } from "../objects/exceptions.js";
import type { PyGen } from "../objects/generator.js";
import { PyInt, PyInt_FromNumber, PyLong_AsDouble, setNumericWarnHook } from "../objects/int.js";
import { PyList } from "../objects/list.js";
import { Py_None, PyNotImplemented_Type } from "../objects/none.js";
import { Py_DECREF, type PyObject } from "../objects/object.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { PyType, PyType_IsSubtype } from "../objects/type.js";
import { setNeverAwaitedHook } from "../vm/generators.js";
import { type ModulesGone, modulesGone } from "../vm/state.js";
import { registerAstModule } from "./_ast.js";
import { registerAsyncioNativeModule } from "./_asyncio_native.js";
import { registerBinasciiAccelModule } from "./_binascii_accel.js";
import { registerCodecsNativeModule } from "./_codecs_native.js";
import { registerCopyAccelModule } from "./_copy_accel.js";
import { registerCsvAccelModule } from "./_csv_accel.js";
import { registerDatetimeAccelModule } from "./_datetime_accel.js";
import { registerDecimalAccelModule } from "./_decimal_accel.js";
import { registerHashlibModule } from "./_hashlib.js";
import { registerImpModule } from "./_imp.js";
import { registerIoModule } from "./_io.js";
import { registerJsonModule } from "./_json.js";
import { registerOsModule } from "./_os.js";
import { registerPickleNativeModule } from "./_pickle_native.js";
import { registerSignalTimerModule } from "./_signal_timer.js";
import { registerSqlite3WasmModule } from "./_sqlite3/module.js";
import { registerStatModule } from "./_stat.js";
import { registerStatisticsAccelModule } from "./_statistics_accel.js";
import { registerStdlibHelpersModule } from "./_stdlib_helpers.js";
import { registerStructModule } from "./_struct.js";
import { registerThreadModule } from "./_thread.js";
import { registerXmlAccelModule } from "./_xml_accel.js";
import { registerZlibNativeModule } from "./_zlib.js";
import { registerArrayModule } from "./array.js";
import { PyErr_WriteUnraisable } from "./gc.js";
import { registerGrpModule } from "./grp.js";
import { PyImport_ImportModule } from "./importlib.js";
import { fileWriteString } from "./io_files.js";
import { registerPosixModule } from "./posix.js";
import { registerPwdModule } from "./pwd.js";
import { registerSreModule } from "./re/sre.js";
import { PySys_GetObject } from "./sys.js";
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
  registerSignalTimerModule();
  registerTimeModule();
  registerSreModule();
  registerOsModule();
  registerPosixModule();
  registerPwdModule();
  registerGrpModule();
  registerImpModule();
  registerHashlibModule();
  registerAsyncioNativeModule();
  registerAstModule();
  registerCodecsNativeModule();
  registerUnicodedataModule();
  registerThreadModule();
  registerZlibNativeModule();
  registerPickleNativeModule();
  registerDatetimeAccelModule();
  registerDecimalAccelModule();
  registerCopyAccelModule();
  registerBinasciiAccelModule();
  registerCsvAccelModule();
  registerStatModule();
  registerStatisticsAccelModule();
  registerXmlAccelModule();
  registerSqlite3WasmModule();
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
  if (modulesGone !== null) {
    warnAfterModulesGone(modulesGone, `coroutine '${coro.qualname.value}' was never awaited`);
    return;
  }
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

/**
 * _PyErr_WarnFormat(RuntimeWarning) once shutdown has emptied sys.modules: the warnings module is
 * out of reach, so CPython's C warnings code applies the filters list it kept (a filter whose
 * message or module is a regex is matched only if the regex can still run) and prints the
 * warning itself; with no Python frame left it is located at "sys", line 1.
 */
function warnAfterModulesGone(gone: ModulesGone, text: string): void {
  const action = shutdownFilterAction(gone.warningsFilters, text);
  if (action === "ignore") return;
  if (action !== "always" && gone.warned.has(text)) return;
  gone.warned.add(text);
  const file = PySys_GetObject("stderr");
  if (file === null || file === Py_None) return;
  try {
    fileWriteString(file, `sys:1: RuntimeWarning: ${text}\n`);
  } catch (e) {
    PyErr_WriteUnraisable(e, null);
  }
}

/** The action of the first filter that takes a RuntimeWarning with `text` from module "sys". */
function shutdownFilterAction(filters: PyObject | null, text: string): string {
  if (!(filters instanceof PyList)) return "default";
  for (const item of filters.items) {
    if (!(item instanceof PyTuple) || item.items.length !== 5) continue;
    const [action, msg, category, module, lineno] = item.items as PyObject[];
    if (!(action instanceof PyStr) || !(category instanceof PyType)) continue;
    if (!PyType_IsSubtype(PyExc_RuntimeWarning, category)) continue;
    if (!regexMatches(msg!, text) || !regexMatches(module!, "sys")) continue;
    const ln = lineno instanceof PyInt ? PyLong_AsDouble(lineno) : 0;
    if (ln !== 0 && ln !== 1) continue;
    return action.value;
  }
  return "default";
}

function regexMatches(pattern: PyObject, text: string): boolean {
  if (pattern === Py_None) return true;
  const s = PyStr_FromString(text);
  try {
    const m = PyObject_CallMethod(pattern, "match", [s]);
    const matched = m !== Py_None;
    Py_DECREF(m);
    return matched;
  } catch (e) {
    if (!isPyException(e)) throw e;
    Py_DECREF(e);
    return false;
  } finally {
    Py_DECREF(s);
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
