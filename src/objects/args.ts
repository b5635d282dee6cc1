import { PyExc_TypeError, raise } from "./exceptions.js";
import type { PyObject } from "./object.js";

/**
 * Argument checking for native functions, with CPython's messages. `name` is what CPython puts
 * before "()" in its messages: "len" for functions, "list.append" for methods.
 */

/** The name a method's messages give it: its type's __qualname__, a dot, its own ("HASH.digest"). */
export function methodName(self: PyObject, name: string): string {
  return `${self.ob_type.ht_qualname}.${name}`;
}

export function noKeywords(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
}

/** METH_NOARGS. */
export function noArgs(name: string, args: PyObject[], kwnames: string[] | null): void {
  noKeywords(name, kwnames);
  if (args.length !== 0) raise(PyExc_TypeError, `${name}() takes no arguments (${args.length} given)`);
}

/** METH_O: exactly one positional argument. */
export function oneArg(name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords(name, kwnames);
  if (args.length !== 1)
    raise(PyExc_TypeError, `${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** Positional-only arguments between min and max (Argument Clinic's _PyArg_CheckPositional). */
export function positional(
  name: string,
  args: PyObject[],
  kwnames: string[] | null,
  min: number,
  max: number,
): void {
  noKeywords(name, kwnames);
  const n = args.length;
  if (n < min) {
    if (min === max)
      raise(PyExc_TypeError, `${name} expected ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
    raise(PyExc_TypeError, `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  }
  if (n > max) {
    if (min === max)
      raise(PyExc_TypeError, `${name} expected ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
    raise(PyExc_TypeError, `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  }
}

export interface ArgSpec {
  /** Parameter names in order. */
  names: string[];
  /** How many leading parameters are required. */
  required: number;
  /** How many leading parameters are positional-only (cannot be passed by keyword). */
  posonly?: number;
  /** Index from which parameters are keyword-only. */
  kwonlyFrom?: number;
}

/**
 * Matches positional and keyword arguments to parameters like Argument Clinic's
 * _PyArg_UnpackKeywords. Returns one slot per parameter (null = not given). Borrowed references.
 */
export function parseArgs(
  name: string,
  args: PyObject[],
  kwnames: string[] | null,
  spec: ArgSpec,
): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const { names, required } = spec;
  const posonly = spec.posonly ?? 0;
  const maxpos = spec.kwonlyFrom ?? names.length;
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  const maxargs = names.length;
  if (npos + nkw > maxargs) {
    // Argument Clinic checks the total first ("keyword" when nothing was positional: bpo-31229).
    raise(
      PyExc_TypeError,
      `${name}() takes at most ${maxargs} ${npos === 0 ? "keyword " : ""}argument${maxargs === 1 ? "" : "s"} (${npos + nkw} given)`,
    );
  }
  if (npos > maxpos) {
    if (maxpos === 0) raise(PyExc_TypeError, `${name}() takes no positional arguments`);
    const kind = required >= maxpos ? "exactly" : "at most";
    raise(
      PyExc_TypeError,
      `${name}() takes ${kind} ${maxpos} positional argument${maxpos === 1 ? "" : "s"} (${npos} given)`,
    );
  }
  for (let i = 0; i < npos; i++) out[i] = args[i]!;
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k]!;
    const idx = names.indexOf(kw);
    if (idx < 0 || idx < posonly) {
      if (idx >= 0 && idx < posonly && posonly > 0) {
        raise(
          PyExc_TypeError,
          `${name}() got some positional-only arguments passed as keyword arguments: '${kw}'`,
        );
      }
      raise(PyExc_TypeError, `'${kw}' is an invalid keyword argument for ${name}()`);
    }
    if (out[idx] !== null) {
      raise(PyExc_TypeError, `argument for ${name}() given by name ('${kw}') and position (${idx + 1})`);
    }
    out[idx] = args[npos + k]!;
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) {
      if (i < npos || i >= maxpos || i >= posonly) {
        raise(PyExc_TypeError, `${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
      raise(
        PyExc_TypeError,
        `${name}() takes ${required === maxpos ? "exactly" : "at least"} ${required} positional argument${required === 1 ? "" : "s"} (${npos} given)`,
      );
    }
  }
  return out;
}
