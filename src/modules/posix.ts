/**
 * `posix`: the file-system functions CPython implements in C (Modules/posixmodule.c) and lib/os.py
 * re-exports — stat, listdir, mkdir, remove, rename, ... A Python wrapper would add a frame
 * (`File "<frozen os>", line N, in remove`) to the traceback of the most common errors a program
 * meets (FileNotFoundError, FileExistsError), which python3's tracebacks do not have; these are
 * native functions so a failure is raised from the caller's line, as in CPython.
 *
 * Arguments follow CPython's path_converter: str, bytes or os.PathLike (its __fspath__), with
 * CPython's TypeError wording; bytes paths give bytes results. The host operations themselves are
 * the `_os` primitives (src/modules/_os.ts). File descriptors and dir_fd are not modelled.
 */
import {
  lookupSpecial,
  PyNumber_AsCInt,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_CallNoArgs,
  PyObject_IsTrue,
} from "../objects/abstract.js";
import { parseArgs, positional } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import { decodeBytes, encodeString } from "../objects/codecs.js";
import {
  PyExc_NotImplementedError,
  PyExc_OSError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { PyFloat, PyFloat_FromDouble } from "../objects/float.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber } from "../objects/int.js";
import { type PyList, PyList_New } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PySet_Add, PySet_New } from "../objects/set.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import { newStructSeqType, type PyStructSeq, structSeqNew, structseq_new } from "../objects/structseq.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { ProcessExit } from "../vm/exit_status.js";
import { osPrimitive } from "./_os.js";
import { HostError, host } from "./host.js";
import { PyImport_ImportModule, registerBuiltinModule } from "./importlib.js";

/** A path argument after conversion: the text the host uses and what errors name. */
interface ConvertedPath {
  /** The path as the host sees it (bytes decoded as UTF-8 with surrogateescape). */
  text: string;
  /** True when the program gave bytes (or a PathLike returning bytes): results are bytes too. */
  bytes: boolean;
  /** The str or bytes object OSError.filename names (os.fspath's result). */
  object: PyObject;
}

interface PathRules {
  allowNone?: boolean;
  allowFd?: boolean;
  argname?: string;
}

/**
 * os.fspath(o) as a new reference, with CPython's messages. `notPathLike` raises the error for
 * an object that is neither str, bytes nor os.PathLike (path arguments word it their own way).
 */
export function PyOS_FSPath(o: PyObject, notPathLike: () => never = () => notPathLikeError(o)): PyObject {
  if (o instanceof PyStr || o instanceof PyBytes) return Py_NewRef(o);
  const method = lookupSpecial(o, "__fspath__");
  if (method === null) notPathLike();
  let result: PyObject;
  try {
    result = PyObject_CallNoArgs(method);
  } finally {
    Py_DECREF(method);
  }
  if (result instanceof PyStr || result instanceof PyBytes) return result;
  const kind = result.ob_type.tp_name;
  Py_DECREF(result);
  raise(PyExc_TypeError, `expected ${o.ob_type.tp_name}.__fspath__() to return str or bytes, not ${kind}`);
}

function notPathLikeError(o: PyObject): never {
  raise(PyExc_TypeError, `expected str, bytes or os.PathLike object, not ${o.ob_type.tp_name}`);
}

/** path_converter: returns the converted path (its `object` a new reference), or null for None. */
function convertPath(fname: string, o: PyObject | null, rules: PathRules = {}): ConvertedPath | null {
  if ((o === null || o === Py_None) && rules.allowNone) return null;
  if (o !== null && o instanceof PyInt && rules.allowFd) {
    raise(PyExc_NotImplementedError, `${fname}: file descriptors are not supported by heapstack`);
  }
  const wrongType = (): never => {
    const kinds = ["string", "bytes", "os.PathLike"];
    if (rules.allowFd) kinds.push("integer");
    if (rules.allowNone) kinds.push("None");
    const accepted = `${kinds.slice(0, -1).join(", ")} or ${kinds[kinds.length - 1]}`;
    raise(
      PyExc_TypeError,
      `${fname}: ${rules.argname ?? "path"} should be ${accepted}, not ${o?.ob_type.tp_name ?? "NoneType"}`,
    );
  };
  if (o === null) return wrongType();
  const object = PyOS_FSPath(o, wrongType);
  if (object instanceof PyStr) {
    if (object.value.includes("\0")) {
      Py_DECREF(object);
      raise(PyExc_ValueError, "embedded null byte");
    }
    return { text: object.value, bytes: false, object };
  }
  const data = (object as PyBytes).value;
  if (data.includes(0)) {
    Py_DECREF(object);
    raise(PyExc_ValueError, "embedded null byte");
  }
  return { text: decodeBytes(data, "utf-8", "surrogateescape", null), bytes: true, object };
}

