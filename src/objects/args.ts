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

/** Argument Clinic's own description of a signature, for shapes ArgSpec cannot say. */
export interface ClinicSpec {
  /** Every parameter name, in order. */
  names: string[];
  /** How many leading parameters are positional-only. */
  posonly?: number;
  /** How many leading parameters are required positionally. */
  minpos: number;
  /** How many parameters may be given positionally (the rest are keyword-only). */
  maxpos?: number;
  /** How many keyword-only parameters are required. */
  minkw?: number;
}

/** Matches arguments to parameters like Argument Clinic; see unpackKeywords. */
export function parseArgs(
  name: string,
  args: PyObject[],
  kwnames: string[] | null,
  spec: ArgSpec,
): (PyObject | null)[] {
  const names = spec.names;
  const maxpos = spec.kwonlyFrom ?? names.length;
  const required = spec.required;
  return unpackKeywords(
    name,
    args,
    kwnames,
    names,
    spec.posonly ?? 0,
    Math.min(required, maxpos),
    maxpos,
    Math.max(0, required - maxpos),
  );
}

/** Matches arguments to parameters as described by a ClinicSpec; see unpackKeywords. */
export function clinicArgs(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  spec: ClinicSpec,
): (PyObject | null)[] {
  const names = spec.names;
  return unpackKeywords(
    fname,
    args,
    kwnames,
    names,
    spec.posonly ?? 0,
    spec.minpos,
    spec.maxpos ?? names.length,
    spec.minkw ?? 0,
  );
}

/**
 * Argument Clinic's _PyArg_UnpackKeywords, with its order of checks and messages: the total
 * count, the positional count, missing required arguments (before any unknown keyword), "given
 * by name and position", then the first unknown keyword. A signature whose parameters are all
 * positional-only is METH_FASTCALL in CPython and checked by _PyArg_CheckPositional instead.
 * Returns one slot per parameter (null = not given); borrowed references.
 */
export function unpackKeywords(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  names: string[],
  posonly: number,
  minpos: number,
  maxpos: number,
  minkw: number,
): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  const maxargs = names.length;
  const buf: (PyObject | null)[] = new Array(maxargs);
  if (nkw === 0 && minkw === 0 && minpos <= nargs && nargs <= maxpos) {
    for (let i = 0; i < nargs; i++) buf[i] = args[i]!;
    for (let i = nargs; i < maxargs; i++) buf[i] = null;
    return buf;
  }
  if (posonly === maxargs) {
    positional(fname, args, kwnames, minpos, maxpos);
  }
  const s = (n: number) => (n === 1 ? "" : "s");
  if (nargs + nkw > maxargs) {
    // bpo-31229: "keyword" when nothing was given positionally
    raise(
      PyExc_TypeError,
      `${fname}() takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${s(maxargs)} (${nargs + nkw} given)`,
    );
  }
  if (nargs > maxpos) {
    if (maxpos === 0) raise(PyExc_TypeError, `${fname}() takes no positional arguments`);
    raise(
      PyExc_TypeError,
      `${fname}() takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${s(maxpos)} (${nargs} given)`,
    );
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    raise(
      PyExc_TypeError,
      `${fname}() takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${s(minposonly)} (${nargs} given)`,
    );
  }
  for (let i = 0; i < nargs; i++) buf[i] = args[i]!;
  for (let i = nargs; i < maxargs; i++) buf[i] = null;
  const byName = (name: string): PyObject | null => {
    const k = kwnames === null ? -1 : kwnames.indexOf(name);
    return k < 0 ? null : args[nargs + k]!;
  };
  const reqlimit = minkw > 0 ? maxpos + minkw : minpos;
  let remaining = nkw;
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    let cur: PyObject | null;
    if (remaining > 0) cur = byName(names[i]!);
    else if (i >= reqlimit) break;
    else cur = null;
    buf[i] = cur;
    if (cur !== null) remaining--;
    else if (i < minpos || (maxpos <= i && i < reqlimit)) {
      raise(PyExc_TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (remaining > 0) {
    for (let i = posonly; i < nargs; i++) {
      if (byName(names[i]!) !== null) {
        raise(
          PyExc_TypeError,
          `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`,
        );
      }
    }
    for (const kw of kwnames!) {
      const idx = names.indexOf(kw);
      if (idx < posonly) raise(PyExc_TypeError, `'${kw}' is an invalid keyword argument for ${fname}()`);
    }
    raise(PyExc_TypeError, `invalid keyword argument for ${fname}()`);
  }
  return buf;
}
