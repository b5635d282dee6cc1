/**
 * The host a program runs on: where sys.stdout/stderr go, where input() reads from, and the
 * file system that open() and the import system see. The CLI uses the Node host below; the
 * browser supplies its own (a virtual file system, output into the page).
 */

import { writeAllThrough } from "../util/write_all.js";

export type FileKind = "file" | "dir" | null;

/** A failed host operation, with the errno name Node uses ("ENOENT", "EISDIR", ...). */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface HostFileSystem {
  /** The whole file's bytes; throws HostError (ENOENT, EISDIR, EACCES...). */
  readFile(path: string): Uint8Array;
  /** Replaces (or with `append`, extends) the file's contents; throws HostError. */
  writeFile(path: string, data: Uint8Array, append: boolean): void;
  stat(path: string): FileKind;
  /** Directory entries' names (no "." / ".."); throws HostError. */
  listDir(path: string): string[];
  cwd(): string;
  /**
   * The operations behind the `os` module (optional: a host without one makes the matching
   * os function raise OSError ENOSYS). Paths are as the program gave them (relative paths are
   * relative to cwd()); failures throw HostError with the errno name.
   */
  statInfo?(path: string, followSymlinks: boolean): StatInfo;
  /** fstat() of the process's own descriptor 0, 1 or 2. */
  fstat?(fd: number): StatInfo;
  mkdir?(path: string, mode: number): void;
  rmdir?(path: string): void;
  unlink?(path: string): void;
  rename?(src: string, dst: string): void;
  realpath?(path: string): string;
  readlink?(path: string): string;
  symlink?(target: string, path: string): void;
  chdir?(path: string): void;
  chmod?(path: string, mode: number): void;
  utime?(path: string, atimeNs: bigint, mtimeNs: bigint): void;
  access?(path: string, mode: number): boolean;
  truncate?(path: string, length: number): void;
  link?(src: string, dst: string): void;
  /** statvfs() sizes of the file system holding `path`, in bytes: [total, free to root, free]. */
  diskUsage?(path: string): [bigint, bigint, bigint];
  /** statvfs() of the file system holding `path`: (bsize, frsize, blocks, bfree, bavail, files,
   *  ffree, favail, flag, namemax, fsid). */
  statvfs?(path: string): bigint[];
}

/** What os.stat() reports (times in nanoseconds since the epoch). */
export interface StatInfo {
  mode: number;
  ino: bigint;
  dev: bigint;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  atimeNs: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  blocks: number;
  blksize: number;
  rdev: number;
}

/** The process-level facts `os` reports (optional members: missing ones raise in Python). */
export interface HostProcess {
  pid: number;
  ppid: number;
  cpuCount: number | null;
  uid: number;
  gid: number;
  umask?(mask: number): number;
  login?: string;
  uname?: [string, string, string, string, string];
  /** The command that runs heapstack itself (what `sys.executable` should start), if known. */
  selfCommand?: string[];
  /** Runs a program to completion (subprocess); absent: subprocess raises OSError ENOSYS. */
  spawn?(argv: string[], opts: SpawnOptions): SpawnResult;
  /** Sends signal number `signal` to process `pid` (kill(2)); throws a HostError (ESRCH, EPERM ...). */
  kill?(pid: number, signal: number): void;
  /** The 1, 5 and 15 minute load averages. */
  loadavg?(): [number, number, number];
  /** The supplementary group ids. */
  groups?(): number[];
}

export interface SpawnOptions {
  input: Uint8Array | null;
  cwd: string;
  env: Record<string, string>;
  /** Seconds, or null for no limit. */
  timeout: number | null;
}

export interface SpawnResult {
  /** Exit status, or null when a signal ended the program. */
  status: number | null;
  /** The number of the signal that ended it (or killed it at the timeout), else null. */
  signal: number | null;
  timedOut: boolean;
  pid: number;
  stdout: Uint8Array;
  stderr: Uint8Array;
}

