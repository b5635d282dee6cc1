/**
 * The less frequent instructions and the slow paths of the hot ones, out of the evaluation
 * loop so that it stays small (src/vm/eval.ts). Helpers that work on the value stack take the
 * frame and use `frame.fast` / `frame.sp` / `frame.pc`; they change the stack only once
 * nothing can fail any more, so an exception leaves the stack as the loop last saw it.
 *
 * Messages are CPython 3.11's (Python/ceval.c).
 */
import { CmpOp, CodeFlag, NbOp, Op } from "../compiler/opcodes.js";
import { PyObject_IsInstance } from "../modules/builtins/objects.js";
import { PySys_GetObject } from "../modules/sys.js";
import {
  lengthObject,
  lookupSpecial,
  PyIter_Next,
  PyNumber_Add,
  PyNumber_And,
  PyNumber_FloorDivide,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceAnd,
  PyNumber_InPlaceFloorDivide,
  PyNumber_InPlaceLshift,
  PyNumber_InPlaceMatrixMultiply,
  PyNumber_InPlaceMultiply,
  PyNumber_InPlaceOr,
  PyNumber_InPlaceRemainder,
  PyNumber_InPlaceRshift,
  PyNumber_InPlaceSubtract,
  PyNumber_InPlaceTrueDivide,
  PyNumber_InPlaceXor,
  PyNumber_Invert,
  PyNumber_Lshift,
  PyNumber_MatrixMultiply,
  PyNumber_Multiply,
  PyNumber_Negative,
  PyNumber_Or,
  PyNumber_Positive,
  PyNumber_Power,
  PyNumber_Remainder,
  PyNumber_Rshift,
  PyNumber_Subtract,
  PyNumber_TrueDivide,
  PyNumber_Xor,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_CallNoArgs,
  PyObject_CallOneArg,
  PyObject_DelItem,
  PyObject_Format,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_LookupAttr,
  PyObject_LookupAttrString,
  PyObject_Repr,
  PyObject_RichCompareBool,
  PyObject_SetAttr,
  PyObject_SetItem,
  PyObject_Size,
  PyObject_Str,
  recursion,
} from "../objects/abstract.js";
import { Py_False, Py_True, PyBool_FromBool } from "../objects/bool.js";
import type { PyCell } from "../objects/cell.js";
import type { PyCode } from "../objects/code.js";
import {
  _PyDict_FromItems,
  _PyDict_MergeEx,
  _PyDict_ReplaceAtIndex,
  _PyDict_SetItem_Take2,
  _PyDict_SplitAppendStr,
  _PyDict_StrEntryIndex,
  _PyDictKeys_GetVersion,
  PyDict,
  PyDict_DelItem,
  PyDict_GetItemStr,
  PyDict_GetItemWithError,
  PyDict_New,
  PyDict_SetItem,
  PyDict_Type,
  PyDict_Update,
} from "../objects/dict.js";
import {
  BaseException_new,
  exceptionMatches,
  isPyException,
  type PyBaseException,
  PyErr_Format,
  PyErr_WithArgs,
  PyExc_AssertionError,
  PyExc_AttributeError,
  PyExc_BaseException,
  PyExc_BaseExceptionGroup,
  PyExc_ImportError,
  PyExc_KeyError,
  PyExc_NameError,
  PyExc_RecursionError,
  PyExc_RuntimeError,
  PyExc_StopAsyncIteration,
  PyExc_StopIteration,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_UnboundLocalError,
  PyExc_ValueError,
  raise,
  setAttributeErrorContext,
} from "../objects/exceptions.js";
import { PyFloat_Type } from "../objects/float.js";
import { type PyFunction, PyFunction_New, PyFunction_Type } from "../objects/function.js";
import {
  genYieldFrom,
  PyAsyncGen_Type,
  PyCoro_Type,
  type PyGen,
  PyGen_NewFromFrame,
  PyGen_Type,
} from "../objects/generator.js";
import {
  intFromStringOrError,
  intProductOfNumbers,
  intSumOfNumbers,
  PyInt_FromNumber,
  PyInt_Type,
} from "../objects/int.js";
import { _PyList_Extend, type PyList, PyList_New, PyList_Type } from "../objects/list.js";
import {
  type MethodDef,
  type PyCFunction,
  PyCFunction_Type,
  type PyMethodDescr,
  PyMethodDescr_Type,
} from "../objects/methods.js";
import { module_getattro } from "../objects/module.js";
import { Py_None, Py_NotImplemented } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type PyObject } from "../objects/object.js";
import { type PyProperty, PyProperty_Type } from "../objects/property.js";
import { _PySet_Update, type PySet, PySet_Add, PySet_Contains, PySet_New } from "../objects/set.js";
import { PySlice_New } from "../objects/slice.js";
import type { DescrGetFunc } from "../objects/slots_types.js";
import {
  PyObject_ASCII,
  PyStr,
  PyStr_FromString,
  PyStr_InternFromString,
  PyStr_Type,
} from "../objects/str.js";
import { PySuper_Type, superZeroArgs } from "../objects/super.js";
import {
  _PyTuple_FreeListEmpty,
  PySequence_Tuple,
  PyTuple,
  PyTuple_New,
  PyTuple_Type,
} from "../objects/tuple.js";
import { PyBaseObject_Type, PyType, PyType_IsSubtype, PyType_Type, TypeFlag } from "../objects/type.js";
import {
  _PyType_Lookup,
  type AttrNameVersion,
  attrNameVersion,
  binarySlotDispatcher,
  callPrependTemporaries,
  callTuples,
  iternextKeepingStop,
  makeTpCallKeywords,
  makeTpCallTemporaries,
  object_init,
  object_new,
  type PyGetSetDescr,
  PyMemberDescr_Type,
  PyObject_GenericGetAttr,
  PyObject_GenericSetAttr,
  releaseCallTemporaries,
  richcompareSlotDispatcher,
  subscriptSlotDispatcher,
  typeLookupString,
  unpackDictTemporaries,
} from "../objects/typeobject.js";
import { makeFrame } from "./call.js";
import { exceptionGroupMatch, prepReraiseStar } from "./exception_groups.js";
import { chainContext, Reraise } from "./exceptions_unwind.js";
import { FASTCALL_FUNCTIONS, FASTCALL_METHODS } from "./fastcall_table.js";
import { clearFrame, type Frame, takeFrame } from "./frame.js";
import {
  asyncGenWrap,
  genYieldInline,
  getAwaitableIter,
  iterSend,
  lastSendReturned,
  stopIterationWithValue,
} from "./generators.js";
import { topmostException, tstate } from "./state.js";
import { profiledCall, pythonTracing } from "./sys_trace.js";

// ---------------------------------------------------------------------------------------------
// Binary operations

function powerOp(a: PyObject, b: PyObject): PyObject {
  return PyNumber_Power(a, b, Py_None);
}
function inplacePowerOp(a: PyObject, b: PyObject): PyObject {
  return PyNumber_Power(a, b, Py_None, true);
}

/** BINARY_OP's operations indexed by NbOp (CPython's binary_ops table). */
export const BINARY_OPS: ((a: PyObject, b: PyObject) => PyObject)[] = [];
BINARY_OPS[NbOp.ADD] = PyNumber_Add;
BINARY_OPS[NbOp.AND] = PyNumber_And;
BINARY_OPS[NbOp.FLOOR_DIVIDE] = PyNumber_FloorDivide;
BINARY_OPS[NbOp.LSHIFT] = PyNumber_Lshift;
BINARY_OPS[NbOp.MATRIX_MULTIPLY] = PyNumber_MatrixMultiply;
BINARY_OPS[NbOp.MULTIPLY] = PyNumber_Multiply;
BINARY_OPS[NbOp.REMAINDER] = PyNumber_Remainder;
BINARY_OPS[NbOp.OR] = PyNumber_Or;
BINARY_OPS[NbOp.POWER] = powerOp;
BINARY_OPS[NbOp.RSHIFT] = PyNumber_Rshift;
BINARY_OPS[NbOp.SUBTRACT] = PyNumber_Subtract;
BINARY_OPS[NbOp.TRUE_DIVIDE] = PyNumber_TrueDivide;
BINARY_OPS[NbOp.XOR] = PyNumber_Xor;
BINARY_OPS[NbOp.INPLACE_ADD] = PyNumber_InPlaceAdd;
BINARY_OPS[NbOp.INPLACE_AND] = PyNumber_InPlaceAnd;
BINARY_OPS[NbOp.INPLACE_FLOOR_DIVIDE] = PyNumber_InPlaceFloorDivide;
BINARY_OPS[NbOp.INPLACE_LSHIFT] = PyNumber_InPlaceLshift;
BINARY_OPS[NbOp.INPLACE_MATRIX_MULTIPLY] = PyNumber_InPlaceMatrixMultiply;
BINARY_OPS[NbOp.INPLACE_MULTIPLY] = PyNumber_InPlaceMultiply;
BINARY_OPS[NbOp.INPLACE_REMAINDER] = PyNumber_InPlaceRemainder;
BINARY_OPS[NbOp.INPLACE_OR] = PyNumber_InPlaceOr;
BINARY_OPS[NbOp.INPLACE_POWER] = inplacePowerOp;
BINARY_OPS[NbOp.INPLACE_RSHIFT] = PyNumber_InPlaceRshift;
BINARY_OPS[NbOp.INPLACE_SUBTRACT] = PyNumber_InPlaceSubtract;
BINARY_OPS[NbOp.INPLACE_TRUE_DIVIDE] = PyNumber_InPlaceTrueDivide;
BINARY_OPS[NbOp.INPLACE_XOR] = PyNumber_InPlaceXor;

/**
 * BINARY_OP with a special method written in Python: per NbOp, the number slot, the method's
 * name, the operator as error messages print it, and whether the operation is in-place.
 */
interface DunderOp {
  slot: string;
  inplaceSlot: string | null;
  method: string;
  opname: string;
  dispatcher: ((a: PyObject, b: PyObject) => PyObject) | undefined;
}
const DUNDER_OPS: (DunderOp | null)[] = [];
{
  const table: [NbOp, string, string][] = [
    [NbOp.ADD, "add", "+"],
    [NbOp.AND, "and", "&"],
    [NbOp.FLOOR_DIVIDE, "floor_divide", "//"],
    [NbOp.LSHIFT, "lshift", "<<"],
    [NbOp.MATRIX_MULTIPLY, "matrix_multiply", "@"],
    [NbOp.MULTIPLY, "multiply", "*"],
    [NbOp.REMAINDER, "remainder", "%"],
    [NbOp.OR, "or", "|"],
    [NbOp.RSHIFT, "rshift", ">>"],
    [NbOp.SUBTRACT, "subtract", "-"],
    [NbOp.TRUE_DIVIDE, "true_divide", "/"],
    [NbOp.XOR, "xor", "^"],
  ];
  const methods: Record<string, string> = {
    add: "add",
    and: "and",
    floor_divide: "floordiv",
    lshift: "lshift",
    matrix_multiply: "matmul",
    multiply: "mul",
    remainder: "mod",
    or: "or",
    rshift: "rshift",
    subtract: "sub",
    true_divide: "truediv",
    xor: "xor",
  };
  for (const [op, name, opname] of table) {
    const slot = `nb_${name}`;
    const method = `__${methods[name]}__`;
    // (the dispatchers are looked up on first use: typeobject.ts may not be evaluated yet)
    const dispatcher = undefined;
    DUNDER_OPS[op] = { slot, inplaceSlot: null, method, opname, dispatcher };
    // the in-place form (NbOp.INPLACE_* follow the same order, after XOR)
    DUNDER_OPS[op + NbOp.INPLACE_ADD] = {
      slot,
      inplaceSlot: `nb_inplace_${name}`,
      method,
      opname: `${opname}=`,
      dispatcher,
    };
  }
}

/**
 * The Python function BINARY_OP `op` calls on (left of type `lt`, right of type `rt`), when
 * that call is all CPython's binary_op1 would do before a result other than NotImplemented:
 * `lt` is a class whose slot dispatches to a plain function `__op__` taking two positional
 * parameters (no in-place method for an in-place op), and `rt` is `lt` itself or an exact int
 * or float (no `__rop__` of the right operand to try first), and no sequence fallback follows
 * NotImplemented. Null: take the generic path. The caller runs the function as a frame in the
 * loop; binaryDunderReturned finishes the operation.
 */
export function binaryDunderFunction(lt: PyType, rt: PyType, op: number): PyFunction | null {
  const d = DUNDER_OPS[op];
  if (d === undefined || d === null) return null;
  if (rt !== lt && rt !== PyFloat_Type && rt !== PyInt_Type) return null;
  const slots = lt as unknown as Record<string, unknown>;
  if (d.dispatcher === undefined) d.dispatcher = binarySlotDispatcher(d.slot);
  if (slots[d.slot] !== d.dispatcher) return null;
  if (d.inplaceSlot !== null && slots[d.inplaceSlot] !== null) return null;
  if (lt.sq_concat !== null || lt.sq_inplace_concat !== null || lt.sq_repeat !== null) return null;
  if (lt.sq_inplace_repeat !== null) return null;
  const f = typeLookupString(lt, d.method);
  return runsAsFrame(f, 2) ? f : null;
}

/**
 * The special method binaryDunderFunction chose returned `retval` (a new reference) to the
 * BINARY_OP whose operands are still on the stack: pops them and pushes the result. For
 * NotImplemented the rest of binary_op1 runs (the right operand's own slot when its type
 * differs), then CPython's TypeError, raised with the operands still on the stack.
 */
export function binaryDunderReturned(
  fast: (PyObject | null)[],
  sp: number,
  op: number,
  retval: PyObject,
): number {
  const right = fast[sp - 1]!;
  const left = fast[sp - 2]!;
  let res = retval;
  if (res === Py_NotImplemented) {
    Py_DECREF(res);
    const d = DUNDER_OPS[op]!;
    const lt = left.ob_type;
    const rt = right.ob_type;
    let x: PyObject | null = null;
    if (rt !== lt) {
      const slotw = (rt as unknown as Record<string, ((a: PyObject, b: PyObject) => PyObject) | null>)[
        d.slot
      ];
      if (slotw !== null && slotw !== undefined) {
        x = slotw(left, right);
        if (x === Py_NotImplemented) {
          Py_DECREF(x);
          x = null;
        }
      }
    }
    if (x === null) {
      raise(
        PyExc_TypeError,
        `unsupported operand type(s) for ${d.opname}: '${lt.tp_name}' and '${rt.tp_name}'`,
      );
    }
    res = x;
  }
  sp -= 2;
  Py_DECREF(left);
  Py_DECREF(right);
  fast[sp++] = res;
  return sp;
}

/** A plain Python function of `nargs` positional parameters, which the loop can run as a frame? */
function runsAsFrame(f: PyObject | null, nargs: number): f is PyFunction {
  if (f === null || f.ob_type !== PyFunction_Type) return false;
  const code = (f as PyFunction).func_code;
  return code.simpleArgs && code.co_argcount === nargs && !code.isGenerator;
}

/**
 * The Python `__getitem__` BINARY_SUBSCR calls on an instance of `ct` when that call is all
 * PyObject_GetItem would do: `ct` is a class whose mp_subscript dispatches to a plain function
 * of two positional parameters. Null: take the generic path. The loop runs it as a frame and
 * its RETURN_VALUE replaces the container and key with the result.
 */
export function subscrDunderFunction(ct: PyType): PyFunction | null {
  if (ct.mp_subscript !== subscriptSlotDispatcher()) return null;
  const f = typeLookupString(ct, "__getitem__");
  return runsAsFrame(f, 2) ? f : null;
}

