/**
 * Argument helpers with the exact wording CPython's builtins use where it differs from
 * src/objects/args.ts (Argument Clinic's "takes at most N arguments" total-count check).
 */
import { type ArgSpec, parseArgs } from "../../objects/args.js";
import { PyExc_TypeError, raise } from "../../objects/exceptions.js";
import type { PyObject } from "../../objects/object.js";

/** _PyArg_UnpackKeywords, including its first check on the total argument count. */
export function clinicArgs(
  name: string,
  args: PyObject[],
  kwnames: string[] | null,
  spec: ArgSpec,
): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const max = spec.names.length;
  if (args.length > max) {
    raise(
      PyExc_TypeError,
      `${name}() takes at most ${max} ${npos === 0 ? "keyword " : ""}argument${max === 1 ? "" : "s"} (${args.length} given)`,
    );
  }
  return parseArgs(name, args, kwnames, spec);
}

/** Splits vectorcall arguments into positional ones and a keyword map (borrowed). */
export function splitArgs(args: PyObject[], kwnames: string[] | null): [PyObject[], Map<string, PyObject>] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < nkw; i++) kw.set(kwnames![i]!, args[npos + i]!);
  return [args.slice(0, npos), kw];
}

/** PyArg_ParseTupleAndKeywords for keyword-only optional parameters ("|$OO:max"). */
export function keywordOnly(fname: string, kw: Map<string, PyObject>, names: string[]): (PyObject | null)[] {
  for (const k of kw.keys()) {
    if (!names.includes(k)) raise(PyExc_TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
  }
  return names.map((n) => kw.get(n) ?? null);
}
