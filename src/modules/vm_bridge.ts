/**
 * What the builtins, sys and the import system need from the VM, as one small interface the
 * VM installs at start-up (`setVmBridge`). Keeping it here lets src/modules be loaded (and unit
 * tested with a stub) without importing the evaluation loop.
 */
import type { PyCode } from "../objects/code.js";
import type { PyDict } from "../objects/dict.js";
import { PyExc_SystemError, raise } from "../objects/exceptions.js";
import type { PyFunction } from "../objects/function.js";
import type { PyObject } from "../objects/object.js";
import type { PyTuple } from "../objects/tuple.js";

export interface VmBridge {
  /** PyEval_EvalCode: runs a code object with `globals` and `locals`; returns a new reference. */
  /** Runs `code` with these namespaces (and, for code with free variables, these cells). */
  evalCode(code: PyCode, globals: PyDict, locals: PyObject, closure?: PyTuple | null): PyObject;
  /**
   * _PyEval_Vector(func, locals=ns): runs a class body function with `ns` as its locals mapping
   * and returns what it returns (the `__class__` cell or None), a new reference.
   */
  runClassBody(func: PyFunction, ns: PyObject): PyObject;
}

let bridge: VmBridge | null = null;

export function setVmBridge(b: VmBridge): void {
  bridge = b;
}

export function vm(): VmBridge {
  if (bridge === null) raise(PyExc_SystemError, "the evaluation loop is not installed");
  return bridge;
}