const RICH_METHODS = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const RICH_OPSTRINGS = ["<", "<=", "==", "!=", ">", ">="];
const RICH_SWAPPED = [CmpOp.GT, CmpOp.GE, CmpOp.EQ, CmpOp.NE, CmpOp.LT, CmpOp.LE];

/**
 * The Python `__lt__` (...) COMPARE_OP `op` calls first on (left of type `lt`, right of type
 * `rt`): `lt` is a class whose tp_richcompare dispatches to a plain function of two positional
 * parameters, and the right operand's reflected method does not go first (`rt` is `lt` or not
 * a subclass of it). Null: take the generic path. The loop runs it as a frame, holding the
 * " in comparison" recursion level as PyObject_RichCompare does; compareDunderReturned finishes.
 */
export function compareDunderFunction(lt: PyType, rt: PyType, op: number): PyFunction | null {
  if (lt.tp_richcompare !== richcompareSlotDispatcher()) return null;
  if (rt !== lt && PyType_IsSubtype(rt, lt)) return null;
  const f = typeLookupString(lt, RICH_METHODS[op]!);
  return runsAsFrame(f, 2) ? f : null;
}

/**
 * The method compareDunderFunction chose returned `retval` (a new reference) to the COMPARE_OP
 * whose operands are still on the stack: pops them and pushes the result. For NotImplemented
 * the rest of do_richcompare runs (the right operand's reflected method, then identity for
 * ==/!=, else CPython's TypeError raised with the operands still on the stack). Releases the
 * comparison's recursion level either way.
 */
