/**
 * SQLite (the official wasm build from @sqlite.org/sqlite-wasm) instantiated synchronously.
 *
 * The package's own JavaScript glue is an async function (top-level awaits, promise-based
 * instantiation), and heapstack's VM cannot wait for a promise in the middle of `import
 * sqlite3`. So only its `sqlite3.wasm` is used: compiled with `new WebAssembly.Module` and
 * instantiated with `new WebAssembly.Instance`, both synchronous, with the imports written here
 * — the few POSIX calls SQLite's unix VFS makes (open/read/write/seek/stat/lock/truncate/
 * unlink), clocks and the time zone. Files live in memory while open and are written through
 * the host's file system on fsync and close, so a database file works the same under Node and
 * in the browser's virtual file system.
 *
 * Where the bytes come from is the host's business: under Node the file is read next to the
 * installed package; the browser worker supplies them with setSqliteWasmBytesProvider.
 */
import { HostError, host } from "../host.js";
import { stdlibPath } from "../stdlib_path.js";

/** The C functions of sqlite3.wasm that heapstack calls (pointers are i32, sqlite3_int64 is i64). */
export interface SqliteExports {
  memory: WebAssembly.Memory;
  __indirect_function_table: WebAssembly.Table;
  __wasm_call_ctors(): void;
  malloc(n: number): number;
  emscripten_builtin_memalign(alignment: number, n: number): number;
  free(p: number): void;
  sqlite3_initialize(): number;
  sqlite3_libversion(): number;
  sqlite3_open_v2(filename: number, ppDb: number, flags: number, vfs: number): number;
  sqlite3_close_v2(db: number): number;
  sqlite3_errmsg(db: number): number;
  sqlite3_errstr(rc: number): number;
  sqlite3_extended_errcode(db: number): number;
  sqlite3_extended_result_codes(db: number, on: number): number;
  sqlite3_prepare_v2(db: number, sql: number, nByte: number, ppStmt: number, pzTail: number): number;
  sqlite3_step(stmt: number): number;
  sqlite3_reset(stmt: number): number;
  sqlite3_finalize(stmt: number): number;
  sqlite3_clear_bindings(stmt: number): number;
  sqlite3_stmt_readonly(stmt: number): number;
  sqlite3_stmt_busy(stmt: number): number;
  sqlite3_bind_parameter_count(stmt: number): number;
  sqlite3_bind_parameter_name(stmt: number, i: number): number;
  sqlite3_bind_null(stmt: number, i: number): number;
  sqlite3_bind_int64(stmt: number, i: number, v: bigint): number;
  sqlite3_bind_double(stmt: number, i: number, v: number): number;
  sqlite3_bind_text(stmt: number, i: number, p: number, n: number, destructor: number): number;
  sqlite3_bind_blob(stmt: number, i: number, p: number, n: number, destructor: number): number;
  sqlite3_column_count(stmt: number): number;
  sqlite3_data_count(stmt: number): number;
  sqlite3_column_name(stmt: number, i: number): number;
  sqlite3_column_decltype(stmt: number, i: number): number;
  sqlite3_column_type(stmt: number, i: number): number;
  sqlite3_column_int64(stmt: number, i: number): bigint;
  sqlite3_column_double(stmt: number, i: number): number;
  sqlite3_column_text(stmt: number, i: number): number;
  sqlite3_column_blob(stmt: number, i: number): number;
  sqlite3_column_bytes(stmt: number, i: number): number;
  sqlite3_changes(db: number): number;
  sqlite3_total_changes(db: number): number;
  sqlite3_last_insert_rowid(db: number): bigint;
  sqlite3_get_autocommit(db: number): number;
  sqlite3_complete(sql: number): number;
  sqlite3_interrupt(db: number): void;
  sqlite3_busy_timeout(db: number, ms: number): number;
  sqlite3_limit(db: number, id: number, value: number): number;
  sqlite3_create_function_v2(
    db: number,
    name: number,
    nArg: number,
    textRep: number,
    pApp: number,
    xFunc: number,
    xStep: number,
    xFinal: number,
    xDestroy: number,
  ): number;
  sqlite3_create_window_function(
    db: number,
    name: number,
    nArg: number,
    textRep: number,
    pApp: number,
    xStep: number,
    xFinal: number,
    xValue: number,
    xInverse: number,
    xDestroy: number,
  ): number;
  sqlite3_create_collation_v2(
    db: number,
    name: number,
    textRep: number,
    pArg: number,
    xCompare: number,
    xDestroy: number,
  ): number;
  sqlite3_user_data(ctx: number): number;
  sqlite3_aggregate_context(ctx: number, n: number): number;
  sqlite3_value_type(v: number): number;
  sqlite3_value_int64(v: number): bigint;
  sqlite3_value_double(v: number): number;
  sqlite3_value_text(v: number): number;
  sqlite3_value_blob(v: number): number;
  sqlite3_value_bytes(v: number): number;
  sqlite3_result_null(ctx: number): void;
  sqlite3_result_int64(ctx: number, v: bigint): void;
  sqlite3_result_double(ctx: number, v: number): void;
  sqlite3_result_text(ctx: number, p: number, n: number, destructor: number): void;
  sqlite3_result_blob(ctx: number, p: number, n: number, destructor: number): void;
  sqlite3_result_error(ctx: number, msg: number, n: number): void;
  sqlite3_result_error_nomem(ctx: number): void;
  sqlite3_result_error_toobig(ctx: number): void;
  sqlite3_expanded_sql(stmt: number): number;
  sqlite3_free(p: number): void;
  sqlite3_set_authorizer(db: number, xAuth: number, pArg: number): number;
  sqlite3_progress_handler(db: number, n: number, xProgress: number, pArg: number): void;
  sqlite3_trace_v2(db: number, mask: number, xCallback: number, pCtx: number): number;
  sqlite3_backup_init(dest: number, destName: number, src: number, srcName: number): number;
  sqlite3_backup_step(b: number, pages: number): number;
  sqlite3_backup_remaining(b: number): number;
  sqlite3_backup_pagecount(b: number): number;
  sqlite3_backup_finish(b: number): number;
  sqlite3__wasm_db_config_ip(db: number, op: number, arg: number, out: number): number;
}

