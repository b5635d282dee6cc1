/**
 * `_stat` (CPython's Modules/_stat.c): the file-mode tests S_ISDIR() ... S_ISWHT(), S_IMODE(),
 * S_IFMT() and filemode() as built-in functions, and the mode and flag constants. lib/stat.py
 * defines them all in Python and then takes these with `from _stat import *`, as CPython's
 * stat.py does: every os.path.isdir(), pathlib is_dir() and DirEntry test calls one, and a
 * native one runs no frame.
 */

import { oneArg } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyExc_OverflowError, PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyInt, PyInt_FromNumber } from "../objects/int.js";
import type { MethodDef } from "../objects/methods.js";
import { PyModule_AddFunctions, PyModule_AddObjectRef, PyModule_New } from "../objects/module.js";
import { Py_DECREF, type PyObject } from "../objects/object.js";
import { PyStr_FromString } from "../objects/str.js";
import { registerBuiltinModule } from "./importlib.js";

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFCHR = 0o020000;
const S_IFBLK = 0o060000;
const S_IFREG = 0o100000;
const S_IFIFO = 0o010000;
const S_IFLNK = 0o120000;
const S_IFSOCK = 0o140000;
const S_ISUID = 0o4000;
const S_ISGID = 0o2000;
const S_ISVTX = 0o1000;

/** The module's int constants (Linux values, as python3's _stat has them). */
const CONSTANTS: [string, number][] = [
  ["S_IFDIR", S_IFDIR],
  ["S_IFCHR", S_IFCHR],
  ["S_IFBLK", S_IFBLK],
  ["S_IFREG", S_IFREG],
  ["S_IFIFO", S_IFIFO],
  ["S_IFLNK", S_IFLNK],
  ["S_IFSOCK", S_IFSOCK],
  ["S_IFDOOR", 0],
  ["S_IFPORT", 0],
  ["S_IFWHT", 0],
  ["S_ISUID", S_ISUID],
  ["S_ISGID", S_ISGID],
  ["S_ISVTX", S_ISVTX],
  ["S_ENFMT", S_ISGID],
  ["S_IREAD", 0o400],
  ["S_IWRITE", 0o200],
  ["S_IEXEC", 0o100],
  ["S_IRWXU", 0o700],
  ["S_IRUSR", 0o400],
  ["S_IWUSR", 0o200],
  ["S_IXUSR", 0o100],
  ["S_IRWXG", 0o070],
  ["S_IRGRP", 0o040],
  ["S_IWGRP", 0o020],
  ["S_IXGRP", 0o010],
  ["S_IRWXO", 0o007],
  ["S_IROTH", 0o004],
  ["S_IWOTH", 0o002],
  ["S_IXOTH", 0o001],
  ["UF_NODUMP", 0x1],
  ["UF_IMMUTABLE", 0x2],
  ["UF_APPEND", 0x4],
  ["UF_OPAQUE", 0x8],
  ["UF_NOUNLINK", 0x10],
  ["UF_COMPRESSED", 0x20],
  ["UF_HIDDEN", 0x8000],
  ["SF_ARCHIVED", 0x10000],
  ["SF_IMMUTABLE", 0x20000],
  ["SF_APPEND", 0x40000],
  ["SF_NOUNLINK", 0x100000],
  ["SF_SNAPSHOT", 0x200000],
  ["ST_MODE", 0],
  ["ST_INO", 1],
  ["ST_DEV", 2],
  ["ST_NLINK", 3],
  ["ST_UID", 4],
  ["ST_GID", 5],
  ["ST_SIZE", 6],
  ["ST_ATIME", 7],
  ["ST_MTIME", 8],
  ["ST_CTIME", 9],
];

/**
 * _PyLong_AsMode_t: an int (no __index__) that fits an unsigned long and then a 32-bit mode_t,
 * with CPython's TypeError and OverflowError texts.
 */
