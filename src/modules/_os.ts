/**
 * `_os`: the host operations lib/os.py is built on (CPython's Modules/posixmodule.c, reduced to
 * primitives). Every file-system and process call goes through host() (src/modules/host.ts), so
 * the browser's virtual file system can stand in for node:fs. Paths arrive as str (lib/os.py
 * applies os.fspath first) with the object the program passed, which failures report as
 * `filename` exactly as CPython's OSError does: `[Errno 2] No such file or directory: 'x'`.
 */
import { PyNumber_Index, PyObject_Call } from "../objects/abstract.js";
import { Py_False, PyBool_FromBool } from "../objects/bool.js";
import { type PyBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import { decodeBytes } from "../objects/codecs.js";
import { PyDict_New, PyDict_SetItem } from "../objects/dict.js";
import {
  type PyBaseException,
  PyExc_OSError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { PyFloat_FromDouble } from "../objects/float.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber } from "../objects/int.js";
import { PyList_New } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import { type PyTuple, PyTuple_New } from "../objects/tuple.js";
import { HostError, type HostFileSystem, host, type StatInfo } from "./host.js";
import { registerBuiltinModule } from "./importlib.js";
import { flushStdStreamsBeforeDirectWrite } from "./io_files.js";

/** errno names → (number, strerror) as glibc on x86-64 Linux reports them. */
const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, "Operation not permitted"],
  ENOENT: [2, "No such file or directory"],
  ESRCH: [3, "No such process"],
  EINTR: [4, "Interrupted system call"],
  EIO: [5, "Input/output error"],
  ENXIO: [6, "No such device or address"],
  E2BIG: [7, "Argument list too long"],
  ENOEXEC: [8, "Exec format error"],
  EBADF: [9, "Bad file descriptor"],
  ECHILD: [10, "No child processes"],
  EAGAIN: [11, "Resource temporarily unavailable"],
  ENOMEM: [12, "Cannot allocate memory"],
  EACCES: [13, "Permission denied"],
  EFAULT: [14, "Bad address"],
  EBUSY: [16, "Device or resource busy"],
  EEXIST: [17, "File exists"],
  EXDEV: [18, "Invalid cross-device link"],
  ENODEV: [19, "No such device"],
  ENOTDIR: [20, "Not a directory"],
  EISDIR: [21, "Is a directory"],
  EINVAL: [22, "Invalid argument"],
  ENFILE: [23, "Too many open files in system"],
  EMFILE: [24, "Too many open files"],
  ENOTTY: [25, "Inappropriate ioctl for device"],
  EFBIG: [27, "File too large"],
  ENOSPC: [28, "No space left on device"],
  ESPIPE: [29, "Illegal seek"],
  EROFS: [30, "Read-only file system"],
  EMLINK: [31, "Too many links"],
  EPIPE: [32, "Broken pipe"],
  EDOM: [33, "Numerical argument out of domain"],
  ERANGE: [34, "Numerical result out of range"],
  ENAMETOOLONG: [36, "File name too long"],
  ENOSYS: [38, "Function not implemented"],
  ENOTEMPTY: [39, "Directory not empty"],
  ELOOP: [40, "Too many levels of symbolic links"],
};

const BY_NUMBER = new Map<number, string>(Object.values(ERRNO).map(([n, t]) => [n, t]));

/** OSError(errno, strerror, filename[, None, filename2]): the constructor picks the subclass. */
function osError(
  code: string,
  filename: PyObject | null,
  filename2: PyObject | null = null,
): PyBaseException {
  const [errno, text] = ERRNO[code] ?? [5, "Input/output error"];
  const args: PyObject[] = [PyInt_FromNumber(errno), PyStr_FromString(text)];
  if (filename !== null) {
    args.push(Py_NewRef(filename));
    if (filename2 !== null) args.push(Py_NewRef(Py_None), Py_NewRef(filename2));
  }
  try {
    return PyObject_Call(PyExc_OSError, args, null) as PyBaseException;
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

type FsOp = Exclude<keyof HostFileSystem, "readFile" | "writeFile" | "stat" | "listDir" | "cwd">;

/** The host's implementation of an optional operation, or OSError ENOSYS. */
function op<K extends FsOp>(name: K, filename: PyObject | null): NonNullable<HostFileSystem[K]> {
  const fs = host().fs;
  const f = fs[name];
  if (f === undefined) throw osError("ENOSYS", filename);
  return (f as (...a: never[]) => unknown).bind(fs) as NonNullable<HostFileSystem[K]>;
}

function call<T>(f: () => T, filename: PyObject | null, filename2: PyObject | null = null): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof HostError) throw osError(e.code, filename, filename2);
    throw e;
  }
}