/** SQLITE_TRANSIENT: SQLite copies a bound or returned value before the call returns. */
export const SQLITE_TRANSIENT = -1;

let bytesProvider: (() => Uint8Array) | null = null;

/** A host without Node's file system (the browser worker) hands over sqlite3.wasm's bytes. */
export function setSqliteWasmBytesProvider(provider: () => Uint8Array): void {
  bytesProvider = provider;
}

interface NodeForWasm {
  fs: { readFileSync(path: string): Uint8Array };
  module: { createRequire(path: string): { resolve(id: string): string } };
  path: { dirname(p: string): string; join(...p: string[]): string };
}

function wasmBytes(): Uint8Array {
  if (bytesProvider !== null) return bytesProvider();
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
    ?.getBuiltinModule;
  const lib = stdlibPath();
  if (get === undefined || lib === null) throw new Error("sqlite3.wasm: no host supplies it");
  const node: NodeForWasm = {
    fs: get("node:fs") as NodeForWasm["fs"],
    module: get("node:module") as NodeForWasm["module"],
    path: get("node:path") as NodeForWasm["path"],
  };
  const root = node.path.dirname(lib);
  const file = node.module
    .createRequire(node.path.join(root, "package.json"))
    .resolve("@sqlite.org/sqlite-wasm/sqlite3.wasm");
  return node.fs.readFileSync(file);
}

// Emscripten's errno numbers (musl's wasm ABI), returned negated by the __syscall_* imports.
const ENOENT = 44;
const EBADF = 8;
const EINVAL = 28;
const EEXIST = 20;
const EISDIR = 31;
const ENOSYS = 52;
const ENOMEM = 48;
const MAP_SHARED = 1;
const PROT_WRITE = 2;
const EACCES = 2;
const ENOTDIR = 54;
const O_CREAT = 0o100;
const O_EXCL = 0o200;
const O_TRUNC = 0o1000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o40000;

