/**
 * The `pwd` module (CPython's Modules/pwdmodule.c): the password database, read from the host's
 * /etc/passwd (a host without one, the browser's, has no entries: every lookup is a KeyError).
 */

import { PyNumber_Index, reprOf } from "../objects/abstract.js";
import { decodeBytes } from "../objects/codecs.js";
import { PyExc_KeyError, PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyInt_FromNumber } from "../objects/int.js";
import { PyList_New } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import {
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_DECREF, type PyObject } from "../objects/object.js";
import { argTypeName, PyStr, PyStr_FromString } from "../objects/str.js";
import { newStructSeqType, structSeqNew } from "../objects/structseq.js";
import type { PyType } from "../objects/type.js";
import { host } from "./host.js";
import { registerBuiltinModule } from "./importlib.js";

/** The colon-separated records of a host database file (/etc/passwd, /etc/group); none if unreadable. */
export function readDatabase(path: string): string[][] {
  let bytes: Uint8Array;
  try {
    bytes = host().fs.readFile(path);
  } catch {
    return [];
  }
  const records: string[][] = [];
  for (const line of decodeBytes(bytes, "utf-8", "surrogateescape", null).split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    records.push(line.split(":"));
  }
  return records;
}

/**
 * A uid_t/gid_t argument as _Py_Uid_Converter takes it: an int (TypeError naming `what`
 * otherwise), -1 standing for the all-ones id; null when out of range.
 */
export function idArg(o: PyObject, what: string): number | null {
  if (o instanceof PyStr || o.ob_type.nb_index === null) {
    raise(PyExc_TypeError, `${what} should be integer, not ${o.ob_type.tp_name}`);
  }
  const index = PyNumber_Index(o);
  const v = Number(index.value);
  Py_DECREF(index);
  if (v === -1) return 0xffffffff;
  return v < 0 || v > 0xffffffff ? null : v;
}

/** A name argument (`what`: "argument" or "argument 'name'"): a str without NUL characters. */
export function nameArg(o: PyObject, func: string, what: string): string {
  if (!(o instanceof PyStr)) raise(PyExc_TypeError, `${func}() ${what} must be str, not ${argTypeName(o)}`);
  // the name is encoded with the file system encoding, which refuses NUL
  if (o.value.includes("\0")) raise(PyExc_ValueError, "embedded null byte");
  return o.value;
}

/** The entry named by `arg` (a str checked by nameArg), or KeyError as `func` reports it. */
export function entryNamed(entries: string[][], arg: PyObject, func: string, what: string): string[] {
  const name = nameArg(arg, func, what);
  const r = entries.find((e) => e[0] === name);
  if (r === undefined) raise(PyExc_KeyError, `${func}(): name not found: ${reprOf(arg)}`);
  return r;
}

/** getpwall()/getgrall(): every entry, made by `make`; no arguments taken. */
export function allEntries(
  func: string,
  args: PyObject[],
  kwnames: string[] | null,
  entries: string[][],
  make: (r: string[]) => PyObject,
): PyObject {
  if (args.length > 0 || (kwnames !== null && kwnames.length > 0))
    raise(PyExc_TypeError, `${func}() takes no arguments (${args.length} given)`);
  return PyList_New(entries.map(make));
}

/** Registers a database module: its docstring, functions and struct type. */
export function registerDatabaseModule(
  name: string,
  doc: string,
  functions: MethodDef[],
  structName: string,
  structType: PyType,
): void {
  registerBuiltinModule(name, () => {
    const m = PyModule_New(name);
    PyModule_Add(m, "__doc__", PyStr_FromString(doc));
    PyModule_AddFunctions(m, functions);
    PyModule_AddObjectRef(m, structName, structType);
    return m;
  });
}

const StructPasswd_Type = newStructSeqType({
  name: "pwd.struct_passwd",
  doc:
    "pwd.struct_passwd: Results from getpw*() routines.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n" +
    "or via the object attributes as named in the above tuple.",
  fields: [
    { name: "pw_name", doc: "user name" },
    { name: "pw_passwd", doc: "password" },
    { name: "pw_uid", doc: "user id" },
    { name: "pw_gid", doc: "group id" },
    { name: "pw_gecos", doc: "real name" },
    { name: "pw_dir", doc: "home directory" },
    { name: "pw_shell", doc: "shell program" },
  ],
});

function passwdEntries(): string[][] {
  return readDatabase("/etc/passwd").filter((r) => r.length >= 7);
}

function mkpwent(r: string[]): PyObject {
  const [name, passwd, uid, gid, gecos, dir, shell] = r as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return structSeqNew(StructPasswd_Type as PyType, [
    PyStr_FromString(name),
    PyStr_FromString(passwd),
    PyInt_FromNumber(Number(uid)),
    PyInt_FromNumber(Number(gid)),
    PyStr_FromString(gecos),
    PyStr_FromString(dir),
    PyStr_FromString(shell),
  ]);
}

function oneArg(func: string, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, `${func}() takes no keyword arguments`);
  if (args.length !== 1) {
    raise(PyExc_TypeError, `${func}() takes exactly one argument (${args.length} given)`);
  }
  return args[0]!;
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "getpwuid",
    doc: "Return the password database entry for the given numeric user ID.\n\nSee `help(pwd)` for more on password database entries.",
    textSignature: "($module, uidobj, /)",
    impl: (_m, args, kwnames) => {
      const uid = idArg(oneArg("pwd.getpwuid", args, kwnames), "uid");
      if (uid === null) raise(PyExc_KeyError, "getpwuid(): uid not found");
      const r = passwdEntries().find((e) => Number(e[2]) === uid);
      if (r === undefined) raise(PyExc_KeyError, `getpwuid(): uid not found: ${uid}`);
      return mkpwent(r);
    },
  },
  {
    name: "getpwnam",
    doc: "Return the password database entry for the given user name.\n\nSee `help(pwd)` for more on password database entries.",
    textSignature: "($module, name, /)",
    impl: (_m, args, kwnames) => {
      const arg = oneArg("pwd.getpwnam", args, kwnames);
      return mkpwent(entryNamed(passwdEntries(), arg, "getpwnam", "argument"));
    },
  },
  {
    name: "getpwall",
    doc: "Return a list of all available password database entries, in arbitrary order.\n\nSee help(pwd) for more on password database entries.",
    textSignature: "($module, /)",
    impl: (_m, args, kwnames) => allEntries("pwd.getpwall", args, kwnames, passwdEntries(), mkpwent),
  },
];

export function registerPwdModule(): void {
  registerDatabaseModule(
    "pwd",
    "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found.",
    FUNCTIONS,
    "struct_passwd",
    StructPasswd_Type,
  );
}
