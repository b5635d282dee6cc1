/**
 * The host a program runs on: where sys.stdout/stderr go, where input() reads from, and the
 * file system that open() and the import system see. The CLI uses the Node host below; the
 * browser supplies its own (a virtual file system, output into the page).
 */

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
}

export interface Host {
  /** Text written to sys.stdout / sys.stderr, in program order, already encoded as JS strings. */
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** The next line of standard input including its "\n" (the rest without one), null at EOF. */
  readStdinLine(): string | null;
  fs: HostFileSystem;
  /** Environment variables the runtime reads (PYTHONPATH). */
  env: Record<string, string | undefined>;
  /** sys.executable. */
  executable: string;
  platform: string;
}

interface NodeFs {
  readFileSync(path: string | number): Uint8Array;
  writeFileSync(path: string, data: Uint8Array): void;
  appendFileSync(path: string, data: Uint8Array): void;
  statSync(
    path: string,
    opts: { throwIfNoEntry: false },
  ): { isDirectory(): boolean; isFile(): boolean } | undefined;
  readdirSync(path: string): string[];
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: null): number;
  writeSync(fd: number, data: string): number;
}

interface NodeProcess {
  getBuiltinModule?: (id: string) => unknown;
  cwd(): string;
  env: Record<string, string | undefined>;
  execPath: string;
  platform: string;
}

function nodeProcess(): NodeProcess | null {
  return ((globalThis as { process?: NodeProcess }).process ?? null) as NodeProcess | null;
}

function wrapErr(e: unknown): never {
  const code = (e as { code?: string }).code ?? "EIO";
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
  if (proc === null || fs === undefined) throw new Error("nodeHost() needs Node's fs module");
  let stdinBuf = "";
  let stdinEof = false;
  const decoder = new TextDecoder();
  const writeAll = (fd: number, text: string) => {
    try {
      fs.writeSync(fd, text);
    } catch (e) {
      if ((e as { code?: string }).code === "EAGAIN") {
        fs.writeSync(fd, text);
        return;
      }
      if ((e as { code?: string }).code !== "EPIPE") throw e;
    }
  };
  return {
    writeStdout: (t) => writeAll(1, t),
    writeStderr: (t) => writeAll(2, t),
    readStdinLine() {
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
          n = fs.readSync(0, chunk, 0, chunk.length, null);
        } catch (e) {
          const code = (e as { code?: string }).code;
          if (code === "EAGAIN") continue;
          n = 0;
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
          return fs.readFileSync(path);
        } catch (e) {
          wrapErr(e);
        }
      },
      writeFile(path, data, append) {
        try {
          if (append) fs.appendFileSync(path, data);
          else fs.writeFileSync(path, data);
        } catch (e) {
          wrapErr(e);
        }
      },
      stat(path) {
        try {
          const st = fs.statSync(path, { throwIfNoEntry: false });
          if (st === undefined) return null;
          return st.isDirectory() ? "dir" : "file";
        } catch {
          return null;
        }
      },
      listDir(path) {
        try {
          return fs.readdirSync(path);
        } catch (e) {
          wrapErr(e);
        }
      },
      cwd: () => proc.cwd(),
    },
    env: proc.env,
    executable: proc.execPath,
    platform: proc.platform,
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
  const dirs = () => {
    const out = new Set<string>(["/"]);
    for (const p of map.keys()) {
      let d = p;
      while ((d = d.slice(0, d.lastIndexOf("/"))) !== "") out.add(d);
    }
    return out;
  };
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
        const v = map.get(path);
        if (v !== undefined) return v;
        if (dirs().has(path)) throw new HostError("EISDIR", "is a directory");
        throw new HostError("ENOENT", "no such file");
      },
      writeFile(path: string, data: Uint8Array, append: boolean) {
        const old = append ? (map.get(path) ?? new Uint8Array(0)) : new Uint8Array(0);
        const out = new Uint8Array(old.length + data.length);
        out.set(old);
        out.set(data, old.length);
        map.set(path, out);
      },
      stat(path: string): FileKind {
        if (map.has(path)) return "file";
        return dirs().has(path) ? "dir" : null;
      },
      listDir(path: string) {
        const prefix = path.endsWith("/") ? path : path + "/";
        const names = new Set<string>();
        for (const p of map.keys())
          if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split("/")[0]!);
        return [...names];
      },
      cwd: () => "/",
    },
    env: {} as Record<string, string | undefined>,
    executable: "/usr/bin/python3",
    platform: "linux",
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