function noDirFd(dirFd: PyObject | null): void {
  if (dirFd !== null && dirFd !== Py_None)
    raise(PyExc_NotImplementedError, "dir_fd unavailable on this platform");
}

/** str results of a bytes call become bytes (os.fsencode). */
function asBytes(s: PyObject): PyObject {
  if (!(s instanceof PyStr)) return s;
  const b = PyBytes_FromBytes(encodeString(s.value, "utf-8", "surrogateescape", s));
  Py_DECREF(s);
  return b;
}

/** Calls the `_os` primitive `name` with the converted paths' text and original objects. */
function callPrimitive(name: string, args: PyObject[]): PyObject {
  return osPrimitive(name)(null, args, null);
}

/** Runs `f` with the converted path objects, releasing them afterwards. */
function withPaths<T>(paths: (ConvertedPath | null)[], f: () => T): T {
  try {
    return f();
  } finally {
    for (const p of paths) if (p !== null) Py_DECREF(p.object);
  }
}

/** A one-path function: `name(path, *, dir_fd=None)` calling the primitive `primitive`. */
function simplePathFunction(name: string, primitive: string, doc: string): MethodDef {
  return {
    name,
    doc,
    impl: (_m, args, kwnames) => {
      const [path, dirFd] = parseArgs(name, args, kwnames, {
        names: ["path", "dir_fd"],
        required: 1,
        kwonlyFrom: 1,
      });
      noDirFd(dirFd!);
      const p = convertPath(name, path!)!;
      return withPaths([p], () => callPrimitive(primitive, [pyText(p), p.object]));
    },
  };
}

/** The path's text as a new str for the primitives (which take str). */
function pyText(p: ConvertedPath): PyObject {
  return p.object instanceof PyStr ? p.object : PyStr_FromString(p.text);
}

/** Two-path functions: rename, replace, symlink, link. */
function twoPaths(name: string, args: PyObject[], kwnames: string[] | null, names: string[]): PyObject {
  const parsed = parseArgs(name, args, kwnames, {
    names,
    required: 2,
    kwonlyFrom: names.includes("target_is_directory") ? 3 : 2,
  });
  const src = convertPath(name, parsed[0]!, { argname: "src" })!;
  let dst: ConvertedPath | null = null;
  return withPaths([src], () => {
    dst = convertPath(name, parsed[1]!, { argname: "dst" });
    return withPaths([dst], () =>
      callPrimitive(name === "symlink" || name === "link" ? name : "rename", [
        pyText(src),
        pyText(dst!),
        src.object,
        dst!.object,
      ]),
    );
  });
}

/** Set by lib/os.py: the callable that builds scandir iterators. */
const factories: { scandir: PyObject | null } = { scandir: null };

const STAT_FIELDS: [string | null, string][] = [
  ["st_mode", "protection bits"],
  ["st_ino", "inode"],
  ["st_dev", "device"],
  ["st_nlink", "number of hard links"],
  ["st_uid", "user ID of owner"],
  ["st_gid", "group ID of owner"],
  ["st_size", "total size, in bytes"],
  [null, "integer time of last access"],
  [null, "integer time of last modification"],
  [null, "integer time of last change"],
  ["st_atime", "time of last access"],
  ["st_mtime", "time of last modification"],
  ["st_ctime", "time of last change"],
  ["st_atime_ns", "time of last access in nanoseconds"],
  ["st_mtime_ns", "time of last modification in nanoseconds"],
  ["st_ctime_ns", "time of last change in nanoseconds"],
  ["st_blksize", "blocksize for filesystem I/O"],
  ["st_blocks", "number of blocks allocated"],
  ["st_rdev", "device type (if inode device)"],
];

const StatResult_Type = newStructSeqType({
  name: "os.stat_result",
  fields: STAT_FIELDS.map(([name, doc]) => ({ name, doc })),
  nInSequence: 10,
  doc:
    "stat_result: Result from stat, fstat, or lstat.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n" +
    "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n" +
    "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n" +
    "or st_flags, they are available as attributes only.\n\n" +
    "See os.stat for more information.",
});

