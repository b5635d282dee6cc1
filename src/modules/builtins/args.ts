/** Argument helpers for builtins parsed by PyArg_ParseTupleAndKeywords rather than Argument Clinic. */
import { PyExc_TypeError, raise } from "../../objects/exceptions.js";
import type { PyObject } from "../../objects/object.js";

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