export function compareDunderReturned(
  fast: (PyObject | null)[],
  sp: number,
  op: number,
  retval: PyObject,
): number {
  const right = fast[sp - 1]!;
  const left = fast[sp - 2]!;
  let res = retval;
  if (res === Py_NotImplemented) {
    Py_DECREF(res);
    const rt = right.ob_type;
    let x: PyObject | null = null;
    try {
      if (rt.tp_richcompare !== null) {
        x = rt.tp_richcompare(right, left, RICH_SWAPPED[op]!);
        if (x === Py_NotImplemented) {
          Py_DECREF(x);
          x = null;
        }
      }
    } finally {
      recursion.depth--;
    }
    if (x === null) {
      if (op === CmpOp.EQ || op === CmpOp.NE) {
        x = (left === right) === (op === CmpOp.EQ) ? Py_True : Py_False;
        Py_INCREF(x);
      } else {
        raise(
          PyExc_TypeError,
          `'${RICH_OPSTRINGS[op]}' not supported between instances of '${left.ob_type.tp_name}' and '${rt.tp_name}'`,
        );
      }
    }
    res = x;
  } else {
    recursion.depth--;
  }
  sp -= 2;
  Py_DECREF(left);
  Py_DECREF(right);
  fast[sp++] = res;
  return sp;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** |v| < 2**30: one digit of CPython's int (its // and % make no temporary blocks). */
function isOneDigit(v: number): boolean {
  return v < 1073741824 && v > -1073741824;
}

/**
 * BINARY_OP on two exact ints whose values are JS numbers: + - * // % and the bit operations
 * on one-digit values (an operand of two digits goes to int_and/int_or/int_xor, which make the
 * result in long_bitwise's block), without leaving the int representation. Null: use the
 * generic path.
 */
export function intBinaryFast(op: number, a: number | bigint, b: number | bigint): PyObject | null {
  if (typeof a !== "number" || typeof b !== "number") return null;
  switch (op) {
    case NbOp.ADD:
    case NbOp.INPLACE_ADD: {
      const r = a + b;
      return r <= MAX_SAFE && r >= -MAX_SAFE ? intSumOfNumbers(a, b, r, false) : null;
    }
    case NbOp.SUBTRACT:
    case NbOp.INPLACE_SUBTRACT: {
      const r = a - b;
      return r <= MAX_SAFE && r >= -MAX_SAFE ? intSumOfNumbers(a, b, r, true) : null;
    }
    case NbOp.MULTIPLY:
    case NbOp.INPLACE_MULTIPLY: {
      const r = a * b;
      return r <= MAX_SAFE && r >= -MAX_SAFE ? intProductOfNumbers(a, b, r) : null;
    }
    case NbOp.FLOOR_DIVIDE:
    case NbOp.INPLACE_FLOOR_DIVIDE:
      // Operands of two or more 30-bit digits go through int_floordiv, which allocates
      // CPython's temporaries (l_divmod's quotient and remainder blocks).
      if (b === 0 || !isOneDigit(a) || !isOneDigit(b)) return null;
      return PyInt_FromNumber(Math.floor(a / b));
    case NbOp.REMAINDER:
    case NbOp.INPLACE_REMAINDER: {
      if (b === 0 || !isOneDigit(a) || !isOneDigit(b)) return null;
      let r = a % b;
      if (r !== 0 && r < 0 !== b < 0) r += b;
      return PyInt_FromNumber(r === 0 ? 0 : r);
    }
    case NbOp.AND:
    case NbOp.INPLACE_AND:
      if (isOneDigit(a) && isOneDigit(b)) return PyInt_FromNumber(a & b);
      return null;
    case NbOp.OR:
    case NbOp.INPLACE_OR:
      if (isOneDigit(a) && isOneDigit(b)) return PyInt_FromNumber(a | b);
      return null;
    case NbOp.XOR:
    case NbOp.INPLACE_XOR:
      if (isOneDigit(a) && isOneDigit(b)) return PyInt_FromNumber(a ^ b);
      return null;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Errors the loop raises

export function recursionError(where: string): PyBaseException {
  return PyErr_Format(PyExc_RecursionError, `maximum recursion depth exceeded${where}`);
}

/** KeyError(key), as dict's _PyErr_SetKeyError makes it, returned rather than thrown. */
export function keyError(key: PyObject): PyBaseException {
  Py_INCREF(key);
  return PyErr_WithArgs(PyExc_KeyError, PyTuple_New([key]));
}

/** A NameError with its `name` attribute set (for "Did you mean" suggestions). */
export function nameError(message: string, name: PyStr): PyBaseException {
  const e = PyErr_Format(PyExc_NameError, message);
  Py_INCREF(name);
  e.fields = { name };
  return e;
}

export function nameNotDefined(name: PyStr): PyBaseException {
  return nameError(`name '${name.value}' is not defined`, name);
}

/** LOAD_FAST / DELETE_FAST of an unbound local. */
export function unboundLocal(code: PyCode, i: number): PyBaseException {
  const name = code.unit.localsplusnames[i]!;
  return PyErr_Format(
    PyExc_UnboundLocalError,
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
}

/** LOAD_DEREF / DELETE_DEREF of an empty cell (CPython's format_exc_unbound). */
export function unboundDeref(code: PyCode, i: number): PyBaseException {
  if (code.localspluskinds[i]! & 0x80) {
    return nameError(
      `cannot access free variable '${code.unit.localsplusnames[i]}' where it is not associated with a value in enclosing scope`,
      code.localsplusnames[i]!,
    );
  }
  return unboundLocal(code, i);
}

/** `__init__()` of a class instantiated by CALL returned something other than None. */
export function initReturnedNonNone(retval: PyObject): PyBaseException {
  const name = retval.ob_type.tp_name;
  Py_DECREF(retval);
  return PyErr_Format(PyExc_TypeError, `__init__() should return None, not '${name}'`);
}

// ---------------------------------------------------------------------------------------------
// Globals and attributes, with inline caches

interface GlobalCache {
  /** The globals keys object the lookup was done in. */
  gkeys: unknown;
  /** Entry count of the globals keys when the name was found in builtins (no new global since). */
  gcount: number;
  /** The keys object of the dict where the name was found. */
  keys: unknown;
  /** The entry index in that dict. */
  ix: number;
  inBuiltins: boolean;
}

interface DictKeysLike {
  ek: (PyObject | null)[];
  ev: (PyObject | null)[];
  nentries: number;
  /** The shared (immutable) layout of a split table, or null (see dict.ts's SplitLayout). */
  layout: object | null;
  /** dict.ts's DictKeys.version. */
  version: number;
}

function cachesOf(code: PyCode): unknown[] {
  let c = code.caches;
  if (c === null) c = code.caches = new Array<unknown>(code.ninstrs).fill(null);
  return c;
}

/** The entry index of `key` in a dict's keys (identity), or -1. */
function entryIndex(d: PyDict, key: PyObject): number {
  return (d.ma_keys as unknown as DictKeysLike).ek.indexOf(key);
}

/** LOAD_GLOBAL's inline cache hit (new reference), or null: then call loadGlobal. */
export function loadGlobalCached(frame: Frame, code: PyCode, idx: number, name: PyStr): PyObject | null {
  const caches = code.caches;
  if (caches === null) return null;
  const c = caches[idx] as GlobalCache | null;
  if (c === null) return null;
  const gk = frame.globals.ma_keys as unknown as DictKeysLike;
  let keys: DictKeysLike;
  if (!c.inBuiltins) {
    if (c.keys !== gk) return null;
    keys = gk;
  } else {
    if (c.gkeys !== gk || gk.nentries !== c.gcount) return null;
    // (undefined when the builtins are not a dict: no cache entry has that)
    keys = (frame.builtins as PyDict).ma_keys as unknown as DictKeysLike;
    if (c.keys !== keys) return null;
  }
  const v = keys.ev[c.ix];
  if (v === null || v === undefined || keys.ek[c.ix] !== name) return null;
  v.ob_refcnt++;
  return v;
}

/** LOAD_GLOBAL: globals then builtins (new reference); NameError when missing. */
export function loadGlobal(frame: Frame, code: PyCode, idx: number, name: PyStr): PyObject {
  const g = frame.globals;
  const b = frame.builtins as PyDict; // a dict only where its type says so (checked here)
  if (g.ob_type === PyDict_Type && b.ob_type === PyDict_Type) {
    const caches = cachesOf(code);
    const c = caches[idx] as GlobalCache | null;
    if (c !== null) {
      const gk = g.ma_keys as unknown as DictKeysLike;
      if (!c.inBuiltins) {
        if (c.keys === gk) {
          const v = gk.ev[c.ix];
          if (v !== null && v !== undefined && gk.ek[c.ix] === name) {
            v.ob_refcnt++;
            return v;
          }
        }
      } else if (c.gkeys === gk && gk.nentries === c.gcount) {
        const bk = b.ma_keys as unknown as DictKeysLike;
        if (c.keys === bk) {
          const v = bk.ev[c.ix];
          if (v !== null && v !== undefined && bk.ek[c.ix] === name) {
            v.ob_refcnt++;
            return v;
          }
        }
      }
    }
    let v = PyDict_GetItemStr(g, name);
    if (v !== null) {
      const ix = entryIndex(g, name);
      if (ix >= 0) caches[idx] = { gkeys: g.ma_keys, gcount: 0, keys: g.ma_keys, ix, inBuiltins: false };
      Py_INCREF(v);
      return v;
    }
    v = PyDict_GetItemStr(b, name);
    if (v === null) throw nameNotDefined(name);
    const ix = entryIndex(b, name);
    if (ix >= 0) {
      caches[idx] = {
        gkeys: g.ma_keys,
        gcount: (g.ma_keys as unknown as DictKeysLike).nentries,
        keys: b.ma_keys,
        ix,
        inBuiltins: true,
      };
    }
    Py_INCREF(v);
    return v;
  }
  // Non-dict globals or builtins: the mapping protocol, KeyError meaning "not there".
  const v = mappingGetOrNull(g, name);
  if (v !== null) return v;
  const w = mappingGetOrNull(b, name);
  if (w === null) throw nameNotDefined(name);
  return w;
}

/**
 * LOAD_NAME with a dict for locals (new reference): locals, globals, builtins, as CPython, with
 * the entry index of the last hit remembered per instruction (>= 0: in locals; <= -2: entry
 * -hint-2 of builtins, found after locals and globals missed). A hint is used only when the
 * entry still holds the name itself, so it never changes what is found.
 */
/**
 * STORE_NAME into an exact dict (`v` borrowed). The entry index where this instruction last
 * stored: replacing a value there needs no hashing or probing (module-level and class-body
 * variables).
 */
export function storeNameDict(code: PyCode, idx: number, locals: PyDict, name: PyStr, v: PyObject): void {
  const caches = cachesOf(code);
  const hint = caches[idx];
  if (typeof hint !== "number" || !_PyDict_ReplaceAtIndex(locals, name, v, hint)) {
    PyDict_SetItem(locals, name, v);
    caches[idx] = _PyDict_StrEntryIndex(locals, name);
  }
}

export function loadNameDict(frame: Frame, code: PyCode, idx: number, locals: PyDict, name: PyStr): PyObject {
  const caches = cachesOf(code);
  const hint = caches[idx];
  if (typeof hint === "number" && hint >= 0) {
    const keys = locals.ma_keys as unknown as DictKeysLike;
    if (keys.ek[hint] === name) {
      const v = keys.ev[hint];
      if (v !== null && v !== undefined) {
        v.ob_refcnt++;
        return v;
      }
    }
  }
  let v = PyDict_GetItemWithError(locals, name);
  if (v !== null) {
    caches[idx] = _PyDict_StrEntryIndex(locals, name);
    v.ob_refcnt++;
    return v;
  }
  const globals = frame.globals;
  // Module level: globals are the same all-str dict, whose lookup just missed and ran no Python code.
  if (globals !== locals || !locals.ma_keys.unicode) {
    v = mappingGetOrNull(globals, name);
    if (v !== null) return v;
  }
  if (frame.builtins.ob_type !== PyDict_Type) {
    v = mappingGetOrNull(frame.builtins, name);
    if (v === null) throw nameNotDefined(name);
    return v;
  }
  const builtins = frame.builtins as PyDict;
  if (typeof hint === "number" && hint <= -2) {
    const keys = builtins.ma_keys as unknown as DictKeysLike;
    const bv = keys.ev[-hint - 2];
    if (bv !== null && bv !== undefined && keys.ek[-hint - 2] === name) {
      bv.ob_refcnt++;
      return bv;
    }
  }
  v = PyDict_GetItemWithError(builtins, name);
  if (v === null) throw nameNotDefined(name);
  const ix = _PyDict_StrEntryIndex(builtins, name);
  caches[idx] = ix >= 0 ? -ix - 2 : null;
  v.ob_refcnt++;
  return v;
}

function mappingGetOrNull(m: PyObject, key: PyObject): PyObject | null {
  if (m.ob_type === PyDict_Type) {
    const v = PyDict_GetItemWithError(m as PyDict, key);
    if (v !== null) Py_INCREF(v);
    return v;
  }
  try {
    return PyObject_GetItem(m, key);
  } catch (e) {
    if (exceptionMatches(e, PyExc_KeyError)) {
      Py_DECREF(e as PyBaseException);
      return null;
    }
    throw e;
  }
}

/** LOAD_ATTR (new reference). */
/** An inline cache of LOAD_ATTR / LOAD_METHOD, valid while the type's version tag is unchanged. */
interface AttrCache {
  type: PyType;
  version: number;
  /** The name's own version (typeobject.ts's attrNameVersion) and its value when filled. */
  nameBox: AttrNameVersion;
  nameVersion: number;
  /** The attribute found on the type (borrowed from its dict), or null: it lives in the instance dict. */
  descr: PyObject | null;
  /** The descriptor is a method that LOAD_METHOD can call unbound with self. */
  method: boolean;
  /**
   * The descriptor is a `__slots__` member applying to the type: the index of its value in
   * `ob_slots` (CPython's LOAD_ATTR_SLOT / STORE_ATTR_SLOT), else -1.
   */
  slot: number;
  /** Entry index of the name in the last instance dict it was found in (a guess, checked). */
  ix: number;
  /**
   * A shared split-table layout the name was last found missing from: instance dicts with that
   * layout do not have it (layouts never change), e.g. a method name at LOAD_METHOD.
   */
  absent: object | null;
  /**
   * The keys version (dict.ts's _PyDictKeys_GetVersion) of an instance dict of its own layout
   * the name was last found missing from, or 0: a method called again on the same instance
   * (`self.helper()` in a loop) skips the probe of an instance dict with too many attributes to
   * share a layout.
   */
  absentVersion: number;
  /** The entry for another type seen at this instruction (see fillAttrCache). */
  next: AttrCache | null;
}

/** The value of `name` in an instance dict (borrowed), trying the cached entry index first. */
function instanceDictGet(d: PyDict, name: PyStr, c: AttrCache): PyObject | null {
  const keys = d.ma_keys as unknown as DictKeysLike;
  const ix = c.ix;
  if (ix >= 0 && keys.ek[ix] === name) {
    const v = keys.ev[ix];
    if (v !== null && v !== undefined) return v;
  }
  const layout = keys.layout;
  let version = 0;
  if (layout !== null) {
    if (layout === c.absent) return null;
  } else {
    version = _PyDictKeys_GetVersion(d.ma_keys);
    if (version === c.absentVersion) return null;
  }
  const v = PyDict_GetItemStr(d, name);
  if (v !== null) c.ix = keys.ek.indexOf(name);
  else if (layout !== null) c.absent = layout;
  // (unless the lookup changed the table: another key's __eq__ may run Python code)
  else if (d.ma_keys === (keys as unknown) && keys.version === version) c.absentVersion = version;
  return v;
}

function attrCacheFor(code: PyCode, idx: number, tp: PyType): AttrCache | null {
  let c = cachesOf(code)[idx] as AttrCache | null;
  while (c !== null) {
    if (c.type === tp) return c.version === tp.tp_version_tag && c.nameBox.v === c.nameVersion ? c : null;
    c = c.next;
  }
  return null;
}

/** The `ob_slots` index a `__slots__` member descriptor reads on instances of `tp`, or -1. */
function slotIndexOf(descr: PyObject, tp: PyType): number {
  if (descr.ob_type !== PyMemberDescr_Type) return -1;
  const d = descr as PyGetSetDescr;
  const i = d.def.slotIndex;
  // (a member descriptor stored in an unrelated class raises TypeError through the generic path)
  return i !== undefined && PyType_IsSubtype(tp, d.owner) ? i : -1;
}

/** Entries kept per instruction (the types seen there most recently, newest first). */
const ATTR_CACHE_WAYS = 4;

/** Records where `name` was found for type `tp` (the generic lookup just ran). */
function fillAttrCache(
  code: PyCode,
  idx: number,
  tp: PyType,
  name: PyStr,
  descr: PyObject | null,
): AttrCache {
  const caches = cachesOf(code);
  const old = caches[idx] as AttrCache | null;
  // (the instruction's name is always the same: its version box is looked up once)
  const nameBox = old !== null ? old.nameBox : attrNameVersion(name.value);
  const c: AttrCache = {
    type: tp,
    version: tp.tp_version_tag,
    nameBox,
    nameVersion: nameBox.v,
    descr,
    method: descr !== null && isMethodDescriptor(descr),
    slot: descr !== null ? slotIndexOf(descr, tp) : -1,
    ix: -1,
    absent: null,
    absentVersion: 0,
    next: null,
  };
  // The entries for other types stay behind it (a method of a base class runs on instances of
  // the class and of its subclasses: with one entry they would refill it in turn, each time
  // with the full MRO lookup); an outdated entry for this type and the oldest beyond the
  // limit are dropped.
  let tail = c;
  let n = 1;
  for (let e = old; e !== null && n < ATTR_CACHE_WAYS; e = e.next) {
    if (e.type === tp) continue;
    tail.next = e;
    tail = e;
    n++;
  }
  tail.next = null;
  caches[idx] = c;
  return c;
}

/**
 * LOAD_ATTR (new reference). For objects using the generic attribute lookup, an inline cache
 * keyed by the type's version remembers what the type's MRO holds for the name, so a hit skips
 * the MRO walk: an instance attribute is then one dict probe (usually at the cached index).
 */
/**
 * LOAD_ATTR's getter to run: loadAttr returns null after storing here a property's getter, a
 * plain Python function of one parameter, which the loop runs as a frame with the owner as its
 * argument (CPython's property_descr_get calling fget), rather than in a nested loop.
 */
export const pendingGetter: { func: PyFunction | null } = { func: null };

/**
 * What loadAttr returns when the attribute's lookup raised an exception it did not throw
 * (taken by takeAttrRaised): the loop raises it at the LOAD_ATTR, as a JS throw (about a
 * microsecond in V8) would.
 */
export const ATTR_RAISED = { raised: true } as unknown as PyObject;
let attrRaised: PyBaseException | null = null;

export function takeAttrRaised(): PyBaseException {
  const e = attrRaised!;
  attrRaised = null;
  return e;
}

/**
 * A descriptor's __get__ from LOAD_ATTR: an AttributeError it raises learns the name and the
 * object, as leaving PyObject_GetAttr (CPython's LOAD_ATTR calls it: set_attribute_error_context).
 */
function descrGetInAttr(
  get: DescrGetFunc,
  descr: PyObject,
  owner: PyObject,
  tp: PyType,
  name: PyStr,
): PyObject {
  try {
    return get(descr, owner, tp);
  } catch (e) {
    setAttributeErrorContext(e, owner, name);
    throw e;
  }
}

export function loadAttr(code: PyCode, idx: number, owner: PyObject, name: PyStr): PyObject | null {
  const tp = owner.ob_type;
  // A module's getattro is the generic one until the name is missing everywhere (then its
  // __getattr__ and messages, through PyObject_GetAttr below).
  const getattro = tp.tp_getattro;
  if (getattro !== PyObject_GenericGetAttr && getattro !== module_getattro)
    return PyObject_GetAttr(owner, name);
  let c = attrCacheFor(code, idx, tp);
  if (c === null) c = fillAttrCache(code, idx, tp, name, _PyType_Lookup(tp, name));
  const descr = c.descr;
  if (descr !== null) {
    const slot = c.slot;
    if (slot >= 0) {
      const v = owner.ob_slots?.[slot];
      if (v !== null && v !== undefined) {
        v.ob_refcnt++;
        return v;
      }
      // An unset slot (`try: return self._cached except AttributeError:`, pathlib's idiom):
      // the member descriptor's AttributeError, given to the loop rather than thrown.
      const e = PyErr_Format(
        PyExc_AttributeError,
        `'${tp.tp_name}' object has no attribute '${(descr as PyGetSetDescr).def.name}'`,
      );
      setAttributeErrorContext(e, owner, name);
      attrRaised = e;
      return ATTR_RAISED;
    }
    const get = descr.ob_type.tp_descr_get;
    if (get !== null && descr.ob_type.tp_descr_set !== null) {
      if (descr.ob_type === PyProperty_Type && getattro === PyObject_GenericGetAttr) {
        const fget = (descr as PyProperty).prop_get;
        if (tstate.listener === null && runsAsFrame(fget, 1)) {
          pendingGetter.func = fget;
          return null;
        }
      }
      return descrGetInAttr(get, descr, owner, tp, name);
    }
    const d = owner.ob_dict;
    if (d) {
      const v = instanceDictGet(d, name, c);
      if (v !== null) {
        v.ob_refcnt++;
        return v;
      }
    }
    return get !== null ? descrGetInAttr(get, descr, owner, tp, name) : Py_NewRef(descr);
  }
  const d = owner.ob_dict;
  if (d) {
    const v = instanceDictGet(d, name, c);
    if (v !== null) {
      v.ob_refcnt++;
      return v;
    }
  }
  return PyObject_GetAttr(owner, name); // CPython's AttributeError
}

/**
 * STORE_ATTR (CPython 3.11's STORE_ATTR_INSTANCE_VALUE / _WITH_HINT): for objects using the
 * generic setattr whose type has nothing under the name (so no data descriptor decides), an
 * inline cache keyed by the type's version remembers the entry index of the name in the
 * instance dict, and a store replaces the value there without hashing or probing: the same
 * effects as PyDict_SetItem on an existing key. Anything else goes through PyObject_SetAttr.
 * The stack's reference to `v` stays with the caller.
 */
export function storeAttr(code: PyCode, idx: number, owner: PyObject, name: PyStr, v: PyObject): void {
  const tp = owner.ob_type;
  if (tp.tp_setattro !== PyObject_GenericSetAttr) {
    PyObject_SetAttr(owner, name, v);
    return;
  }
  let c = attrCacheFor(code, idx, tp);
  if (c === null) c = fillAttrCache(code, idx, tp, name, _PyType_Lookup(tp, name));
  const slot = c.slot;
  if (slot >= 0) {
    // the member descriptor's set: the new reference first, then the old one released
    const slots = owner.ob_slots;
    if (slots !== undefined && slot < slots.length) {
      const old = slots[slot];
      v.ob_refcnt++;
      slots[slot] = v;
      if (old !== null && old !== undefined && --old.ob_refcnt === 0) old.ob_type.tp_dealloc(old);
      return;
    }
  }
  const d = owner.ob_dict;
  if (c.descr === null && d) {
    if (_PyDict_ReplaceAtIndex(d, name, v, c.ix)) return;
    // a new attribute of an instance following its class's usual layout
    if (tp.tp_dictoffset !== 0) {
      const ix = _PyDict_SplitAppendStr(d, tp, name, v);
      if (ix >= 0) {
        c.ix = ix;
        return;
      }
    }
  }
  PyObject_SetAttr(owner, name, v);
  // The dict may have been made or grown: remember where the name went, for the next store.
  if (c.descr === null) {
    const nd = owner.ob_dict;
    if (nd) c.ix = _PyDict_StrEntryIndex(nd, name);
  }
}

/** Does calling `descr` from the type bind the instance as first argument (METHOD_DESCRIPTOR)? */
function isMethodDescriptor(descr: PyObject): boolean {
  const t = descr.ob_type;
  return t === PyFunction_Type || t === PyMethodDescr_Type;
}

/**
 * LOAD_METHOD (CPython's _PyObject_GetMethod): replaces the object on top of the stack with
 * [unbound method, obj] when the attribute is a plain method found on the type, else with
 * [NULL, attribute]. Returns the new stack pointer.
 */
export function loadMethod(
  fast: (PyObject | null)[],
  sp: number,
  code: PyCode,
  idx: number,
  name: PyStr,
): number {
  const obj = fast[sp - 1]!;
  const tp = obj.ob_type;
  if (tp.tp_getattro === module_getattro) {
    // Not the generic getattro: CPython's _PyObject_GetMethod does a plain getattr ([NULL, attr]).
    const v = loadAttr(code, idx, obj, name) as PyObject; // (never a property's getter here)
    fast[sp - 1] = null;
    fast[sp] = v;
    if (--obj.ob_refcnt === 0) obj.ob_type.tp_dealloc(obj);
    return sp + 1;
  }
  if (tp.tp_getattro === PyObject_GenericGetAttr) {
    let c = attrCacheFor(code, idx, tp);
    if (c === null) c = fillAttrCache(code, idx, tp, name, _PyType_Lookup(tp, name));
    if (c.method) {
      // A method found on the type: [method, self] unless the instance dict shadows it.
      const dict = obj.ob_dict;
      const shadow = dict ? instanceDictGet(dict, name, c) : null;
      if (shadow === null) {
        const m = c.descr!;
        m.ob_refcnt++;
        fast[sp - 1] = m;
        fast[sp] = obj; // self keeps the stack's reference
        return sp + 1;
      }
      shadow.ob_refcnt++;
      fast[sp - 1] = null;
      fast[sp] = shadow;
      if (--obj.ob_refcnt === 0) obj.ob_type.tp_dealloc(obj);
      return sp + 1;
    }
    const descr = c.descr;
    let get: ((d: PyObject, o: PyObject | null, t: PyObject | null) => PyObject) | null = null;
    let methFound = false;
    if (descr !== null) {
      if (isMethodDescriptor(descr)) methFound = true;
      else {
        get = descr.ob_type.tp_descr_get;
        if (get !== null && descr.ob_type.tp_descr_set !== null) {
          const v = get(descr, obj, tp);
          fast[sp - 1] = null;
          fast[sp] = v;
          if (--obj.ob_refcnt === 0) obj.ob_type.tp_dealloc(obj);
          return sp + 1;
        }
      }
    }
    const dict = obj.ob_dict;
    if (dict) {
      const v = PyDict_GetItemWithError(dict, name);
      if (v !== null) {
        v.ob_refcnt++;
        fast[sp - 1] = null;
        fast[sp] = v;
        if (--obj.ob_refcnt === 0) obj.ob_type.tp_dealloc(obj);
        return sp + 1;
      }
    }
    let v: PyObject;
    if (methFound) {
      descr!.ob_refcnt++;
      fast[sp - 1] = descr!;
      fast[sp] = obj; // self keeps the stack's reference
      return sp + 1;
    }
    if (get !== null) v = get(descr!, obj, tp);
    else if (descr !== null) v = Py_NewRef(descr);
    else v = PyObject_GetAttr(obj, name); // raises CPython's AttributeError
    fast[sp - 1] = null;
    fast[sp] = v;
    if (--obj.ob_refcnt === 0) obj.ob_type.tp_dealloc(obj);
    return sp + 1;
  }
  const v = PyObject_GetAttr(obj, name);
  fast[sp - 1] = null;
  fast[sp] = v;
  if (--obj.ob_refcnt === 0) obj.ob_type.tp_dealloc(obj);
  return sp + 1;
}

// ---------------------------------------------------------------------------------------------
// Iteration and calls

/** tp_iternext with CPython's FOR_ITER handling: a StopIteration raised inside ends the loop. */
export function iterNext(next: (o: PyObject) => PyObject | null, it: PyObject): PyObject | null {
  try {
    return next(it);
  } catch (e) {
    if (exceptionMatches(e, PyExc_StopIteration)) {
      Py_DECREF(e as PyBaseException);
      return null;
    }
    throw e;
  }
}

/** KW_NAMES: the keyword names tuple `consts[arg]` as JS strings (cached on the code object). */
export function kwnamesOf(code: PyCode, arg: number): readonly string[] {
  let cache = code.kwnamesCache;
  if (cache === null) cache = code.kwnamesCache = [];
  let names = cache[arg];
  if (names === undefined) {
    names = (code.consts[arg] as PyTuple).items.map((s) => (s as PyStr).value);
    cache[arg] = names;
  }
  return names;
}

/** What a CALL with keywords last found for its callee's code (see keywordCallFrame). */
interface KeywordSlotsCache {
  fcode: PyCode;
  kwnames: readonly string[];
  /** The parameter slot each keyword names, or null when one names no positional-or-keyword parameter. */
  slots: number[] | null;
}

/** The parameter slots the keywords `kw` name in `fcode`, cached at the CALL (`idx`) per callee code. */
function keywordSlots(code: PyCode, idx: number, fcode: PyCode, kw: readonly string[]): number[] | null {
  const caches = cachesOf(code);
  const c = caches[idx] as KeywordSlotsCache | null;
  if (c !== null && c.fcode === fcode && c.kwnames === kw) return c.slots;
  const names = fcode.unit.localsplusnames;
  const argc = fcode.co_argcount;
  let slots: number[] | null = [];
  for (let i = 0; i < kw.length; i++) {
    let j = fcode.co_posonlyargcount;
    while (j < argc && names[j] !== kw[i]) j++;
    if (j === argc) {
      slots = null;
      break;
    }
    slots.push(j);
  }
  caches[idx] = { fcode, kwnames: kw, slots };
  return slots;
}

/**
 * CALL of a Python function without *args/**kwargs/keyword-only parameters, with keywords that
 * bind without error (each names a parameter after the positional arguments, and every parameter
 * left has a default): the frame, which takes over the stack's references to the function and
 * the arguments as the positional fast path's does (CPython's _PyEvalFramePushAndInit consumes
 * them), without bindArguments' general pass. Null when the general path must decide (and raise).
 * The stack holds [.., args..., keyword values...] from `argsStart`; `nargs` counts them all.
 */
export function keywordCallFrame(
  code: PyCode,
  idx: number,
  func: PyFunction,
  fast: (PyObject | null)[],
  argsStart: number,
  nargs: number,
  kw: readonly string[],
): Frame | null {
  const fcode = func.func_code;
  const argc = fcode.co_argcount;
  const nkw = kw.length;
  const npos = nargs - nkw;
  if (npos > argc) return null;
  const slots = keywordSlots(code, idx, fcode, kw);
  if (slots === null) return null;
  const defaults = func.func_defaults;
  const firstDefault = argc - (defaults === null ? 0 : defaults.items.length);
  // (keywords name distinct parameters: the compiler rejects repeated ones)
  let required = 0;
  for (let i = 0; i < nkw; i++) {
    const s = slots[i]!;
    if (s < npos) return null; // given twice
    if (s < firstDefault) required++;
  }
  if (npos < firstDefault && required !== firstDefault - npos) return null; // a parameter missing
  if (recursion.depth >= recursion.limit) throw recursionError("");
  recursion.depth++;
  const nf = takeFrame(func, fcode, (fcode.co_flags & CodeFlag.OPTIMIZED) !== 0 ? null : func.func_globals);
  const nfast = nf.fast;
  for (let i = 0; i < npos; i++) nfast[i] = fast[argsStart + i]!;
  for (let i = 0; i < nkw; i++) nfast[slots[i]!] = fast[argsStart + npos + i]!;
  if (defaults !== null) {
    const defs = defaults.items;
    for (let i = Math.max(npos, firstDefault); i < argc; i++) {
      if (nfast[i] === null) {
        const d = defs[i - firstDefault]!;
        d.ob_refcnt++;
        nfast[i] = d;
      }
    }
  }
  return nf;
}

/**
 * CALL of a Python function that the loop's positional fast path does not take: its frame, with
 * keywords bound straight from the stack when they can be (keywordCallFrame, which takes over the
 * stack's references), else through bindArguments, which takes its own (the stack's, from `base`
 * to `sp`, are then released here, the function first, as CPython). Out of the loop's function
 * (src/vm/eval.ts) to keep that one small.
 */
export function pythonCallFrame(
  code: PyCode,
  idx: number,
  func: PyFunction,
  fast: (PyObject | null)[],
  base: number,
  sp: number,
  argsStart: number,
  nargs: number,
  kw: readonly string[] | null,
): Frame {
  const fcode = func.func_code;
  if (kw !== null && fcode.simpleArgs) {
    const kf = keywordCallFrame(code, idx, func, fast, argsStart, nargs, kw);
    if (kf !== null) return kf;
  }
  const locals = (fcode.co_flags & CodeFlag.OPTIMIZED) !== 0 ? null : func.func_globals;
  const nf = makeFrame(func, fast, argsStart, nargs - (kw === null ? 0 : kw.length), kw, locals);
  if (recursion.depth >= recursion.limit) {
    clearFrame(nf);
    throw recursionError("");
  }
  recursion.depth++;
  for (let i = base; i < sp; i++) {
    const v = fast[i];
    if (v !== null && v !== undefined) Py_DECREF(v);
  }
  return nf;
}

/**
 * Builtin classes CPython 3.11 instantiates through vectorcall (those whose tp_vectorcall is
 * set, read from python3's type objects): calling any other class goes through
 * _PyObject_MakeTpCall, which counts one recursion level. int, str, bytes, bytearray, complex
 * and zip are not among them in 3.11.
 */
const VECTORCALL_CLASSES = new Set<string>([
  "type",
  "float",
  "list",
  "tuple",
  "dict",
  "set",
  "frozenset",
  "range",
  "bool",
  "enumerate",
  "reversed",
  "filter",
  "map",
  "super",
]);

/**
 * _PyCode_Warmup: CPython 3.11 quickens a code object when its frames have started 8 times;
 * from then on each CALL site specialises on its first run. A specialised call of a builtin
 * written with METH_FASTCALL (PRECALL_BUILTIN_FAST*, PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST,
 * PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS), of len, isinstance or list.append takes no
 * recursion level, where the generic call (cfunction_vectorcall_*, method_vectorcall_*) takes
 * one. METH_O and METH_NOARGS ones still count when specialised. It shows in which operation
 * meets the recursion limit: `print(n)` in a runaway recursion fails in the write to stdout.
 */
const WARMUP_CALLS = 8;

/** Is `frame`'s code quickened (its CALL sites specialised)? */
function isWarm(frame: Frame): boolean {
  return frame.code.warmup >= WARMUP_CALLS;
}

/**
 * Whether a builtin's definition is METH_FASTCALL, by definition (a function's or a method's,
 * shared by its descriptor and its bound methods): no name is built at each call.
 */
const fastcallByDef = new WeakMap<MethodDef, boolean>();

/** Looks `owner.name` up in `table` once for `def`. */
function learnFastcall(def: MethodDef, table: ReadonlySet<string>, owner: string): boolean {
  const known = table.has(`${owner}.${def.name}`);
  fastcallByDef.set(def, known);
  return known;
}

/** A builtin function, or a builtin method bound to its object (`s.split` called later). */
function isFastcallFunction(f: PyCFunction): boolean {
  const known = f.fastcall;
  if (known !== undefined) return known;
  if (f.module !== null) {
    return (f.fastcall = fastcallByDef.get(f.def) ?? learnFastcall(f.def, FASTCALL_FUNCTIONS, f.module));
  }
  if (f.self === null) return false;
  return (f.fastcall =
    fastcallByDef.get(f.def) ?? learnFastcall(f.def, FASTCALL_METHODS, builtinBase(f.self.ob_type).tp_name));
}

/** The builtin type whose method a bound builtin method is: the first static type in the MRO. */
function builtinBase(t: PyType): PyType {
  for (const base of t.tp_mro) {
    if (!(base.tp_flags & TypeFlag.HEAPTYPE)) return base;
  }
  return t;
}

function isFastcallMethod(d: PyMethodDescr): boolean {
  const known = d.fastcall;
  if (known !== undefined) return known;
  return (d.fastcall = fastcallByDef.get(d.def) ?? learnFastcall(d.def, FASTCALL_METHODS, d.owner.tp_name));
}

/**
 * Does calling `callable` take a recursion level (" while calling a Python object")? CPython
 * counts one for builtin functions and method descriptors (cfunction_vectorcall_*,
 * method_vectorcall_*) unless a specialised CALL (`warm`) skips it, and for anything called
 * through _PyObject_MakeTpCall (classes without vectorcall, callable instances), but not for
 * Python functions or builtin classes with vectorcall.
 */
function countsRecursion(
  callable: PyObject,
  warm: boolean,
  nargs = -1,
  kwnames: readonly string[] | null = null,
): boolean {
  const t = callable.ob_type;
  if (t === PyCFunction_Type) return !(warm && isFastcallFunction(callable as PyCFunction));
  if (t === PyMethodDescr_Type) return !(warm && isFastcallMethod(callable as PyMethodDescr));
  if (callable instanceof PyType) {
    // str(x) specialised (PRECALL_NO_KW_STR_1) calls PyObject_Str directly, without a level.
    if (callable === PyStr_Type && warm && nargs === 1 && kwnames === null) return false;
    return callable.hasFlag(TypeFlag.HEAPTYPE) || !VECTORCALL_CLASSES.has(callable.tp_name);
  }
  return t !== PyFunction_Type;
}

/**
 * CALL of anything but a Python function: native callables, classes (with a fast path that
 * runs a Python `__init__` as a pushed frame), callable instances. The stack holds
 * [NULL|callable, callable|self, args...] from `base`; on return it holds the result at `base`.
 * Returns the pushed `__init__` frame, or null when the call completed.
 */
export function callSlow(
  frame: Frame,
  base: number,
  callable: PyObject,
  argsStart: number,
  nargs: number,
  kwnames: readonly string[] | null,
): Frame | null {
  const fast = frame.fast;
  const sp = frame.sp;
  if (callable === PySuper_Type && nargs === 0 && !pythonTracing()) {
    // super(): not counted as a recursion level (super_vectorcall)
    const res = superZeroArgs();
    popCallOperands(fast, sp, sp - base - 2);
    fast[base] = res;
    frame.sp = base + 1;
    return null;
  }
  if (
    nargs === 1 &&
    kwnames === null &&
    callable.ob_type === PyCFunction_Type &&
    (callable as PyCFunction).def.name === "len" &&
    (callable as PyCFunction).module === "builtins" &&
    tstate.listener === null &&
    isWarm(frame)
  ) {
    // builtins.len(obj) specialised (CPython 3.11's PRECALL_NO_KW_LEN): PyObject_Length and
    // PyLong_FromSsize_t, without the argument array, the call's dispatch or a recursion level
    const res = lengthObject(PyObject_Size(fast[argsStart]!));
    popCallOperands(fast, sp, sp - base - 2);
    fast[base] = res;
    frame.sp = base + 1;
    return null;
  }
  if (
    nargs === 1 &&
    kwnames === null &&
    callable.ob_type === PyCFunction_Type &&
    (callable as PyCFunction).def.name === "next" &&
    (callable as PyCFunction).module === "builtins" &&
    tstate.listener === null &&
    fast[argsStart]!.ob_type.tp_iternext !== null
  ) {
    return builtinNextCall(frame, base, callable, fast[argsStart]!);
  }
  if (
    nargs === 2 &&
    kwnames === null &&
    callable.ob_type === PyCFunction_Type &&
    (callable as PyCFunction).def.name === "isinstance" &&
    (callable as PyCFunction).module === "builtins" &&
    !pythonTracing() &&
    isWarm(frame)
  ) {
    // builtins.isinstance(obj, cls) (CPython 3.11's PRECALL_NO_KW_ISINSTANCE): no argument array,
    // no recursion level
    const res = PyObject_IsInstance(fast[argsStart]!, fast[argsStart + 1]!) ? Py_True : Py_False;
    res.ob_refcnt++;
    popCallOperands(fast, sp, sp - base - 2);
    fast[base] = res;
    frame.sp = base + 1;
    return null;
  }
  if (
    callable.ob_type === PyMethodDescr_Type &&
    fast[base] === callable &&
    PyType_IsSubtype(fast[argsStart]!.ob_type, (callable as PyMethodDescr).owner) &&
    !pythonTracing()
  ) {
    // obj.method(args) of a builtin method found by LOAD_METHOD ([descr, self, args...]): what
    // methodDescrCall does once its self argument applies (CPython's method_vectorcall_*), with
    // the arguments after self taken from the stack, without the array of all of them.
    const d = callable as PyMethodDescr;
    const def = d.def;
    const counts = !(isWarm(frame) && isFastcallMethod(d));
    if (counts && ++recursion.depth > recursion.limit) {
      recursion.depth--;
      throw recursionError(" while calling a Python object");
    }
    let res: PyObject;
    try {
      res = def.impl(
        fast[argsStart]!,
        stackItems(fast, argsStart + 1, nargs - 1),
        kwnames as string[] | null,
      );
    } finally {
      if (counts) recursion.depth--;
    }
    popCallOperands(fast, sp, sp - base - 2);
    fast[base] = res;
    frame.sp = base + 1;
    return null;
  }
  if (callable === PyInt_Type && nargs === 1 && kwnames === null) {
    const x = fast[argsStart]!;
    if (x.ob_type === PyStr_Type && recursion.depth < recursion.limit && tstate.listener === null) {
      // int(str), as type_call -> long_new -> PyLong_FromUnicodeObject in _PyObject_MakeTpCall's
      // recursion level (which cannot fail here) and argument tuple: text that is not an int
      // literal gives its ValueError back as a value, which the loop raises without a JS throw
      // (`int(s)` in try/except ValueError is a common idiom).
      // Only when its free list is empty, tracemalloc or not (makeTpCallTemporaries makes it
      // while tracing): the exception's traced bytes then match python3's (469 in
      // lang/exceptions/int_valueerror_and_exception_init_frames.py, 517 with the block lent).
      const argsTuple = _PyTuple_FreeListEmpty(1) ? makeTpCallTemporaries(fast, argsStart, 1, null) : null;
      const r = intFromStringOrError((x as PyStr).value, 10);
      if (argsTuple !== null) Py_DECREF(argsTuple);
      if (r.ob_type !== PyInt_Type) {
        callRaised = r as PyBaseException;
        return RAISED;
      }
      popCallOperands(fast, sp, sp - base - 2);
      fast[base] = r;
      frame.sp = base + 1;
      return null;
    }
  }
  if (callable instanceof PyType && callable.ob_type === PyType_Type) {
    if (
      nargs === 0 &&
      kwnames === null &&
      callable.tp_new === object_new &&
      callable.tp_init === object_init &&
      (callable.tp_flags & TypeFlag.HEAPTYPE) !== 0 &&
      tstate.listener === null
    ) {
      // C() of a class with object's __new__ and __init__: what type.__call__ does for it (no
      // argument tuple, object_init has nothing to check), in _PyObject_MakeTpCall's level.
      if (++recursion.depth > recursion.limit) {
        recursion.depth--;
        throw recursionError(" while calling a Python object");
      }
      let res: PyObject;
      try {
        res = object_new(callable, NO_ARGS, null);
      } finally {
        recursion.depth--;
      }
      popCallOperands(fast, sp, sp - base - 2);
      fast[base] = res;
      frame.sp = base + 1;
      return null;
    }
    const pushed = tryInitFastPath(frame, base, callable, argsStart, nargs, kwnames);
    if (pushed !== null) return pushed;
  }
  if (callable === PyStr_Type && nargs === 1 && kwnames === null && !pythonTracing() && isWarm(frame)) {
    // str(x) specialised (PRECALL_NO_KW_STR_1): PyObject_Str of the argument, without
    // type.__call__'s argument tuple or recursion level
    const res = PyObject_Str(fast[argsStart]!);
    popCallOperands(fast, sp, sp - base - 2);
    fast[base] = res;
    frame.sp = base + 1;
    return null;
  }
  const args = stackItems(fast, argsStart, nargs);
  let res: PyObject;
  if (countsRecursion(callable, isWarm(frame), nargs, kwnames)) {
    if (++recursion.depth > recursion.limit) {
      recursion.depth--;
      throw recursionError(" while calling a Python object");
    }
    try {
      res =
        tstate.listener === null
          ? PyObject_Call(callable, args, kwnames as string[] | null)
          : profiledCall(callable, args, kwnames as string[] | null);
    } finally {
      recursion.depth--;
    }
  } else {
    res =
      tstate.listener === null
        ? PyObject_Call(callable, args, kwnames as string[] | null)
        : profiledCall(callable, args, kwnames as string[] | null);
  }
  popCallOperands(fast, sp, sp - base - 2);
  fast[base] = res;
  frame.sp = base + 1;
  return null;
}

/**
 * next(it) of an iterator (builtin_next without a default) in callSlow's recursion level: an
 * exhausted iterator's StopIteration goes back to the loop as RAISED, not thrown (`next(it)` in
 * try/except StopIteration ends many loops written by hand).
 */
function builtinNextCall(frame: Frame, base: number, callable: PyObject, it: PyObject): Frame | null {
  const counts = countsRecursion(callable, isWarm(frame));
  if (counts && ++recursion.depth > recursion.limit) {
    recursion.depth--;
    throw recursionError(" while calling a Python object");
  }
  let res: PyObject | null;
  try {
    res = iternextKeepingStop(it.ob_type.tp_iternext!, it);
  } finally {
    if (counts) recursion.depth--;
  }
  if (res === null) {
    callRaised = PyErr_WithArgs(PyExc_StopIteration, PyTuple_New([]));
    return RAISED;
  }
  const fast = frame.fast;
  popCallOperands(fast, frame.sp, frame.sp - base - 2);
  fast[base] = res;
  frame.sp = base + 1;
  return null;
}

/**
 * What callSlow returns when the call raised an exception it did not throw (callRaised, taken
 * by takeCallRaised): the loop raises it at the CALL, whose operands are still on the stack.
 */
export const RAISED = { raised: true } as unknown as Frame;
let callRaised: PyBaseException | null = null;

export function takeCallRaised(): PyBaseException {
  const e = callRaised!;
  callRaised = null;
  return e;
}

/** The empty argument list object_new gets from the __init__ fast path (never written to). */
const NO_ARGS: PyObject[] = [];

/**
 * `Class(args)` where the metaclass is `type`, `__new__` is object's and `__init__` a Python
 * function: create the instance here and run `__init__` as a pushed frame instead of a nested
 * loop (type.__call__ semantics; the RETURN_VALUE of that frame pushes the instance).
 */
function tryInitFastPath(
  frame: Frame,
  _base: number,
  type: PyType,
  argsStart: number,
  nargs: number,
  kwnames: readonly string[] | null,
): Frame | null {
  // An exception class (BaseException_new) too, without keywords: its instance keeps the
  // arguments as its args, which stand for _PyObject_MakeTpCall's tuple (hasCPythonVectorcall).
  const isExc = type.tp_new === BaseException_new;
  if ((type.tp_new !== object_new && !(isExc && kwnames === null)) || type.tp_call !== null) return null;
  const init = typeLookupString(type, "__init__");
  if (init === null || init.ob_type !== PyFunction_Type) return null;
  const func = init as PyFunction;
  if (func.func_code.isGenerator) return null;
  // type.__call__ goes through _PyObject_MakeTpCall: one recursion level.
  if (recursion.depth >= recursion.limit) throw recursionError(" while calling a Python object");
  recursion.depth++;
  let inst: PyObject;
  let nf: Frame;
  let argsTuple: PyObject | null = null;
  let kwargs: PyObject | null = null;
  try {
    if (isExc) inst = BaseException_new(type, stackItems(frame.fast, argsStart, nargs), null);
    else {
      argsTuple = makeTpCallTemporaries(frame.fast, argsStart, nargs, kwnames, true);
      kwargs = makeTpCallKeywords(frame.fast, argsStart, nargs, kwnames);
      inst = object_new(type, NO_ARGS, null);
    }
    const fast = frame.fast;
    const fcode = func.func_code;
    const defaults = func.func_defaults;
    const argc = fcode.co_argcount;
    const given = nargs + 1;
    if (
      kwnames === null &&
      fcode.simpleArgs &&
      (given === argc || (given < argc && defaults !== null && given >= argc - defaults.items.length))
    ) {
      // self and the positional arguments, the rest from the defaults: bound by copying (the
      // same references bindArguments would take), without the argument array.
      func.ob_refcnt++;
      nf = takeFrame(func, fcode, (fcode.co_flags & CodeFlag.OPTIMIZED) !== 0 ? null : func.func_globals);
      const nfast = nf.fast;
      inst.ob_refcnt++;
      nfast[0] = inst;
      for (let i = 0; i < nargs; i++) {
        const v = fast[argsStart + i]!;
        v.ob_refcnt++;
        nfast[i + 1] = v;
      }
      if (given < argc) {
        const defs = defaults!.items;
        const offset = argc - defs.length;
        for (let i = given; i < argc; i++) {
          const d = defs[i - offset]!;
          d.ob_refcnt++;
          nfast[i] = d;
        }
      }
    } else {
      const args: (PyObject | null)[] = [inst];
      for (let i = 0; i < nargs; i++) args.push(fast[argsStart + i]!);
      const nkw = kwnames === null ? 0 : kwnames.length;
      try {
        nf = makeFrame(func, args, 0, nargs + 1 - nkw, kwnames);
      } catch (e) {
        if (--inst.ob_refcnt === 0) inst.ob_type.tp_dealloc(inst);
        throw e;
      }
    }
    if (recursion.depth >= recursion.limit) {
      clearFrame(nf);
      if (--inst.ob_refcnt === 0) inst.ob_type.tp_dealloc(inst);
      throw recursionError("");
    }
  } catch (e) {
    recursion.depth--;
    if (argsTuple !== null && --argsTuple.ob_refcnt === 0) argsTuple.ob_type.tp_dealloc(argsTuple);
    if (kwargs !== null) Py_DECREF(kwargs);
    throw e;
  }
  recursion.depth++;
  nf.initInstance = inst;
  const npos = nargs - (kwnames === null ? 0 : kwnames.length);
  // slot_tp_init's _PyObject_Call_Prepend: its argument array, the unpacked keywords
  const held = isExc ? null : callPrependTemporaries(npos, kwnames);
  if (held !== null) nf.callTemporaries = held;
  // What _PyObject_MakeTpCall and slot_tp_init hold while __init__ runs: the argument tuple,
  // and with keywords the keyword dict plus the unpacked [self, args..., kwvalues...]. The
  // caller's stack keeps the class and the arguments; RETURN_VALUE releases them.
  const fast = frame.fast;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw === 0) {
    // (the usual case, without the general one's array building: the tuple, or its items)
    if (argsTuple !== null) nf.extraRefs = [argsTuple];
    else if (isExc) {
      // the exception's args stand for the call's tuple, alive until __init__ returns even if
      // it replaces them (Exception.__init__(self, x) stores a new tuple)
      if (nargs > 0) nf.extraRefs = [Py_NewRef((inst as PyBaseException).args!)];
    } else if (nargs > 0) {
      const items = stackItems(fast, argsStart, nargs);
      for (let i = 0; i < nargs; i++) items[i]!.ob_refcnt++;
      nf.extraRefs = items;
    }
    nf.back = frame;
    tstate.frame = nf;
    return nf;
  }
  // _PyStack_UnpackDict's copies of self and the arguments, then the positional tuple when one
  // was made (it holds their references) or the references it would hold, then the keyword dict
  // or the references it would hold
  const extra: PyObject[] = [inst];
  for (let i = 0; i < nargs; i++) extra.push(fast[argsStart + i]!);
  if (argsTuple === null) for (let i = 0; i < npos; i++) extra.push(fast[argsStart + i]!);
  if (kwargs === null) for (let i = npos; i < nargs; i++) extra.push(fast[argsStart + i]!);
  for (const o of extra) Py_INCREF(o);
  // (the names tuple is released after the copies, before the call's tuple and dict)
  extra.push(held!.names!);
  held!.names = null;
  if (argsTuple !== null) extra.push(argsTuple);
  if (kwargs !== null) extra.push(kwargs);
  nf.extraRefs = extra;
  nf.back = frame;
  tstate.frame = nf;
  return nf;
}

/**
 * The value-stack slots [start, start + n) as a new array (the arguments of a native call, the
 * items of a tuple or list display): what `fast.slice(start, start + n)` returns, for a fraction
 * of its cost with the few items these have (slice is a builtin call on the stack's array; small
 * array literals are allocated inline by V8's optimised code).
 */
export function stackItems(fast: readonly (PyObject | null)[], start: number, n: number): PyObject[] {
  switch (n) {
    case 0:
      return [];
    case 1:
      return [fast[start]!];
    case 2:
      return [fast[start]!, fast[start + 1]!];
    case 3:
      return [fast[start]!, fast[start + 1]!, fast[start + 2]!];
    default: {
      const items = new Array<PyObject>(n);
      for (let i = 0; i < n; i++) items[i] = fast[start + i]!;
      return items;
    }
  }
}

/**
 * After a CALL completed outside the loop's own path: releases [NULL|callable, callable|self,
 * args...] (the callable first, then the arguments, as CPython) and returns the new stack top.
 */
export function popCallOperands(fast: (PyObject | null)[], sp: number, argc: number): number {
  const base = sp - argc - 2;
  const callable = fast[base] ?? fast[base + 1]!;
  if (--callable.ob_refcnt === 0) callable.ob_type.tp_dealloc(callable);
  for (let i = fast[base] === null ? base + 2 : base + 1; i < sp; i++) {
    const v = fast[i];
    if (v !== null && v !== undefined && --v.ob_refcnt === 0) v.ob_type.tp_dealloc(v);
  }
  return base;
}

/**
 * RETURN_VALUE of a frame whose caller (`back`, its pc after the instruction that ran the frame)
 * is not a plain CALL of a Python function: finishes that instruction with `retval` (a new
 * reference) on back's stack. `inst`: the instance whose __init__ returned; `wasGen`: the frame
 * was a generator's. Returns the exception the instruction raises instead (or null), with back's
 * stack as the exception handler expects it; it is not thrown because the loop has not loaded
 * back's state yet (a rare path kept out of the loop's function).
 */
export function returnToCaller(
  back: Frame,
  retval: PyObject,
  inst: PyObject | null,
  wasGen: boolean,
): unknown {
  const fast = back.fast;
  const instrs = back.code.instrs;
  const at = (back.pc - 1) << 1;
  const callerOp = instrs[at];
  const callerArg = instrs[at + 1]!;
  try {
    if (inst !== null) {
      // The __init__ of a class instantiated by CALL returned: release the class and the
      // arguments the stack kept, then push the instance.
      recursion.depth--; // the level type.__call__ took
      if (retval !== Py_None) {
        Py_DECREF(inst);
        return initReturnedNonNone(retval);
      }
      Py_DECREF(retval);
      const sp = popCallOperands(fast, back.sp, callerArg);
      fast[sp] = inst;
      back.sp = sp + 1;
    } else if (callerOp === Op.FOR_ITER) {
      // A generator resumed by FOR_ITER finished: the loop is over.
      Py_DECREF(retval);
      const it = fast[--back.sp]!;
      Py_DECREF(it);
      back.pc = callerArg;
    } else if (callerOp === Op.LOAD_ATTR) {
      // A property's Python getter run by LOAD_ATTR returned: the result replaces the owner.
      const owner = fast[back.sp - 1]!;
      fast[back.sp - 1] = retval;
      Py_DECREF(owner);
    } else if (callerOp === Op.BINARY_OP) {
      // A class's Python __add__ (...) run by BINARY_OP returned.
      back.sp = binaryDunderReturned(fast, back.sp, callerArg, retval);
    } else if (callerOp === Op.BINARY_SUBSCR) {
      // A class's Python __getitem__ run by BINARY_SUBSCR returned.
      const sub = fast[--back.sp]!;
      const container = fast[back.sp - 1]!;
      fast[back.sp - 1] = retval;
      Py_DECREF(container);
      Py_DECREF(sub);
    } else if (callerOp === Op.COMPARE_OP) {
      // A class's Python __eq__ (...) run by COMPARE_OP returned.
      back.sp = compareDunderReturned(fast, back.sp, callerArg, retval);
    } else if (callerOp === Op.CALL_FUNCTION_EX) {
      // f(*args, **kwargs) of a Python function: release func, callargs and kwargs.
      const base = back.sp - (callerArg & 1 ? 4 : 3);
      for (let i = base + 1; i < back.sp; i++) Py_DECREF(fast[i]!);
      fast[base] = retval;
      back.sp = base + 1;
    } else if (callerOp === Op.SEND) {
      const receiver = fast[back.sp - 1]!;
      fast[back.sp - 1] = retval;
      Py_DECREF(receiver);
      back.pc = callerArg;
    } else if (wasGen && callerOp === Op.CALL) {
      // gen.send() resumed it (genSendInline) and it returned: the send raises
      // StopIteration(value) at the CALL, whose operands the handler releases.
      recursion.depth--; // the send method's level
      const exc = stopIterationWithValue(retval);
      Py_DECREF(retval);
      return exc;
    } else {
      fast[back.sp++] = retval;
    }
  } catch (e) {
    return e;
  }
  return null;
}

/** Drops what a frame's call held for its duration (Frame.extraRefs). */
export function releaseExtraRefs(frame: Frame): void {
  const extra = frame.extraRefs!;
  frame.extraRefs = null;
  const held = frame.callTemporaries;
  if (held !== null) {
    frame.callTemporaries = null;
    releaseCallTemporaries(held);
  }
  for (const o of extra) Py_DECREF(o);
}

/** RETURN_GENERATOR: the generator object that takes over the frame (new reference). */
export function makeGenerator(frame: Frame): PyObject {
  return PyGen_NewFromFrame(frame);
}

/**
 * YIELD_VALUE of a generator's frame that is not an entry frame (FOR_ITER, SEND or gen.send()
 * resumed it on the loop's stack): the caller, now the thread's frame, gets the value.
 */
export function yieldToCaller(gen: PyGen, v: PyObject): Frame {
  const back = genYieldInline(gen);
  tstate.frame = back;
  const backInstrs = back.code.instrs;
  const at = (back.pc - 1) << 1;
  if (backInstrs[at] === Op.CALL) {
    // gen.send() resumed it (genSendInline): the send returns the value.
    recursion.depth--; // the send method's level
    back.sp = popCallOperands(back.fast, back.sp, backInstrs[at + 1]!);
  }
  back.fast[back.sp++] = v;
  return back;
}

/**
 * RETURN_GENERATOR of a frame that is not an entry frame: the caller (returned, now the thread's
 * frame) gets the generator on its stack in place of the call's operands.
 */
export function generatorToCaller(frame: Frame, gen: PyObject): Frame {
  const back = frame.back!;
  frame.back = null;
  tstate.frame = back;
  const backInstrs = back.code.instrs;
  const at = (back.pc - 1) << 1;
  if (backInstrs[at] === Op.CALL_FUNCTION_EX) {
    // g(*args, **kwargs) of a generator function: release func, callargs and kwargs
    // (and NULL's slot) as RETURN_VALUE does, then push the generator in their place.
    const base = back.sp - (backInstrs[at + 1]! & 1 ? 4 : 3);
    for (let i = base + 1; i < back.sp; i++) Py_DECREF(back.fast[i]!);
    back.fast[base] = gen;
    back.sp = base + 1;
  } else {
    back.fast[back.sp++] = gen;
  }
  return back;
}

/**
 * SEND when the receiver is not a generator we can resume inline (CPython's PyIter_Send).
 * Stack [receiver, v] becomes [receiver, yielded] (returns false) or [returned] (returns true:
 * jump to the target).
 */
export function sendSlow(frame: Frame): boolean {
  const fast = frame.fast;
  const sp = frame.sp;
  const v = fast[sp - 1]!;
  const receiver = fast[sp - 2]!;
  const r = iterSend(receiver, v);
  Py_DECREF(v);
  if (lastSendReturned()) {
    fast[sp - 2] = r;
    frame.sp = sp - 1;
    Py_DECREF(receiver);
    return true;
  }
  fast[sp - 1] = r;
  return false;
}

// ---------------------------------------------------------------------------------------------
// raise

function isExceptionClass(o: PyObject): o is PyType {
  return o instanceof PyType && PyType_IsSubtype(o, PyExc_BaseException);
}

/** Instantiates an exception class for `raise C` (the result must be an exception instance). */
function instantiate(cls: PyType): PyBaseException {
  const r = PyObject_CallNoArgs(cls);
  if (!isPyException(r)) {
    const name = r.ob_type.tp_name;
    Py_DECREF(r);
    raise(
      PyExc_TypeError,
      `calling ${reprOfType(cls)} should have returned an instance of BaseException, not ${name}`,
    );
  }
  return r;
}

function reprOfType(t: PyType): string {
  const r = PyObject_Repr(t);
  const s = r.value;
  Py_DECREF(r);
  return s;
}

/**
 * RAISE_VARARGS (CPython's do_raise): pops the operands and returns the exception to throw
 * (a reference the thrower owns), chained to the exception being handled.
 */
export function doRaise(frame: Frame, arg: number): PyBaseException {
  const fast = frame.fast;
  if (arg === 0) {
    const exc = topmostException();
    if (exc === null) return PyErr_Format(PyExc_RuntimeError, "No active exception to reraise");
    Py_INCREF(exc);
    return exc as PyBaseException;
  }
  const sp = frame.sp;
  const excObj = fast[sp - arg]!;
  const causeObj = arg === 2 ? fast[sp - 1]! : null;
  let value: PyBaseException;
  if (isExceptionClass(excObj)) value = instantiate(excObj);
  else if (isPyException(excObj)) {
    Py_INCREF(excObj);
    value = excObj;
  } else {
    raise(PyExc_TypeError, "exceptions must derive from BaseException");
  }
  try {
    if (causeObj !== null) {
      let cause: PyBaseException | null;
      if (isExceptionClass(causeObj)) cause = instantiate(causeObj);
      else if (isPyException(causeObj)) {
        Py_INCREF(causeObj);
        cause = causeObj;
      } else if (causeObj === Py_None) cause = null;
      else raise(PyExc_TypeError, "exception causes must derive from BaseException");
      const old = value.cause;
      value.cause = cause;
      value.suppressContext = true;
      Py_XDECREF(old);
    }
  } catch (e) {
    Py_DECREF(value);
    throw e;
  }
  // The operands are released once the exception is ready.
  frame.sp = sp - arg;
  if (causeObj !== null) Py_DECREF(causeObj);
  Py_DECREF(excObj);
  chainContext(value);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Everything else

function push(frame: Frame, v: PyObject | null): void {
  frame.fast[frame.sp++] = v;
}

function popN(frame: Frame, n: number): void {
  const fast = frame.fast;
  for (let i = 0; i < n; i++) {
    const v = fast[--frame.sp];
    if (v !== null && v !== undefined) Py_DECREF(v);
  }
}

function localsOf(frame: Frame, what: string, name: PyStr): PyObject {
  const locals = frame.locals;
  if (locals === null) raise(PyExc_SystemError, `no locals ${what} ${reprOfStr(name)}`);
  return locals;
}

function reprOfStr(s: PyStr): string {
  const r = PyObject_Repr(s);
  const v = r.value;
  Py_DECREF(r);
  return v;
}

/** The iteration protocol's error message for `*` / unpacking of a non-iterable (CPython's checks). */
function isIterable(o: PyObject): boolean {
  return o.ob_type.tp_iter !== null || isSequence(o);
}

function isSequence(o: PyObject): boolean {
  if (o.ob_type === PyDict_Type) return false;
  return o.ob_type.sq_item !== null;
}

/** _PyObject_FunctionStr: "module.qualname()" or "qualname()" for messages about calls. */
export function functionStr(func: PyObject): string {
  const q = PyObject_LookupAttrString(func, "__qualname__");
  if (q === null) {
    const s = PyObject_Str(func);
    const v = s.value;
    Py_DECREF(s);
    return v;
  }
  const qs = q instanceof PyStr ? q.value : strValue(q);
  Py_DECREF(q);
  const m = PyObject_LookupAttrString(func, "__module__");
  if (m !== null && m !== Py_None) {
    const ms = m instanceof PyStr ? m.value : strValue(m);
    Py_DECREF(m);
    if (ms !== "builtins") return `${ms}.${qs}()`;
    return `${qs}()`;
  }
  Py_XDECREF(m);
  return `${qs}()`;
}

function strValue(o: PyObject): string {
  const s = PyObject_Str(o);
  const v = s.value;
  Py_DECREF(s);
  return v;
}

/**
 * CALL_FUNCTION_EX: stack [NULL, func, callargs, kwargs?]. A Python function gets a pushed
 * frame (returned); anything else is called here.
 */
function callFunctionEx(frame: Frame, arg: number): Frame | null {
  const fast = frame.fast;
  let sp = frame.sp;
  let kwargs: PyObject | null = null;
  if (arg & 1) {
    kwargs = fast[sp - 1]!;
    if (kwargs.ob_type !== PyDict_Type) {
      const d = PyDict_New();
      try {
        _PyDict_MergeEx(d, kwargs, 2);
      } catch (e) {
        Py_DECREF(d);
        throw formatKwargsError(e, fast[sp - 3]!, kwargs);
      }
      fast[sp - 1] = d;
      Py_DECREF(kwargs);
      kwargs = d;
    }
  }
  const cidx = arg & 1 ? sp - 2 : sp - 1;
  let callargs = fast[cidx]!;
  const func = fast[cidx - 1]!;
  if (callargs.ob_type !== PyTuple_Type) {
    if (!isIterable(callargs)) {
      raise(
        PyExc_TypeError,
        `${functionStr(func)} argument after * must be an iterable, not ${callargs.ob_type.tp_name}`,
      );
    }
    const t = PySequence_Tuple(callargs);
    fast[cidx] = t;
    Py_DECREF(callargs);
    callargs = t;
  }
  const posargs = (callargs as PyTuple).items;
  let args: PyObject[];
  let kwnames: string[] | null = null;
  if (kwargs !== null && (kwargs as PyDict).ma_used > 0) {
    args = posargs.slice();
    kwnames = [];
    for (const [k, v] of dictEntries(kwargs as PyDict)) {
      if (!(k instanceof PyStr)) raise(PyExc_TypeError, "keywords must be strings");
      kwnames.push(k.value);
      args.push(v);
    }
  } else {
    args = posargs;
  }
  const base = sp - (arg & 1 ? 4 : 3);
  let callable = func;
  let callArgs = args;
  if (func.ob_type === PyFunction_Type || (func.ob_type.tp_name === "method" && isBoundPyFunction(func))) {
    let f: PyFunction;
    if (func.ob_type === PyFunction_Type) f = func as PyFunction;
    else {
      const m = func as unknown as { im_func: PyFunction; im_self: PyObject };
      f = m.im_func;
      callArgs = [m.im_self, ...args];
    }
    const nkw = kwnames === null ? 0 : kwnames.length;
    const nf = makeFrame(f, callArgs, 0, callArgs.length - nkw, kwnames);
    if (recursion.depth >= recursion.limit) {
      clearFrame(nf);
      throw recursionError("");
    }
    recursion.depth++;
    // PyObject_Call with keywords unpacks them (_PyStack_UnpackDict): copies of the arguments
    // live until the call returns. The stack keeps func, callargs and kwargs meanwhile; the
    // RETURN_VALUE of this frame releases them (CPython's order) and pushes the result.
    if (nkw > 0) {
      for (const a of args) Py_INCREF(a);
      const held = unpackDictTemporaries(args.length - nkw, kwnames)!;
      const extra = args.slice();
      extra.push(held.names!);
      held.names = null;
      nf.extraRefs = extra;
      nf.callTemporaries = held;
    }
    nf.back = frame;
    tstate.frame = nf;
    return nf;
  }
  callable = func;
  let res: PyObject;
  // the tuple passed on as it is, for a native __init__ that keeps it (BaseException_init)
  const outerStar = callTuples.current;
  const outerUnpacked = callTuples.unpacked;
  const outerKwargs = callTuples.unpackedKwargs;
  callTuples.current = callArgs === posargs ? (callargs as PyTuple) : null;
  callTuples.unpacked = callArgs;
  callTuples.unpackedKwargs = kwargs;
  // CALL_FUNCTION_EX is never specialised.
  try {
    if (countsRecursion(callable, false)) {
      if (++recursion.depth > recursion.limit) {
        recursion.depth--;
        throw recursionError(" while calling a Python object");
      }
      try {
        res = PyObject_Call(callable, callArgs, kwnames);
      } finally {
        recursion.depth--;
      }
    } else {
      res = PyObject_Call(callable, callArgs, kwnames);
    }
  } finally {
    callTuples.current = outerStar;
    callTuples.unpacked = outerUnpacked;
    callTuples.unpackedKwargs = outerKwargs;
  }
  for (let i = base; i < sp; i++) {
    const v = fast[i];
    if (v !== null && v !== undefined) Py_DECREF(v);
  }
  sp = base;
  fast[sp++] = res;
  frame.sp = sp;
  return null;
}

function isBoundPyFunction(m: PyObject): boolean {
  const f = (m as unknown as { im_func?: PyObject }).im_func;
  return f !== undefined && f.ob_type === PyFunction_Type;
}

function dictEntries(d: PyDict): [PyObject, PyObject][] {
  const keys = d.ma_keys as unknown as DictKeysLike;
  const out: [PyObject, PyObject][] = [];
  for (let i = 0; i < keys.nentries; i++) {
    const v = keys.ev[i];
    if (v !== null && v !== undefined) out.push([keys.ek[i]!, v]);
  }
  return out;
}

/** DICT_MERGE / CALL_FUNCTION_EX errors about `**` arguments (CPython's format_kwargs_error). */
function formatKwargsError(e: unknown, func: PyObject, kwargs: PyObject): unknown {
  if (exceptionMatches(e, PyExc_AttributeError)) {
    Py_DECREF(e as PyBaseException);
    return PyErr_Format(
      PyExc_TypeError,
      `${functionStr(func)} argument after ** must be a mapping, not ${kwargs.ob_type.tp_name}`,
    );
  }
  if (exceptionMatches(e, PyExc_KeyError)) {
    const exc = e as PyBaseException;
    const args = exc.args as PyTuple | null;
    if (args !== null && args.items.length === 1) {
      const key = args.items[0]!;
      const ks = strValue(key);
      Py_DECREF(exc);
      return PyErr_Format(
        PyExc_TypeError,
        `${functionStr(func)} got multiple values for keyword argument '${ks}'`,
      );
    }
  }
  return e;
}

/** UNPACK_SEQUENCE / UNPACK_EX (CPython's unpack_iterable): pushes the items last first. */
function unpack(frame: Frame, seq: PyObject, before: number, after: number): void {
  const fast = frame.fast;
  const star = after >= 0;
  let items: PyObject[] | null = null;
  if (!star && (seq.ob_type === PyTuple_Type || seq.ob_type === PyList_Type)) {
    const src = (seq as PyTuple | PyList).items;
    if (src.length === before) {
      frame.sp--;
      for (let i = before - 1; i >= 0; i--) {
        const v = src[i]!;
        v.ob_refcnt++;
        fast[frame.sp++] = v;
      }
      if (--seq.ob_refcnt === 0) seq.ob_type.tp_dealloc(seq);
      return;
    }
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(seq);
  } catch (e) {
    if (exceptionMatches(e, PyExc_TypeError) && seq.ob_type.tp_iter === null && !isSequence(seq)) {
      Py_DECREF(e as PyBaseException);
      raise(PyExc_TypeError, `cannot unpack non-iterable ${seq.ob_type.tp_name} object`);
    }
    throw e;
  }
  items = [];
  try {
    for (let i = 0; i < before; i++) {
      const v = PyIter_Next(it);
      if (v === null) {
        if (star) {
          raise(
            PyExc_ValueError,
            `not enough values to unpack (expected at least ${before + after}, got ${i})`,
          );
        }
        raise(PyExc_ValueError, `not enough values to unpack (expected ${before}, got ${i})`);
      }
      items.push(v);
    }
    if (!star) {
      const extra = PyIter_Next(it);
      if (extra !== null) {
        if (--extra.ob_refcnt === 0) extra.ob_type.tp_dealloc(extra);
        raise(PyExc_ValueError, `too many values to unpack (expected ${before})`);
      }
    } else {
      const rest: PyObject[] = [];
      for (;;) {
        const v = PyIter_Next(it);
        if (v === null) break;
        rest.push(v);
      }
      if (rest.length < after) {
        const got = before + rest.length;
        for (const r of rest) Py_DECREF(r);
        raise(
          PyExc_ValueError,
          `not enough values to unpack (expected at least ${before + after}, got ${got})`,
        );
      }
      const tail = rest.splice(rest.length - after, after);
      items.push(PyList_New(rest));
      for (const t of tail) items.push(t);
    }
  } catch (e) {
    for (const v of items) Py_DECREF(v);
    if (--it.ob_refcnt === 0) it.ob_type.tp_dealloc(it);
    throw e;
  }
  if (--it.ob_refcnt === 0) it.ob_type.tp_dealloc(it);
  frame.sp--;
  for (let i = items.length - 1; i >= 0; i--) fast[frame.sp++] = items[i]!;
  if (--seq.ob_refcnt === 0) seq.ob_type.tp_dealloc(seq);
}

/** PyErr_GivenExceptionMatches for CHECK_EXC_MATCH (classes or tuples of classes). */
export function givenExceptionMatches(err: PyObject, exc: PyObject): boolean {
  if (exc instanceof PyTuple) {
    for (const e of exc.items) if (givenExceptionMatches(err, e)) return true;
    return false;
  }
  const errType = isPyException(err) ? err.ob_type : err;
  if (
    errType instanceof PyType &&
    isExceptionClass(errType) &&
    exc instanceof PyType &&
    isExceptionClass(exc)
  ) {
    return PyType_IsSubtype(errType, exc);
  }
  return errType === exc;
}

const CANNOT_CATCH_MSG = "catching classes that do not inherit from BaseException is not allowed";

function checkExceptTypeValid(right: PyObject): void {
  if (right instanceof PyTuple) {
    for (const e of right.items) if (!isExceptionClass(e)) raise(PyExc_TypeError, CANNOT_CATCH_MSG);
  } else if (!isExceptionClass(right)) {
    raise(PyExc_TypeError, CANNOT_CATCH_MSG);
  }
}

function checkExceptStarTypeValid(right: PyObject): void {
  checkExceptTypeValid(right);
  const items = right instanceof PyTuple ? right.items : [right];
  for (const e of items) {
    if (PyType_IsSubtype(e as PyType, PyExc_BaseExceptionGroup)) {
      raise(PyExc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
  }
}

/** MATCH_CLASS (CPython's match_class): a tuple of the extracted attributes, or null for no match. */
function matchClass(subject: PyObject, type: PyObject, nargs: number, kwargs: PyTuple): PyObject | null {
  if (!(type instanceof PyType)) raise(PyExc_TypeError, "called match pattern must be a type");
  if (!PyObject_IsInstance(subject, type)) return null;
  const seen: PyObject[] = [];
  const attrs: PyObject[] = [];
  const matchAttr = (name: PyStr): PyObject | null => {
    for (const s of seen) {
      if (PyObject_RichCompareBool(s, name, CmpOp.EQ)) {
        raise(
          PyExc_TypeError,
          `${type.tp_name}() got multiple sub-patterns for attribute ${reprOfStr(name)}`,
        );
      }
    }
    seen.push(name);
    return PyObject_LookupAttr(subject, name);
  };
  try {
    if (nargs > 0) {
      let matchSelf = false;
      let matchArgs = PyObject_LookupAttrString(type, "__match_args__");
      if (matchArgs !== null) {
        if (matchArgs.ob_type !== PyTuple_Type) {
          const tn = matchArgs.ob_type.tp_name;
          Py_DECREF(matchArgs);
          raise(PyExc_TypeError, `${type.tp_name}.__match_args__ must be a tuple (got ${tn})`);
        }
      } else {
        matchArgs = PyTuple_New([]);
        matchSelf = type.hasFlag(TypeFlag.MATCH_SELF);
      }
      try {
        const names = (matchArgs as PyTuple).items;
        const allowed = matchSelf ? 1 : names.length;
        if (allowed < nargs) {
          raise(
            PyExc_TypeError,
            `${type.tp_name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${nargs} given)`,
          );
        }
        if (matchSelf) {
          Py_INCREF(subject);
          attrs.push(subject);
        } else {
          for (let i = 0; i < nargs; i++) {
            const name = names[i]!;
            if (name.ob_type !== PyStr_Type) {
              raise(PyExc_TypeError, `__match_args__ elements must be strings (got ${name.ob_type.tp_name})`);
            }
            const attr = matchAttr(name as PyStr);
            if (attr === null) {
              for (const a of attrs) Py_DECREF(a);
              return null;
            }
            attrs.push(attr);
          }
        }
      } finally {
        Py_DECREF(matchArgs);
      }
    }
    for (const name of kwargs.items) {
      const attr = matchAttr(name as PyStr);
      if (attr === null) {
        for (const a of attrs) Py_DECREF(a);
        return null;
      }
      attrs.push(attr);
    }
  } catch (e) {
    for (const a of attrs) Py_DECREF(a);
    throw e;
  }
  return PyTuple_New(attrs);
}

/** MATCH_KEYS (CPython's match_keys): a tuple of values, or None when a key is missing. */
function matchKeys(map: PyObject, keys: PyTuple): PyObject {
  const nkeys = keys.items.length;
  if (nkeys === 0) return PyTuple_New([]);
  const get = PyObject_GetAttr(map, PyStr_InternFromString("get"));
  const seen = PySet_New(null);
  const dummy = PyObject_CallNoArgs(PyBaseObject_Type);
  const values: PyObject[] = [];
  try {
    for (const key of keys.items) {
      if (PySet_Contains(seen, key)) {
        raise(PyExc_ValueError, `mapping pattern checks duplicate key (${reprOf(key)})`);
      }
      PySet_Add(seen, key);
      const value = PyObject_Call(get, [key, dummy], null);
      if (value === dummy) {
        Py_DECREF(value);
        for (const v of values) Py_DECREF(v);
        return Py_NewRef(Py_None);
      }
      values.push(value);
    }
  } catch (e) {
    for (const v of values) Py_DECREF(v);
    throw e;
  } finally {
    Py_DECREF(get);
    Py_DECREF(seen);
    Py_DECREF(dummy);
  }
  return PyTuple_New(values);
}

function reprOf(o: PyObject): string {
  const r = PyObject_Repr(o);
  const v = r.value;
  Py_DECREF(r);
  return v;
}

/**
 * PyErr_BadInternalCall's message where CPython 3.11.7's _PyDict_GetItemWithError gets something
 * that is not a dict (`import` with `__builtins__` set to a non-dict: python3 prints this text).
 */
const BAD_INTERNAL_CALL_DICT = "Objects/dictobject.c:1756: bad argument to internal function";

/** IMPORT_NAME: calls the frame's builtins.__import__(name, globals, locals, fromlist, level). */
function importName(frame: Frame, name: PyStr, fromlist: PyObject, level: PyObject): PyObject {
  // _PyDict_GetItemWithError: builtins that are not a dict are an internal error there.
  if (!(frame.builtins instanceof PyDict)) raise(PyExc_SystemError, BAD_INTERNAL_CALL_DICT);
  const importFunc = PyDict_GetItemStr(frame.builtins, PyStr_InternFromString("__import__"));
  if (importFunc === null) raise(PyExc_ImportError, "__import__ not found");
  Py_INCREF(importFunc);
  try {
    const locals = frame.locals ?? Py_None;
    return PyObject_Call(importFunc, [name, frame.globals, locals, fromlist, level], null);
  } finally {
    Py_DECREF(importFunc);
  }
}

/** IMPORT_FROM (CPython's import_from). */
function importFrom(v: PyObject, name: PyStr): PyObject {
  const x = PyObject_LookupAttr(v, name);
  if (x !== null) return x;
  // A circular relative import may not have set the attribute yet: try sys.modules.
  const pkgname = PyObject_LookupAttrString(v, "__name__");
  if (pkgname !== null && pkgname instanceof PyStr) {
    const modules = PySys_GetObject("modules");
    if (modules !== null) {
      const full = PyStr_FromString(`${pkgname.value}.${name.value}`);
      try {
        const m = mappingGetOrNull(modules, full);
        if (m !== null) {
          Py_DECREF(pkgname);
          return m;
        }
      } finally {
        Py_DECREF(full);
      }
    }
  }
  const pkgRepr = pkgname !== null && pkgname instanceof PyStr ? reprOf(pkgname) : "'<unknown module name>'";
  const file = PyObject_LookupAttrString(v, "__file__");
  let msg: string;
  if (file === null || !(file instanceof PyStr)) {
    msg = `cannot import name ${reprOf(name)} from ${pkgRepr} (unknown location)`;
  } else {
    const spec = PyObject_LookupAttrString(v, "__spec__");
    let initializing = false;
    if (spec !== null) {
      const flag = PyObject_LookupAttrString(spec, "_initializing");
      if (flag !== null) {
        initializing = PyObject_IsTrue(flag);
        Py_DECREF(flag);
      }
      Py_DECREF(spec);
    }
    msg = initializing
      ? `cannot import name ${reprOf(name)} from partially initialized module ${pkgRepr} (most likely due to a circular import) (${file.value})`
      : `cannot import name ${reprOf(name)} from ${pkgRepr} (${file.value})`;
  }
  Py_XDECREF(file);
  const e = PyErr_Format(PyExc_ImportError, msg);
  e.fields = { msg: PyStr_FromString(msg), name: pkgname ?? Py_NewRef(Py_None), path: Py_NewRef(Py_None) };
  throw e;
}

/** IMPORT_STAR (CPython's import_all_from). */
function importAllFrom(locals: PyObject, v: PyObject): void {
  let all = PyObject_LookupAttrString(v, "__all__");
  let skipLeadingUnderscores = false;
  if (all === null) {
    const dict = PyObject_LookupAttrString(v, "__dict__");
    if (dict === null) raise(PyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
    try {
      all = PyObject_CallMethod(dict, "keys", []);
    } finally {
      Py_DECREF(dict);
    }
    skipLeadingUnderscores = true;
  }
  try {
    const it = PyObject_GetIter(all);
    try {
      for (;;) {
        const name = PyIter_Next(it);
        if (name === null) break;
        try {
          if (!(name instanceof PyStr)) {
            const modname = PyObject_LookupAttrString(v, "__name__");
            const mn = modname instanceof PyStr ? modname.value : "?";
            Py_XDECREF(modname);
            raise(
              PyExc_TypeError,
              skipLeadingUnderscores
                ? `Key in ${mn}.__dict__ must be str, not ${name.ob_type.tp_name}`
                : `Item in ${mn}.__all__ must be str, not ${name.ob_type.tp_name}`,
            );
          }
          if (skipLeadingUnderscores && name.value.startsWith("_")) continue;
          const value = PyObject_GetAttr(v, name);
          try {
            if (locals.ob_type === PyDict_Type) PyDict_SetItem(locals as PyDict, name, value);
            else PyObject_SetItem(locals, name, value);
          } finally {
            Py_DECREF(value);
          }
        } finally {
          Py_DECREF(name);
        }
      }
    } finally {
      Py_DECREF(it);
    }
  } finally {
    Py_DECREF(all);
  }
}

/** FORMAT_VALUE: conversion (!s, !r, !a) then format(value, spec). */
function formatValue(frame: Frame, flags: number): void {
  const fast = frame.fast;
  const haveSpec = (flags & 0x04) !== 0;
  const spec = haveSpec ? (fast[frame.sp - 1] as PyStr) : null;
  const vi = haveSpec ? frame.sp - 2 : frame.sp - 1;
  let value = fast[vi]!;
  const conv = flags & 0x03;
  let converted: PyObject | null = null;
  if (conv === 1) converted = PyObject_Str(value);
  else if (conv === 2) converted = PyObject_Repr(value);
  else if (conv === 3) converted = PyObject_ASCII(value);
  if (converted !== null) value = converted;
  let result: PyObject;
  try {
    if (spec === null && value.ob_type === PyStr_Type) result = Py_NewRef(value);
    else result = PyObject_Format(value, spec);
  } finally {
    if (converted !== null) Py_DECREF(converted);
  }
  if (spec !== null) {
    frame.sp--;
    Py_DECREF(spec);
  }
  const old = fast[vi]!;
  fast[vi] = result;
  Py_DECREF(old);
}

/**
 * BEFORE_WITH / BEFORE_ASYNC_WITH: [mgr] -> [__exit__, __enter__()]. A Python `__enter__` runs
 * as a pushed frame (returned; its RETURN_VALUE pushes the result) rather than in a nested loop,
 * so a green thread blocking in it can be suspended (src/modules/_thread.ts).
 */
function beforeWith(frame: Frame, isAsync: boolean): Frame | null {
  const fast = frame.fast;
  const mgr = fast[frame.sp - 1]!;
  const enterName = isAsync ? "__aenter__" : "__enter__";
  const exitName = isAsync ? "__aexit__" : "__exit__";
  const proto = isAsync ? "the asynchronous context manager protocol" : "the context manager protocol";
  const enter = lookupSpecial(mgr, enterName);
  if (enter === null) raise(PyExc_TypeError, `'${mgr.ob_type.tp_name}' object does not support ${proto}`);
  const exit = lookupSpecial(mgr, exitName);
  if (exit === null) {
    Py_DECREF(enter);
    raise(
      PyExc_TypeError,
      `'${mgr.ob_type.tp_name}' object does not support ${proto} (missed ${exitName} method)`,
    );
  }
  fast[frame.sp - 1] = exit;
  Py_DECREF(mgr);
  if (!isAsync && enter.ob_type.tp_name === "method" && isBoundPyFunction(enter)) {
    const m = enter as unknown as { im_func: PyFunction; im_self: PyObject };
    if (!m.im_func.func_code.isGenerator) {
      let nf: Frame;
      try {
        nf = makeFrame(m.im_func, [m.im_self], 0, 1, null);
      } catch (e) {
        Py_DECREF(enter);
        throw e;
      }
      // The bound method lives until __enter__ returns, as in CPython's call.
      nf.extraRefs = [enter];
      if (recursion.depth >= recursion.limit) {
        clearFrame(nf);
        throw recursionError("");
      }
      recursion.depth++;
      nf.back = frame;
      tstate.frame = nf;
      return nf;
    }
  }
  let res: PyObject;
  try {
    res = PyObject_CallNoArgs(enter);
  } finally {
    Py_DECREF(enter);
  }
  if (isAsync) {
    try {
      const aw = getAwaitableIter(res);
      Py_DECREF(res);
      res = aw;
    } catch (e) {
      Py_DECREF(res);
      throw awaitableError(e, res, 1);
    }
  }
  fast[frame.sp++] = res;
  return null;
}

function awaitableError(e: unknown, o: PyObject, which: number): unknown {
  if (which !== 0 && exceptionMatches(e, PyExc_TypeError) && o.ob_type.am_await === null) {
    Py_DECREF(e as PyBaseException);
    const from = which === 1 ? "__aenter__" : "__aexit__";
    return PyErr_Format(
      PyExc_TypeError,
      `'async with' received an object from ${from} that does not implement __await__: ${o.ob_type.tp_name}`,
    );
  }
  return e;
}

/**
 * The instructions not written out in the loop. Returns a frame to switch to when the
 * instruction pushed one (CALL_FUNCTION_EX of a Python function), else null.
 */
export function execSlow(frame: Frame, op: number, arg: number): Frame | null {
  const fast = frame.fast;
  const code = frame.code;
  switch (op) {
    case Op.LOAD_NAME: {
      const name = code.names[arg]!;
      const locals = localsOf(frame, "when loading", name);
      if (locals.ob_type === PyDict_Type) {
        push(frame, loadNameDict(frame, code, frame.pc - 1, locals as PyDict, name));
        return null;
      }
      let v = mappingGetOrNull(locals, name);
      if (v === null) v = mappingGetOrNull(frame.globals, name);
      if (v === null) {
        v = mappingGetOrNull(frame.builtins, name);
        if (v === null) throw nameNotDefined(name);
      }
      push(frame, v);
      return null;
    }
    case Op.STORE_NAME: {
      const name = code.names[arg]!;
      const locals = localsOf(frame, "found when storing", name);
      const v = fast[frame.sp - 1]!;
      if (locals.ob_type === PyDict_Type) storeNameDict(code, frame.pc - 1, locals as PyDict, name, v);
      else PyObject_SetItem(locals, name, v);
      frame.sp--;
      Py_DECREF(v);
      return null;
    }
    case Op.DELETE_NAME: {
      const name = code.names[arg]!;
      const locals = localsOf(frame, "when deleting", name);
      try {
        PyObject_DelItem(locals, name);
      } catch (e) {
        if (exceptionMatches(e, PyExc_KeyError)) {
          Py_DECREF(e as PyBaseException);
          throw nameNotDefined(name);
        }
        throw e;
      }
      return null;
    }
    case Op.STORE_GLOBAL: {
      const v = fast[frame.sp - 1]!;
      const name = code.names[arg]!;
      const globals = frame.globals;
      // As STORE_NAME: the entry index this instruction last stored at, replaced in place.
      const caches = cachesOf(code);
      const idx = frame.pc - 1;
      const hint = caches[idx];
      if (typeof hint !== "number" || !_PyDict_ReplaceAtIndex(globals, name, v, hint)) {
        PyDict_SetItem(globals, name, v);
        caches[idx] = _PyDict_StrEntryIndex(globals, name);
      }
      frame.sp--;
      Py_DECREF(v);
      return null;
    }
    case Op.DELETE_GLOBAL: {
      const name = code.names[arg]!;
      try {
        PyDict_DelItem(frame.globals, name);
      } catch (e) {
        if (exceptionMatches(e, PyExc_KeyError)) {
          Py_DECREF(e as PyBaseException);
          throw nameNotDefined(name);
        }
        throw e;
      }
      return null;
    }
    case Op.DELETE_ATTR: {
      const owner = fast[frame.sp - 1]!;
      PyObject_SetAttr(owner, code.names[arg]!, null);
      frame.sp--;
      Py_DECREF(owner);
      return null;
    }
    case Op.LOAD_CLASSDEREF: {
      const name = code.localsplusnames[arg]!;
      const locals = frame.locals!;
      let v = mappingGetOrNull(locals, name);
      if (v === null) {
        const cell = fast[arg] as PyCell;
        const c = cell.ob_ref;
        if (c === null) throw unboundDeref(code, arg);
        Py_INCREF(c);
        v = c;
      }
      push(frame, v);
      return null;
    }
    case Op.DELETE_DEREF: {
      const cell = fast[arg] as PyCell;
      const old = cell.ob_ref;
      if (old === null) throw unboundDeref(code, arg);
      cell.ob_ref = null;
      Py_DECREF(old);
      return null;
    }
    case Op.LOAD_ASSERTION_ERROR:
      push(frame, Py_NewRef(PyExc_AssertionError));
      return null;
    case Op.LOAD_BUILD_CLASS: {
      // An exact dict is looked up directly; anything else by subscript, KeyError meaning missing.
      const name = PyStr_InternFromString("__build_class__");
      const bc = mappingGetOrNull(frame.builtins, name);
      if (bc === null) raise(PyExc_NameError, "__build_class__ not found");
      push(frame, bc);
      return null;
    }
    case Op.BUILD_SET: {
      const set = PySet_New(null);
      try {
        for (let i = frame.sp - arg; i < frame.sp; i++) PySet_Add(set, fast[i]!);
      } catch (e) {
        Py_DECREF(set);
        throw e;
      }
      popN(frame, arg);
      push(frame, set);
      return null;
    }
    case Op.BUILD_MAP: {
      const keys: PyObject[] = [];
      const values: PyObject[] = [];
      const start = frame.sp - 2 * arg;
      for (let i = 0; i < arg; i++) {
        keys.push(fast[start + 2 * i]!);
        values.push(fast[start + 2 * i + 1]!);
      }
      const d = _PyDict_FromItems(keys, values);
      popN(frame, 2 * arg);
      push(frame, d);
      return null;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = fast[frame.sp - 1] as PyTuple;
      const values = fast.slice(frame.sp - 1 - arg, frame.sp - 1) as PyObject[];
      const d = _PyDict_FromItems(keys.items, values);
      popN(frame, arg + 1);
      push(frame, d);
      return null;
    }
    case Op.BUILD_STRING: {
      let s = "";
      for (let i = frame.sp - arg; i < frame.sp; i++) s += (fast[i] as PyStr).value;
      const r = PyStr_FromString(s);
      popN(frame, arg);
      push(frame, r);
      return null;
    }
    // The loop's less frequent instructions (src/vm/eval.ts keeps only the hot ones: V8 compiles
    // its function again after each deoptimisation, at a cost that grows with its size, and an
    // instruction that never ran before it was optimised is such a deoptimisation there).
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_POSITIVE:
    case Op.UNARY_INVERT: {
      const v = fast[frame.sp - 1]!;
      fast[frame.sp - 1] =
        op === Op.UNARY_NEGATIVE
          ? PyNumber_Negative(v)
          : op === Op.UNARY_POSITIVE
            ? PyNumber_Positive(v)
            : PyNumber_Invert(v);
      Py_DECREF(v);
      return null;
    }
    case Op.DELETE_SUBSCR: {
      const sub = fast[frame.sp - 1]!;
      const container = fast[frame.sp - 2]!;
      PyObject_DelItem(container, sub);
      frame.sp -= 2;
      Py_DECREF(container);
      Py_DECREF(sub);
      return null;
    }
    case Op.DELETE_FAST: {
      const old = fast[arg];
      if (old === null || old === undefined) throw unboundLocal(code, arg);
      fast[arg] = null;
      Py_DECREF(old);
      return null;
    }
    case Op.MAKE_FUNCTION: {
      const fcode = fast[--frame.sp] as PyCode;
      const func = PyFunction_New(fcode, frame.globals, frame.builtins);
      if (arg & 0x08) func.func_closure = fast[--frame.sp] as PyTuple;
      if (arg & 0x04) func.func_annotations = fast[--frame.sp]!;
      if (arg & 0x02) func.func_kwdefaults = fast[--frame.sp] as PyDict;
      if (arg & 0x01) func.func_defaults = fast[--frame.sp] as PyTuple;
      Py_DECREF(fcode);
      push(frame, func);
      return null;
    }
    case Op.PUSH_EXC_INFO: {
      const sp = frame.sp;
      const v = fast[sp - 1]!;
      const info = tstate.excInfo;
      const prev = info.exc_value;
      fast[sp - 1] = prev !== null ? prev : Py_NewRef(Py_None);
      Py_INCREF(v);
      fast[sp] = v;
      frame.sp = sp + 1;
      info.exc_value = v;
      return null;
    }
    case Op.POP_EXCEPT: {
      const info = tstate.excInfo;
      const old = info.exc_value;
      info.exc_value = fast[--frame.sp]!;
      if (old !== null) Py_DECREF(old);
      return null;
    }
    case Op.BUILD_SLICE: {
      const step = arg === 3 ? fast[frame.sp - 1]! : null;
      const stop = fast[frame.sp - (arg === 3 ? 2 : 1)]!;
      const start = fast[frame.sp - arg]!;
      const s = PySlice_New(start, stop, step);
      popN(frame, arg);
      push(frame, s);
      return null;
    }
    case Op.SET_ADD: {
      const v = fast[frame.sp - 1]!;
      PySet_Add(fast[frame.sp - 1 - arg] as PySet, v);
      frame.sp--;
      Py_DECREF(v);
      return null;
    }
    case Op.MAP_ADD: {
      // the stack's references go to the dict (_PyDict_SetItem_Take2), popped first
      const sp = frame.sp - 2;
      const key = fast[sp]!;
      const value = fast[sp + 1]!;
      fast[sp] = null;
      fast[sp + 1] = null;
      frame.sp = sp;
      _PyDict_SetItem_Take2(fast[sp - arg] as PyDict, key, value);
      return null;
    }
    case Op.LIST_EXTEND: {
      const iterable = fast[frame.sp - 1]!;
      const list = fast[frame.sp - 1 - arg] as PyList;
      try {
        _PyList_Extend(list, iterable);
      } catch (e) {
        if (exceptionMatches(e, PyExc_TypeError) && !isIterable(iterable)) {
          Py_DECREF(e as PyBaseException);
          raise(PyExc_TypeError, `Value after * must be an iterable, not ${iterable.ob_type.tp_name}`);
        }
        throw e;
      }
      frame.sp--;
      Py_DECREF(iterable);
      return null;
    }
    case Op.SET_UPDATE: {
      const iterable = fast[frame.sp - 1]!;
      _PySet_Update(fast[frame.sp - 1 - arg] as PySet, iterable);
      frame.sp--;
      Py_DECREF(iterable);
      return null;
    }
    case Op.DICT_UPDATE: {
      const update = fast[frame.sp - 1]!;
      try {
        PyDict_Update(fast[frame.sp - 1 - arg] as PyDict, update);
      } catch (e) {
        if (exceptionMatches(e, PyExc_AttributeError)) {
          Py_DECREF(e as PyBaseException);
          raise(PyExc_TypeError, `'${update.ob_type.tp_name}' object is not a mapping`);
        }
        throw e;
      }
      frame.sp--;
      Py_DECREF(update);
      return null;
    }
    case Op.DICT_MERGE: {
      const update = fast[frame.sp - 1]!;
      try {
        _PyDict_MergeEx(fast[frame.sp - 1 - arg] as PyDict, update, 2);
      } catch (e) {
        throw formatKwargsError(e, fast[frame.sp - 3 - arg]!, update);
      }
      frame.sp--;
      Py_DECREF(update);
      return null;
    }
    case Op.LIST_TO_TUPLE: {
      const list = fast[frame.sp - 1] as PyList;
      const items = list.items.slice();
      for (const v of items) Py_INCREF(v);
      const t = PyTuple_New(items);
      fast[frame.sp - 1] = t;
      Py_DECREF(list);
      return null;
    }
    case Op.FORMAT_VALUE:
      formatValue(frame, arg);
      return null;
    case Op.UNPACK_SEQUENCE:
      unpack(frame, fast[frame.sp - 1]!, arg, -1);
      return null;
    case Op.UNPACK_EX:
      unpack(frame, fast[frame.sp - 1]!, arg & 0xff, arg >> 8);
      return null;
    case Op.GET_YIELD_FROM_ITER: {
      const iterable = fast[frame.sp - 1]!;
      if (iterable.ob_type === PyCoro_Type) {
        if (!(code.co_flags & (CodeFlag.COROUTINE | CodeFlag.ITERABLE_COROUTINE))) {
          raise(PyExc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
      } else if (iterable.ob_type !== PyGen_Type) {
        const it = PyObject_GetIter(iterable);
        fast[frame.sp - 1] = it;
        Py_DECREF(iterable);
      }
      return null;
    }
    case Op.CALL_FUNCTION_EX:
      return callFunctionEx(frame, arg);
    case Op.CHECK_EXC_MATCH: {
      const right = fast[frame.sp - 1]!;
      const left = fast[frame.sp - 2]!;
      checkExceptTypeValid(right);
      const res = givenExceptionMatches(left, right);
      fast[frame.sp - 1] = Py_NewRef(res ? Py_True : Py_False);
      Py_DECREF(right);
      return null;
    }
    case Op.CHECK_EG_MATCH: {
      const matchType = fast[frame.sp - 1]!;
      const excValue = fast[frame.sp - 2]!;
      checkExceptStarTypeValid(matchType);
      const [match, rest] = exceptionGroupMatch(excValue, matchType);
      frame.sp--;
      Py_DECREF(matchType);
      if (match === Py_None) {
        Py_DECREF(rest);
        push(frame, match);
      } else {
        fast[frame.sp - 1] = rest;
        push(frame, match);
        // PyErr_SetExcInfo(match): the matched group becomes the handled exception.
        const info = tstate.excInfo;
        const old = info.exc_value;
        info.exc_value = Py_NewRef(match);
        Py_XDECREF(old);
        Py_DECREF(excValue);
      }
      return null;
    }
    case Op.PREP_RERAISE_STAR: {
      const excs = fast[frame.sp - 1] as PyList;
      const orig = fast[frame.sp - 2]!;
      const val = prepReraiseStar(orig, excs);
      popN(frame, 2);
      push(frame, val);
      return null;
    }
    case Op.WITH_EXCEPT_START: {
      const val = fast[frame.sp - 1]! as PyBaseException;
      const exitFunc = fast[frame.sp - 4]!;
      const tb = val.traceback ?? Py_None;
      const res = PyObject_Call(exitFunc, [val.ob_type, val, tb], null);
      push(frame, res);
      return null;
    }
    case Op.BEFORE_WITH:
      return beforeWith(frame, false);
    case Op.BEFORE_ASYNC_WITH:
      return beforeWith(frame, true);
    case Op.GET_AWAITABLE: {
      const iterable = fast[frame.sp - 1]!;
      let it: PyObject;
      try {
        it = getAwaitableIter(iterable);
      } catch (e) {
        throw awaitableError(e, iterable, arg);
      }
      if (it.ob_type === PyCoro_Type && genYieldFrom(it as PyGen) !== null) {
        Py_DECREF(it);
        raise(PyExc_RuntimeError, "coroutine is being awaited already");
      }
      fast[frame.sp - 1] = it;
      Py_DECREF(iterable);
      return null;
    }
    case Op.GET_AITER: {
      const obj = fast[frame.sp - 1]!;
      const getter = obj.ob_type.am_aiter;
      if (getter === null) {
        raise(
          PyExc_TypeError,
          `'async for' requires an object with __aiter__ method, got ${obj.ob_type.tp_name}`,
        );
      }
      const iter = getter(obj);
      if (iter.ob_type.am_anext === null) {
        const tn = iter.ob_type.tp_name;
        Py_DECREF(iter);
        raise(
          PyExc_TypeError,
          `'async for' received an object from __aiter__ that does not implement __anext__: ${tn}`,
        );
      }
      fast[frame.sp - 1] = iter;
      Py_DECREF(obj);
      return null;
    }
    case Op.GET_ANEXT: {
      const aiter = fast[frame.sp - 1]!;
      let awaitable: PyObject;
      if (aiter.ob_type === PyAsyncGen_Type) {
        awaitable = aiter.ob_type.am_anext!(aiter);
      } else {
        const getter = aiter.ob_type.am_anext;
        if (getter === null) {
          raise(
            PyExc_TypeError,
            `'async for' requires an iterator with __anext__ method, got ${aiter.ob_type.tp_name}`,
          );
        }
        const next = getter(aiter);
        try {
          awaitable = getAwaitableIter(next);
        } catch (e) {
          if (!isPyException(e)) throw e;
          // _PyErr_FormatFromCause: any error (from __await__ too) becomes the cause
          const err = PyErr_Format(
            PyExc_TypeError,
            `'async for' received an invalid object from __anext__: ${next.ob_type.tp_name}`,
          );
          const cause = e as PyBaseException;
          err.cause = cause;
          err.context = Py_NewRef(cause);
          err.suppressContext = true;
          throw err;
        } finally {
          Py_DECREF(next);
        }
      }
      push(frame, awaitable);
      return null;
    }
    case Op.END_ASYNC_FOR: {
      const val = fast[frame.sp - 1]!;
      if (givenExceptionMatches(val, PyExc_StopAsyncIteration)) {
        popN(frame, 2);
        return null;
      }
      // Re-raised with a reference of its own: the stack keeps its copy, which the unwinder
      // releases (helpers never change the stack before throwing).
      Py_INCREF(val);
      throw new Reraise(val as PyBaseException);
    }
    case Op.ASYNC_GEN_WRAP: {
      const v = fast[frame.sp - 1]!;
      fast[frame.sp - 1] = asyncGenWrap(v);
      Py_DECREF(v);
      return null;
    }
    case Op.IMPORT_NAME: {
      const fromlist = fast[frame.sp - 1]!;
      const level = fast[frame.sp - 2]!;
      const res = importName(frame, code.names[arg]!, fromlist, level);
      popN(frame, 2);
      push(frame, res);
      return null;
    }
    case Op.IMPORT_FROM: {
      const from = fast[frame.sp - 1]!;
      push(frame, importFrom(from, code.names[arg]!));
      return null;
    }
    case Op.IMPORT_STAR: {
      const from = fast[frame.sp - 1]!;
      const locals = frame.locals;
      if (locals === null) raise(PyExc_SystemError, "no locals found during 'import *'");
      importAllFrom(locals, from);
      popN(frame, 1);
      return null;
    }
    case Op.SETUP_ANNOTATIONS: {
      const locals = frame.locals;
      if (locals === null) raise(PyExc_SystemError, "no locals found when setting up annotations");
      const key = PyStr_InternFromString("__annotations__");
      try {
        const ann = mappingGetOrNull(locals, key);
        if (ann === null) {
          const d = PyDict_New();
          try {
            if (locals.ob_type === PyDict_Type) PyDict_SetItem(locals as PyDict, key, d);
            else PyObject_SetItem(locals, key, d);
          } finally {
            Py_DECREF(d);
          }
        } else {
          Py_DECREF(ann);
        }
      } finally {
        Py_DECREF(key);
      }
      return null;
    }
    case Op.PRINT_EXPR: {
      const value = fast[frame.sp - 1]!;
      const hook = PySys_GetObject("displayhook");
      if (hook === null) raise(PyExc_RuntimeError, "lost sys.displayhook");
      Py_INCREF(hook);
      try {
        const r = PyObject_CallOneArg(hook, value);
        Py_DECREF(r);
      } finally {
        Py_DECREF(hook);
      }
      popN(frame, 1);
      return null;
    }
    case Op.GET_LEN: {
      const n = PyObject_Size(fast[frame.sp - 1]!);
      push(frame, PyInt_FromNumber(n));
      return null;
    }
    case Op.MATCH_CLASS: {
      const names = fast[frame.sp - 1] as PyTuple;
      const type = fast[frame.sp - 2]!;
      const subject = fast[frame.sp - 3]!;
      const attrs = matchClass(subject, type, arg, names);
      popN(frame, 3);
      push(frame, attrs ?? Py_NewRef(Py_None));
      return null;
    }
    case Op.MATCH_MAPPING: {
      const subject = fast[frame.sp - 1]!;
      push(frame, PyBool_FromBool(subject.ob_type.hasFlag(TypeFlag.MAPPING)));
      return null;
    }
    case Op.MATCH_SEQUENCE: {
      const subject = fast[frame.sp - 1]!;
      push(frame, PyBool_FromBool(subject.ob_type.hasFlag(TypeFlag.SEQUENCE)));
      return null;
    }
    case Op.MATCH_KEYS: {
      const keys = fast[frame.sp - 1] as PyTuple;
      const subject = fast[frame.sp - 2]!;
      push(frame, matchKeys(subject, keys));
      return null;
    }
    default:
      raise(PyExc_SystemError, `unknown opcode ${Op[op] ?? op}`);
  }
}