function strArg(fname: string, o: PyObject | undefined, what = "path"): string {
  if (o instanceof PyStr) {
    if (o.value.includes("\0")) raise(PyExc_ValueError, "embedded null byte");
    return o.value;
  }
  raise(
    PyExc_TypeError,
    `${fname}: ${what} should be string, bytes or os.PathLike, not ${o?.ob_type.tp_name}`,
  );
}

/** An integer argument as CPython's converters take it: through __index__. */
function indexValue(o: PyObject): number | bigint {
  if (o instanceof PyInt) return o.value;
  const index = PyNumber_Index(o);
  Py_DECREF(index);
  return index.value;
}

function intArg(o: PyObject | undefined, dflt: number): number {
  if (o === undefined || o === Py_None) return dflt;
  return Number(indexValue(o));
}

function bigArg(o: PyObject): bigint {
  return BigInt(indexValue(o));
}

const none = () => Py_NewRef(Py_None);

/** A function taking (path, filename) and calling a host operation. */
function pathFn(
  name: string,
  f: (path: string, filename: PyObject, args: PyObject[]) => PyObject,
): MethodDef {
  return {
    name,
    impl: (_m, args) => {
      const path = strArg(name, args[0]);
      // the empty path names no file (the system calls fail with ENOENT)
      if (path === "") throw osError("ENOENT", args[1] ?? args[0]!);
      return f(path, args[1] ?? args[0]!, args);
    },
  };
}

function statTuple(st: StatInfo): PyObject {
  const big = (b: bigint) => PyInt_FromBigInt(b);
  return PyTuple_New([
    PyInt_FromNumber(st.mode),
    big(st.ino),
    big(st.dev),
    PyInt_FromNumber(st.nlink),
    PyInt_FromNumber(st.uid),
    PyInt_FromNumber(st.gid),
    PyInt_FromNumber(st.size),
    big(st.atimeNs),
    big(st.mtimeNs),
    big(st.ctimeNs),
    PyInt_FromNumber(st.blocks),
    PyInt_FromNumber(st.blksize),
    PyInt_FromNumber(st.rdev),
  ]);
}

