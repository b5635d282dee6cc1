/**
 * A minimal `io` object model (CPython's Modules/_io): the objects `open()` returns —
 * `_io.TextIOWrapper` for text and `_io.BufferedReader`/`BufferedWriter`/`BufferedRandom` for
 * binary — and the text streams behind sys.stdin/stdout/stderr. File contents are held in
 * memory and written back to the host on flush/close (and when the object is freed), the
 * way a buffered CPython file reaches the disk.
 */

import { CmpOp } from "../compiler/opcodes.js";
import { gc } from "../memory/gc.js";
import { blockModel, holdBlock, releaseBlock, transientBlock } from "../memory/unicode_writer.js";
import {
  iterateToArray,
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_GetAttrString,
  PyObject_IsTrue,
  PyObject_RichCompareBool,
  reprOf,
} from "../objects/abstract.js";
import { noArgs, parseArgs } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyByteArray } from "../objects/bytearray.js";
import { bufferBytes, PyBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import { decodeBytes, encodeString, lookupCodec } from "../objects/codecs.js";
import {
  isPyException,
  type PyBaseException,
  PyExc_OSError,
  PyExc_OverflowError,
  PyExc_RuntimeWarning,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { PyInt, PyInt_FromNumber, PyNumber_Long } from "../objects/int.js";
import {
  _PyList_AppendTakeRef,
  list_extend,
  PyList,
  PyList_Append,
  PyList_New,
  PyList_Type,
} from "../objects/list.js";
import {
  defineGetSets,
  defineMethods,
  type GetSetDef,
  type NativeImpl,
  PyMethodDescr_Type,
} from "../objects/methods.js";
import { Py_None } from "../objects/none.js";
import { allocateObject, freeObject, Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "../objects/object.js";
import { argTypeName, cpLength, cpPrefix, PyStr, PyStr_FromString } from "../objects/str.js";
import { PyTraceback } from "../objects/traceback.js";
import { PyTuple_New } from "../objects/tuple.js";
import { newStaticType, type PyType, TypeFlag } from "../objects/type.js";
import { PyObject_GenericGetAttr, typeLookupString } from "../objects/typeobject.js";
import { sleepWithinBudget } from "../vm/budget.js";
import { HostError, host } from "./host.js";
import { PyImport_ImportModule } from "./importlib.js";
import { runFlags } from "./interpreter_flags.js";
import { PyOS_FSPath } from "./posix.js";

/** `io.UnsupportedOperation` (an OSError and a ValueError). */
export const PyExc_UnsupportedOperation = newStaticType({
  name: "io.UnsupportedOperation",
  base: PyExc_OSError,
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC | TypeFlag.BASE_EXC_SUBCLASS,
  basicsize: 112,
});
PyExc_UnsupportedOperation.tp_bases = [PyExc_OSError, PyExc_ValueError];

type StreamKind = "file" | "stdin" | "stdout" | "stderr";

export class PyFileObject extends PyObject {
  kind: StreamKind = "file";
  nameObj: PyObject;
  mode: string;
  binary: boolean;
  readable = false;
  writable = false;
  appending = false;
  closed = false;
  encoding = "UTF-8";
  errors = "strict";
  /** newline argument: null = universal newlines. */
  newline: string | null = null;
  path = "";
  /** File contents (files only) and the byte position. */
  content: Uint8Array = new Uint8Array(0);
  length = 0;
  pos = 0;
  dirty = false;
  /** Text read from stdin but not consumed yet. */
  pending = "";
  /**
   * sys.stdout / sys.stderr: CPython's TextIOWrapper pending_bytes (what written strs stay
   * referenced by until they are passed down: a str or bytes, then a list of them) and
   * pending_bytes_count; `stdMode` is how the stream passes writes down (STD_* below, -1 not
   * known yet).
   */
  pendingObj: PyObject | null = null;
  pendingCount = 0;
  stdMode = -1;
  /**
   * A second stream over descriptor 1 (open(1, 'w'), os.fdopen(1)): its own buffer, which
   * reaches the host as a direct write to fd 1 does. null for sys.stdout itself.
   */
  ownStdout: string | null = null;
  /** A text stream's `buffer` (made on first use): a binary stream sharing this one's state. */
  bufferObj: PyFileObject | null = null;
  /** A buffered stream's `raw` (made on first use): the FileIO sharing this one's state. */
  rawObj: PyFileObject | null = null;
  /**
   * The size of the buffer a buffered binary layer (this stream, or a text stream's `buffer`)
   * holds while open: CPython's buffer_size, which its __sizeof__ counts.
   */
  bufferSize = DEFAULT_BLOCK_SIZE;
  /** sys.stdin.buffer: bytes read from the host but not consumed yet (shared with the text layer). */
  stdinRest: Uint8Array = new Uint8Array(0);
  /** sys.stdin: the bytes of a character the last chunk cut, decoded with the next. */
  stdinTail: Uint8Array = new Uint8Array(0);
  /** sys.stdin's text layer has decoded a chunk (TextIOWrapper's decoded_chars is set). */
  stdinDecoded = false;
  /** TextIOWrapper.reconfigure(line_buffering=..., write_through=...); null: the default. */
  lineBuffering: boolean | null = null;
  writeThrough: boolean | null = null;
  /** TextIOWrapper.newlines: SEEN_* bits for the bytes before `decodedEnd` (noteNewlines). */
  seenNewlines = 0;
  decodedEnd = 0;
  /**
   * TextIOWrapper/BufferedReader/BufferedWriter constructed by the program over a stream of its
   * own: the `io` module's Python object doing the work, which every method and attribute of
   * this one forwards to (the fields above are then unused).
   */
  impl: PyObject | null = null;
  /** The file descriptor (see `fdTable`); -1 for none. */
  fd = -1;
  /** open(..., closefd=): whether closing this stream closes its descriptor. */
  closefd = true;
  /** A stream opened on a descriptor another object holds (open(fd)): that object. */
  fdOwner: PyFileObject | null = null;

  constructor(type: PyType, name: PyObject, mode: string, binary: boolean) {
    super(type);
    this.nameObj = name;
    this.mode = mode;
    this.binary = binary;
  }
}

/**
 * The buffer size open() gives a buffered layer when `buffering` asks for no size: the file's
 * st_blksize, 4096 on Linux's usual filesystems and pipes (DEFAULT_BUFFER_SIZE, 8192, only
 * when st_blksize is 0 or 1).
 */
const DEFAULT_BLOCK_SIZE = 4096;

/** The sizes are CPython 3.11's textio and buffered structs (sizeof(textio), sizeof(buffered)). */
export const PyTextIOWrapper_Type = newStaticType({
  name: "_io.TextIOWrapper",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 192,
});
export const PyBufferedReader_Type = newStaticType({
  name: "_io.BufferedReader",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 152,
});
export const PyBufferedWriter_Type = newStaticType({
  name: "_io.BufferedWriter",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 152,
});
export const PyBufferedRandom_Type = newStaticType({
  name: "_io.BufferedRandom",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 152,
});
/** open(..., buffering=0) in binary mode: the raw, unbuffered stream. */
export const PyFileIO_Type = newStaticType({
  name: "_io.FileIO",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 48,
});
const FILE_TYPES = [
  PyTextIOWrapper_Type,
  PyFileIO_Type,
  PyBufferedReader_Type,
  PyBufferedWriter_Type,
  PyBufferedRandom_Type,
];

/** Files that may still have unwritten data (flushed by `flushAllFiles` at exit). */
export const openFiles = new Set<PyFileObject>();
/** TextIOWrapper/BufferedReader/BufferedWriter objects over the program's streams, alive. */
const programStreams = new Set<PyFileObject>();

const encoder = new TextEncoder();

// ---------------------------------------------------------------------------------------------
// errors

function closedError(): never {
  raise(PyExc_ValueError, "I/O operation on closed file.");
}

function unsupported(msg: string): never {
  raise(PyExc_UnsupportedOperation, msg);
}

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, "No such file or directory"],
  EACCES: [13, "Permission denied"],
  EEXIST: [17, "File exists"],
  EISDIR: [21, "Is a directory"],
  ENOTDIR: [20, "Not a directory"],
  EPERM: [1, "Operation not permitted"],
  EPIPE: [32, "Broken pipe"],
  EBADF: [9, "Bad file descriptor"],
  ESPIPE: [29, "Illegal seek"],
};

// ---------------------------------------------------------------------------------------------
// file descriptors
//
// Every file open() makes gets the lowest free descriptor from 3 up, as the kernel gives them;
// os.open makes a FileIO the table owns (it lives until os.close). open(fd) and os.fdopen make a
// stream sharing the descriptor's file, position and flags, so os.read/os.write/os.lseek on a
// descriptor and the streams on it see one file.

interface FdEntry {
  file: PyFileObject;
  /** The table holds a reference (a descriptor from os.open); else the stream's owner does. */
  owned: boolean;
}

const fdTable = new Map<number, FdEntry>();

export function allocFd(f: PyFileObject, owned: boolean): number {
  let fd = 3;
  while (fdTable.has(fd)) fd++;
  fdTable.set(fd, { file: f, owned });
  if (owned) Py_INCREF(f);
  f.fd = fd;
  return fd;
}

/** The file holding descriptor `fd` (borrowed), or null when it is not open. */
export function fdFile(fd: number): PyFileObject | null {
  return fdTable.get(fd)?.file ?? null;
}

/** Closes descriptor `fd`: its file is flushed and closed; false when it was not open. */
export function closeFd(fd: number): boolean {
  const entry = fdTable.get(fd);
  if (entry === undefined) return false;
  closeFile(entry.file);
  return true;
}

function releaseFd(f: PyFileObject): void {
  const entry = fdTable.get(f.fd);
  // closing a text stream's buffer closes the stream's descriptor
  if (entry === undefined || (entry.file !== f && !entry.file.closed)) return;
  fdTable.delete(f.fd);
  if (entry.owned) Py_DECREF(entry.file);
}

/** An OSError subclass chosen by errno, as OSError(errno, strerror, filename) does. */
export function osError(code: string, filename: PyObject | null): PyBaseException {
  const [errno, text] = ERRNO[code] ?? [5, "Input/output error"];
  const args: PyObject[] = [PyInt_FromNumber(errno), PyStr_FromString(text)];
  if (filename !== null) args.push(Py_NewRef(filename));
  try {
    return PyObject_Call(PyExc_OSError, args, null) as PyBaseException;
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

function hostCall<T>(f: () => T, filename: PyObject | null): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof HostError) throw osError(e.code, filename);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// creation

/** PyErr_WarnEx(PyExc_RuntimeWarning, message, 1): through the warnings module, at the caller's line. */
function warnRuntime(message: string): void {
  const warnings = PyImport_ImportModule("warnings");
  const text = PyStr_FromString(message);
  try {
    Py_DECREF(PyObject_CallMethod(warnings, "warn", [text, PyExc_RuntimeWarning]));
  } finally {
    Py_DECREF(text);
    Py_DECREF(warnings);
  }
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None). */
export function builtin_open(_self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [file, modeObj, bufferingObj, encodingObj, errorsObj, newlineObj, closefdObj, openerObj] = parseArgs(
    "open",
    args,
    kwnames,
    {
      names: ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
      required: 1,
    },
  );
  if (!(file instanceof PyStr) && !(file instanceof PyBytes) && !(file instanceof PyInt)) {
    // An os.PathLike (pathlib.Path...): open what its __fspath__() returns, as PyOS_FSPath.
    const path = PyOS_FSPath(file!);
    try {
      const kw = kwnames === null ? -1 : kwnames.indexOf("file");
      const at = kw < 0 ? 0 : args.length - kwnames!.length + kw;
      const again = args.slice();
      again[at] = path;
      return builtin_open(_self, again, kwnames);
    } finally {
      Py_DECREF(path);
    }
  }
  const mode = modeObj === null ? "r" : argStr(modeObj, "open", "mode");
  const buffering = bufferingObj === null ? -1 : PyNumber_AsSsize_t(bufferingObj, PyExc_OverflowError);
  let encoding =
    encodingObj === null || encodingObj === Py_None ? null : argStr(encodingObj, "open", "encoding");
  // encoding="locale" (3.10+) is the locale's encoding, which is what no encoding means here.
  if (encoding === "locale") encoding = null;
  const errors = errorsObj === null || errorsObj === Py_None ? null : argStr(errorsObj, "open", "errors");
  const newline =
    newlineObj === null || newlineObj === Py_None ? null : argStr(newlineObj, "open", "newline");
  let creating = false;
  let reading = false;
  let writing = false;
  let appending = false;
  let updating = false;
  let text = false;
  let binary = false;
  const seen = new Set<string>();
  for (const c of mode) {
    if (!"xrwabt+".includes(c) || seen.has(c)) raise(PyExc_ValueError, `invalid mode: '${mode}'`);
    seen.add(c);
    if (c === "x") creating = true;
    else if (c === "r") reading = true;
    else if (c === "w") writing = true;
    else if (c === "a") appending = true;
    else if (c === "+") updating = true;
    else if (c === "t") text = true;
    else if (c === "b") binary = true;
  }
  if (text && binary) raise(PyExc_ValueError, "can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) {
    raise(PyExc_ValueError, "must have exactly one of create/read/write/append mode");
  }
  if (!(creating || reading || writing || appending)) {
    raise(PyExc_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  }
  if (binary && encoding !== null) raise(PyExc_ValueError, "binary mode doesn't take an encoding argument");
  if (binary && errors !== null) raise(PyExc_ValueError, "binary mode doesn't take an errors argument");
  if (binary && newline !== null) raise(PyExc_ValueError, "binary mode doesn't take a newline argument");
  if (newline !== null && !["", "\n", "\r", "\r\n"].includes(newline)) {
    raise(PyExc_ValueError, `illegal newline value: ${newline}`);
  }
  if (binary && buffering === 1) {
    warnRuntime(
      "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used",
    );
  }
  const closefd = closefdObj === null || PyObject_IsTrue(closefdObj);
  const opener = openerObj === null || openerObj === Py_None ? null : openerObj;
  // FileIO's PyUnicode_FSConverter, before closefd and the opener are looked at
  if (file instanceof PyStr ? file.value.includes("\0") : file instanceof PyBytes && file.value.includes(0)) {
    raise(PyExc_ValueError, "embedded null byte");
  }
  if (file instanceof PyInt || opener !== null) {
    if (buffering === 0 && !binary) raise(PyExc_ValueError, "can't have unbuffered text I/O");
    if (!binary && encoding !== null) lookupCodec(encoding, false, true, "codecs.open()");
    const access = reading && !updating ? O_RDONLY : updating ? O_RDWR : O_WRONLY;
    const flags =
      access |
      O_CLOEXEC |
      (writing ? O_CREAT | O_TRUNC : creating ? O_CREAT | O_EXCL : appending ? O_CREAT | O_APPEND : 0);
    const fd = opener === null ? descriptorArg(file!) : openerDescriptor(opener, file!, flags);
    const f = openDescriptor(file!, fd, mode, binary, buffering, updating, reading);
    f.closefd = closefd;
    if (encoding !== null) f.encoding = encoding;
    if (errors !== null) f.errors = errors;
    f.newline = newline;
    if (!binary && buffering === 1) f.lineBuffering = true;
    if (buffering > 1) f.bufferSize = buffering;
    return f;
  }
  if (!closefd) raise(PyExc_ValueError, "Cannot use closefd=False with file name");
  const fs = host().fs;
  const path =
    file instanceof PyStr
      ? file.value
      : decodeBytes(file!.value as Uint8Array, "utf-8", "surrogateescape", null);
  const fullPath = path.startsWith("/") ? path : `${fs.cwd()}/${path}`;
  const kind = fs.stat(fullPath);
  if (kind === "dir") throw osError("EISDIR", file);
  let content: Uint8Array = new Uint8Array(0);
  if (reading || appending || (updating && !writing && !creating)) {
    if (kind === null) {
      if (reading) throw osError("ENOENT", file);
    } else {
      content = hostCall(() => fs.readFile(fullPath), file);
    }
  }
  if (creating && kind !== null) throw osError("EEXIST", file);
  if (writing || creating || (appending && kind === null)) {
    hostCall(() => fs.writeFile(fullPath, new Uint8Array(0), false), file);
  }
  let type: PyType;
  let rawMode: string;
  if (buffering === 0 && !binary) raise(PyExc_ValueError, "can't have unbuffered text I/O");
  // TextIOWrapper's codec lookup, once the file exists (a "w" open has made it empty already)
  if (!binary && encoding !== null) lookupCodec(encoding, false, true, "codecs.open()");
  if (binary) {
    type = streamType(true, buffering, updating, reading);
    rawMode = fileioMode(creating, appending, reading || updating, !reading || updating);
  } else {
    type = PyTextIOWrapper_Type;
    rawMode = mode;
  }
  const f = new PyFileObject(type, Py_NewRef(file), rawMode, binary);
  allocateObject(f, type.tp_basicsize + 16);
  f.path = fullPath;
  f.readable = reading || updating;
  f.writable = writing || creating || appending || updating;
  f.appending = appending;
  f.content = content;
  f.length = content.length;
  f.pos = appending ? content.length : 0;
  if (encoding !== null) f.encoding = encoding;
  if (errors !== null) f.errors = errors;
  f.newline = newline;
  if (!binary && buffering === 1) f.lineBuffering = true;
  if (buffering > 1) f.bufferSize = buffering;
  openFiles.add(f);
  allocFd(f, false);
  return f;
}

/** The type of the stream open() returns for these mode flags. */
function streamType(binary: boolean, buffering: number, updating: boolean, reading: boolean): PyType {
  if (!binary) return PyTextIOWrapper_Type;
  if (buffering === 0) return PyFileIO_Type;
  return updating ? PyBufferedRandom_Type : reading ? PyBufferedReader_Type : PyBufferedWriter_Type;
}

const O_RDONLY = 0;
const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 64;
const O_EXCL = 128;
const O_TRUNC = 512;
const O_APPEND = 1024;
const O_CLOEXEC = 524288;

function descriptorArg(file: PyObject): number {
  const fd = PyNumber_AsSsize_t(file, PyExc_OverflowError);
  if (fd < 0) raise(PyExc_ValueError, "negative file descriptor");
  return fd;
}

/** open(name, opener=f): the descriptor f(name, flags) returns. */
function openerDescriptor(opener: PyObject, file: PyObject, flags: number): number {
  const flagsObj = PyInt_FromNumber(flags);
  let result: PyObject;
  try {
    result = PyObject_Call(opener, [file, flagsObj], null);
  } finally {
    Py_DECREF(flagsObj);
  }
  try {
    const fd = PyNumber_AsSsize_t(result, PyExc_OverflowError);
    if (fd < 0) raise(PyExc_ValueError, `opener returned ${fd}`);
    return fd;
  } finally {
    Py_DECREF(result);
  }
}

/**
 * A stream over descriptor `fd` (open(fd), os.fdopen, open(name, opener=)): 0, 1 and 2 are the
 * process's standard streams; any other shares the file of the object holding the descriptor.
 */
function openDescriptor(
  name: PyObject,
  fd: number,
  mode: string,
  binary: boolean,
  buffering: number,
  updating: boolean,
  reading: boolean,
): PyFileObject {
  const owner = fdFile(fd);
  if (owner === null && fd > 2) throw osError("EBADF", null);
  const type = streamType(binary, buffering, updating, reading);
  const f = new PyFileObject(type, Py_NewRef(name), mode, binary);
  allocateObject(f, type.tp_basicsize + 16);
  if (owner === null) {
    f.kind = fd === 0 ? "stdin" : fd === 1 ? "stdout" : "stderr";
    f.readable = fd === 0;
    f.writable = fd !== 0;
    if (fd !== 2) f.errors = stdioErrors();
    if (fd === 1) {
      // buffered as open() buffers any file (PYTHONUNBUFFERED is for sys.stdout only):
      // line by line on a terminal or with buffering=1, at once with buffering=0
      f.ownStdout = "";
      f.stdMode = descriptorStreamMode(buffering);
      openFiles.add(f); // flushed at exit like any open file
    }
    return f;
  }
  shareState(f, owner, DESCRIPTOR_FIELDS);
  f.fdOwner = owner;
  openFiles.add(f);
  return f;
}

/** FileIO(file, mode='r', closefd=True, opener=None): open(file, mode + 'b', buffering=0). */
function fileio_new(_type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [file, modeObj] = parseArgs("FileIO", args, kwnames, {
    names: ["file", "mode", "closefd", "opener"],
    required: 1,
  });
  const mode = modeObj === null ? "r" : argStr(modeObj, "FileIO", "mode");
  if (/[^rwxa+b]/.test(mode)) raise(PyExc_ValueError, `invalid mode: ${mode}`);
  const openArgs = [file!, PyStr_FromString(mode.includes("b") ? mode : `${mode}b`), PyInt_FromNumber(0)];
  try {
    return builtin_open(null, openArgs, null);
  } finally {
    Py_DECREF(openArgs[1]!);
  }
}

/** FileIO.mode (mode_string): what a binary stream's .mode shows ('rb+' for 'w+b'...). */
export function fileioMode(
  creating: boolean,
  appending: boolean,
  readable: boolean,
  writable: boolean,
): string {
  if (creating) return readable ? "xb+" : "xb";
  if (appending) return readable ? "ab+" : "ab";
  if (readable) return writable ? "rb+" : "rb";
  return "wb";
}

/** The state a text stream's `buffer` shares with it: the same file, position and flags. */
const SHARED_FIELDS = [
  "fd",
  "kind",
  "content",
  "length",
  "pos",
  "dirty",
  "closed",
  "pending",
  "stdinRest",
  "path",
  "readable",
  "writable",
  "appending",
  "ownStdout",
] as const;

/** What a stream opened on a descriptor shares with the descriptor's file (not its closing). */
const DESCRIPTOR_FIELDS = SHARED_FIELDS.filter((key) => key !== "closed" && key !== "pending");

export function shareState(
  target: PyFileObject,
  source: PyFileObject,
  keys: readonly (typeof SHARED_FIELDS)[number][],
): void {
  for (const key of keys) {
    Object.defineProperty(target, key, {
      get: () => source[key],
      set: (v) => {
        (source as unknown as Record<string, unknown>)[key] = v;
      },
    });
  }
}

/** TextIOWrapper.buffer: the binary stream under a text one (new reference). */
function textBuffer(f: PyFileObject): PyFileObject {
  if (f.bufferObj === null) {
    // create_stdio opens an unbuffered (-u, PYTHONUNBUFFERED) stdout or stderr as a bare FileIO
    const type = isStdOutput(f, STD_WRITE_THROUGH)
      ? PyFileIO_Type
      : f.readable && f.writable
        ? PyBufferedRandom_Type
        : f.readable
          ? PyBufferedReader_Type
          : PyBufferedWriter_Type;
    const creating = f.mode.includes("x");
    const mode =
      f.kind === "file"
        ? fileioMode(creating, f.appending, f.readable, f.writable)
        : f.readable
          ? "rb"
          : "wb";
    const b = new PyFileObject(type, Py_NewRef(f.nameObj), mode, true);
    allocateObject(b, type.tp_basicsize + 16);
    shareState(b, f, SHARED_FIELDS);
    b.closefd = f.closefd;
    b.bufferSize = f.bufferSize;
    f.bufferObj = b;
  }
  return Py_NewRef(f.bufferObj);
}

/**
 * A buffered stream's `raw` (new reference): the FileIO under it, sharing its file, position
 * and state (heapstack's buffered layer reads and writes the file directly, so the raw stream
 * sees no read-ahead).
 */
function rawStream(f: PyFileObject): PyFileObject {
  if (f.rawObj === null) {
    const r = new PyFileObject(PyFileIO_Type, Py_NewRef(f.nameObj), f.mode, true);
    allocateObject(r, PyFileIO_Type.tp_basicsize + 16);
    shareState(r, f, SHARED_FIELDS);
    r.closefd = f.closefd;
    f.rawObj = r;
  }
  return Py_NewRef(f.rawObj);
}

/** A buffered stream's __sizeof__: its struct and, while it is open, its buffer (buffered_sizeof). */
function bufferedSizeof(o: PyObject | null): PyObject {
  const f = self(o);
  return PyInt_FromNumber(f.ob_type.tp_basicsize + (f.closed ? 0 : f.bufferSize));
}

function argStr(o: PyObject, fname: string, arg: string): string {
  if (!(o instanceof PyStr))
    raise(PyExc_TypeError, `${fname}() argument '${arg}' must be str or None, not ${o.ob_type.tp_name}`);
  return o.value;
}

/** A text stream over the host's standard streams (sys.stdin / stdout / stderr). */
export function newStdStream(kind: "stdin" | "stdout" | "stderr"): PyFileObject {
  const name = PyStr_FromString(`<${kind}>`);
  const f = new PyFileObject(PyTextIOWrapper_Type, name, kind === "stdin" ? "r" : "w", false);
  allocateObject(f, PyTextIOWrapper_Type.tp_basicsize + 16);
  f.kind = kind;
  f.encoding = "utf-8";
  f.readable = kind === "stdin";
  f.writable = kind !== "stdin";
  f.errors = kind === "stderr" ? "backslashreplace" : stdioErrors();
  f.closefd = false;
  return f;
}

/**
 * config_get_stdio_errors: stdin and stdout use surrogateescape when the LC_CTYPE locale is
 * C or POSIX or one CPython coerces to (C.UTF-8), which is also where it turns on UTF-8 mode,
 * and strict under any other locale.
 */
function stdioErrors(): string {
  const env = host().env;
  const loc = env.LC_ALL || env.LC_CTYPE || env.LANG || "C";
  return loc === "C" || loc === "POSIX" || /^C\.(UTF-?8|utf-?8)$/.test(loc) || env.PYTHONUTF8 === "1"
    ? "surrogateescape"
    : "strict";
}

// ---------------------------------------------------------------------------------------------
// buffer operations

function ensureCapacity(f: PyFileObject, n: number): void {
  if (f.content.length >= n) return;
  const next = new Uint8Array(Math.max(n, f.content.length * 2, 64));
  next.set(f.content.subarray(0, f.length));
  f.content = next;
}

export function writeBytes(f: PyFileObject, data: Uint8Array): void {
  if (f.appending) f.pos = f.length;
  ensureCapacity(f, f.pos + data.length);
  f.content.set(data, f.pos);
  f.pos += data.length;
  if (f.pos > f.length) f.length = f.pos;
  f.dirty = true;
}

export function flushFile(f: PyFileObject): void {
  if (f.ownStdout !== null) {
    flushOwnStdout(f);
    return;
  }
  // (a pipe's ends have no path: their bytes stay in memory)
  if (f.kind !== "file" || !f.dirty || f.path === "") return;
  f.dirty = false;
  const data = f.content.slice(0, f.length);
  hostCall(() => host().fs.writeFile(f.path, data, false), f.nameObj);
}

/** Writes every open file's pending data to the host (at interpreter exit). */
export function flushAllFiles(): void {
  // streams over the program's objects still alive are closed, in the order they were made,
  // as clearing the modules' globals at CPython's shutdown frees (and so closes) them
  for (const f of [...programStreams]) {
    programStreams.delete(f);
    const impl = f.impl;
    if (impl === null) continue;
    try {
      Py_DECREF(callMethod(impl, "_finalize", []));
    } catch (e) {
      if (!isPyException(e)) throw e;
      Py_DECREF(e as PyBaseException);
    }
  }
  for (const f of openFiles) {
    try {
      flushFile(f);
    } catch {
      // as at CPython's shutdown, a file that can't be written is dropped silently
    }
  }
  try {
    flushStdStreams();
  } catch (e) {
    // the same for stdout's reader gone at exit
    if (!isPyException(e)) throw e;
    Py_DECREF(e as PyBaseException);
  }
}

let stdoutBuffer = "";
/**
 * How much of stdoutBuffer's tail (JS characters) sys.stdout's text layer has not passed down to
 * its buffer yet (TextIOWrapper's pending bytes): bytes written to sys.stdout.buffer go before it,
 * as in CPython when stdout is a pipe or file.
 */
let stdoutPending = 0;

/**
 * Sends buffered stdout text to the host, all of it or all but the last `keep` characters. A
 * reader that went away raises BrokenPipeError in the program, as CPython's flush does (so
 * `heapstack run prog.py | head` stops the program).
 */
export function flushStdStreams(keep = 0): void {
  const n = stdoutBuffer.length - Math.min(keep, stdoutBuffer.length);
  if (n > 0) {
    const t = stdoutBuffer.slice(0, n);
    stdoutBuffer = stdoutBuffer.slice(n);
    // text that reached the host is no longer pending
    if (stdoutPending > stdoutBuffer.length) stdoutPending = stdoutBuffer.length;
    hostCall(() => host().writeStdout(t), null);
  }
}

/** os._exit: what sys.stdout still buffers never reaches the host, as in CPython. */
export function discardStdStreams(): void {
  stdoutBuffer = "";
  stdoutPending = 0;
}

/**
 * Before a write to fd 1 or 2 that goes past sys.stdout (os.write, a child process's output):
 * sys.stdout's buffered text comes first unless stdout is block-buffered (a pipe or a file),
 * where CPython's buffer still holds it and the direct write comes out ahead of it.
 */
export function flushStdStreamsBeforeDirectWrite(): void {
  if (stdoutBuffer.length > 0 && stdStreamMode("stdout") !== STD_BLOCK) flushStdStreams();
}

/** sys.stdout.buffer.write: the bytes go in front of the text layer's pending text. */
function writeStdoutBytes(text: string): void {
  const at = stdoutBuffer.length - Math.min(stdoutPending, stdoutBuffer.length);
  stdoutBuffer = stdoutBuffer.slice(0, at) + text + stdoutBuffer.slice(at);
  // -u: the buffer is a bare FileIO, whose writes reach the descriptor at once
  if (stdoutBuffer.length > 8192 || stdStreamMode("stdout") === STD_WRITE_THROUGH)
    flushStdStreams(stdoutPending);
}

/** _io.TextIOWrapper's chunk size: pending writes are passed down once they reach it. */
const CHUNK_SIZE = 8192;
/** -u or PYTHONUNBUFFERED: every write is passed down at once (write_through). */
const STD_WRITE_THROUGH = 0;
/** stderr, and stdout on a terminal: passed down at a newline (line_buffering). */
const STD_LINE = 1;
/** stdout on a pipe or file: passed down every 8 KiB (or at a flush). */
const STD_BLOCK = 2;

/** How a standard stream passes writes down, decided as CPython's create_stdio decides. */
function stdStreamMode(kind: StreamKind): number {
  const h = host();
  // A host without file descriptors (the browser's) shows output as it is written.
  const unbuffered = runFlags.unbuffered || h.isatty === undefined;
  if (unbuffered) return STD_WRITE_THROUGH;
  return kind === "stderr" || (h.isatty?.(kind === "stdout" ? 1 : 2) ?? false) ? STD_LINE : STD_BLOCK;
}

/** How open(1, ...) passes writes down: as open() buffers a file on descriptor 1. */
function descriptorStreamMode(buffering: number): number {
  const h = host();
  if (buffering === 0 || h.isatty === undefined) return STD_WRITE_THROUGH;
  return buffering === 1 || h.isatty(1) ? STD_LINE : STD_BLOCK;
}

/** A second stream over fd 1 passes its buffer down: a direct write, as os.write(1, ...). */
function flushOwnStdout(f: PyFileObject): void {
  const text = f.ownStdout;
  if (text === null || text === "") return;
  f.ownStdout = "";
  flushStdStreamsBeforeDirectWrite();
  hostCall(() => host().writeStdout(text), null);
}

/** stdStreamMode of a standard stream's file object, decided once. */
function stdMode(f: PyFileObject): number {
  if (f.stdMode < 0) f.stdMode = stdStreamMode(f.kind);
  return f.stdMode;
}

/** Is `f` sys.stdout or sys.stderr passing writes down in `mode`? */
function isStdOutput(f: PyFileObject, mode: number): boolean {
  return (f.kind === "stdout" || f.kind === "stderr") && stdMode(f) === mode;
}

/** A standard stream's TextIOWrapper flags: create_stdio gives stdin the same ones. */
function isStdStream(f: PyFileObject, mode: number): boolean {
  return f.kind !== "file" && stdMode(f) === mode;
}

/**
 * The objects CPython's TextIOWrapper.write keeps for a standard stream
 * (_io_TextIOWrapper_write_impl): an ASCII str of at most 8192 characters is kept as it is
 * (a reference to the caller's str), anything else encoded to a bytes object; the first pending
 * write is held alone, the second makes a list of both (a tracked allocation), later ones are
 * appended. Writes that would take the pending bytes past 8192 pass the old ones down first;
 * reaching 8192, a newline on a line-buffered stream or a flush passes everything down and
 * frees the list. Only the objects are modelled: the text itself goes its own way (writeStd).
 */
function pendingWrite(f: PyFileObject, s: PyStr | null, text: string): void {
  const mode = stdMode(f);
  if (mode === STD_WRITE_THROUGH) {
    if (!blockModel.on) return;
    // passed down at once: nothing stays, but the bytes object handed to the buffer exists for
    // the moment (ASCII text of one character is a cached bytes object, others are encoded)
    const ascii = text.length <= CHUNK_SIZE && (s !== null ? s.ascii : /^[\x00-\x7f]*$/.test(text));
    const n = ascii ? text.length : encoder.encode(text).length;
    if (n > (ascii ? 1 : 0)) {
      const address = holdBlock(PYBYTES_HEADER + n);
      // the raw write returns the count: an int block past the small ints
      if (n > 256) transientBlock(28);
      releaseBlock(address, PYBYTES_HEADER + n);
    }
    return;
  }
  let b: PyObject;
  let len: number;
  if (text.length <= CHUNK_SIZE && (s !== null ? s.ascii : /^[\x00-\x7f]*$/.test(text))) {
    b = s !== null ? Py_NewRef(s) : PyStr_FromString(text);
    len = text.length;
  } else {
    const bytes = encoder.encode(text);
    b = PyBytes_FromBytes(bytes);
    len = bytes.length;
  }
  const pending = f.pendingObj;
  if (f.pendingCount + len > CHUNK_SIZE) {
    flushPending(f);
    f.pendingObj = b;
  } else if (pending === null) {
    f.pendingCount = 0;
    f.pendingObj = b;
  } else if (!(pending instanceof PyList && pending.ob_type === PyList_Type)) {
    f.pendingObj = PyList_New([pending, b]);
  } else {
    PyList_Append(pending, b);
    Py_DECREF(b);
  }
  f.pendingCount += len;
  if (f.kind === "stdout" && f.ownStdout === null) stdoutPending += text.length;
  if (f.pendingCount >= CHUNK_SIZE || (mode === STD_LINE && /[\n\r]/.test(text))) flushPending(f);
}

/** sizeof(PyBytesObject) - 1 + a terminating NUL: a bytes object of n bytes takes 33 + n. */
const PYBYTES_HEADER = 33;

/** _textiowrapper_writeflush: the pending writes, joined into one bytes object, go down. */
function flushPending(f: PyFileObject): void {
  if (f.kind === "stdout" && !f.binary && f.ownStdout === null) stdoutPending = 0;
  const pending = f.pendingObj;
  if (pending === null) return;
  const joined =
    pending instanceof PyBytes ? Py_NewRef(pending) : PyBytes_FromBytes(new Uint8Array(f.pendingCount));
  // the buffer's write() returns the count: an int block past the small ints
  if (f.pendingCount > 256) transientBlock(28);
  f.pendingObj = null;
  f.pendingCount = 0;
  Py_DECREF(pending);
  Py_DECREF(joined);
}

/**
 * Whether a write to a standard-output stream goes down at once: every write under -u /
 * PYTHONUNBUFFERED (write_through), a write holding a newline or carriage return under line
 * buffering (TextIOWrapper.write's needflush).
 */
function passesWriteDown(f: PyFileObject, text: string): boolean {
  const mode = stdMode(f);
  return mode === STD_WRITE_THROUGH || (mode === STD_LINE && /[\n\r]/.test(text));
}

function writeStd(f: PyFileObject, text: string): void {
  if (f.ownStdout !== null) {
    f.ownStdout += text;
    if (passesWriteDown(f, text) || f.ownStdout.length > 8192) flushOwnStdout(f);
  } else if (f.kind === "stdout") {
    stdoutBuffer += text;
    // a long program's prints show as they are made, not at its end
    if (passesWriteDown(f, text)) flushStdStreams();
    else if (stdoutBuffer.length > 8192) flushStdStreams(stdoutPending);
  } else {
    // stdout on a pipe or file keeps its buffered text: in `prog > out 2>&1` a warning or a
    // caught exception's traceback comes out ahead of earlier prints, as with python3
    flushStdStreamsBeforeDirectWrite();
    hostCall(() => host().writeStderr(text), null);
  }
}

function check(f: PyFileObject, what: "read" | "write" | null): void {
  if (f.closed) closedError();
  if (what === "read" && !f.readable) unsupported(f.binary ? "read" : "not readable");
  if (what === "write" && !f.writable) unsupported(f.binary ? "write" : "not writable");
}

/** Decoded text of the bytes [start, end) (files) for text mode. */
function decodeFrom(f: PyFileObject, start: number, end: number): string {
  let s = decodeBytes(f.content.subarray(start, end), f.encoding, f.errors, null);
  if (f.newline === null) s = s.replace(/\r\n?/g, "\n");
  return s;
}

/** Byte offset just after the first `n` characters of the text of the bytes [start, end). */
function byteOffsetAfter(f: PyFileObject, start: number, end: number, text: string): number {
  if (f.newline !== null) return start + encodedLength(f, start, text);
  // the raw text the decoder folded \r\n and \r of into this many characters
  const raw = decodeBytes(f.content.subarray(start, end), f.encoding, f.errors, null);
  let chars = 0;
  let i = 0;
  while (chars < text.length && i < raw.length) {
    i += raw[i] === "\r" && raw[i + 1] === "\n" ? 2 : 1;
    chars++;
  }
  return start + encodedLength(f, start, raw.slice(0, i));
}

/**
 * How many bytes `text`, read at byte `start`, took in the stream's encoding. Encoding it again
 * writes a BOM (UTF-16/32, utf-8-sig) that the text had only if it began the file with one.
 */
function encodedLength(f: PyFileObject, start: number, text: string): number {
  if (text.length === 0) return 0;
  const n = encodeString(text, f.encoding, f.errors, null).length;
  const codec = lookupCodec(f.encoding, true);
  const bom = codec === "utf_16" ? 2 : codec === "utf_32" ? 4 : codec === "utf_8_sig" ? 3 : 0;
  if (bom === 0) return n;
  const written = encodeString("", f.encoding, f.errors, null);
  const hadBom = start === 0 && f.length >= bom && written.every((b, i) => f.content[i] === b);
  return hadBom ? n : n - bom;
}

/**
 * Codecs whose bytes 0x0A and 0x0D are always the characters \n and \r: a line can be found in
 * the bytes and only its own bytes decoded (reading a file line by line stays linear).
 */
const ASCII_LINE_CODECS = new Set(["utf_8", "utf_8_sig", "ascii", "latin_1"]);

function linesInBytes(f: PyFileObject): boolean {
  const codec = lookupCodec(f.encoding, false);
  return ASCII_LINE_CODECS.has(codec) || codec.startsWith("charmap:");
}

/**
 * Where the line starting at `from` ends (just after its terminator, or `end`) in units of
 * `at(i)` (bytes or characters): with newline=None or '' a line ends at \n, \r\n or \r; with
 * '\n', '\r' or '\r\n' only at that string.
 */
function lineEnd(newline: string | null, at: (i: number) => number, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = at(i);
    if (c === 10) {
      if (newline === null || newline === "" || newline === "\n") return i + 1;
    } else if (c === 13) {
      if (newline === "\r") return i + 1;
      if (newline === "\r\n" || newline === null || newline === "") {
        if (i + 1 < end && at(i + 1) === 10) return i + 2;
        if (newline !== "\r\n") return i + 1;
      }
    }
  }
  return end;
}

/** IncrementalNewlineDecoder's record of the line endings it met (`newlines`). */
export const SEEN_CR = 1;
export const SEEN_LF = 2;
export const SEEN_CRLF = 4;

/** The SEEN_* kinds among the characters (or ASCII-compatible bytes) `at(from)`..`at(to - 1)`. */
export function newlineKinds(at: (i: number) => number, from: number, to: number): number {
  let seen = 0;
  for (let i = from; i < to; i++) {
    const c = at(i);
    if (c === 10) seen |= SEEN_LF;
    else if (c === 13) {
      if (i + 1 < to && at(i + 1) === 10) {
        seen |= SEEN_CRLF;
        i++;
      } else seen |= SEEN_CR;
    }
  }
  return seen;
}

/** `newlines` as Python shows it: None, one string, or a tuple of them. */
export function newlinesValue(seen: number): PyObject {
  const kinds: string[] = [];
  if (seen & SEEN_CR) kinds.push("\r");
  if (seen & SEEN_LF) kinds.push("\n");
  if (seen & SEEN_CRLF) kinds.push("\r\n");
  if (kinds.length === 0) return Py_NewRef(Py_None);
  if (kinds.length === 1) return PyStr_FromString(kinds[0]!);
  return PyTuple_New(kinds.map((k) => PyStr_FromString(k)));
}

/**
 * A text file's universal-newlines decoder (newline=None or ''): CPython decodes 8 KiB chunks
 * ahead of what a read consumes, so the line endings up to the chunk holding `consumedEnd` count.
 */
function noteNewlines(f: PyFileObject, consumedEnd: number): void {
  if (f.newline !== null && f.newline !== "") return;
  const chunkEnd = Math.min(f.length, Math.ceil(consumedEnd / 8192) * 8192);
  if (chunkEnd <= f.decodedEnd) return;
  if (linesInBytes(f)) {
    const c = f.content;
    // a \r\n split by a chunk boundary counts once, as the decoder's pending \r
    const from =
      f.decodedEnd > 0 && c[f.decodedEnd - 1] === 13 && c[f.decodedEnd] === 10
        ? f.decodedEnd + 1
        : f.decodedEnd;
    f.seenNewlines |= newlineKinds(
      (i) => c[i]!,
      from,
      chunkEnd < f.length && c[chunkEnd - 1] === 13 ? chunkEnd + 1 : chunkEnd,
    );
  } else {
    // UTF-16/32: their characters, decoded from the start
    const text = decodeBytes(f.content.subarray(0, chunkEnd), f.encoding, f.errors, null);
    f.seenNewlines |= newlineKinds((i) => text.charCodeAt(i), 0, text.length);
  }
  f.decodedEnd = chunkEnd;
}

// Standard input in CPython's layers: the text stream decodes chunks of up to 8 KiB that it takes
// from its buffer (what the buffer holds, else one read of the descriptor), and the buffer reads
// the descriptor a block at a time; a read of a pipe or file gets all it asks for that is there, a
// read of a terminal one line. So text reads and buffer reads mixed see the input as python3's
// do: after sys.stdin.readline() the buffer starts after the text layer's chunk.

/** Standard input the host has given that no read of descriptor 0 has taken yet. */
let stdinRaw: Uint8Array = new Uint8Array(0);
let stdinRawEof = false;

/** While a terminal has no line yet: Ctrl-C (KeyboardInterrupt) and --timeout end the wait. */
function waitForInput(): void {
  sleepWithinBudget(20);
}

/** One read(0, n) of standard input (os.read(0, n), and the buffer's reads). */
export function stdinRawRead(n: number): Uint8Array {
  const tty = host().isatty?.(0) ?? false;
  if (!stdinRawEof && (stdinRaw.length === 0 || (!tty && stdinRaw.length < n))) {
    flushStdStreams();
    const parts = [stdinRaw];
    let total = stdinRaw.length;
    while (total === 0 || (!tty && total < n)) {
      const line = host().readStdinLine(waitForInput);
      if (line === null) {
        // a terminal's end of input (Ctrl-D) ends one read: it can be read on after it
        if (!tty) stdinRawEof = true;
        break;
      }
      const b = encoder.encode(line);
      parts.push(b);
      total += b.length;
    }
    stdinRaw = joinBytes(parts, total);
  }
  const out = stdinRaw.subarray(0, Math.min(n, stdinRaw.length));
  stdinRaw = stdinRaw.subarray(out.length);
  return out;
}

/**
 * The buffer takes one more read of the descriptor; false at the end of input. Its size is what
 * io.open chose for python3's stdin: the descriptor's st_blksize (a pipe's or file's 4096, a
 * terminal's 1024).
 */
function stdinFillBuffer(f: PyFileObject): boolean {
  const chunk = stdinRawRead(host().isatty?.(0) ? 1024 : 4096);
  if (chunk.length === 0) return false;
  f.stdinRest = f.stdinRest.length === 0 ? chunk : joinBytes([f.stdinRest, chunk], -1);
  return true;
}

/** The start of UTF-8 sequence `data` ends with that is not complete yet (data.length if none). */
function completeUtf8End(data: Uint8Array): number {
  for (let i = data.length - 1; i >= Math.max(0, data.length - 3); i--) {
    const b = data[i]!;
    if (b < 0x80) return data.length;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return data.length - i >= need ? data.length : i;
    }
  }
  return data.length;
}

/** The text layer decodes its next chunk into `pending`; false at the end of input. */
function stdinTextChunk(f: PyFileObject): boolean {
  f.stdinDecoded = true;
  let chunk: Uint8Array;
  if (f.stdinRest.length > 0) {
    chunk = f.stdinRest.subarray(0, 8192);
    f.stdinRest = f.stdinRest.subarray(chunk.length);
  } else {
    chunk = stdinRawRead(8192);
  }
  const tail = f.stdinTail;
  if (chunk.length === 0) {
    if (tail.length > 0) f.pending += decodeBytes(tail, f.encoding, f.errors, null);
    f.stdinTail = chunk;
    return tail.length > 0;
  }
  const data = tail.length === 0 ? chunk : joinBytes([tail, chunk], -1);
  const utf8 = lookupCodec(f.encoding, false) === "utf_8";
  const end = utf8 ? completeUtf8End(data) : data.length;
  f.stdinTail = data.slice(end);
  f.pending += decodeBytes(data.subarray(0, end), f.encoding, f.errors, null);
  return true;
}

function stdinReadLine(f: PyFileObject): string {
  let from = 0;
  for (;;) {
    const nl = f.pending.indexOf("\n", from);
    if (nl >= 0) {
      const line = f.pending.slice(0, nl + 1);
      f.pending = f.pending.slice(nl + 1);
      return line;
    }
    from = f.pending.length;
    if (!stdinTextChunk(f)) {
      const rest = f.pending;
      f.pending = "";
      return rest;
    }
  }
}

function readText(f: PyFileObject, size: number): string {
  if (f.kind === "stdin") {
    while ((size < 0 || f.pending.length < size) && stdinTextChunk(f));
    const out = size < 0 ? f.pending : cpPrefix(f.pending, size);
    f.pending = f.pending.slice(out.length);
    return out;
  }
  const end = size < 0 ? f.length : readWindowEnd(f, size);
  const all = decodeFrom(f, f.pos, end);
  const text = size < 0 ? all : cpPrefix(all, size);
  f.pos = size < 0 ? f.length : byteOffsetAfter(f, f.pos, end, text);
  noteNewlines(f, f.pos);
  return text;
}

/**
 * Where the bytes holding the next `size` characters surely end: a UTF-8 character takes at most
 * 4 bytes, an 8-bit codec's 1, a translated \r\n 2; the window ends on a character boundary and
 * keeps a \r with the \n after it. Other codecs: the whole rest.
 */
function readWindowEnd(f: PyFileObject, size: number): number {
  const codec = lookupCodec(f.encoding, false);
  const utf8 = codec === "utf_8" || codec === "utf_8_sig";
  if (!utf8 && !linesInBytes(f)) return f.length;
  const c = f.content;
  let end = Math.min(f.length, f.pos + (utf8 ? 4 * size + 3 : 2 * size + 1));
  if (utf8) while (end < f.length && (c[end]! & 0xc0) === 0x80) end++;
  if (end < f.length && c[end - 1] === 13) end++;
  return end;
}

function readLineText(f: PyFileObject, limit: number): string {
  if (f.kind === "stdin") {
    const line = stdinReadLine(f);
    if (limit >= 0 && line.length > limit) {
      f.pending = line.slice(limit) + f.pending;
      return line.slice(0, limit);
    }
    return line;
  }
  let stop: number;
  let line: string;
  if (linesInBytes(f)) {
    const c = f.content;
    stop = lineEnd(f.newline, (i) => c[i]!, f.pos, f.length);
    line = decodeFrom(f, f.pos, stop);
  } else {
    // other codecs (UTF-16/32): the line is found in the decoded rest
    stop = f.length;
    const rest = decodeFrom(f, f.pos, stop);
    line = rest.slice(
      0,
      lineEnd(f.newline, (i) => rest.charCodeAt(i), 0, rest.length),
    );
  }
  const cut = limit >= 0 && line.length > limit && cpLength(line) > limit;
  if (cut) line = cpPrefix(line, limit);
  // a line decoded from its own bytes ends at `stop` unless the limit cut it
  if (cut || stop === f.length) stop = byteOffsetAfter(f, f.pos, stop, line);
  f.pos = stop;
  noteNewlines(f, f.pos);
  return line;
}

/** sys.stdin.buffer.read(size): from the buffer, filled a block at a time until it holds size. */
function stdinReadBytes(f: PyFileObject, size: number): Uint8Array {
  while ((size < 0 || f.stdinRest.length < size) && stdinFillBuffer(f));
  const all = f.stdinRest;
  const n = size < 0 ? all.length : Math.min(size, all.length);
  f.stdinRest = all.subarray(n);
  return all.subarray(0, n);
}

/** sys.stdin.buffer.readline(limit). */
function stdinReadLineBytes(f: PyFileObject, limit: number): Uint8Array {
  let from = 0;
  let end = f.stdinRest.indexOf(10);
  while (end < 0 && (limit < 0 || f.stdinRest.length < limit)) {
    from = f.stdinRest.length;
    if (!stdinFillBuffer(f)) break;
    end = f.stdinRest.indexOf(10, from);
  }
  const data = f.stdinRest;
  end = end < 0 ? data.length : end + 1;
  if (limit >= 0 && end > limit) end = limit;
  f.stdinRest = data.subarray(end);
  return data.subarray(0, end);
}

function joinBytes(parts: Uint8Array[], total: number): Uint8Array {
  if (total < 0) total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function readLineBytes(f: PyFileObject, limit: number): Uint8Array {
  if (f.kind === "stdin") return stdinReadLineBytes(f, limit);
  let end = f.pos;
  while (end < f.length && f.content[end] !== 10) end++;
  if (end < f.length) end++;
  if (limit >= 0 && end - f.pos > limit) end = f.pos + limit;
  const out = f.content.slice(f.pos, end);
  f.pos = end;
  return out;
}

function sizeArg(o: PyObject | null | undefined): number {
  if (o === null || o === undefined || o === Py_None) return -1;
  if (!(o instanceof PyInt))
    raise(PyExc_TypeError, `argument should be integer or None, not '${o.ob_type.tp_name}'`);
  return Number(o.value);
}

// ---------------------------------------------------------------------------------------------
// methods

function self(o: PyObject | null): PyFileObject {
  return o as PyFileObject;
}

const read: NativeImpl = (o, args, kw) => {
  const f = self(o);
  const [n] = parseArgs("read", args, kw, { names: ["size"], required: 0, posonly: 1 });
  check(f, "read");
  const size = sizeArg(n);
  if (f.binary) return PyBytes_FromBytes(readBytes(f, size));
  return PyStr_FromString(readText(f, size));
};

export function readBytes(f: PyFileObject, size: number): Uint8Array {
  if (f.kind === "stdin") return stdinReadBytes(f, size).slice();
  const end = size < 0 ? f.length : Math.min(f.length, f.pos + size);
  const out = f.content.slice(f.pos, end);
  f.pos = end;
  return out;
}

/** The bytes a buffered read would find in its buffer now (peek): up to the next 8 KiB block. */
function peekBytes(f: PyFileObject): Uint8Array {
  if (f.kind === "stdin") {
    if (f.stdinRest.length === 0) stdinFillBuffer(f);
    return f.stdinRest.slice();
  }
  const blockEnd = (Math.floor(f.pos / 8192) + 1) * 8192;
  return f.content.slice(f.pos, Math.min(f.length, blockEnd));
}

/** readinto / readinto1: read into a writable buffer, returning the count. */
function readIntoImpl(name: string): NativeImpl {
  return (o, args, kw) => {
    const f = self(o);
    const [buffer] = parseArgs(name, args, kw, { names: ["buffer"], required: 1, posonly: 1 });
    const target = writableBytes(buffer!, name);
    check(f, "read");
    const data = readBytes(f, target.length);
    target.set(data, 0);
    return PyInt_FromNumber(data.length);
  };
}

/** A read-write bytes-like object's bytes (bytearray, writable memoryview, array...). */
function writableBytes(o: PyObject, fname: string): Uint8Array {
  if (o instanceof PyByteArray) return o.getBuffer();
  const g = (o as { getWritableBuffer?: () => Uint8Array }).getWritableBuffer;
  if (typeof g === "function") return g.call(o);
  raise(PyExc_TypeError, `${fname}() argument must be read-write bytes-like object, not ${argTypeName(o)}`);
}

const readline: NativeImpl = (o, args, kw) => {
  const f = self(o);
  const [n] = parseArgs("readline", args, kw, { names: ["size"], required: 0, posonly: 1 });
  check(f, "read");
  const limit = sizeArg(n);
  if (f.binary) return PyBytes_FromBytes(readLineBytes(f, limit));
  return PyStr_FromString(readLineText(f, limit));
};

function nextLine(f: PyFileObject): PyObject | null {
  check(f, "read");
  if (f.binary) {
    const b = readLineBytes(f, -1);
    return b.length === 0 ? null : PyBytes_FromBytes(b);
  }
  const s = readLineText(f, -1);
  return s.length === 0 ? null : PyStr_FromString(s);
}

const readlines: NativeImpl = (o, args, kw) => {
  const f = self(o);
  const [h] = parseArgs("readlines", args, kw, { names: ["hint"], required: 0, posonly: 1 });
  const hint = sizeArg(h);
  // _io__IOBase_readlines_impl: with no hint, result.extend(self) (list_extend's guess of 8
  // slots, then appends); with one, an append per line. The list's capacity is theirs.
  const result = PyList_New();
  try {
    if (hint <= 0) {
      check(f, null);
      list_extend(result, f);
      return result;
    }
    let total = 0;
    for (;;) {
      const line = nextLine(f);
      if (line === null) break;
      total += line instanceof PyStr ? line.value.length : (bufferBytes(line)?.length ?? 0);
      _PyList_AppendTakeRef(result, line);
      if (total >= hint) break;
    }
    return result;
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
};

/** Is this the name of the UTF-8 codec, which the host's standard streams write natively? */
function isUtf8Name(encoding: string): boolean {
  const n = encoding.toLowerCase().replace(/[-_ ]/g, "");
  return n === "utf8" || n === "u8" || n === "utf";
}

/** Lone surrogates (not the halves of a pair), which UTF-8 cannot encode. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function writeText(f: PyFileObject, s: string, obj: PyStr | null = null): void {
  if (f.kind !== "file") {
    if (isStdOutput(f, STD_WRITE_THROUGH)) {
      // write_through: TextIOWrapper.write hands the bytes to buffer.write at once, a call
      // that takes a recursion level
      Py_EnterRecursiveCall(" while calling a Python object");
      Py_LeaveRecursiveCall();
    }
    if (LONE_SURROGATE.test(s) || !isUtf8Name(f.encoding)) {
      // TextIOWrapper.write encodes at once: under "strict" (stdout) a lone surrogate raises
      // UnicodeEncodeError before anything is written; stderr's backslashreplace shows \udXXX.
      // Another encoding (reconfigure(encoding=...)) makes other bytes, and characters it
      // cannot encode raise. (The bytes travel on as surrogate escapes, see the binary write
      // below.)
      const bytes = encodeString(s, f.encoding, f.errors, obj);
      s = decodeBytes(bytes, "utf-8", "surrogateescape", null);
      obj = null;
    }
    if (f.kind !== "stdin") pendingWrite(f, obj, s);
    writeStd(f, s);
    return;
  }
  let text = s;
  if (f.newline !== null && f.newline !== "" && f.newline !== "\n") text = text.replace(/\n/g, f.newline);
  writeBytes(f, encodeString(text, f.encoding, f.errors, null));
  // line_buffering: a write holding a newline or carriage return flushes down to the file
  if (f.lineBuffering === true && (s.includes("\n") || s.includes("\r"))) flushFile(f);
}

const write: NativeImpl = (o, args, kw) => {
  const f = self(o);
  if (kw !== null && kw.length > 0) raise(PyExc_TypeError, "write() takes no keyword arguments");
  if (args.length !== 1) raise(PyExc_TypeError, `write() takes exactly one argument (${args.length} given)`);
  check(f, "write");
  const v = args[0]!;
  if (f.binary) {
    const b = bufferBytes(v);
    if (b === null) raise(PyExc_TypeError, `a bytes-like object is required, not '${v.ob_type.tp_name}'`);
    // sys.stdout.buffer / sys.stderr.buffer: the host takes text; bytes that are not UTF-8 travel
    // as surrogate escapes, which the host's encodeStreamText turns back into the same bytes
    const text =
      f.kind === "stdout" || f.kind === "stderr" ? decodeBytes(b, "utf-8", "surrogateescape", null) : "";
    if (f.kind === "stdout" && f.ownStdout === null) writeStdoutBytes(text);
    else if (f.kind === "stdout" || f.kind === "stderr") writeStd(f, text);
    else writeBytes(f, b);
    return PyInt_FromNumber(b.length);
  }
  if (!(v instanceof PyStr)) raise(PyExc_TypeError, `write() argument must be str, not ${argTypeName(v)}`);
  writeText(f, v.value, v);
  return PyInt_FromNumber(cpLength(v.value));
};

const writelines: NativeImpl = (o, args, kw) => {
  const f = self(o);
  if (kw !== null && kw.length > 0) raise(PyExc_TypeError, "writelines() takes no keyword arguments");
  if (args.length !== 1)
    raise(PyExc_TypeError, `writelines() takes exactly one argument (${args.length} given)`);
  check(f, null);
  const items = iterateToArray(args[0]!);
  try {
    for (const item of items) {
      const r = write(o, [item], null);
      Py_DECREF(r);
    }
  } finally {
    for (const x of items) Py_DECREF(x);
  }
  return Py_NewRef(Py_None);
};

const seek: NativeImpl = (o, args, kw) => {
  const f = self(o);
  const [offObj, whenceObj] = parseArgs("seek", args, kw, {
    names: ["cookie", "whence"],
    required: 1,
    posonly: 2,
  });
  check(f, null);
  if (f.kind !== "file") unsupported("underlying stream is not seekable");
  // CPython's text seek compares the cookie with 0 and then converts it with int() (a str cookie
  // fails in the comparison, a float is truncated); the binary one takes an int through __index__.
  let off: number;
  if (offObj instanceof PyInt) off = Number(offObj.value);
  else {
    if (f.binary) {
      const index = PyNumber_Index(offObj!);
      off = Number(index.value);
      Py_DECREF(index);
    } else {
      const zero = PyInt_FromNumber(0);
      try {
        PyObject_RichCompareBool(offObj!, zero, CmpOp.LT);
      } finally {
        Py_DECREF(zero);
      }
      const converted = PyNumber_Long(offObj!) as PyInt;
      off = Number(converted.value);
      Py_DECREF(converted);
    }
  }
  const whence = whenceObj === null ? 0 : Number((whenceObj as PyInt).value);
  if (!f.binary) {
    if (whence === 1 && off !== 0) unsupported("can't do nonzero cur-relative seeks");
    if (whence === 2 && off !== 0) unsupported("can't do nonzero end-relative seeks");
    if (whence === 0 && off < 0) raise(PyExc_ValueError, `negative seek position ${off}`);
  }
  flushFile(f);
  let target: number;
  if (whence === 0) target = off;
  else if (whence === 1) target = f.pos + off;
  else if (whence === 2) target = f.length + off;
  else raise(PyExc_ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
  if (target < 0) raise(PyExc_OSError, "[Errno 22] Invalid argument");
  f.pos = target;
  return PyInt_FromNumber(target);
};

const tell: NativeImpl = (o, args, kw) => {
  const f = self(o);
  noArgs("tell", args, kw);
  check(f, null);
  if (f.kind !== "file") unsupported("underlying stream is not seekable");
  return PyInt_FromNumber(f.pos);
};

function closeFile(f: PyFileObject): void {
  if (f.closed) return;
  try {
    if (f.kind === "file") flushFile(f);
    else {
      flushPending(f);
      if (f.ownStdout !== null) flushOwnStdout(f);
      else if (f.kind === "stdout") flushStdStreams();
    }
  } finally {
    f.closed = true;
    openFiles.delete(f);
    if (f.fdOwner !== null) {
      // a stream on another object's descriptor: closefd closes the descriptor too
      const owner = f.fdOwner;
      f.fdOwner = null;
      if (f.closefd && fdFile(f.fd) === owner) closeFile(owner);
    } else if (f.closefd) {
      releaseFd(f);
    }
  }
}

function truthReturn(b: boolean): PyObject {
  return PyBool_FromBool(b);
}

function fileRepr(o: PyObject): PyObject {
  const f = self(o);
  const t = f.ob_type.tp_name;
  if (f.impl !== null) {
    const typeName = PyStr_FromString(t);
    try {
      const impl = f.impl;
      return inWorker(() => callMethod(impl, "_repr", [typeName]));
    } finally {
      Py_DECREF(typeName);
    }
  }
  if (f.ob_type === PyFileIO_Type) {
    if (f.closed) return PyStr_FromString(`<${t} [closed]>`);
    const closefd = f.closefd ? "True" : "False";
    return PyStr_FromString(`<${t} name=${reprOf(f.nameObj)} mode='${f.mode}' closefd=${closefd}>`);
  }
  if (f.binary) return PyStr_FromString(`<${t} name=${reprOf(f.nameObj)}>`);
  return PyStr_FromString(`<${t} name=${reprOf(f.nameObj)} mode='${f.mode}' encoding='${f.encoding}'>`);
}

function file_dealloc(o: PyObject): void {
  const f = self(o);
  try {
    if (f.impl !== null) Py_DECREF(callMethod(f.impl, "_finalize", []));
    else closeFile(f);
  } catch {
    // errors while closing an unreferenced file are ignored, as CPython's iobase_finalize
  }
  Py_DECREF(f.nameObj);
  const b = f.bufferObj;
  f.bufferObj = null;
  if (b !== null) Py_DECREF(b);
  const r = f.rawObj;
  f.rawObj = null;
  if (r !== null) Py_DECREF(r);
  const impl = f.impl;
  f.impl = null;
  programStreams.delete(f);
  if (impl !== null) Py_DECREF(impl);
  freeObject(f);
}

/** The size of a bound builtin method object (PyCMethodObject + GC header). */
const BOUND_METHOD_SIZE = 72;

function isFastTextFile(file: PyObject): file is PyFileObject {
  return (
    file instanceof PyFileObject && file.impl === null && !file.binary && FILE_TYPES.includes(file.ob_type)
  );
}

/**
 * PyFile_WriteObject / PyFile_WriteString look the file's `write` up for every write: a bound
 * builtin method (a tracked 72-byte object) lives for the call's duration. heapstack writes to
 * its own files directly, so it only books that object's block: a tracked allocation counted
 * (which may start an automatic collection before anything is written, as in CPython) and a
 * block tracemalloc sees (its peak), released by writeCallEnd. -1 for other files, whose
 * `write` is really called.
 */
export function writeCallBegin(file: PyObject): number {
  if (!isFastTextFile(file)) return -1;
  const address = holdBlock(BOUND_METHOD_SIZE);
  gc.linked();
  return address;
}

/** write() returns the text's length: an int object of 28 bytes beyond the small ints. */
function writeResult(text: string): void {
  if (text.length > 256 && cpLength(text) > 256) transientBlock(28);
}

export function writeCallEnd(address: number): void {
  if (address === -1) return;
  gc.unlinked();
  releaseBlock(address, BOUND_METHOD_SIZE);
}

/** Writes text to a file object: the fast path for our own streams, `write()` otherwise. */
export function fileWriteString(file: PyObject, text: string): void {
  if (isFastTextFile(file)) {
    check(file, "write");
    writeFast(file, text, null, writeCallBegin(file));
    return;
  }
  const s = PyStr_FromString(text);
  try {
    callWrite(file, s);
  } finally {
    Py_DECREF(s);
  }
}

/**
 * file.write(s) from native code (PyFile_WriteObject's PyObject_CallOneArg): a builtin `write`
 * (StringIO's, a C stream's) is called through cfunction_vectorcall, which takes a recursion
 * level; a Python one takes its frame's.
 */
function callWrite(file: PyObject, s: PyStr): void {
  const native = typeLookupString(file.ob_type, "write")?.ob_type === PyMethodDescr_Type;
  if (native) Py_EnterRecursiveCall(" while calling a Python object");
  try {
    Py_DECREF(callMethod(file, "write", [s]));
  } finally {
    if (native) Py_LeaveRecursiveCall();
  }
}

/** Writes a str object to a file object (PyFile_WriteObject with Py_PRINT_RAW of a str). */
export function fileWriteStr(file: PyObject, s: PyStr, booked = false): void {
  if (isFastTextFile(file)) {
    check(file, "write");
    writeFast(file, s.value, s, booked ? -1 : writeCallBegin(file));
    return;
  }
  callWrite(file, s);
}

/**
 * file.write(text) of one of heapstack's text files, without the call: as a builtin `write`
 * called from PyFile_WriteObject, it takes a recursion level. `call` is writeCallBegin's.
 */
function writeFast(file: PyFileObject, text: string, obj: PyStr | null, call: number): void {
  try {
    Py_EnterRecursiveCall(" while calling a Python object");
  } catch (e) {
    // the bound `write` CPython made before the call is released with the RecursionError
    writeCallEnd(call);
    throw e;
  }
  try {
    writeText(file, text, obj);
    writeResult(text);
  } finally {
    Py_LeaveRecursiveCall();
    writeCallEnd(call);
  }
}

/** TextIOWrapper.reconfigure(*, encoding, errors, newline, line_buffering, write_through). */
const reconfigure: NativeImpl = (o, args, kw) => {
  const f = self(o);
  const [enc, errs, nl, lb, wt] = parseArgs("reconfigure", args, kw, {
    names: ["encoding", "errors", "newline", "line_buffering", "write_through"],
    required: 0,
    kwonlyFrom: 0,
  });
  const given = (x: PyObject | null): x is PyObject => x !== null && x !== Py_None;
  if (given(enc) && !(enc instanceof PyStr))
    raise(
      PyExc_TypeError,
      `reconfigure() argument 'encoding' must be str or None, not ${enc.ob_type.tp_name}`,
    );
  if (given(errs) && !(errs instanceof PyStr))
    raise(
      PyExc_TypeError,
      `reconfigure() argument 'errors' must be str or None, not ${errs.ob_type.tp_name}`,
    );
  if (given(nl)) {
    if (!(nl instanceof PyStr))
      raise(
        PyExc_TypeError,
        `reconfigure() argument 'newline' must be str or None, not ${nl.ob_type.tp_name}`,
      );
    if (!["", "\n", "\r", "\r\n"].includes(nl.value))
      raise(PyExc_ValueError, `illegal newline value: ${nl.value}`);
  }
  check(f, null);
  if (f.stdinDecoded && (given(enc) || given(errs) || nl !== null)) {
    unsupported("It is not possible to set the encoding or newline of stream after the first read");
  }
  if (given(enc)) {
    // checks the codec exists (LookupError otherwise)
    encodeString("", enc.value, "strict", null);
    f.encoding = enc.value;
    f.errors = given(errs) ? (errs as PyStr).value : "strict";
  } else if (given(errs)) f.errors = (errs as PyStr).value;
  if (nl !== null) f.newline = nl === Py_None ? null : (nl as PyStr).value;
  if (given(lb)) f.lineBuffering = PyObject_IsTrue(lb);
  if (given(wt)) f.writeThrough = PyObject_IsTrue(wt);
  return Py_NewRef(Py_None);
};

function callMethod(o: PyObject, name: string, args: PyObject[]): PyObject {
  return PyObject_CallMethod(o, name, args);
}

// ---------------------------------------------------------------------------------------------
// streams over the program's own objects: TextIOWrapper(buffer), BufferedReader(raw), ...

/** The classes of lib/io.py that do the work, by the type whose constructor makes them. */
interface StreamImpl {
  publicName: string;
  implName: string;
  args: string[];
}
const STREAM_IMPLS = new Map<PyType, StreamImpl>([
  [
    PyTextIOWrapper_Type,
    {
      publicName: "TextIOWrapper",
      implName: "_TextStream",
      args: ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"],
    },
  ],
  [
    PyBufferedReader_Type,
    { publicName: "BufferedReader", implName: "_BufferedReaderStream", args: ["raw", "buffer_size"] },
  ],
  [
    PyBufferedWriter_Type,
    { publicName: "BufferedWriter", implName: "_BufferedWriterStream", args: ["raw", "buffer_size"] },
  ],
]);

function streamImplFor(type: PyType): StreamImpl | undefined {
  for (let t: PyType | null = type; t !== null; t = t.tp_base) {
    const spec = STREAM_IMPLS.get(t);
    if (spec !== undefined) return spec;
  }
  return undefined;
}

/**
 * Runs a call into the io module's worker. CPython's streams are C code: an exception they raise
 * carries no frame of theirs, so the worker's own entries leave the traceback (those of the
 * program's stream, called by the worker, stay).
 */
function inWorker<T>(call: () => T): T {
  try {
    return call();
  } catch (e) {
    if (isPyException(e)) {
      let tb = e.traceback;
      while (tb instanceof PyTraceback && tb.tb_frame.frame?.code.co_filename.value === "<frozen io>") {
        const next = tb.tb_next;
        e.traceback = next === null ? null : Py_NewRef(next);
        Py_DECREF(tb);
        tb = next;
      }
    }
    throw e;
  }
}

function wrapped_new(type: PyObject, _args: PyObject[], _kw: string[] | null): PyObject {
  const t = type as PyType;
  const binary = streamImplFor(t)?.implName !== "_TextStream";
  const f = new PyFileObject(t, Py_NewRef(Py_None), "", binary);
  allocateObject(f, t.tp_basicsize + 16);
  return f;
}

/** __init__: builds the io module's stream object from the arguments, checked as CPython does. */
function wrapped_init(o: PyObject, args: PyObject[], kw: string[] | null): void {
  const f = self(o);
  const spec = streamImplFor(f.ob_type)!;
  const values = parseArgs(spec.publicName, args, kw, { names: spec.args, required: 1 });
  const io = PyImport_ImportModule("io");
  let implClass: PyObject;
  try {
    implClass = PyObject_GetAttrString(io, spec.implName);
  } finally {
    Py_DECREF(io);
  }
  let impl: PyObject;
  try {
    impl = inWorker(() =>
      PyObject_Call(
        implClass,
        values.map((v) => v ?? Py_None),
        null,
      ),
    );
  } finally {
    Py_DECREF(implClass);
  }
  if (spec.args[1] === "buffer_size") {
    // the io classes' default is DEFAULT_BUFFER_SIZE (open() passes st_blksize)
    const size = values[1];
    f.bufferSize = size === null || size === undefined ? 8192 : PyNumber_AsSsize_t(size, PyExc_OverflowError);
  }
  const old = f.impl;
  f.impl = impl;
  programStreams.add(f);
  if (old !== null) Py_DECREF(old);
}

function notInitialized(): never {
  raise(PyExc_ValueError, "I/O operation on uninitialized object");
}

/** A method that, on a stream built over the program's object, is the io module's method. */
function forwarding(name: string, native: NativeImpl): NativeImpl {
  return (o, args, kw) => {
    const f = self(o);
    if (f.impl === null) {
      // only the constructor leaves the mode empty: open() always gives one
      if (f.mode === "") notInitialized();
      return native(o, args, kw);
    }
    const method = PyObject_GetAttrString(f.impl, name);
    let result: PyObject;
    try {
      result = inWorker(() => PyObject_Call(method, args, kw));
    } finally {
      Py_DECREF(method);
    }
    // `with` and the like hand back the stream itself: that is this object, not the worker
    if (result !== f.impl) return result;
    Py_DECREF(result);
    return Py_NewRef(o!);
  };
}

function forwardingMethods(defs: Record<string, NativeImpl>): Record<string, NativeImpl> {
  const out: Record<string, NativeImpl> = {};
  for (const [name, impl] of Object.entries(defs)) out[name] = forwarding(name, impl);
  return out;
}

function forwardingGetSet(def: GetSetDef): GetSetDef {
  return {
    name: def.name,
    get: (o) => {
      const f = self(o);
      const impl = f.impl;
      return impl === null ? def.get(o) : inWorker(() => PyObject_GetAttrString(impl, def.name));
    },
  };
}

function detachUnsupported(): never {
  unsupported("detach");
}

export function initFileTypes(): void {
  for (const T of FILE_TYPES) {
    T.tp_getattro = PyObject_GenericGetAttr;
    T.tp_repr = fileRepr;
    T.tp_dealloc = file_dealloc;
    T.tp_iter = (o) => {
      const f = self(o);
      const impl = f.impl;
      if (impl !== null) Py_DECREF(inWorker(() => callMethod(impl, "_check_open", [])));
      else check(f, null);
      return Py_NewRef(o);
    };
    T.tp_iternext = (o) => {
      const f = self(o);
      const impl = f.impl;
      if (impl === null) return nextLine(f);
      const line = inWorker(() => callMethod(impl, "_next_line", []));
      if (line !== Py_None) return line;
      Py_DECREF(line);
      return null;
    };
    if (STREAM_IMPLS.has(T)) {
      T.tp_new = wrapped_new;
      T.tp_init = wrapped_init;
      defineMethods(T, forwardingMethods({ detach: detachUnsupported }));
    }
    defineFileMethods(T, {
      read,
      readline,
      readlines,
      write,
      writelines,
      seek,
      tell,
      truncate: (o, a, k) => {
        // Resize the file to `size` bytes (default: the current position); the position stays.
        const f = self(o);
        const [sizeObj] = parseArgs("truncate", a, k, { names: ["pos"], required: 0, posonly: 1 });
        check(f, null);
        if (f.kind !== "file") unsupported("truncate");
        if (!f.writable) unsupported("truncate");
        flushPending(f);
        let size = f.pos;
        if (sizeObj !== null && sizeObj !== Py_None) {
          if (!(sizeObj instanceof PyInt))
            raise(PyExc_TypeError, `'${sizeObj.ob_type.tp_name}' object cannot be interpreted as an integer`);
          size = Number(sizeObj.value);
        }
        if (size < 0) raise(PyExc_OSError, "[Errno 22] Invalid argument");
        ensureCapacity(f, size);
        if (size > f.length) f.content.fill(0, f.length, size);
        f.length = size;
        f.dirty = true;
        flushFile(f);
        return PyInt_FromNumber(size);
      },
      close: (o, a, k) => {
        noArgs("close", a, k);
        closeFile(self(o));
        return Py_NewRef(Py_None);
      },
      flush: (o, a, k) => {
        noArgs("flush", a, k);
        const f = self(o);
        check(f, null);
        flushPending(f);
        // sys.stdout.buffer.flush() leaves the text layer's pending text where it is
        if (f.ownStdout !== null) flushOwnStdout(f);
        else if (f.kind === "stdout") flushStdStreams(f.binary ? stdoutPending : 0);
        else flushFile(f);
        return Py_NewRef(Py_None);
      },
      readable: (o, a, k) => (noArgs("readable", a, k), check(self(o), null), truthReturn(self(o).readable)),
      writable: (o, a, k) => (noArgs("writable", a, k), check(self(o), null), truthReturn(self(o).writable)),
      seekable: (o, a, k) => (
        noArgs("seekable", a, k), check(self(o), null), truthReturn(self(o).kind === "file")
      ),
      isatty: (o, a, k) => {
        noArgs("isatty", a, k);
        const f = self(o);
        check(f, null);
        const fd = f.kind === "stdin" ? 0 : f.kind === "stdout" ? 1 : f.kind === "stderr" ? 2 : -1;
        return truthReturn(fd >= 0 && (host().isatty?.(fd) ?? false));
      },
      fileno: (o, a, k) => {
        noArgs("fileno", a, k);
        const f = self(o);
        check(f, null);
        if (f.kind === "stdin") return PyInt_FromNumber(0);
        if (f.kind === "stdout") return PyInt_FromNumber(1);
        if (f.kind === "stderr") return PyInt_FromNumber(2);
        return PyInt_FromNumber(f.fd < 0 ? 3 : f.fd);
      },
      __enter__: (o) => {
        check(self(o), null);
        return Py_NewRef(o!);
      },
      __exit__: (o) => {
        closeFile(self(o));
        return Py_NewRef(Py_None);
      },
    });
    const getsets = [
      { name: "closed", get: (o: PyObject) => PyBool_FromBool(self(o).closed) },
      { name: "name", get: (o: PyObject) => Py_NewRef(self(o).nameObj) },
      { name: "mode", get: (o: PyObject) => PyStr_FromString(self(o).mode) },
    ];
    if (T === PyTextIOWrapper_Type) {
      defineFileMethods(T, { reconfigure });
    } else if (T === PyFileIO_Type) {
      defineFileMethods(T, {
        readall: (o, a, k) => {
          noArgs("readall", a, k);
          const f = self(o);
          check(f, "read");
          return PyBytes_FromBytes(readBytes(f, -1));
        },
        readinto: readIntoImpl("readinto"),
      });
      defineGetSets(T, [{ name: "closefd", get: (o: PyObject) => PyBool_FromBool(self(o).closefd) }]);
      T.tp_new = fileio_new;
    } else {
      const binaryMethods: Record<string, NativeImpl> = {
        read1: (o, a, k) => {
          const f = self(o);
          const [n] = parseArgs("read1", a, k, { names: ["size"], required: 0, posonly: 1 });
          check(f, "read");
          return PyBytes_FromBytes(readBytes(f, sizeArg(n)));
        },
        readinto: readIntoImpl("readinto"),
        readinto1: readIntoImpl("readinto1"),
      };
      if (T !== PyBufferedWriter_Type) {
        binaryMethods.peek = (o, a, k) => {
          const f = self(o);
          parseArgs("peek", a, k, { names: ["size"], required: 0, posonly: 1 });
          check(f, "read");
          return PyBytes_FromBytes(peekBytes(f));
        };
      }
      defineFileMethods(T, binaryMethods);
      defineMethods(T, { __sizeof__: bufferedSizeof });
      if (STREAM_IMPLS.has(T)) getsets.push({ name: "raw", get: (o: PyObject) => rawStream(self(o)) });
    }
    if (T === PyTextIOWrapper_Type) {
      getsets.push(
        { name: "encoding", get: (o: PyObject) => PyStr_FromString(self(o).encoding) },
        { name: "errors", get: (o: PyObject) => PyStr_FromString(self(o).errors) },
        { name: "newlines", get: (o: PyObject) => newlinesValue(self(o).seenNewlines) },
        {
          name: "line_buffering",
          get: (o: PyObject) => PyBool_FromBool(self(o).lineBuffering ?? isStdStream(self(o), STD_LINE)),
        },
        {
          name: "write_through",
          get: (o: PyObject) =>
            PyBool_FromBool(self(o).writeThrough ?? isStdStream(self(o), STD_WRITE_THROUGH)),
        },
        { name: "buffer", get: (o: PyObject) => textBuffer(self(o)) },
      );
    }
    defineGetSets(T, getsets.map(forwardingGetSet));
  }
}

function defineFileMethods(T: PyType, defs: Record<string, NativeImpl>): void {
  defineMethods(T, STREAM_IMPLS.has(T) ? forwardingMethods(defs) : defs);
}