export interface Host {
  /** Text written to sys.stdout / sys.stderr, in program order, already encoded as JS strings. */
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /**
   * The next line of standard input including its "\n" (the rest without one), null at EOF.
   * `wait`, if given, is called (and may throw, a KeyboardInterrupt say) while a terminal has
   * no line to give yet: a read that waits for the user can be interrupted.
   */
  readStdinLine(wait?: () => void): string | null;
  fs: HostFileSystem;
  /** Environment variables the runtime reads (PYTHONPATH). */
  env: Record<string, string | undefined>;
  /** sys.executable. */
  executable: string;
  platform: string;
  /** Process facts for `os` (getpid, cpu_count...); absent: those functions raise OSError. */
  process?: HostProcess;
  /** Whether file descriptor 0, 1 or 2 is a terminal (absent: none is). */
  isatty?(fd: number): boolean;
}

interface NodeFs {
  readFileSync(path: string | number): Uint8Array;
  writeFileSync(path: string, data: Uint8Array): void;
  appendFileSync(path: string, data: Uint8Array): void;
  statSync(
    path: string,
    opts: { throwIfNoEntry: false },
  ): { isDirectory(): boolean; isFile(): boolean } | undefined;
  statSync(path: string, opts: { bigint: true }): NodeBigStats;
  readdirSync(path: string): string[];
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: null): number;
  openSync(path: string, flags: number): number;
  constants: { O_RDONLY: number; O_NONBLOCK: number; O_NOCTTY: number };
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  lstatSync(path: string, opts: { bigint: true }): NodeBigStats;
  fstatSync(fd: number, opts: { bigint: true }): NodeBigStats;
  mkdirSync(path: string, opts: { mode: number }): void;
  rmdirSync(path: string): void;
  unlinkSync(path: string): void;
  renameSync(src: string, dst: string): void;
  realpathSync(path: string): string;
  statfsSync(
    path: string,
    opts: { bigint: true },
  ): { bsize: bigint; blocks: bigint; bfree: bigint; bavail: bigint; files: bigint; ffree: bigint };
  readlinkSync(path: string): string;
  symlinkSync(target: string, path: string): void;
  chmodSync(path: string, mode: number): void;
  utimesSync(path: string, atime: number, mtime: number): void;
  accessSync(path: string, mode: number): void;
  truncateSync(path: string, length: number): void;
  linkSync(existingPath: string, newPath: string): void;
}

interface NodeBigStats {
  mode: bigint;
  ino: bigint;
  dev: bigint;
  nlink: bigint;
  uid: bigint;
  gid: bigint;
  size: bigint;
  atimeNs: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  blocks: bigint;
  blksize: bigint;
  rdev: bigint;
}

interface NodeChildProcess {
  spawnSync(
    file: string,
    args: string[],
    opts: {
      input?: Uint8Array;
      cwd: string;
      env: Record<string, string>;
      timeout?: number;
      maxBuffer: number;
      stdio: ["pipe", "pipe", "pipe"];
    },
  ): {
    pid: number;
    status: number | null;
    signal: string | null;
    stdout: Uint8Array | null;
    stderr: Uint8Array | null;
    error?: { code?: string; message: string };
  };
}

interface NodeOs {
  constants?: { signals?: Record<string, number> };
  availableParallelism?(): number;
  cpus(): unknown[];
  userInfo(): { username: string };
  release(): string;
  version(): string;
  hostname(): string;
  machine?(): string;
  loadavg(): number[];
}

interface NodeProcess {
  getBuiltinModule?: (id: string) => unknown;
  cwd(): string;
  umask(mask?: number): number;
  getuid?(): number;
  getgid?(): number;
  getgroups?(): number[];
  kill(pid: number, signal: number): boolean;
  pid: number;
  ppid: number;
  env: Record<string, string | undefined>;
  execPath: string;
  platform: string;
}