const FUNCTIONS: MethodDef[] = [
  { name: "getcwd", impl: () => PyStr_FromString(host().fs.cwd()) },
  pathFn("listdir", (path, fn) => {
    const names = call(() => host().fs.listDir(path), fn);
    return PyList_New(names.map((n) => PyStr_FromString(n)));
  }),
  pathFn("stat", (path, fn, args) => {
    const follow = args[2] !== Py_False;
    return statTuple(call(() => op("statInfo", fn)(path, follow), fn));
  }),
  {
    /** fstat(fd) for the standard descriptors 0, 1 and 2: the stat primitive's tuple. */
    name: "fstat_std",
    impl: (_m, args) => statTuple(call(() => op("fstat", null)(intArg(args[0], 0)), null)),
  },
  {
    /** write_std(fd, data): bytes straight to stdout (1) or stderr (2), past sys.stdout's buffer. */
    name: "write_std",
    impl: (_m, args) => {
      const fd = intArg(args[0], 1);
      const data = (args[1] as PyBytes).value;
      // bytes that are not UTF-8 travel as surrogate escapes (see encodeStreamText)
      const text = decodeBytes(data, "utf-8", "surrogateescape", null);
      // What sys.stdout has already passed down comes first; what its buffer still holds, after.
      flushStdStreamsBeforeDirectWrite();
      call(() => (fd === 2 ? host().writeStderr(text) : host().writeStdout(text)), null);
      return PyInt_FromNumber(data.length);
    },
  },
  pathFn("mkdir", (path, fn, args) => {
    call(() => op("mkdir", fn)(path, intArg(args[2], 0o777)), fn);
    return none();
  }),
  pathFn("rmdir", (path, fn) => {
    call(() => op("rmdir", fn)(path), fn);
    return none();
  }),
  pathFn("unlink", (path, fn) => {
    call(() => op("unlink", fn)(path), fn);
    return none();
  }),
  pathFn("readlink", (path, fn) => PyStr_FromString(call(() => op("readlink", fn)(path), fn))),
  pathFn("realpath", (path, fn) => PyStr_FromString(call(() => op("realpath", fn)(path), fn))),
  pathFn("disk_usage", (path, fn) => {
    // shutil.disk_usage's numbers (total, used, free) from the file system's statvfs sizes
    const [total, rootFree, free] = call(() => op("diskUsage", fn)(path), fn);
    const items = [total, total - rootFree, free].map((n) => PyInt_FromBigInt(n));
    return PyTuple_New(items);
  }),
  pathFn("statvfs", (path, fn) =>
    PyTuple_New(call(() => op("statvfs", fn)(path), fn).map((n) => PyInt_FromBigInt(n))),
  ),
  pathFn("chdir", (path, fn) => {
    call(() => op("chdir", fn)(path), fn);
    return none();
  }),
  pathFn("chmod", (path, fn, args) => {
    call(() => op("chmod", fn)(path, intArg(args[2], 0)), fn);
    return none();
  }),
  pathFn("truncate", (path, fn, args) => {
    call(() => op("truncate", fn)(path, intArg(args[2], 0)), fn);
    return none();
  }),
  {
    /** link(src, dst, src_obj, dst_obj). */
    name: "link",
    impl: (_m, args) => {
      const src = strArg("link", args[0], "src");
      const dst = strArg("link", args[1], "dst");
      const fs = args[2] ?? args[0]!;
      const fd = args[3] ?? args[1]!;
      if (src === "" || dst === "") throw osError("ENOENT", fs, fd);
      call(() => op("link", fs)(src, dst), fs, fd);
      return none();
    },
  },
  pathFn("utime", (path, fn, args) => {
    call(() => op("utime", fn)(path, bigArg(args[2]), bigArg(args[3])), fn);
    return none();
  }),
  pathFn("access", (path, fn, args) => {
    const ok = call(() => op("access", fn)(path, intArg(args[2], 0)), fn);
    return PyBool_FromBool(ok);
  }),
  {
    /** rename(src, dst, src_obj, dst_obj). */
    name: "rename",
    impl: (_m, args) => {
      const src = strArg("rename", args[0], "src");
      const dst = strArg("rename", args[1], "dst");
      const fs = args[2] ?? args[0]!;
      const fd = args[3] ?? args[1]!;
      if (src === "" || dst === "") throw osError("ENOENT", fs, fd);
      call(() => op("rename", fs)(src, dst), fs, fd);
      return none();
    },
  },
  {
    /** symlink(src, dst, src_obj, dst_obj). */
    name: "symlink",
    impl: (_m, args) => {
      const src = strArg("symlink", args[0], "src");
      const dst = strArg("symlink", args[1], "dst");
      const fs = args[2] ?? args[0]!;
      const fd = args[3] ?? args[1]!;
      if (src === "" || dst === "") throw osError("ENOENT", fs, fd);
      call(() => op("symlink", fs)(src, dst), fs, fd);
      return none();
    },
  },
  {
    name: "environ",
    impl: () => {
      const d = PyDict_New();
      for (const [k, v] of Object.entries(host().env)) {
        if (v === undefined) continue;
        const key = PyStr_FromString(k);
        const value = PyStr_FromString(v);
        PyDict_SetItem(d, key, value);
        Py_DECREF(key);
        Py_DECREF(value);
      }
      return d;
    },
  },
  {
    name: "putenv",
    impl: (_m, args) => {
      const k = strArg("putenv", args[0], "name");
      const v = strArg("putenv", args[1], "value");
      if (k === "" || k.includes("=")) raise(PyExc_ValueError, "illegal environment variable name");
      host().env[k] = v;
      return none();
    },
  },
  {
    name: "unsetenv",
    impl: (_m, args) => {
      const k = strArg("unsetenv", args[0], "name");
      if (k === "" || k.includes("=")) raise(PyExc_ValueError, "illegal environment variable name");
      delete host().env[k];
      return none();
    },
  },
  {
    name: "urandom",
    impl: (_m, args) => {
      const n = intArg(args[0], 0);
      if (n < 0) raise(PyExc_ValueError, "negative argument not allowed");
      const out = new Uint8Array(n);
      for (let off = 0; off < n; off += 65536)
        globalThis.crypto.getRandomValues(out.subarray(off, off + 65536));
      return PyBytes_FromBytes(out);
    },
  },
  {
    name: "strerror",
    impl: (_m, args) => {
      const n = intArg(args[0], 0);
      return PyStr_FromString(BY_NUMBER.get(n) ?? `Unknown error ${n}`);
    },
  },
  {
    /** process(): (pid, ppid, cpu_count or None, uid, gid, login or None). */
    name: "process",
    impl: () => {
      const p = host().process;
      if (p === undefined) throw osError("ENOSYS", null);
      return PyTuple_New([
        PyInt_FromNumber(p.pid),
        PyInt_FromNumber(p.ppid),
        p.cpuCount === null ? none() : PyInt_FromNumber(p.cpuCount),
        PyInt_FromNumber(p.uid),
        PyInt_FromNumber(p.gid),
        p.login === undefined ? none() : PyStr_FromString(p.login),
      ]);
    },
  },
  {
    /** times(): (user, system, elapsed) seconds: this process's CPU times and a clock since boot. */
    name: "times",
    impl: () => {
      const proc = (
        globalThis as {
          process?: { cpuUsage?: () => { user: number; system: number }; uptime?: () => number };
        }
      ).process;
      const u = proc?.cpuUsage?.() ?? { user: performance.now() * 1000, system: 0 };
      // CPython counts in clock ticks (100 per second).
      const ticks = (micro: number) => PyFloat_FromDouble(Math.round(micro / 10000) / 100);
      // elapsed: only differences between two calls mean something (CPython's counts from boot).
      const elapsed = (performance.timeOrigin + performance.now()) * 1000;
      return PyTuple_New([ticks(u.user), ticks(u.system), ticks(elapsed)]);
    },
  },
  {
    /**
     * spawn(argv, input, cwd, env, timeout): run a program to completion; (status or None,
     * signal number or None, timed out, pid, stdout bytes, stderr bytes). OSError if it cannot start.
     */
    name: "spawn",
    impl: (_m, args) => {
      const spawn = host().process?.spawn;
      if (spawn === undefined) throw osError("ENOSYS", null);
      const argv = (args[0] as PyTuple).items.map((o) => (o as PyStr).value);
      const input = args[1] === Py_None ? null : (args[1] as PyBytes).value;
      const cwd = args[2] === Py_None ? host().fs.cwd() : (args[2] as PyStr).value;
      const env: Record<string, string> = {};
      const pairs = (args[3] as PyTuple).items;
      for (const pair of pairs) {
        const [k, v] = (pair as PyTuple).items;
        env[(k as PyStr).value] = (v as PyStr).value;
      }
      const timeout = args[4] === Py_None ? null : Number((args[4] as unknown as { value: number }).value);
      const r = call(() => spawn(argv, { input, cwd, env, timeout }), argv.length > 0 ? args[5]! : null);
      return PyTuple_New([
        r.status === null ? none() : PyInt_FromNumber(r.status),
        r.signal === null ? none() : PyInt_FromNumber(r.signal),
        PyBool_FromBool(r.timedOut),
        PyInt_FromNumber(r.pid),
        PyBytes_FromBytes(r.stdout),
        PyBytes_FromBytes(r.stderr),
      ]);
    },
  },
  {
    /** can_spawn(): whether the host runs other programs (false in the browser sandbox). */
    name: "can_spawn",
    impl: () => Py_NewRef(PyBool_FromBool(host().process?.spawn !== undefined)),
  },
  {
    /** self_command(): the argv prefix that runs heapstack itself, or None. */
    name: "self_command",
    impl: () => {
      const cmd = host().process?.selfCommand;
      return cmd === undefined ? none() : PyTuple_New(cmd.map((s) => PyStr_FromString(s)));
    },
  },
  {
    /** rusage(): getrusage(RUSAGE_SELF)'s 16 fields (times in seconds, maxrss in KiB), or None. */
    name: "rusage",
    impl: () => {
      const proc = (globalThis as unknown as { process?: { resourceUsage?: () => Record<string, number> } })
        .process;
      const r = proc?.resourceUsage?.();
      if (r === undefined) return none();
      const keys = [
        "maxRSS",
        "sharedMemorySize",
        "unsharedDataSize",
        "unsharedStackSize",
        "minorPageFault",
        "majorPageFault",
        "swappedOut",
        "fsRead",
        "fsWrite",
        "ipcSent",
        "ipcReceived",
        "signalsCount",
        "voluntaryContextSwitches",
        "involuntaryContextSwitches",
      ];
      return PyTuple_New([
        PyFloat_FromDouble((r.userCPUTime ?? 0) / 1e6),
        PyFloat_FromDouble((r.systemCPUTime ?? 0) / 1e6),
        ...keys.map((k) => PyInt_FromNumber(r[k] ?? 0)),
      ]);
    },
  },
  {
    name: "uname",
    impl: () => {
      const u = host().process?.uname;
      if (u === undefined) throw osError("ENOSYS", null);
      return PyTuple_New(u.map((s) => PyStr_FromString(s)));
    },
  },
  {
    /** kill(pid, signal): OSError as kill(2) reports it (ProcessLookupError, PermissionError). */
    name: "kill",
    impl: (_m, args) => {
      const kill = host().process?.kill;
      if (kill === undefined) throw osError("ENOSYS", null);
      call(() => kill(intArg(args[0], 0), intArg(args[1], 0)), null);
      return none();
    },
  },
  {
    name: "getloadavg",
    impl: () => {
      const loadavg = host().process?.loadavg;
      // getloadavg(3) failing is what CPython reports when the host has no load averages
      if (loadavg === undefined) raise(PyExc_OSError, "Load averages are unobtainable");
      return PyTuple_New(loadavg().map((x) => PyFloat_FromDouble(x)));
    },
  },
  {
    name: "getgroups",
    impl: () => {
      const groups = host().process?.groups;
      if (groups === undefined) throw osError("ENOSYS", null);
      return PyList_New(groups().map((g) => PyInt_FromNumber(g)));
    },
  },
  {
    name: "umask",
    impl: (_m, args) => {
      const f = host().process?.umask;
      if (f === undefined) throw osError("ENOSYS", null);
      return PyInt_FromNumber(f(intArg(args[0], 0)));
    },
  },
];

/** A primitive's implementation, for the `posix` module's public functions (src/modules/posix.ts). */
export function osPrimitive(name: string): MethodDef["impl"] {
  const def = FUNCTIONS.find((f) => f.name === name);
  if (def === undefined) throw new Error(`_os has no primitive ${name}`);
  return def.impl;
}

function createOsModule(): PyModule {
  const m = PyModule_New("_os");
  PyModule_AddFunctions(m, FUNCTIONS);
  const codes = PyDict_New();
  for (const [name, [n]] of Object.entries(ERRNO)) {
    const k = PyStr_FromString(name);
    const v = PyInt_FromNumber(n);
    PyDict_SetItem(codes, k, v);
    Py_DECREF(k);
    Py_DECREF(v);
  }
  PyModule_Add(m, "errorcodes", codes);
  return m;
}

export function registerOsModule(): void {
  registerBuiltinModule("_os", createOsModule);
}
