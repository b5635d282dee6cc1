/**
 * Numeric builtins (CPython's Python/bltinmodule.c): abs, bin, oct, hex, divmod, pow, round,
 * sum (with 3.11's int and float fast paths), min and max.
 */
import { CmpOp } from "../../compiler/opcodes.js";
import {
  lookupSpecial,
  PyIter_Next,
  PyNumber_Absolute,
  PyNumber_Add,
  PyNumber_Divmod,
  PyNumber_Index,
  PyNumber_Power,
  PyObject_Call,
  PyObject_CallOneArg,
  PyObject_GetIter,
  PyObject_RichCompareBool,
} from "../../objects/abstract.js";
import { oneArg, parseArgs, positional } from "../../objects/args.js";
import { PyBool_Type } from "../../objects/bool.js";
import { PyExc_TypeError, PyExc_ValueError, raise } from "../../objects/exceptions.js";
import { type PyFloat, PyFloat_FromDouble, PyFloat_Type } from "../../objects/float.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber, PyInt_Type } from "../../objects/int.js";
import type { MethodDef } from "../../objects/methods.js";
import { Py_None } from "../../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../../objects/object.js";
import { PyStr, PyStr_FromString } from "../../objects/str.js";
import { PyTuple_New } from "../../objects/tuple.js";
import { keywordOnly, splitArgs } from "./args.js";

/** PyNumber_ToBase: "0b101", "-0o10", "0xff" of an index value. */
export function PyNumber_ToBase(o: PyObject, base: 2 | 8 | 16): PyStr {
  const i = PyNumber_Index(o);
  const v = i.value;
  Py_DECREF(i);
  const prefix = base === 2 ? "0b" : base === 8 ? "0o" : "0x";
  const neg = typeof v === "number" ? v < 0 : v < 0n;
  const abs = typeof v === "number" ? Math.abs(v) : neg ? -v : v;
  return PyStr_FromString((neg ? "-" : "") + prefix + abs.toString(base));
}

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

/** The value of an int as a C long, or null when it doesn't fit (PyLong_AsLongAndOverflow). */
function asLong(o: PyInt): number | bigint | null {
  const v = o.value;
  if (typeof v === "number") return v;
  return v > LONG_MAX || v < LONG_MIN ? null : v;
}

function isExactIntOrBool(o: PyObject): o is PyInt {
  return o.ob_type === PyInt_Type || o.ob_type === PyBool_Type;
}

function intResult(acc: number | bigint): PyObject {
  return typeof acc === "number" ? PyInt_FromNumber(acc) : PyInt_FromBigInt(acc);
}