function modeArg(o: PyObject): number {
  if (!(o instanceof PyInt)) raise(PyExc_TypeError, "an integer is required");
  const v = o.value;
  if (v < 0) raise(PyExc_OverflowError, "can't convert negative value to unsigned int");
  if (typeof v === "bigint" && v >= 1n << 64n) {
    raise(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
  }
  if (v >= 0x100000000) raise(PyExc_OverflowError, "mode out of range");
  return Number(v);
}

/** S_ISDIR() and its siblings: `mode & S_IFMT == bits` (never true for a type this system lacks). */
function typeTest(name: string, bits: number): MethodDef {
  const qualified = `_stat.${name}`;
  return {
    name,
    impl: (_m, args, kwnames) => {
      const mode = modeArg(oneArg(qualified, args, kwnames));
      return PyBool_FromBool(bits !== 0 && (mode & S_IFMT) === bits);
    },
    doc: `${name}(mode) -> bool`,
  };
}

/** filemode()'s file-type letter (Modules/_stat.c's filetype). */
function fileTypeLetter(mode: number): string {
  switch (mode & S_IFMT) {
    case S_IFREG:
      return "-";
    case S_IFDIR:
      return "d";
    case S_IFLNK:
      return "l";
    case S_IFBLK:
      return "b";
    case S_IFCHR:
      return "c";
    case S_IFIFO:
      return "p";
    case S_IFSOCK:
      return "s";
    default:
      return "?";
  }
}

/** One rwx triple; `special` (set-id or sticky) shows as `set` over x, `unset` without x. */
function permTriple(mode: number, shift: number, special: number, set: string, unset: string): string {
  const bits = (mode >>> shift) & 7;
  const x = (bits & 1) !== 0;
  const exec = (mode & special) !== 0 ? (x ? set : unset) : x ? "x" : "-";
  return ((bits & 4) !== 0 ? "r" : "-") + ((bits & 2) !== 0 ? "w" : "-") + exec;
}

const FUNCTIONS: MethodDef[] = [
  typeTest("S_ISDIR", S_IFDIR),
  typeTest("S_ISCHR", S_IFCHR),
  typeTest("S_ISBLK", S_IFBLK),
  typeTest("S_ISREG", S_IFREG),
  typeTest("S_ISFIFO", S_IFIFO),
  typeTest("S_ISLNK", S_IFLNK),
  typeTest("S_ISSOCK", S_IFSOCK),
  typeTest("S_ISDOOR", 0),
  typeTest("S_ISPORT", 0),
  typeTest("S_ISWHT", 0),
  {
    name: "S_IMODE",
    impl: (_m, args, kwnames) => PyInt_FromNumber(modeArg(oneArg("_stat.S_IMODE", args, kwnames)) & 0o7777),
    doc: "Return the portion of the file's mode that can be set by os.chmod().",
  },
  {
    name: "S_IFMT",
    impl: (_m, args, kwnames) => PyInt_FromNumber(modeArg(oneArg("_stat.S_IFMT", args, kwnames)) & S_IFMT),
    doc: "Return the portion of the file's mode that describes the file type.",
  },
  {
    name: "filemode",
    impl: (_m, args, kwnames) => {
      const mode = modeArg(oneArg("_stat.filemode", args, kwnames));
      return PyStr_FromString(
        fileTypeLetter(mode) +
          permTriple(mode, 6, S_ISUID, "s", "S") +
          permTriple(mode, 3, S_ISGID, "s", "S") +
          permTriple(mode, 0, S_ISVTX, "t", "T"),
      );
    },
    doc: "Convert a file's mode to a string of the form '-rwxrwxrwx'",
  },
];

export function registerStatModule(): void {
  registerBuiltinModule("_stat", () => {
    const m = PyModule_New("_stat");
    PyModule_AddFunctions(m, FUNCTIONS);
    for (const [name, value] of CONSTANTS) {
      const v = PyInt_FromNumber(value);
      PyModule_AddObjectRef(m, name, v);
      Py_DECREF(v);
    }
    return m;
  });
}
