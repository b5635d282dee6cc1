// Running child processes for differential tests: bytes in, bytes out, modest parallelism.
import { spawn } from "node:child_process";

export interface ProcessResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: Buffer;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Bytes for the child's stdin; it gets an empty, closed stdin otherwise. */
  input?: Uint8Array;
  timeoutMs?: number;
}

/** Runs a command to completion and captures its output as raw bytes (never decoded). */
export function runProcess(
  command: string,
  args: string[],
  options: RunOptions = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["pipe", "pipe", "pipe"],
      timeout: options.timeoutMs ?? 60_000,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (status, signal) => {
      resolve({ status, signal, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr) });
    });
    // A child that exits without reading its stdin makes the write fail with EPIPE; harmless.
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? Buffer.alloc(0));
  });
}

/**
 * Maps `items` through an async function with at most `limit` calls in flight, keeping order.
 * The CI machine has 2 cores, and each comparison runs python3 and node, so 2 is plenty.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