function errnoOf(e: unknown): number {
  if (e instanceof HostError) {
    switch (e.code) {
      case "ENOENT":
        return ENOENT;
      case "EISDIR":
        return EISDIR;
      case "EACCES":
      case "EPERM":
        return EACCES;
      case "EEXIST":
        return EEXIST;
      case "ENOTDIR":
        return ENOTDIR;
    }
  }
  return EACCES;
}

/**
 * A file some descriptor has open: its whole contents in memory, written back to the host when
 * dirty on sync/close. Descriptors of one path share it, so two connections to one database
 * see each other's committed writes (SQLite itself locks between them: same inode number).
 */
interface FileNode {
  path: string;
  data: Uint8Array;
  size: number;
  dirty: boolean;
  opens: number;
}

/** An open descriptor: a file (or directory) and a position. */
interface OpenFile {
  node: FileNode;
  pos: number;
  dir: boolean;
}

export interface Sqlite {
  x: SqliteExports;
  /** The wasm memory's bytes now (the view is replaced when the memory grows). */
  u8(): Uint8Array;
  dv(): DataView;
  /** A NUL-terminated UTF-8 copy of `s` in malloc'd memory (free it). */
  cstring(s: string): number;
  /** malloc'd copy of `b` (at least one byte, so a pointer is never 0). */
  cbytes(b: Uint8Array): number;
  readCString(p: number): string;
  readBytes(p: number, n: number): Uint8Array;
  /** Puts a JS function into the indirect function table; `sig` as "v"/"i" + params "i"/"j"/"d". */
  addFunction(fn: (...args: never[]) => unknown, sig: string): number;
}

let loaded: Sqlite | null = null;

