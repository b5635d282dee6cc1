import { readFileSync, readSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { CliError } from "./cli_error.js";

/**
 * Reads all of standard input as raw bytes (the parser decodes them like CPython). Reads in a
 * loop because a parent may hand us a non-blocking pipe, where a read can fail with EAGAIN
 * before the data arrives.
 */
export function readStdinBytes(): Uint8Array {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(1 << 16);
  for (;;) {
    let count: number;
    try {
      count = readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        sleepMilliseconds(5);
        continue;
      }
      if (code === "EOF") break;
      throw error;
    }
    if (count === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, count)));
  }
  return Buffer.concat(chunks);
}

function sleepMilliseconds(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Reads a source file as raw bytes. `describe` turns the OS error into the message python3
 * would print for the same situation, so each command can keep python3's wording.
 */
export function readSourceBytes(path: string, describe: (reason: string) => string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(describe(osErrorReason(error)));
  }
}

/**
 * Fails before the program runs when `path` (an output file) cannot be written: its directory
 * missing, or `path` a directory. "-" (stdout) is always fine.
 */
export function checkOutputPath(path: string, command: string): void {
  if (path === "-") return;
  let reason: string | null = null;
  try {
    if (statSync(path).isDirectory()) reason = "[Errno 21] Is a directory";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") reason = osErrorReason(error);
    else {
      try {
        if (!statSync(dirname(path)).isDirectory()) reason = "[Errno 20] Not a directory";
      } catch (e) {
        reason = osErrorReason(e);
      }
    }
  }
  if (reason !== null) throw new CliError(`${command}: can't write '${path}': ${reason}`);
}

/** `[Errno 2] No such file or directory`, the way Python's OSError.__str__ starts. */
export function osErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : ERRNO_TEXT[code];
  if (known) return `[Errno ${known[0]}] ${known[1]}`;
  return error instanceof Error ? error.message : String(error);
}

const ERRNO_TEXT: Record<string, [number, string]> = {
  ENOENT: [2, "No such file or directory"],
  EACCES: [13, "Permission denied"],
  EISDIR: [21, "Is a directory"],
  ENOTDIR: [20, "Not a directory"],
  ELOOP: [40, "Too many levels of symbolic links"],
  ENAMETOOLONG: [36, "File name too long"],
};