function nodeProcess(): NodeProcess | null {
  return ((globalThis as { process?: NodeProcess }).process ?? null) as NodeProcess | null;
}

/** Runs a node:fs call, turning its error into a HostError. */
function nodeCall<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    wrapErr(e);
  }
}

function statInfoOf(st: NodeBigStats): StatInfo {
  return {
    mode: Number(st.mode),
    ino: st.ino,
    dev: st.dev,
    nlink: Number(st.nlink),
    uid: Number(st.uid),
    gid: Number(st.gid),
    size: Number(st.size),
    atimeNs: st.atimeNs,
    mtimeNs: st.mtimeNs,
    ctimeNs: st.ctimeNs,
    blocks: Number(st.blocks),
    blksize: Number(st.blksize),
    rdev: Number(st.rdev),
  };
}

function wrapErr(e: unknown): never {
  const code =
    (e as { code?: string }).code ?? /^([A-Z0-9]+):/.exec(String((e as Error).message))?.[1] ?? "EIO";
  throw new HostError(code, e instanceof Error ? e.message : String(e));
}

/**
 * The host for the CLI: real files through node:fs, stdout/stderr written synchronously (so
 * nothing written before a crash is lost and the order of the two streams is kept), stdin read
 * line by line from file descriptor 0.
 */