/** statresult_new: a stat_result made from Python takes its missing float times from the int ones. */
StatResult_Type.tp_new = (type, args, kwnames) => {
  const s = structseq_new(type, args, kwnames) as PyStructSeq;
  for (let i = 0; i < 3; i++) {
    if (s.extra[i] === Py_None) {
      Py_DECREF(Py_None);
      s.extra[i] = Py_NewRef(s.items[7 + i]!);
    }
  }
  return s;
};

const StatvfsResult_Type = newStructSeqType({
  name: "os.statvfs_result",
  fields: [
    "f_bsize",
    "f_frsize",
    "f_blocks",
    "f_bfree",
    "f_bavail",
    "f_files",
    "f_ffree",
    "f_favail",
    "f_flag",
    "f_namemax",
    "f_fsid",
  ].map((name) => ({ name })),
  nInSequence: 10,
  doc:
    "statvfs_result: Result from statvfs or fstatvfs.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\n" +
    "or via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\n" +
    "See os.statvfs for more information.",
});

const TerminalSize_Type = newStructSeqType({
  name: "os.terminal_size",
  doc: "A tuple of (columns, lines) for holding terminal window size",
  fields: [
    { name: "columns", doc: "width of the terminal window in characters" },
    { name: "lines", doc: "height of the terminal window in characters" },
  ],
});

const TimesResult_Type = newStructSeqType({
  name: "posix.times_result",
  doc:
    "times_result: Result from os.times().\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (user, system, children_user, children_system, elapsed),\n" +
    "or via the attributes user, system, children_user, children_system,\n" +
    "and elapsed.\n\n" +
    "See os.times for more information.",
  fields: [
    { name: "user", doc: "user time" },
    { name: "system", doc: "system time" },
    { name: "children_user", doc: "user time of children" },
    { name: "children_system", doc: "system time of children" },
    { name: "elapsed", doc: "elapsed time since an arbitrary point in the past" },
  ],
});

const UnameResult_Type = newStructSeqType({
  name: "posix.uname_result",
  doc:
    "uname_result: Result from os.uname().\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (sysname, nodename, release, version, machine),\n" +
    "or via the attributes sysname, nodename, release, version, and machine.\n\n" +
    "See os.uname for more information.",
  fields: [
    { name: "sysname", doc: "operating system name" },
    { name: "nodename", doc: "name of machine on network (implementation-defined)" },
    { name: "release", doc: "operating system release" },
    { name: "version", doc: "operating system version" },
    { name: "machine", doc: "hardware identifier" },
  ],
});

/** fill_time: int seconds, float seconds (s + ns * 1e-9 as C computes it) and int nanoseconds. */
function statTimes(totalNs: PyObject): [PyObject, PyObject, PyObject] {
  const ns = BigInt((totalNs as PyInt).value);
  let sec = ns / 1_000_000_000n;
  let frac = ns % 1_000_000_000n;
  if (frac < 0n) {
    sec -= 1n;
    frac += 1_000_000_000n;
  }
  return [PyInt_FromBigInt(sec), PyFloat_FromDouble(Number(sec) + Number(frac) * 1e-9), Py_NewRef(totalNs)];
}

/**
 * An os.stat_result from the host's (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns,
 * ctime_ns, blocks, blksize, rdev): made as CPython's _pystat_fromstructstat, not GC-tracked.
 */
export function statResultFromRaw(raw: PyObject): PyObject {
  const r = (raw as PyTuple).items;
  const times = [statTimes(r[7]!), statTimes(r[8]!), statTimes(r[9]!)];
  const values: PyObject[] = r.slice(0, 7).map((x) => Py_NewRef(x));
  for (let kind = 0; kind < 3; kind++) for (const t of times) values.push(t[kind]!);
  values.push(Py_NewRef(r[11]!), Py_NewRef(r[10]!), Py_NewRef(r[12]!));
  return structSeqNew(StatResult_Type, values);
}

