/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654; CPython 3.11's Objects/exceptions.c):
 * construction rules, `message`/`exceptions`, `str()`, and `derive`/`split`/`subgroup`.
 * The VM's `except*` (src/vm/exception_groups.ts) works through these methods.
 */
import {
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_CallOneArg,
  PyObject_IsTrue,
  PyObject_LookupAttrString,
  PyObject_SetAttrString,
  reprOf,
} from "./abstract.js";
import {
  PyBaseException,
  PyExc_BaseException,
  PyExc_BaseExceptionGroup,
  PyExc_Exception,
  PyExc_ExceptionGroup,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "./exceptions.js";
import { PyList_New, PySequence_List } from "./list.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type PyObject } from "./object.js";
import { PySequence_Check } from "./reversed.js";
import { PyStr, PyStr_FromString } from "./str.js";
import { Py_GenericAlias, PySequence_Tuple, PyTuple, PyTuple_New } from "./tuple.js";
import { PyType, PyType_IsSubtype } from "./type.js";

function isGroup(o: PyObject): o is PyBaseException {
  return o instanceof PyBaseException && PyType_IsSubtype(o.ob_type, PyExc_BaseExceptionGroup);
}

function isExceptionClass(o: PyObject): o is PyType {
  return o instanceof PyType && PyType_IsSubtype(o, PyExc_BaseException);
}

/** The `exceptions` tuple a group was built with (borrowed). */
export function groupMembers(eg: PyBaseException): PyObject[] {
  const excs = eg.fields?.excs;
  return excs instanceof PyTuple ? excs.items : [];
}

function setGroupField(e: PyBaseException, name: "msg" | "excs", v: PyObject): void {
  if (e.fields === null) e.fields = {};
  const old = e.fields[name] ?? null;
  e.fields[name] = v;
  Py_XDECREF(old);
}

/** BaseExceptionGroup.__new__(cls, message, exceptions). */
function BaseExceptionGroup_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  let cls = typeObj as PyType;
  const nkw = kwnames?.length ?? 0;
  if (nkw > 0) raise(PyExc_TypeError, `${cls.tp_name}() takes no keyword arguments`);
  if (args.length !== 2) {
    raise(PyExc_TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  }
  const message = args[0]!;
  const exceptions = args[1]!;
  if (!(message instanceof PyStr)) {
    raise(
      PyExc_TypeError,
      `BaseExceptionGroup.__new__() argument 1 must be str, not ${message === Py_None ? "None" : message.ob_type.tp_name}`,
    );
  }
  if (!PySequence_Check(exceptions)) {
    raise(PyExc_TypeError, "second argument (exceptions) must be a sequence");
  }
  const excs = PySequence_Tuple(exceptions);
  let self: PyBaseException;
  try {
    if (excs.items.length === 0) {
      raise(PyExc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    }
    let nestedBase = false;
    excs.items.forEach((e, i) => {
      if (!(e instanceof PyBaseException)) {
        raise(PyExc_ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
      }
      if (!PyType_IsSubtype(e.ob_type, PyExc_Exception)) nestedBase = true;
    });
    if (cls === PyExc_ExceptionGroup) {
      if (nestedBase) raise(PyExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (cls === PyExc_BaseExceptionGroup) {
      // Only Exceptions inside: the group is an ExceptionGroup.
      if (!nestedBase) cls = PyExc_ExceptionGroup;
    } else if (nestedBase && PyType_IsSubtype(cls, PyExc_Exception)) {
      raise(PyExc_TypeError, `Cannot nest BaseExceptions in '${cls.tp_name}'`);
    }
    self = PyExc_BaseException.tp_new!(cls, args, kwnames) as PyBaseException;
  } catch (e) {
    Py_DECREF(excs);
    throw e;
  }
  Py_INCREF(message);
  setGroupField(self, "msg", message);
  setGroupField(self, "excs", excs);
  return self;
}

function BaseExceptionGroup_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    raise(PyExc_TypeError, `${self.ob_type.tp_name}() takes no keyword arguments`);
  }
  PyExc_BaseException.tp_init!(self, args, kwnames);
}

function BaseExceptionGroup_str(self: PyObject): PyObject {
  const e = self as PyBaseException;
  const msg = e.fields?.msg;
  const n = groupMembers(e).length;
  const text = msg instanceof PyStr ? msg.value : msg ? reprOf(msg) : "";
  return PyStr_FromString(`${text} (${n} sub-exception${n > 1 ? "s" : ""})`);
}

type Matcher = { kind: "type"; value: PyObject } | { kind: "predicate"; value: PyObject };

/** get_matcher_type: a predicate function, an exception type, or a tuple of exception types. */
function getMatcher(value: PyObject): Matcher {
  if (value.ob_type.tp_call !== null && !(value instanceof PyType)) return { kind: "predicate", value };
  if (isExceptionClass(value)) return { kind: "type", value };
  if (value instanceof PyTuple && value.ob_type.tp_name === "tuple") {
    if (value.items.every(isExceptionClass)) return { kind: "type", value };
  }
  raise(PyExc_TypeError, "expected a function, exception type or tuple of exception types");
}

/** PyErr_GivenExceptionMatches for an exception instance and a class or tuple of classes. */
function givenMatches(exc: PyObject, spec: PyObject): boolean {
  if (spec instanceof PyTuple) return spec.items.some((s) => givenMatches(exc, s));
  if (exc instanceof PyBaseException && isExceptionClass(spec)) return PyType_IsSubtype(exc.ob_type, spec);
  return exc === spec;
}

function checkMatch(exc: PyObject, m: Matcher): boolean {
  if (m.kind === "type") return givenMatches(exc, m.value);
  const r = PyObject_CallOneArg(m.value, exc);
  try {
    return PyObject_IsTrue(r);
  } finally {
    Py_DECREF(r);
  }
}

/**
 * exceptiongroup_subset: `orig.derive(excs)` carrying orig's traceback, context, cause and a
 * copy of its notes; null when `excs` is empty. `excs` is borrowed.
 */
export function exceptionGroupSubset(orig: PyBaseException, excs: PyObject[]): PyBaseException | null {
  if (excs.length === 0) return null;
  for (const e of excs) Py_INCREF(e);
  const list = PyList_New(excs);
  let eg: PyObject;
  try {
    eg = PyObject_CallMethod(orig, "derive", [list]);
  } finally {
    Py_DECREF(list);
  }
  try {
    if (!isGroup(eg)) raise(PyExc_TypeError, "derive must return an instance of BaseExceptionGroup");
    const tb = orig.traceback;
    if (tb !== null) {
      Py_INCREF(tb);
      const oldTb = eg.traceback;
      eg.traceback = tb;
      Py_XDECREF(oldTb);
    }
    const ctx = orig.context;
    if (ctx !== null) Py_INCREF(ctx);
    const oldCtx = eg.context;
    eg.context = ctx;
    Py_XDECREF(oldCtx);
    const cause = orig.cause;
    if (cause !== null) Py_INCREF(cause);
    const oldCause = eg.cause;
    eg.cause = cause;
    eg.suppressContext = true;
    Py_XDECREF(oldCause);
    const notes = PyObject_LookupAttrString(orig, "__notes__");
    if (notes !== null) {
      try {
        // Each part gets its own list; notes that are not a sequence are ignored here.
        if (PySequence_Check(notes)) {
          const copy = PySequence_List(notes);
          try {
            PyObject_SetAttrString(eg, "__notes__", copy);
          } finally {
            Py_DECREF(copy);
          }
        }
      } finally {
        Py_DECREF(notes);
      }
    }
  } catch (e) {
    Py_DECREF(eg);
    throw e;
  }
  return eg;
}

/** exceptiongroup_split_recursive: [match, rest] as new references or null. */
function splitRecursive(
  exc: PyObject,
  m: Matcher,
  constructRest: boolean,
): [PyObject | null, PyObject | null] {
  if (checkMatch(exc, m)) return [Py_NewRef(exc), null];
  if (!isGroup(exc)) return [null, constructRest ? Py_NewRef(exc) : null];
  const matches: PyObject[] = [];
  const rests: PyObject[] = [];
  Py_EnterRecursiveCall(" in exceptiongroup_split_recursive");
  try {
    for (const e of groupMembers(exc).slice()) {
      const [mm, rr] = splitRecursive(e, m, constructRest);
      if (mm !== null) matches.push(mm);
      if (rr !== null) rests.push(rr);
    }
    const match = exceptionGroupSubset(exc, matches);
    let rest: PyObject | null = null;
    if (constructRest) {
      try {
        rest = exceptionGroupSubset(exc, rests);
      } catch (err) {
        Py_XDECREF(match);
        throw err;
      }
    }
    return [match, rest];
  } finally {
    Py_LeaveRecursiveCall();
    for (const x of matches) Py_DECREF(x);
    for (const x of rests) Py_DECREF(x);
  }
}

/** Registers BaseExceptionGroup's slots, methods and members. Called by initExceptionTypes. */
export function initExceptionGroupType(): void {
  const G = PyExc_BaseExceptionGroup;
  G.tp_new = BaseExceptionGroup_new;
  G.tp_init = BaseExceptionGroup_init;
  G.tp_str = BaseExceptionGroup_str;
  // ExceptionGroup(BaseExceptionGroup, Exception), as CPython creates it.
  PyExc_ExceptionGroup.tp_bases = [PyExc_BaseExceptionGroup, PyExc_Exception];
  defineMethods(G, {
    derive(self, args) {
      if (args.length !== 1)
        raise(PyExc_TypeError, `derive() takes exactly one argument (${args.length} given)`);
      const msg = (self as PyBaseException).fields?.msg ?? Py_None;
      return PyObject_Call(PyExc_BaseExceptionGroup, [msg, args[0]!], null);
    },
    split(self, args) {
      if (args.length !== 1)
        raise(PyExc_TypeError, `split() takes exactly one argument (${args.length} given)`);
      const [match, rest] = splitRecursive(self!, getMatcher(args[0]!), true);
      return PyTuple_New([match ?? Py_NewRef(Py_None), rest ?? Py_NewRef(Py_None)]);
    },
    subgroup(self, args) {
      if (args.length !== 1) {
        raise(PyExc_TypeError, `subgroup() takes exactly one argument (${args.length} given)`);
      }
      const [match] = splitRecursive(self!, getMatcher(args[0]!), false);
      return match ?? Py_NewRef(Py_None);
    },
    __class_getitem__: { impl: Py_GenericAlias, kind: "class", doc: "See PEP 585" },
  });
  defineGetSets(G, [
    {
      name: "message",
      kind: "member",
      doc: "exception message",
      get: (self) => Py_NewRef((self as PyBaseException).fields?.msg ?? Py_None),
    },
    {
      name: "exceptions",
      kind: "member",
      doc: "nested exceptions",
      get: (self) => Py_NewRef((self as PyBaseException).fields?.excs ?? Py_None),
    },
  ]);
}