export function nodeHost(): Host {
  const proc = nodeProcess();
  const fs = proc?.getBuiltinModule?.("node:fs") as NodeFs | undefined;
  // The other modules are loaded when first used: most programs never ask (node:child_process
  // alone took about 1 ms of every start).
  const os = once(() => proc?.getBuiltinModule?.("node:os") as NodeOs | undefined);
  const tty = once(() => proc?.getBuiltinModule?.("node:tty") as { isatty(fd: number): boolean } | undefined);
  const child = once(() => proc?.getBuiltinModule?.("node:child_process") as NodeChildProcess | undefined);
  let umaskValue: number | undefined;
  if (proc === null || fs === undefined) throw new Error("nodeHost() needs Node's fs module");
  const cpuCount = once(() => {
    const m = os();
    return m === undefined ? null : (m.availableParallelism?.() ?? m.cpus().length);
  });
  // getlogin() names the user of the controlling terminal; without one it fails (ENXIO)
  const login = once(() => (tty()?.isatty(0) ? os()?.userInfo().username : undefined));
  const uname = once((): [string, string, string, string, string] | undefined => {
    const m = os();
    return m === undefined
      ? undefined
      : ["Linux", m.hostname(), m.release(), m.version(), m.machine?.() ?? "x86_64"];
  });
  // node:child_process is loaded at the first spawn, not when a program asks whether it may
  // spawn (os.py's import does): ~10 ms of CPU once the worker's V8 flags keep it out of
  // Node's code cache (scripts/build.mjs V8_FLAGS).
  const spawn = once(() =>
    proc.getBuiltinModule === undefined
      ? undefined
      : (argv: string[], opts: SpawnOptions) => {
          const c = child();
          if (c === undefined) throw new HostError("ENOSYS", "no node:child_process");
          return nodeSpawn(c, os(), argv, opts);
        },
  );
  const self = once(() => selfCommand(proc, fs));
  let stdinBuf = "";
  let stdinEof = false;
  // A terminal on descriptor 0 is read through a descriptor of its own opened non-blocking (the
  // shared one's flags stay as they are), so a read can wait for a line in slices.
  const terminalInput = once(() => {
    if (!tty()?.isatty(0)) return null;
    const c = fs.constants;
    try {
      return fs.openSync("/proc/self/fd/0", c.O_RDONLY | c.O_NONBLOCK | c.O_NOCTTY);
    } catch {
      return null;
    }
  });
  let cwd = proc.cwd();
  /** A path relative to the program's working directory (kept here: workers cannot chdir). */
  const at = (path: string) => (path.startsWith("/") ? path : `${cwd}/${path}`);
  const decoder = new TextDecoder();
  const writeAll = (fd: number, text: string) => {
    if (!writeAllThrough(fs.writeSync, fd, text)) throw new HostError("EPIPE", "Broken pipe");
  };
  return {
    writeStdout: (t) => writeAll(1, t),
    writeStderr: (t) => writeAll(2, t),
    readStdinLine(wait) {
      const fd = wait === undefined ? 0 : (terminalInput() ?? 0);
      for (;;) {
        const nl = stdinBuf.indexOf("\n");
        if (nl >= 0) {
          const line = stdinBuf.slice(0, nl + 1);
          stdinBuf = stdinBuf.slice(nl + 1);
          return line;
        }
        if (stdinEof) {
          if (stdinBuf.length === 0) return null;
          const rest = stdinBuf;
          stdinBuf = "";
          return rest;
        }
        const chunk = new Uint8Array(65536);
        let n = 0;
        try {
          n = fs.readSync(fd, chunk, 0, chunk.length, null);
        } catch (e) {
          const code = (e as { code?: string }).code;
          if (code === "EAGAIN") {
            wait?.();
            continue;
          }
          n = 0;
        }
        if (n === 0 && fd !== 0) {
          // a terminal's end of input (Ctrl-D) ends this read only: more may be typed after it
          const rest = stdinBuf + decoder.decode();
          stdinBuf = "";
          return rest === "" ? null : rest;
        }
        if (n === 0) {
          stdinEof = true;
          stdinBuf += decoder.decode();
        } else {
          stdinBuf += decoder.decode(chunk.subarray(0, n), { stream: true });
        }
      }
    },
    fs: {
      readFile(path) {
        try {
          return fs.readFileSync(at(path));
        } catch (e) {
          wrapErr(e);
        }
      },
      writeFile(path, data, append) {
        try {
          if (append) fs.appendFileSync(at(path), data);
          else fs.writeFileSync(at(path), data);
        } catch (e) {
          wrapErr(e);
        }
      },
      stat(path) {
        try {
          const st = fs.statSync(at(path), { throwIfNoEntry: false });
          if (st === undefined) return null;
          return st.isDirectory() ? "dir" : "file";
        } catch {
          return null;
        }
      },
      listDir(path) {
        try {
          return fs.readdirSync(at(path));
        } catch (e) {
          wrapErr(e);
        }
      },
      cwd: () => cwd,
      fstat: (fd) => nodeCall(() => statInfoOf(fs.fstatSync(fd, { bigint: true }))),
      statInfo: (path, follow) =>
        nodeCall(() =>
          statInfoOf(
            follow ? fs.statSync(at(path), { bigint: true }) : fs.lstatSync(at(path), { bigint: true }),
          ),
        ),
      mkdir: (path, mode) => nodeCall(() => fs.mkdirSync(at(path), { mode })),
      rmdir: (path) => nodeCall(() => fs.rmdirSync(at(path))),
      unlink: (path) => nodeCall(() => fs.unlinkSync(at(path))),
      rename: (src, dst) => nodeCall(() => fs.renameSync(at(src), at(dst))),
      realpath: (path) => nodeCall(() => fs.realpathSync(at(path))),
      diskUsage: (path) =>
        nodeCall(() => {
          const st = fs.statfsSync(at(path), { bigint: true });
          return [st.blocks * st.bsize, st.bfree * st.bsize, st.bavail * st.bsize];
        }),
      statvfs: (path) =>
        nodeCall(() => {
          const st = fs.statfsSync(at(path), { bigint: true });
          // Node's statfs has no fragment size, mount flags, name limit or fsid: Linux's usual
          // frsize = bsize, favail = ffree, ST_RELATIME (4096), 255, and 0 stand in.
          return [
            st.bsize,
            st.bsize,
            st.blocks,
            st.bfree,
            st.bavail,
            st.files,
            st.ffree,
            st.ffree,
            4096n,
            255n,
            0n,
          ];
        }),
      readlink: (path) => nodeCall(() => fs.readlinkSync(at(path))),
      symlink: (target, path) => nodeCall(() => fs.symlinkSync(target, at(path))),
      chdir(path) {
        // process.chdir() is unavailable in worker threads: the host keeps its own cwd
        const target = at(path);
        const mode = nodeCall(() => fs.statSync(target, { bigint: true }).mode);
        if ((mode & 0o170000n) !== 0o040000n) throw new HostError("ENOTDIR", `not a directory: ${path}`);
        cwd = nodeCall(() => fs.realpathSync(target));
      },
      chmod: (path, mode) => nodeCall(() => fs.chmodSync(at(path), mode)),
      utime: (path, a, m) => nodeCall(() => fs.utimesSync(at(path), Number(a) / 1e9, Number(m) / 1e9)),
      access(path, mode) {
        try {
          fs.accessSync(at(path), mode);
          return true;
        } catch {
          return false;
        }
      },
      truncate: (path, length) => nodeCall(() => fs.truncateSync(at(path), length)),
      link: (src, dst) => nodeCall(() => fs.linkSync(at(src), at(dst))),
    },
    env: proc.env,
    isatty: (fd) => tty()?.isatty(fd) ?? false,
    executable: proc.execPath,
    platform: proc.platform,
    process: {
      pid: proc.pid,
      ppid: proc.ppid,
      get cpuCount() {
        return cpuCount();
      },
      uid: proc.getuid?.() ?? 0,
      gid: proc.getgid?.() ?? 0,
      umask(mask) {
        // workers may read the umask but not set it: the host remembers the program's value
        const previous = umaskValue ?? proc.umask();
        umaskValue = mask;
        return previous;
      },
      get login() {
        return login();
      },
      get uname() {
        return uname();
      },
      get spawn() {
        return spawn();
      },
      get selfCommand() {
        return self();
      },
      kill(pid, signal) {
        // Node refuses signal numbers it has no name for; kill(2) takes 0..64 (SIGRTMAX)
        if (!Number.isInteger(signal) || signal < 0 || signal > 64)
          throw new HostError("EINVAL", "bad signal");
        nodeCall(() => proc.kill(pid, signal));
      },
      loadavg() {
        const [one, five, fifteen] = os()?.loadavg() ?? [0, 0, 0];
        return [one ?? 0, five ?? 0, fifteen ?? 0];
      },
      groups: () => proc.getgroups?.() ?? [proc.getgid?.() ?? 0],
    },
  };
}