/** Adds without overflowing a C long; null when the sum leaves the long range. */
function addLong(a: number | bigint, b: number | bigint): number | bigint | null {
  if (typeof a === "number" && typeof b === "number") {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  const s = BigInt(a) + BigInt(b);
  if (s > LONG_MAX || s < LONG_MIN) return null;
  return Number.isSafeInteger(Number(s)) && BigInt(Number(s)) === s ? Number(s) : s;
}

function builtin_sum(_self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) raise(PyExc_TypeError, `sum() takes at least 1 positional argument (${npos} given)`);
  const [iterable, startArg] = parseArgs("sum", args, kwnames, {
    names: ["iterable", "start"],
    required: 1,
    posonly: 1,
  });
  let result: PyObject | null = startArg;
  if (result !== null) {
    const tn = result.ob_type;
    if (result instanceof PyStr) raise(PyExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (tn.tp_name === "bytes" || isSubtypeNamed(result, "bytes")) {
      raise(PyExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (tn.tp_name === "bytearray" || isSubtypeNamed(result, "bytearray")) {
      raise(PyExc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
  }
  const it = PyObject_GetIter(iterable!);
  // The fast paths release the iterator before making their result, as CPython's sum does, so
  // the iterator's block is free again when the result's is taken (tracemalloc's peak shows it).
  let iterReleased = false;
  const releaseIter = (): void => {
    iterReleased = true;
    Py_DECREF(it);
  };
  try {
    if (result === null) result = PyInt_FromNumber(0);
    else Py_NewRef(result);
    // int fast path: accumulate in a C long.
    if (result.ob_type === PyInt_Type) {
      const start = asLong(result as PyInt);
      if (start !== null) {
        let acc: number | bigint = start;
        Py_DECREF(result);
        result = null;
        while (result === null) {
          const item = PyIter_Next(it);
          if (item === null) {
            releaseIter();
            return intResult(acc);
          }
          if (isExactIntOrBool(item)) {
            const b = asLong(item);
            const s: number | bigint | null = b === null ? null : addLong(acc, b);
            if (s !== null) {
              acc = s;
              Py_DECREF(item);
              continue;
            }
          }
          const r = intResult(acc);
          try {
            result = PyNumber_Add(r, item);
          } finally {
            Py_DECREF(r);
            Py_DECREF(item);
          }
        }
      }
    }
    // float fast path: plain double addition (3.11 has no compensated summation).
    if (result.ob_type === PyFloat_Type) {
      let f = (result as PyFloat).value;
      Py_DECREF(result);
      result = null;
      while (result === null) {
        const item = PyIter_Next(it);
        if (item === null) {
          releaseIter();
          return PyFloat_FromDouble(f);
        }
        if (item.ob_type === PyFloat_Type) {
          f += (item as PyFloat).value;
          Py_DECREF(item);
          continue;
        }
        if (item instanceof PyInt) {
          const v = asLong(item);
          if (v !== null) {
            f += Number(v);
            Py_DECREF(item);
            continue;
          }
        }
        const r = PyFloat_FromDouble(f);
        try {
          result = PyNumber_Add(r, item);
        } finally {
          Py_DECREF(r);
          Py_DECREF(item);
        }
      }
    }
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) return result;
      try {
        const temp = PyNumber_Add(result, item);
        Py_DECREF(result);
        result = temp;
      } catch (e) {
        Py_DECREF(result);
        throw e;
      } finally {
        Py_DECREF(item);
      }
    }
  } finally {
    if (!iterReleased) Py_DECREF(it);
  }
}

function isSubtypeNamed(o: PyObject, name: string): boolean {
  for (const t of o.ob_type.tp_mro) if (t.tp_name === name && !t.hasFlag(1 << 9)) return true;
  return false;
}

function min_max(args: PyObject[], kwnames: string[] | null, op: CmpOp): PyObject {
  // min(a, b, ...) without keywords, the common call: no keyword parsing (splitArgs' Map and
  // arrays on every call), the same objects (the call's tuple, its iterator) as below.
  if (kwnames === null && args.length > 1) return extremum(tupleOf(args), true, null, op)!;
  const name = op === CmpOp.LT ? "min" : "max";
  const [pos, kw] = splitArgs(args, kwnames);
  if (pos.length === 0) raise(PyExc_TypeError, `${name} expected at least 1 argument, got 0`);
  const positionalMany = pos.length > 1;
  // PyArg_ParseTupleAndKeywords("|$OO") counts the keywords before it looks at their names.
  if (kw.size > 2) raise(PyExc_TypeError, `${name}() takes at most 2 keyword arguments (${kw.size} given)`);
  const [keyArg, defaultVal] = keywordOnly(name, kw, ["key", "default"]);
  const keyfunc = keyArg === Py_None ? null : keyArg;
  if (positionalMany && defaultVal !== null) {
    raise(PyExc_TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const result = positionalMany
    ? extremum(tupleOf(pos), true, keyfunc, op)
    : extremum(pos[0]!, false, keyfunc, op);
  if (result === null) {
    if (defaultVal !== null) return Py_NewRef(defaultVal);
    raise(PyExc_ValueError, `${name}() arg is an empty sequence`);
  }
  return result;
}

/**
 * min_max's loop: the first item of `seq` whose key (the item itself without `keyfunc`) no
 * later key beats under `op`, as a new reference, or null when `seq` is empty. Releases `seq`
 * when `ownSeq` (once its iterator holds it).
 */
function extremum(seq: PyObject, ownSeq: boolean, keyfunc: PyObject | null, op: CmpOp): PyObject | null {
  let it: PyObject;
  try {
    it = PyObject_GetIter(seq);
  } finally {
    if (ownSeq) Py_DECREF(seq);
  }
  let maxitem: PyObject | null = null;
  let maxval: PyObject | null = null;
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      let val: PyObject;
      try {
        val = keyfunc !== null ? PyObject_CallOneArg(keyfunc, item) : Py_NewRef(item);
      } catch (e) {
        Py_DECREF(item);
        throw e;
      }
      if (maxval === null) {
        maxitem = item;
        maxval = val;
        continue;
      }
      let cmp: boolean;
      try {
        cmp = PyObject_RichCompareBool(val, maxval, op);
      } catch (e) {
        Py_DECREF(item);
        Py_DECREF(val);
        throw e;
      }
      if (cmp) {
        Py_DECREF(maxval);
        Py_DECREF(maxitem!);
        maxval = val;
        maxitem = item;
      } else {
        Py_DECREF(item);
        Py_DECREF(val);
      }
    }
  } catch (e) {
    if (maxval !== null) Py_DECREF(maxval);
    if (maxitem !== null) Py_DECREF(maxitem);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  if (maxval === null) return null;
  Py_DECREF(maxval);
  return maxitem;
}

function tupleOf(items: PyObject[]): PyObject {
  for (let i = 0; i < items.length; i++) items[i]!.ob_refcnt++;
  return PyTuple_New(items.slice());
}

function builtin_round(_self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [number, ndigits] = parseArgs("round", args, kwnames, { names: ["number", "ndigits"], required: 1 });
  const round = lookupSpecial(number!, "__round__");
  if (round === null)
    raise(PyExc_TypeError, `type ${number!.ob_type.tp_name} doesn't define __round__ method`);
  try {
    if (ndigits === null || ndigits === Py_None) return PyObject_Call(round, [], null);
    return PyObject_CallOneArg(round, ndigits);
  } finally {
    Py_DECREF(round);
  }
}

function builtin_pow(_self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [base, exp, mod] = parseArgs("pow", args, kwnames, { names: ["base", "exp", "mod"], required: 2 });
  return PyNumber_Power(base!, exp!, mod ?? Py_None);
}

export const NUMERIC_BUILTINS: MethodDef[] = [
  { name: "abs", impl: (_s, a, k) => PyNumber_Absolute(oneArg("abs", a, k)) },
  { name: "bin", impl: (_s, a, k) => PyNumber_ToBase(oneArg("bin", a, k), 2) },
  { name: "oct", impl: (_s, a, k) => PyNumber_ToBase(oneArg("oct", a, k), 8) },
  { name: "hex", impl: (_s, a, k) => PyNumber_ToBase(oneArg("hex", a, k), 16) },
  {
    name: "divmod",
    impl: (_s, a, k) => {
      positional("divmod", a, k, 2, 2);
      return PyNumber_Divmod(a[0]!, a[1]!);
    },
  },
  { name: "pow", impl: builtin_pow },
  { name: "round", impl: builtin_round },
  { name: "sum", impl: builtin_sum },
  { name: "min", impl: (_s, a, k) => min_max(a, k, CmpOp.LT) },
  { name: "max", impl: (_s, a, k) => min_max(a, k, CmpOp.GT) },
];