function statCall(name: string, path: PyObject, follow: boolean): PyObject {
  const p = convertPath(name, path, { allowFd: name === "stat" })!;
  return withPaths([p], () => {
    const raw = callPrimitive("stat", [pyText(p), p.object, PyBool_FromBool(follow)]);
    try {
      return statResultFromRaw(raw);
    } finally {
      Py_DECREF(raw);
    }
  });
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "getcwd",
    doc: "Return a unicode string representing the current working directory.",
    impl: (_m, args, kwnames) => {
      parseArgs("getcwd", args, kwnames, { names: [], required: 0 });
      return callPrimitive("getcwd", []);
    },
  },
  {
    name: "getcwdb",
    doc: "Return a bytes string representing the current working directory.",
    impl: (_m, args, kwnames) => {
      parseArgs("getcwdb", args, kwnames, { names: [], required: 0 });
      return asBytes(callPrimitive("getcwd", []));
    },
  },
  {
    name: "fspath",
    doc: "Return the file system path representation of the object.",
    impl: (_m, args, kwnames) => {
      const [path] = parseArgs("fspath", args, kwnames, { names: ["path"], required: 1 });
      return PyOS_FSPath(path!);
    },
  },
  {
    name: "stat",
    doc: "Perform a stat system call on the given path.",
    impl: (_m, args, kwnames) => {
      const [path, dirFd, follow] = parseArgs("stat", args, kwnames, {
        names: ["path", "dir_fd", "follow_symlinks"],
        required: 1,
        kwonlyFrom: 1,
      });
      noDirFd(dirFd!);
      return statCall("stat", path!, follow === null || PyObject_IsTrue(follow));
    },
  },
  {
    name: "lstat",
    doc: "Perform a stat system call on the given path, without following symbolic links.",
    impl: (_m, args, kwnames) => {
      const [path, dirFd] = parseArgs("lstat", args, kwnames, {
        names: ["path", "dir_fd"],
        required: 1,
        kwonlyFrom: 1,
      });
      noDirFd(dirFd!);
      return statCall("lstat", path!, false);
    },
  },
  {
    name: "statvfs",
    doc:
      "Perform a statvfs system call on the given path.\n\n" +
      "path may always be specified as a string.\n" +
      "On some platforms, path may also be specified as an open file descriptor.\n" +
      "  If this functionality is unavailable, using it raises an exception.",
    textSignature: "($module, /, path)",
    impl: (_m, args, kwnames) => {
      const [path] = parseArgs("statvfs", args, kwnames, { names: ["path"], required: 1 });
      const p = convertPath("statvfs", path!, { allowFd: true })!;
      return withPaths([p], () => {
        const raw = callPrimitive("statvfs", [pyText(p), p.object]) as PyTuple;
        const values = raw.items.map((x) => Py_NewRef(x));
        Py_DECREF(raw);
        return structSeqNew(StatvfsResult_Type, values);
      });
    },
  },
  {
    name: "chdir",
    doc: "Change the current working directory to the specified path.",
    impl: (_m, args, kwnames) => {
      const [path] = parseArgs("chdir", args, kwnames, { names: ["path"], required: 1 });
      const p = convertPath("chdir", path!, { allowFd: true })!;
      return withPaths([p], () => callPrimitive("chdir", [pyText(p), p.object]));
    },
  },
  {
    name: "listdir",
    doc: "Return a list containing the names of the files in the directory.",
    impl: (_m, args, kwnames) => {
      const [path] = parseArgs("listdir", args, kwnames, { names: ["path"], required: 0 });
      const p = convertPath("listdir", path, { allowNone: true, allowFd: true });
      if (p === null) {
        const dot = PyStr_FromString(".");
        try {
          return callPrimitive("listdir", [dot, dot]);
        } finally {
          Py_DECREF(dot);
        }
      }
      return withPaths([p], () => {
        const names = callPrimitive("listdir", [pyText(p), p.object]) as PyList;
        if (!p.bytes) return names;
        const items = names.items.map((n) => asBytes(Py_NewRef(n)));
        Py_DECREF(names);
        return PyList_New(items);
      });
    },
  },
  {
    name: "mkdir",
    doc: "Create a directory.",
    impl: (_m, args, kwnames) => {
      const [path, mode, dirFd] = parseArgs("mkdir", args, kwnames, {
        names: ["path", "mode", "dir_fd"],
        required: 1,
        kwonlyFrom: 2,
      });
      noDirFd(dirFd!);
      const p = convertPath("mkdir", path!)!;
      return withPaths([p], () =>
        callPrimitive("mkdir", mode === null ? [pyText(p), p.object] : [pyText(p), p.object, mode]),
      );
    },
  },
  simplePathFunction("rmdir", "rmdir", "Remove a directory."),
  simplePathFunction("unlink", "unlink", "Remove a file (same as remove())."),
  simplePathFunction("remove", "unlink", "Remove a file (same as unlink())."),
  {
    name: "readlink",
    doc: "Return a string representing the path to which the symbolic link points.",
    impl: (_m, args, kwnames) => {
      const [path, dirFd] = parseArgs("readlink", args, kwnames, {
        names: ["path", "dir_fd"],
        required: 1,
        kwonlyFrom: 1,
      });
      noDirFd(dirFd!);
      const p = convertPath("readlink", path!)!;
      return withPaths([p], () => {
        const r = callPrimitive("readlink", [pyText(p), p.object]);
        return p.bytes ? asBytes(r) : r;
      });
    },
  },
  {
    name: "rename",
    doc: "Rename a file or directory.",
    impl: (_m, args, kwnames) =>
      twoPaths("rename", args, kwnames, ["src", "dst", "src_dir_fd", "dst_dir_fd"]),
  },
  {
    name: "replace",
    doc: "Rename a file or directory, overwriting the destination.",
    impl: (_m, args, kwnames) =>
      twoPaths("replace", args, kwnames, ["src", "dst", "src_dir_fd", "dst_dir_fd"]),
  },
  {
    name: "symlink",
    doc: "Create a symbolic link pointing to src named dst.",
    impl: (_m, args, kwnames) =>
      twoPaths("symlink", args, kwnames, ["src", "dst", "target_is_directory", "dir_fd"]),
  },
  {
    name: "chmod",
    doc: "Change the access permissions of a file.",
    impl: (_m, args, kwnames) => {
      const [path, mode] = parseArgs("chmod", args, kwnames, {
        names: ["path", "mode", "dir_fd", "follow_symlinks"],
        required: 2,
        kwonlyFrom: 2,
      });
      const p = convertPath("chmod", path!, { allowFd: true })!;
      return withPaths([p], () => callPrimitive("chmod", [pyText(p), p.object, mode!]));
    },
  },
  {
    name: "access",
    doc: "Use the real uid/gid to test for access to a path.",
    impl: (_m, args, kwnames) => {
      const [path, mode] = parseArgs("access", args, kwnames, {
        names: ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        required: 2,
        kwonlyFrom: 2,
      });
      const p = convertPath("access", path!)!;
      return withPaths([p], () => callPrimitive("access", [pyText(p), p.object, mode!]));
    },
  },
  {
    name: "scandir",
    doc: "Return an iterator of DirEntry objects for given path.",
    impl: (_m, args, kwnames) => {
      const [path] = parseArgs("scandir", args, kwnames, { names: ["path"], required: 0 });
      const p = convertPath("scandir", path, { allowNone: true, allowFd: true });
      return withPaths([p], () => {
        // The directory is read here, so a missing one fails on the caller's line.
        const text = p === null ? PyStr_FromString(".") : pyText(p);
        const names = callPrimitive("listdir", [text, p === null ? text : p.object]);
        try {
          if (factories.scandir === null) return Py_NewRef(names);
          return PyObject_Call(factories.scandir, [path ?? Py_None, names], null);
        } finally {
          Py_DECREF(names);
        }
      });
    },
  },
  {
    name: "_register_factories",
    doc: "lib/os.py hands over its scandir iterator builder.",
    impl: (_m, args) => {
      const [scandir] = args;
      if (!(args.length === 1 && scandir)) raise(PyExc_TypeError, "_register_factories(scandir)");
      factories.scandir = Py_NewRef(scandir);
      return Py_NewRef(Py_None);
    },
  },
  {
    name: "_struct_result",
    doc: "lib/os.py's results made as C makes them (untracked): _struct_result(type, values).",
    impl: (_m, args) => {
      const [type, values] = args;
      const types: PyObject[] = [TerminalSize_Type, TimesResult_Type, UnameResult_Type];
      if (!(args.length === 2 && types.includes(type!) && values instanceof PyTuple))
        raise(PyExc_TypeError, "_struct_result(type, tuple)");
      return structSeqNew(
        type as PyType,
        values.items.map((x) => Py_NewRef(x)),
      );
    },
  },
  {
    name: "_stat_result",
    doc: "lib/os.py's fstat of the standard streams: an os.stat_result from the host's raw tuple.",
    impl: (_m, args) => {
      if (!(args.length === 1 && args[0] instanceof PyTuple && args[0].items.length === 13))
        raise(PyExc_TypeError, "_stat_result(raw 13-tuple)");
      return statResultFromRaw(args[0]);
    },
  },
];