/** `f`'s result, computed at the first call. */
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

/**
 * [node, .../dist/cli.js]: in the built CLI, import.meta.url is the loader's own file in dist/,
 * next to the CLI entry point (run from the sources, there is no such file: undefined).
 */
function selfCommand(proc: NodeProcess, fs: NodeFs): string[] | undefined {
  const url = import.meta.url;
  if (!url.startsWith("file://")) return undefined;
  const here = decodeURIComponent(url.slice("file://".length));
  const cli = `${here.slice(0, here.lastIndexOf("/"))}/cli.js`;
  try {
    fs.statSync(cli, { bigint: true });
  } catch {
    return undefined;
  }
  return [proc.execPath, cli];
}

function nodeSpawn(
  child: NodeChildProcess,
  os: NodeOs | undefined,
  argv: string[],
  opts: SpawnOptions,
): SpawnResult {
  const r = child.spawnSync(argv[0]!, argv.slice(1), {
    ...(opts.input !== null ? { input: opts.input } : {}),
    cwd: opts.cwd,
    env: opts.env,
    ...(opts.timeout !== null ? { timeout: Math.max(1, Math.round(opts.timeout * 1000)) } : {}),
    maxBuffer: 1 << 30,
    stdio: ["pipe", "pipe", "pipe"],
  });
  const timedOut = r.error?.code === "ETIMEDOUT";
  if (r.error !== undefined && !timedOut) throw new HostError(r.error.code ?? "EIO", r.error.message);
  const signal = r.signal === null ? null : (os?.constants?.signals?.[r.signal] ?? 9);
  return {
    status: r.status,
    signal,
    timedOut,
    pid: r.pid,
    stdout: r.stdout ?? new Uint8Array(0),
    stderr: r.stderr ?? new Uint8Array(0),
  };
}