/** The one SQLite instance of this thread, created on first use. */
export function sqlite(): Sqlite {
  if (loaded === null) loaded = instantiate();
  return loaded;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function instantiate(): Sqlite {
  const memory = new WebAssembly.Memory({ initial: 256, maximum: 32768 });
  let u8 = new Uint8Array(memory.buffer);
  let dv = new DataView(memory.buffer);
  const view = (): void => {
    if (u8.buffer !== memory.buffer) {
      u8 = new Uint8Array(memory.buffer);
      dv = new DataView(memory.buffer);
    }
  };
  const str = (p: number): string => {
    view();
    let end = p;
    while (u8[end] !== 0) end++;
    return decoder.decode(u8.subarray(p, end));
  };
  const files = new Map<number, OpenFile>();
  const mappings = new Map<number, { node: FileNode; offset: number; len: number; writeBack: boolean }>();
  /** The instance's exports, once it exists (mmap allocates with its memalign). */
  let late: SqliteExports | null = null;
  let nextFd = 3;
  const fs = () => host().fs;
  const absolute = (p: string): string => (p.startsWith("/") ? p : `${fs().cwd().replace(/\/$/, "")}/${p}`);
  const fileOf = (fd: number): OpenFile | undefined => files.get(fd);
  const nodes = new Map<string, FileNode>();
  const flush = (f: OpenFile): number => {
    if (!f.node.dirty) return 0;
    if (f.node.path === "") {
      f.node.dirty = false; // unlinked while open: nothing on the host to update
      return 0;
    }
    try {
      fs().writeFile(f.node.path, f.node.data.subarray(0, f.node.size), false);
      f.node.dirty = false;
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  };
  const ensure = (f: OpenFile, n: number): void => {
    if (n <= f.node.data.length) return;
    const grown = new Uint8Array(Math.max(n, f.node.data.length * 2, 4096));
    grown.set(f.node.data.subarray(0, f.node.size));
    f.node.data = grown;
  };
  const writeStat = (buf: number, mode: number, size: number, ino: number): number => {
    view();
    for (let i = 0; i < 96; i++) u8[buf + i] = 0;
    dv.setUint32(buf + 4, mode, true);
    dv.setUint32(buf + 8, 1, true);
    dv.setBigInt64(buf + 24, BigInt(size), true);
    dv.setInt32(buf + 32, 4096, true);
    dv.setInt32(buf + 36, Math.ceil(size / 512), true);
    const now = BigInt(Math.floor(Date.now() / 1000));
    dv.setBigInt64(buf + 40, now, true);
    dv.setBigInt64(buf + 56, now, true);
    dv.setBigInt64(buf + 72, now, true);
    dv.setBigInt64(buf + 88, BigInt(ino), true);
    return 0;
  };
  const inoOf = (path: string): number => {
    let h = 7;
    for (let i = 0; i < path.length; i++) h = (h * 31 + path.charCodeAt(i)) >>> 0;
    return h;
  };
  const statPath = (pathPtr: number, buf: number): number => {
    const path = absolute(str(pathPtr));
    const open = nodes.get(path);
    if (open !== undefined) return writeStat(buf, S_IFREG | 0o644, open.size, inoOf(path));
    let kind: ReturnType<ReturnType<typeof fs>["stat"]>;
    try {
      kind = fs().stat(path);
    } catch (e) {
      return -errnoOf(e);
    }
    if (kind === null) return -ENOENT;
    if (kind === "dir") return writeStat(buf, S_IFDIR | 0o755, 4096, inoOf(path));
    let size = 0;
    try {
      size = fs().readFile(path).length;
    } catch (e) {
      return -errnoOf(e);
    }
    return writeStat(buf, S_IFREG | 0o644, size, inoOf(path));
  };
  const iovecs = (iov: number, count: number): [number, number][] => {
    view();
    const out: [number, number][] = [];
    for (let i = 0; i < count; i++)
      out.push([dv.getUint32(iov + i * 8, true), dv.getUint32(iov + i * 8 + 4, true)]);
    return out;
  };
  const env = {
    __syscall_openat: (_dirfd: number, pathPtr: number, flags: number, _varargs: number): number => {
      const path = absolute(str(pathPtr));
      if (path === "/dev/urandom") {
        // The unix VFS seeds its PRNG from here; reading the host's device would never end.
        const seed = new Uint8Array(256);
        crypto.getRandomValues(seed);
        const fd = nextFd++;
        files.set(fd, {
          node: { path, data: seed, size: seed.length, dirty: false, opens: 1 },
          pos: 0,
          dir: false,
        });
        return fd;
      }
      let kind: ReturnType<ReturnType<typeof fs>["stat"]>;
      try {
        kind = fs().stat(path);
      } catch (e) {
        return -errnoOf(e);
      }
      const fd = nextFd++;
      if (kind === "dir") {
        files.set(fd, {
          node: { path, data: new Uint8Array(0), size: 0, dirty: false, opens: 1 },
          pos: 0,
          dir: true,
        });
        return fd;
      }
      const shared = nodes.get(path);
      if (shared !== undefined) {
        if (flags & O_CREAT && flags & O_EXCL) return -EEXIST;
        shared.opens++;
        if (flags & O_TRUNC) {
          shared.size = 0;
          shared.dirty = true;
        }
        files.set(fd, { node: shared, pos: 0, dir: false });
        return fd;
      }
      if (kind === null && !(flags & O_CREAT)) return -ENOENT;
      if (kind !== null && flags & O_CREAT && flags & O_EXCL) return -EEXIST;
      let data = new Uint8Array(0);
      if (kind !== null && !(flags & O_TRUNC)) {
        try {
          data = fs().readFile(path).slice();
        } catch (e) {
          return -errnoOf(e);
        }
      }
      const f: OpenFile = {
        node: { path, data, size: data.length, dirty: kind === null || (flags & O_TRUNC) !== 0, opens: 1 },
        pos: 0,
        dir: false,
      };
      // Create the file now, as open(O_CREAT) does, so a later stat or access sees it.
      if (f.node.dirty) {
        const rc = flush(f);
        if (rc !== 0) return -rc;
      }
      nodes.set(path, f.node);
      files.set(fd, f);
      return fd;
    },
    __syscall_fcntl64: (fd: number, cmd: number, varargs: number): number => {
      if (!files.has(fd)) return -EBADF;
      // F_GETLK (12 in emscripten's 64-bit flock numbering): nobody else holds a lock.
      if (cmd === 12 || cmd === 5) {
        view();
        const arg = dv.getUint32(varargs, true);
        dv.setInt16(arg, 2, true);
      }
      return 0;
    },
    __syscall_ioctl: (): number => -ENOSYS,
    __syscall_fstat64: (fd: number, buf: number): number => {
      const f = fileOf(fd);
      if (f === undefined) return -EBADF;
      return f.dir
        ? writeStat(buf, S_IFDIR | 0o755, 4096, inoOf(f.node.path))
        : writeStat(buf, S_IFREG | 0o644, f.node.size, inoOf(f.node.path));
    },
    __syscall_stat64: statPath,
    __syscall_lstat64: statPath,
    __syscall_newfstatat: (_dirfd: number, pathPtr: number, buf: number, _flags: number): number =>
      statPath(pathPtr, buf),
    __syscall_ftruncate64: (fd: number, length: bigint): number => {
      const f = fileOf(fd);
      if (f === undefined) return -EBADF;
      const n = Number(length);
      if (n < 0) return -EINVAL;
      ensure(f, n);
      if (n > f.node.size) f.node.data.fill(0, f.node.size, n);
      f.node.size = n;
      f.node.dirty = true;
      return 0;
    },
    __syscall_faccessat: (_dirfd: number, pathPtr: number, _mode: number, _flags: number): number => {
      const path = absolute(str(pathPtr));
      if (nodes.has(path)) return 0;
      try {
        return fs().stat(path) === null ? -ENOENT : 0;
      } catch (e) {
        return -errnoOf(e);
      }
    },
    __syscall_unlinkat: (_dirfd: number, pathPtr: number, _flags: number): number => {
      const path = absolute(str(pathPtr));
      const unlink = fs().unlink;
      if (unlink === undefined) return -ENOSYS;
      try {
        unlink.call(fs(), path);
      } catch (e) {
        return -errnoOf(e);
      }
      // An open descriptor keeps its (now nameless) contents; it must not recreate the file.
      const open = nodes.get(path);
      if (open !== undefined) {
        open.dirty = false;
        open.path = "";
        nodes.delete(path);
      }
      return 0;
    },
    __syscall_getcwd: (buf: number, size: number): number => {
      const b = encoder.encode(fs().cwd());
      if (b.length + 1 > size) return -EINVAL;
      view();
      u8.set(b, buf);
      u8[buf + b.length] = 0;
      return b.length + 1;
    },
    __syscall_readlinkat: (): number => -EINVAL,
    __syscall_mkdirat: (): number => -ENOSYS,
    __syscall_rmdir: (): number => -ENOSYS,
    __syscall_fchmod: (): number => 0,
    __syscall_chmod: (): number => 0,
    __syscall_fchown32: (): number => 0,
    __syscall_utimensat: (): number => 0,
    // mmap of a file: only the WAL index (the -shm file) is mapped, shared by the connections
    // of this process through SQLite's own per-inode bookkeeping. The region is a copy of the
    // file's bytes in wasm memory, copied back on munmap when mapped shared and writable.
    _mmap_js: (
      len: number,
      prot: number,
      flags: number,
      fd: number,
      offset: bigint,
      allocated: number,
      addr: number,
    ): number => {
      const f = fileOf(fd);
      if (f === undefined || late === null) return -EBADF;
      const ptr = late.emscripten_builtin_memalign(65536, len);
      if (ptr === 0) return -ENOMEM;
      view();
      u8.fill(0, ptr, ptr + len);
      const from = Number(offset);
      const n = Math.max(0, Math.min(len, f.node.size - from));
      if (n > 0) u8.set(f.node.data.subarray(from, from + n), ptr);
      mappings.set(ptr, {
        node: f.node,
        offset: from,
        len,
        writeBack: (flags & MAP_SHARED) !== 0 && (prot & PROT_WRITE) !== 0,
      });
      dv.setInt32(allocated, 1, true);
      dv.setUint32(addr, ptr, true);
      return 0;
    },
    _munmap_js: (
      addr: number,
      _len: number,
      _prot: number,
      _flags: number,
      _fd: number,
      _offset: bigint,
    ): number => {
      const m = mappings.get(addr);
      if (m === undefined) return 0;
      mappings.delete(addr);
      if (m.writeBack) {
        const file: OpenFile = { node: m.node, pos: 0, dir: false };
        ensure(file, m.offset + m.len);
        view();
        if (m.offset > m.node.size) m.node.data.fill(0, m.node.size, m.offset);
        m.node.data.set(u8.subarray(addr, addr + m.len), m.offset);
        m.node.size = Math.max(m.node.size, m.offset + m.len);
        m.node.dirty = true;
      }
      return 0;
    },
    emscripten_date_now: (): number => Date.now(),
    emscripten_get_now: (): number => performance.now(),
    emscripten_get_heap_max: (): number => 2147483648,
    emscripten_resize_heap: (requested: number): number => {
      const need = (requested >>> 0) - memory.buffer.byteLength;
      try {
        memory.grow(Math.ceil(Math.max(need, memory.buffer.byteLength / 4) / 65536));
        view();
        return 1;
      } catch {
        return 0;
      }
    },
    _tzset_js: (timezone: number, daylight: number, stdName: number, dstName: number): void => {
      view();
      const year = new Date().getFullYear();
      const winter = new Date(year, 0, 1).getTimezoneOffset();
      const summer = new Date(year, 6, 1).getTimezoneOffset();
      dv.setUint32(timezone, Math.max(winter, summer) * 60, true);
      dv.setInt32(daylight, winter !== summer ? 1 : 0, true);
      u8[stdName] = 0;
      u8[dstName] = 0;
    },
    _localtime_js: (time: bigint, tm: number): void => {
      view();
      const d = new Date(Number(time) * 1000);
      const start = new Date(d.getFullYear(), 0, 1);
      const fields = [
        d.getSeconds(),
        d.getMinutes(),
        d.getHours(),
        d.getDate(),
        d.getMonth(),
        d.getFullYear() - 1900,
        d.getDay(),
        Math.floor((d.getTime() - start.getTime()) / 86400000),
        0,
        -d.getTimezoneOffset() * 60,
      ];
      fields.forEach((v, i) => {
        dv.setInt32(tm + i * 4, v, true);
      });
    },
  };
  const wasi = {
    fd_close: (fd: number): number => {
      const f = fileOf(fd);
      if (f === undefined) return EBADF;
      files.delete(fd);
      if (--f.node.opens === 0 && nodes.get(f.node.path) === f.node) nodes.delete(f.node.path);
      return flush(f);
    },
    fd_sync: (fd: number): number => {
      const f = fileOf(fd);
      if (f === undefined) return EBADF;
      return flush(f);
    },
    fd_read: (fd: number, iov: number, count: number, pnum: number): number => {
      const f = fileOf(fd);
      if (f === undefined) return EBADF;
      let total = 0;
      for (const [p, n] of iovecs(iov, count)) {
        const k = Math.max(0, Math.min(n, f.node.size - f.pos));
        view();
        u8.set(f.node.data.subarray(f.pos, f.pos + k), p);
        f.pos += k;
        total += k;
        if (k < n) break;
      }
      dv.setUint32(pnum, total, true);
      return 0;
    },
    fd_write: (fd: number, iov: number, count: number, pnum: number): number => {
      const f = fileOf(fd);
      let total = 0;
      for (const [p, n] of iovecs(iov, count)) {
        if (f !== undefined) {
          ensure(f, f.pos + n);
          view();
          if (f.pos > f.node.size) f.node.data.fill(0, f.node.size, f.pos);
          f.node.data.set(u8.subarray(p, p + n), f.pos);
          f.pos += n;
          if (f.pos > f.node.size) f.node.size = f.pos;
          f.node.dirty = true;
        }
        total += n; // SQLite's diagnostics to fds 1/2 are dropped
      }
      view();
      dv.setUint32(pnum, total, true);
      return 0;
    },
    fd_seek: (fd: number, offset: bigint, whence: number, out: number): number => {
      const f = fileOf(fd);
      if (f === undefined) return EBADF;
      const base = whence === 0 ? 0 : whence === 1 ? f.pos : f.node.size;
      const to = base + Number(offset);
      if (to < 0) return EINVAL;
      f.pos = to;
      view();
      dv.setBigInt64(out, BigInt(to), true);
      return 0;
    },
    fd_fdstat_get: (fd: number, buf: number): number => {
      view();
      for (let i = 0; i < 24; i++) u8[buf + i] = 0;
      const f = fileOf(fd);
      u8[buf] = f === undefined ? 2 : f.dir ? 3 : 4;
      return 0;
    },
    environ_sizes_get: (count: number, size: number): number => {
      view();
      dv.setUint32(count, 0, true);
      dv.setUint32(size, 0, true);
      return 0;
    },
    environ_get: (): number => 0,
    clock_time_get: (clock: number, _precision: bigint, out: number): number => {
      const ms = clock === 0 ? Date.now() : performance.now();
      view();
      dv.setBigInt64(out, BigInt(Math.round(ms * 1e6)), true);
      return 0;
    },
  };
  const module = new WebAssembly.Module(wasmBytes() as Uint8Array<ArrayBuffer>);
  const instance = new WebAssembly.Instance(module, {
    env: { ...env, memory },
    wasi_snapshot_preview1: wasi,
  });
  const x = instance.exports as unknown as SqliteExports;
  late = x;
  x.__wasm_call_ctors();
  x.sqlite3_initialize();
  const table = x.__indirect_function_table;
  return {
    x: { ...x, memory },
    u8: () => {
      view();
      return u8;
    },
    dv: () => {
      view();
      return dv;
    },
    cstring: (s: string): number => {
      const b = encoder.encode(s);
      const p = x.malloc(b.length + 1);
      view();
      u8.set(b, p);
      u8[p + b.length] = 0;
      return p;
    },
    cbytes: (b: Uint8Array): number => {
      const p = x.malloc(Math.max(1, b.length));
      view();
      u8.set(b, p);
      return p;
    },
    readCString: (p: number): string => str(p),
    readBytes: (p: number, n: number): Uint8Array => {
      view();
      return u8.slice(p, p + n);
    },
    addFunction: (fn, sig) => {
      const at = table.grow(1);
      table.set(at, wrapAsWasmFunction(fn, sig));
      return at;
    },
  };
}

/**
 * A JS function as a wasm function of signature `sig` (e.g. "viii"): a table only holds wasm
 * functions, so a tiny module that imports `fn` and re-exports it is compiled for each one.
 */
function wrapAsWasmFunction(fn: (...args: never[]) => unknown, sig: string): WebAssembly.ExportValue {
  const code: Record<string, number> = { i: 0x7f, j: 0x7e, d: 0x7c };
  const params = [...sig.slice(1)].map((c) => code[c]!);
  const results = sig[0] === "v" ? [] : [code[sig[0]!]!];
  const type = [0x60, params.length, ...params, results.length, ...results];
  const section = (id: number, body: number[]): number[] => [id, body.length, ...body];
  const bytes = new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, [1, ...type]),
    ...section(2, [1, 1, 0x65, 1, 0x66, 0x00, 0]),
    ...section(7, [1, 1, 0x66, 0x00, 0]),
  ]);
  const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), { e: { f: fn } });
  return inst.exports.f!;
}
