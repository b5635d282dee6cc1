/**
 * The descriptor calls of the `os` module (os.open, read, write, lseek, ftruncate, close) over
 * io_files.ts's descriptor table, as private functions of `_io` that lib/os.py calls: a
 * descriptor is the file of a stream, so os.read on f.fileno() and a stream from
 * os.fdopen(os.open(...)) see the same file and position.
 */

import { PyObject_IsTrue } from "../objects/abstract.js";
import { parseArgs } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { bufferBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import { PyExc_OSError, PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyInt, PyInt_FromNumber } from "../objects/int.js";
import type { MethodDef } from "../objects/methods.js";
import { Py_None } from "../objects/none.js";
import { allocateObject, Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { type PyStr, PyStr_FromString } from "../objects/str.js";
import { PyTuple_New } from "../objects/tuple.js";
import { host } from "./host.js";
import {
  allocFd,
  closeFd,
  fdFile,
  fileioMode,
  flushFile,
  openFiles,
  osError,
  PyFileIO_Type,
  PyFileObject,
  readBytes,
  shareState,
  stdinRawRead,
  writeBytes,
} from "./io_files.js";

function intArg(o: PyObject): number {
  if (!(o instanceof PyInt))
    raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  return Number(o.value);
}

/** The file behind descriptor `fd` (borrowed); EBADF when it is not open. */
function descriptorFile(o: PyObject): PyFileObject {
  const f = fdFile(intArg(o));
  if (f === null || f.closed) throw osError("EBADF", null);
  return f;
}

/** _fd_open(path, readable, writable, append): a FileIO the descriptor table owns; its descriptor. */
function fdOpen(args: PyObject[], kw: string[] | null): PyObject {
  const [pathObj, readable, writable, append] = parseArgs("_fd_open", args, kw, {
    names: ["path", "readable", "writable", "append"],
    required: 4,
  });
  const fs = host().fs;
  const path = (pathObj as PyStr).value;
  const fullPath = path.startsWith("/") ? path : `${fs.cwd()}/${path}`;
  const f = new PyFileObject(PyFileIO_Type, Py_NewRef(pathObj!), "rb", true);
  allocateObject(f, PyFileIO_Type.tp_basicsize + 16);
  f.path = fullPath;
  f.readable = PyObject_IsTrue(readable!);
  f.writable = PyObject_IsTrue(writable!);
  f.appending = PyObject_IsTrue(append!);
  f.mode = fileioMode(false, f.appending, f.readable, f.writable);
  if (fs.stat(fullPath) === "file") {
    f.content = fs.readFile(fullPath);
    f.length = f.content.length;
  }
  openFiles.add(f);
  const fd = allocFd(f, true);
  Py_DECREF(f);
  return PyInt_FromNumber(fd);
}

/** The write end of each os.pipe() read end: its closing is the read end's hang-up. */
const pipeWriters = new WeakMap<PyFileObject, PyFileObject>();

const POLLIN = 0x001;
const POLLOUT = 0x004;
const POLLHUP = 0x010;

/**
 * _fd_poll(fd): what poll() would report for descriptor fd with every event asked for (the
 * select module's readiness), or None for a descriptor that is not in the table. A file is
 * always ready both ways; a pipe's read end when its buffer holds unread bytes, hung up once
 * its write end is closed; a write end is always writable (the buffer has no limit).
 */
function fdPoll(o: PyObject): PyObject {
  const f = fdFile(intArg(o));
  if (f === null || f.closed) return Py_NewRef(Py_None);
  if (f.path !== "") return PyInt_FromNumber(POLLIN | POLLOUT);
  if (!f.readable) return PyInt_FromNumber(POLLOUT);
  const writer = pipeWriters.get(f);
  const hungUp = writer === undefined || writer.closed;
  return PyInt_FromNumber((f.pos < f.length ? POLLIN : 0) | (hungUp ? POLLHUP : 0));
}

/** _pipe(): os.pipe's two descriptors, a read end and a write end over one buffer in memory. */
function pipe(): PyObject {
  const ends: PyFileObject[] = [];
  for (const readable of [true, false]) {
    const f = new PyFileObject(PyFileIO_Type, Py_NewRef(Py_None), readable ? "rb" : "wb", true);
    allocateObject(f, PyFileIO_Type.tp_basicsize + 16);
    f.readable = readable;
    f.writable = !readable;
    f.appending = !readable;
    ends.push(f);
  }
  const [reader, writer] = ends as [PyFileObject, PyFileObject];
  shareState(writer, reader, ["content", "length"]);
  pipeWriters.set(reader, writer);
  const fds = ends.map((f) => {
    const fd = allocFd(f, true);
    Py_DECREF(f.nameObj);
    f.nameObj = PyInt_FromNumber(fd);
    Py_DECREF(f);
    return PyInt_FromNumber(fd);
  });
  return PyTuple_New(fds);
}

function fdRead(args: PyObject[], kw: string[] | null): PyObject {
  const [fd, n] = parseArgs("_fd_read", args, kw, { names: ["fd", "n"], required: 2 });
  const f = descriptorFile(fd!);
  if (!f.readable) throw osError("EBADF", null);
  return PyBytes_FromBytes(readBytes(f, intArg(n!)));
}

function fdWrite(args: PyObject[], kw: string[] | null): PyObject {
  const [fd, data] = parseArgs("_fd_write", args, kw, { names: ["fd", "data"], required: 2 });
  const f = descriptorFile(fd!);
  if (!f.writable) throw osError("EBADF", null);
  const bytes = bufferBytes(data!) ?? new Uint8Array(0);
  writeBytes(f, bytes);
  flushFile(f);
  return PyInt_FromNumber(bytes.length);
}

function fdSeek(args: PyObject[], kw: string[] | null): PyObject {
  const [fd, pos, whence] = parseArgs("_fd_seek", args, kw, { names: ["fd", "pos", "whence"], required: 3 });
  const f = descriptorFile(fd!);
  if (f.path === "") throw osError("ESPIPE", null);
  const w = intArg(whence!);
  const base = w === 0 ? 0 : w === 1 ? f.pos : w === 2 ? f.length : -1;
  const target = base + intArg(pos!);
  if (base < 0 || target < 0) raise(PyExc_OSError, "[Errno 22] Invalid argument");
  f.pos = target;
  return PyInt_FromNumber(target);
}

function fdTruncate(args: PyObject[], kw: string[] | null): PyObject {
  const [fd, length] = parseArgs("_fd_truncate", args, kw, { names: ["fd", "length"], required: 2 });
  const f = descriptorFile(fd!);
  const n = intArg(length!);
  if (!f.writable || n < 0) raise(PyExc_OSError, "[Errno 22] Invalid argument");
  if (n > f.content.length) {
    const grown = new Uint8Array(n);
    grown.set(f.content.subarray(0, f.length));
    f.content = grown;
  } else {
    f.content.fill(0, n, f.length);
  }
  f.length = n;
  f.dirty = true;
  flushFile(f);
  return Py_NewRef(Py_None);
}

export const DESCRIPTOR_FUNCTIONS: MethodDef[] = [
  { name: "_fd_open", impl: (_m, a, k) => fdOpen(a, k) },
  { name: "_pipe", impl: () => pipe() },
  { name: "_fd_read", impl: (_m, a, k) => fdRead(a, k) },
  { name: "_fd_write", impl: (_m, a, k) => fdWrite(a, k) },
  { name: "_fd_seek", impl: (_m, a, k) => fdSeek(a, k) },
  { name: "_fd_truncate", impl: (_m, a, k) => fdTruncate(a, k) },
  {
    // the path of descriptor fd's file; None for a descriptor that is not open
    name: "_fd_path",
    impl: (_m, a, k) => {
      const [fd] = parseArgs("_fd_path", a, k, { names: ["fd"], required: 1 });
      const f = fdFile(intArg(fd!));
      return f === null || f.closed ? Py_NewRef(Py_None) : PyStr_FromString(f.path);
    },
  },
  {
    name: "_fd_poll",
    impl: (_m, a, k) => {
      const [fd] = parseArgs("_fd_poll", a, k, { names: ["fd"], required: 1 });
      return fdPoll(fd!);
    },
  },
  {
    // os.read(0, n): one read of standard input
    name: "_stdin_read",
    impl: (_m, a, k) => {
      const [n] = parseArgs("_stdin_read", a, k, { names: ["n"], required: 1 });
      return PyBytes_FromBytes(stdinRawRead(intArg(n!)).slice());
    },
  },
  {
    name: "_fd_close",
    impl: (_m, a, k) => {
      const [fd] = parseArgs("_fd_close", a, k, { names: ["fd"], required: 1 });
      return PyBool_FromBool(closeFd(intArg(fd!)));
    },
  },
];