/** An in-memory host (tests, the browser): files in a Map, output collected in strings. */
export function memoryHost(
  files: Record<string, string | Uint8Array> = {},
  stdin = "",
): Host & {
  stdout: string;
  stderr: string;
  files: Map<string, Uint8Array>;
} {
  const enc = new TextEncoder();
  const map = new Map<string, Uint8Array>();
  for (const [k, v] of Object.entries(files)) map.set(k, typeof v === "string" ? enc.encode(v) : v);
  let input = stdin;
  /** Directories made by mkdir (others exist because files are inside them). */
  const madeDirs = new Set<string>();
  const inodes = new Map<string, bigint>();
  const mtimes = new Map<string, bigint>();
  let cwd = "/";
  const dirs = () => {
    const out = new Set<string>(["/", ...madeDirs]);
    for (const p of [...map.keys(), ...madeDirs]) {
      let d = p;
      while ((d = d.slice(0, d.lastIndexOf("/"))) !== "") out.add(d);
    }
    return out;
  };
  /** An absolute path without ".", ".." or repeated slashes. */
  const at = (path: string) => {
    const parts: string[] = [];
    for (const part of (path.startsWith("/") ? path : `${cwd}/${path}`).split("/")) {
      if (part === "" || part === ".") continue;
      if (part === "..") parts.pop();
      else parts.push(part);
    }
    return `/${parts.join("/")}`;
  };
  const parentOf = (p: string) => p.slice(0, p.lastIndexOf("/")) || "/";
  /** ENOENT / ENOTDIR when p's parent directory does not exist. */
  const needParent = (p: string) => {
    const parent = parentOf(p);
    if (map.has(parent)) throw new HostError("ENOTDIR", "not a directory");
    if (!dirs().has(parent)) throw new HostError("ENOENT", "no such file or directory");
  };
  const children = (d: string) => {
    const prefix = d === "/" ? "/" : `${d}/`;
    const names = new Set<string>();
    for (const p of [...map.keys(), ...madeDirs])
      if (p.startsWith(prefix) && p !== d) names.add(p.slice(prefix.length).split("/")[0]!);
    return [...names];
  };
  const touch = (p: string) => mtimes.set(p, BigInt(Date.now()) * 1000000n);
  const h = {
    stdout: "",
    stderr: "",
    files: map,
    writeStdout(t: string) {
      h.stdout += t;
    },
    writeStderr(t: string) {
      h.stderr += t;
    },
    readStdinLine() {
      if (input.length === 0) return null;
      const nl = input.indexOf("\n");
      const line = nl < 0 ? input : input.slice(0, nl + 1);
      input = input.slice(line.length);
      return line;
    },
    fs: {
      readFile(path: string) {
        const v = map.get(at(path));
        if (v !== undefined) return v;
        if (dirs().has(at(path))) throw new HostError("EISDIR", "is a directory");
        throw new HostError("ENOENT", "no such file");
      },
      writeFile(path: string, data: Uint8Array, append: boolean) {
        const p = at(path);
        const old = append ? (map.get(p) ?? new Uint8Array(0)) : new Uint8Array(0);
        const out = new Uint8Array(old.length + data.length);
        out.set(old);
        out.set(data, old.length);
        map.set(p, out);
        touch(p);
      },
      stat(path: string): FileKind {
        const p = at(path);
        if (map.has(p)) return "file";
        return dirs().has(p) ? "dir" : null;
      },
      listDir(path: string) {
        const p = at(path);
        if (map.has(p)) throw new HostError("ENOTDIR", "not a directory");
        if (!dirs().has(p)) throw new HostError("ENOENT", "no such file or directory");
        return children(p);
      },
      cwd: () => cwd,
      statInfo(path: string): StatInfo {
        const p = at(path);
        const data = map.get(p);
        const isDir = data === undefined && dirs().has(p);
        if (data === undefined && !isDir) {
          needParent(p);
          throw new HostError("ENOENT", "no such file or directory");
        }
        if (!inodes.has(p)) inodes.set(p, BigInt(inodes.size + 2));
        if (!mtimes.has(p)) touch(p);
        const t = mtimes.get(p)!;
        return {
          mode: isDir ? 0o040755 : 0o100644,
          ino: inodes.get(p)!,
          dev: 1n,
          nlink: isDir ? 2 : 1,
          uid: 0,
          gid: 0,
          size: isDir ? 4096 : data!.length,
          atimeNs: t,
          mtimeNs: t,
          ctimeNs: t,
          blocks: isDir ? 8 : Math.ceil(data!.length / 512),
          blksize: 4096,
          rdev: 0,
        };
      },
      mkdir(path: string) {
        const p = at(path);
        if (map.has(p) || dirs().has(p)) throw new HostError("EEXIST", "file exists");
        needParent(p);
        madeDirs.add(p);
        touch(p);
      },
      rmdir(path: string) {
        const p = at(path);
        if (map.has(p)) throw new HostError("ENOTDIR", "not a directory");
        if (!dirs().has(p)) throw new HostError("ENOENT", "no such file or directory");
        if (p === "/" || children(p).length > 0) throw new HostError("ENOTEMPTY", "directory not empty");
        madeDirs.delete(p);
      },
      unlink(path: string) {
        const p = at(path);
        if (map.delete(p)) return;
        if (dirs().has(p)) throw new HostError("EISDIR", "is a directory");
        throw new HostError("ENOENT", "no such file or directory");
      },
      rename(src: string, dst: string) {
        const from = at(src);
        const to = at(dst);
        const data = map.get(from);
        if (data !== undefined) {
          if (dirs().has(to) && !map.has(to)) throw new HostError("EISDIR", "is a directory");
          needParent(to);
          map.delete(from);
          map.set(to, data);
          return;
        }
        if (!dirs().has(from)) throw new HostError("ENOENT", "no such file or directory");
        if (map.has(to)) throw new HostError("ENOTDIR", "not a directory");
        if (dirs().has(to) && children(to).length > 0)
          throw new HostError("ENOTEMPTY", "directory not empty");
        if (to.startsWith(`${from}/`)) throw new HostError("EINVAL", "invalid argument");
        needParent(to);
        const move = (p: string) => to + p.slice(from.length);
        for (const [p, v] of [...map]) {
          if (p.startsWith(`${from}/`)) {
            map.delete(p);
            map.set(move(p), v);
          }
        }
        for (const p of [...madeDirs]) {
          if (p === from || p.startsWith(`${from}/`)) {
            madeDirs.delete(p);
            madeDirs.add(move(p));
          }
        }
        madeDirs.delete(to);
        madeDirs.add(to);
      },
      realpath: (path: string) => at(path),
      chdir(path: string) {
        const p = at(path);
        if (map.has(p)) throw new HostError("ENOTDIR", "not a directory");
        if (!dirs().has(p)) throw new HostError("ENOENT", "no such file or directory");
        cwd = p;
      },
      access: (path: string) => map.has(at(path)) || dirs().has(at(path)),
    },
    env: {} as Record<string, string | undefined>,
    executable: "/usr/bin/python3",
    platform: "linux",
    process: { pid: 1, ppid: 0, cpuCount: 1, uid: 0, gid: 0 },
  };
  return h;
}

let currentHost: Host | null = null;

export function setHost(h: Host): void {
  currentHost = h;
}

/** The host of the current run (the Node host by default when running under Node). */
export function host(): Host {
  if (currentHost === null) currentHost = nodeHost();
  return currentHost;
}