/** Nanoseconds from a `times` item (int or float seconds), as int(t * 1e9). */
function secondsToNs(t: PyObject): PyObject {
  if (t instanceof PyInt) return PyInt_FromBigInt(BigInt(t.value) * 1_000_000_000n);
  if (t instanceof PyFloat) return PyInt_FromBigInt(BigInt(Math.floor(t.value * 1e9)));
  raise(PyExc_TypeError, `an integer is required (got type ${t.ob_type.tp_name})`);
}

FUNCTIONS.push({
  name: "utime",
  doc: "Set the access and modified time of path.",
  impl: (_m, args, kwnames) => {
    const [path, times, ns] = parseArgs("utime", args, kwnames, {
      names: ["path", "times", "ns", "dir_fd", "follow_symlinks"],
      required: 1,
      kwonlyFrom: 2,
    });
    const hasTimes = times !== null && times !== Py_None;
    if (hasTimes && ns !== null)
      raise(PyExc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    let stamps: PyObject[];
    if (ns !== null) {
      if (!(ns instanceof PyTuple) || ns.items.length !== 2)
        raise(PyExc_TypeError, "utime: 'ns' must be a tuple of two ints");
      stamps = ns.items.map((x) => Py_NewRef(x));
    } else if (hasTimes) {
      if (!(times instanceof PyTuple) || times.items.length !== 2) {
        raise(PyExc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
      }
      const first = secondsToNs(times.items[0]!);
      try {
        stamps = [first, secondsToNs(times.items[1]!)];
      } catch (e) {
        Py_DECREF(first);
        throw e;
      }
    } else {
      const now = PyInt_FromBigInt(BigInt(Date.now()) * 1_000_000n);
      stamps = [now, Py_NewRef(now)];
    }
    try {
      const p = convertPath("utime", path!, { allowFd: true })!;
      // CPython's utime error names no file.
      return withPaths([p], () => callPrimitive("utime", [pyText(p), Py_None, stamps[0]!, stamps[1]!]));
    } finally {
      for (const x of stamps) Py_DECREF(x);
    }
  },
});

function createPosixModule(): PyModule {
  const m = PyModule_New("posix");
  PyModule_AddFunctions(m, FUNCTIONS);
  PyModule_AddObjectRef(m, "stat_result", StatResult_Type);
  PyModule_AddObjectRef(m, "statvfs_result", StatvfsResult_Type);
  PyModule_AddObjectRef(m, "terminal_size", TerminalSize_Type);
  PyModule_AddObjectRef(m, "times_result", TimesResult_Type);
  PyModule_AddObjectRef(m, "uname_result", UnameResult_Type);
  return m;
}

export function registerPosixModule(): void {
  registerBuiltinModule("posix", createPosixModule);
}

/**
 * A signal the program sends itself: the host would take it (Node answers SIGUSR1 by starting its
 * debugger, and SIGINT reaches the program only at its next check), so signal.py runs the
 * program's handler now, as CPython runs it as soon as kill() returns. False: the signal has its
 * default action, and is sent.
 */
function signalHandledInProcess(signal: number): boolean {
  const module = PyImport_ImportModule("signal");
  const number = PyInt_FromNumber(signal);
  try {
    const handled = PyObject_CallMethod(module, "_deliver_self", [number]);
    const result = PyObject_IsTrue(handled);
    Py_DECREF(handled);
    return result;
  } finally {
    Py_DECREF(number);
    Py_DECREF(module);
  }
}

FUNCTIONS.push(
  {
    name: "_exit",
    doc: "Exit to the system with specified status, without normal exit processing.",
    impl: (_m, args, kwnames) => {
      const [status] = parseArgs("_exit", args, kwnames, { names: ["status"], required: 1 });
      const index = PyNumber_Index(status!);
      const v = BigInt(index.value);
      Py_DECREF(index);
      if (v !== BigInt.asIntN(32, v)) raise(PyExc_OverflowError, "Python int too large to convert to C int");
      throw new ProcessExit(Number(v) & 0xff);
    },
  },
  {
    name: "kill",
    doc: "Kill a process with a signal.",
    impl: (_m, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0)
        raise(PyExc_TypeError, "posix.kill() takes no keyword arguments");
      if (args.length !== 2)
        raise(PyExc_TypeError, `kill() takes exactly 2 arguments (${args.length} given)`);
      const pid = PyNumber_AsCInt(args[0]!);
      const signal = PyNumber_AsCInt(args[1]!);
      if (pid === host().process?.pid && signalHandledInProcess(signal)) return Py_NewRef(Py_None);
      return callPrimitive("kill", [PyInt_FromNumber(pid), PyInt_FromNumber(signal)]);
    },
  },
  {
    name: "link",
    doc: "Create a hard link to a file.",
    impl: (_m, args, kwnames) =>
      twoPaths("link", args, kwnames, ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"]),
  },
  {
    name: "truncate",
    doc: "Truncate a file, specified by path, to a specific length.",
    impl: (_m, args, kwnames) => {
      const [path, length] = parseArgs("truncate", args, kwnames, { names: ["path", "length"], required: 2 });
      const p = convertPath("truncate", path!, { allowFd: true })!;
      const n = PyNumber_Index(length!);
      return withPaths([p], () => {
        try {
          return callPrimitive("truncate", [pyText(p), p.object, n]);
        } finally {
          Py_DECREF(n);
        }
      });
    },
  },
);

/**
 * The wait family: heapstack's processes never have children left to wait for (subprocess
 * runs a program to completion and reaps it), so these fail as wait(2) does then: ECHILD.
 */
function noChildProcesses(): never {
  const args = [PyInt_FromNumber(10), PyStr_FromString("No child processes")];
  try {
    throw PyObject_Call(PyExc_OSError, args, null);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

function noArguments(name: string, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, `posix.${name}() takes no keyword arguments`);
  if (args.length !== 0) raise(PyExc_TypeError, `posix.${name}() takes no arguments (${args.length} given)`);
}

FUNCTIONS.push(
  {
    name: "wait",
    doc: "Wait for completion of a child process.",
    impl: (_m, args, kwnames) => {
      noArguments("wait", args, kwnames);
      return noChildProcesses();
    },
  },
  {
    name: "waitpid",
    doc: "Wait for completion of a given child process.",
    impl: (_m, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0)
        raise(PyExc_TypeError, "posix.waitpid() takes no keyword arguments");
      if (args.length !== 2)
        raise(PyExc_TypeError, `waitpid() takes exactly 2 arguments (${args.length} given)`);
      PyNumber_AsCInt(args[0]!);
      PyNumber_AsCInt(args[1]!);
      return noChildProcesses();
    },
  },
  {
    name: "wait3",
    doc: "Wait for completion of a child process.",
    impl: (_m, args, kwnames) => {
      const [options] = parseArgs("wait3", args, kwnames, { names: ["options"], required: 1 });
      PyNumber_AsCInt(options!);
      return noChildProcesses();
    },
  },
  {
    name: "wait4",
    doc: "Wait for completion of a specific child process.",
    impl: (_m, args, kwnames) => {
      const [pid, options] = parseArgs("wait4", args, kwnames, { names: ["pid", "options"], required: 2 });
      PyNumber_AsCInt(pid!);
      PyNumber_AsCInt(options!);
      return noChildProcesses();
    },
  },
  {
    name: "sched_yield",
    doc: "Voluntarily relinquish the CPU.",
    impl: (_m, args, kwnames) => {
      noArguments("sched_yield", args, kwnames);
      return Py_NewRef(Py_None);
    },
  },
  {
    name: "getloadavg",
    doc: "Return average recent system load information.",
    impl: (_m, args, kwnames) => {
      noArguments("getloadavg", args, kwnames);
      return callPrimitive("getloadavg", []);
    },
  },
  {
    name: "getgroups",
    doc: "Return list of supplemental group IDs for the process.",
    impl: (_m, args, kwnames) => {
      noArguments("getgroups", args, kwnames);
      return callPrimitive("getgroups", []);
    },
  },
);

/** A dev_t argument (_Py_Dev_Converter): an int in 0 .. 2**64-1, no __index__. */
function devArg(o: PyObject): bigint {
  if (!(o instanceof PyInt)) raise(PyExc_TypeError, "an integer is required");
  const v = BigInt(o.value);
  if (v < 0n) raise(PyExc_OverflowError, "can't convert negative int to unsigned");
  if (v > 0xffffffffffffffffn) raise(PyExc_OverflowError, "int too big to convert");
  return v;
}

/** An argument-clinic `int` argument: __index__, then C int range. */
function cliniPyNumber_AsCInt(o: PyObject): number {
  const index = PyNumber_Index(o);
  const v = index.value;
  Py_DECREF(index);
  if (v > 2147483647 || v < -2147483648)
    raise(PyExc_OverflowError, "Python int too large to convert to C int");
  return Number(v);
}

function oneArgument(name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, `posix.${name}() takes no keyword arguments`);
  if (args.length !== 1) {
    raise(PyExc_TypeError, `posix.${name}() takes exactly one argument (${args.length} given)`);
  }
  return args[0]!;
}

FUNCTIONS.push(
  {
    // glibc's gnu_dev_major / gnu_dev_minor / gnu_dev_makedev: the 64-bit dev_t layout of Linux
    name: "major",
    doc: "Extracts a device major number from a raw device number.",
    impl: (_m, args, kwnames) => {
      const dev = devArg(oneArgument("major", args, kwnames));
      return PyInt_FromBigInt(((dev & 0xfff00n) >> 8n) | ((dev & 0xfffff00000000000n) >> 32n));
    },
  },
  {
    name: "minor",
    doc: "Extracts a device minor number from a raw device number.",
    impl: (_m, args, kwnames) => {
      const dev = devArg(oneArgument("minor", args, kwnames));
      return PyInt_FromBigInt((dev & 0xffn) | ((dev & 0xffffff00000n) >> 12n));
    },
  },
  {
    name: "makedev",
    doc: "Composes a raw device number from the major and minor device numbers.",
    impl: (_m, args, kwnames) => {
      positional("makedev", args, kwnames, 2, 2);
      const major = BigInt(cliniPyNumber_AsCInt(args[0]!) >>> 0);
      const minor = BigInt(cliniPyNumber_AsCInt(args[1]!) >>> 0);
      const dev =
        ((major & 0xfffn) << 8n) |
        ((major & 0xfffff000n) << 32n) |
        (minor & 0xffn) |
        ((minor & 0xffffff00n) << 12n);
      // dev_t comes back through PyLong_FromLongLong: the top bit makes it negative
      return PyInt_FromBigInt(BigInt.asIntN(64, dev));
    },
  },
  {
    name: "getrandom",
    doc: "Obtain a series of random bytes.",
    impl: (_m, args, kwnames) => {
      const [size, flags] = parseArgs("getrandom", args, kwnames, { names: ["size", "flags"], required: 1 });
      const n = PyNumber_AsSsize_t(size!, PyExc_OverflowError);
      if (flags !== null) cliniPyNumber_AsCInt(flags);
      if (n < 0) {
        const errArgs = [PyInt_FromNumber(22), PyStr_FromString("Invalid argument")];
        try {
          throw PyObject_Call(PyExc_OSError, errArgs, null);
        } finally {
          for (const a of errArgs) Py_DECREF(a);
        }
      }
      const out = new Uint8Array(n);
      for (let off = 0; off < n; off += 65536)
        globalThis.crypto.getRandomValues(out.subarray(off, off + 65536));
      return PyBytes_FromBytes(out);
    },
  },
);

/** An OSError for errno `errno` (new exception object, subclass chosen by OSError). */
function errnoError(errno: number, text: string): PyObject {
  const args = [PyInt_FromNumber(errno), PyStr_FromString(text)];
  try {
    return PyObject_Call(PyExc_OSError, args, null);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

FUNCTIONS.push({
  // The kernel's answer to sched_getaffinity(2), as Linux publishes it in /proc/<pid>/status
  // ("Cpus_allowed_list: 0-3,6"): the process running heapstack is the program's own.
  name: "sched_getaffinity",
  doc: "Return the affinity of the process identified by pid (or the current process if zero).",
  impl: (_m, args, kwnames) => {
    const pid = PyNumber_AsCInt(oneArgument("sched_getaffinity", args, kwnames));
    let status: string;
    try {
      status = new TextDecoder().decode(
        host().fs.readFile(pid === 0 ? "/proc/self/status" : `/proc/${pid}/status`),
      );
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      throw pid === 0 ? errnoError(38, "Function not implemented") : errnoError(3, "No such process");
    }
    const line = /^Cpus_allowed_list:\s*(\S*)/m.exec(status);
    if (line === null) throw errnoError(38, "Function not implemented");
    const cpus = PySet_New(null);
    for (const range of line[1]!.split(",")) {
      if (range === "") continue;
      const [first, last] = range.split("-").map(Number) as [number, number | undefined];
      for (let cpu = first; cpu <= (last ?? first); cpu++) {
        const n = PyInt_FromNumber(cpu);
        PySet_Add(cpus, n);
        Py_DECREF(n);
      }
    }
    return cpus;
  },
});
