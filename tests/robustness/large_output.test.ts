// Output larger than a pipe's buffer, read slowly by the other end, arrives whole: the CLI keeps
// writing through partial writes and EAGAIN (a non-blocking pipe) instead of failing or dropping.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import test from "node:test";
import { REPO_ROOT } from "../parser/support/repo.js";

const PROGRAM = 'for i in range(100000):\n    print("line", i, "x" * 60)\n';

test("12 MB of stdout through a slowly read pipe arrives whole", async () => {
  const child = spawn(process.execPath, [join(REPO_ROOT, "bin", "heapstack.js"), "-c", PROGRAM], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let bytes = 0;
  let lines = 0;
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // Read in bursts with pauses, so the writer meets a full pipe many times.
  child.stdout.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 2);
  });
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  assert.equal(stderr, "");
  assert.equal(status, 0);
  assert.equal(lines, 100000);
  let expected = 0;
  for (let i = 0; i < 100000; i++) expected += `line ${i} ${"x".repeat(60)}\n`.length;
  assert.equal(bytes, expected);
});

test("a reader that goes away raises BrokenPipeError in the program, as in python3", async () => {
  const child = spawn(process.execPath, [join(REPO_ROOT, "bin", "heapstack.js"), "-c", PROGRAM], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // Take the first chunk, then close our end: the program's next flush finds no reader.
  child.stdout.once("data", () => child.stdout.destroy());
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  assert.equal(status, 1);
  assert.match(stderr, /\nBrokenPipeError: \[Errno 32\] Broken pipe\n$/);
});
