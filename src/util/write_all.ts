import { writeSync } from "node:fs";

// A pipe or terminal in non-blocking mode takes part of a big write, or none (EAGAIN): keep
// writing the rest, pausing briefly while the reader catches up, so no output is lost. A reader
// that went away (EPIPE) ends the writing quietly, as the output has nowhere to go.
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `text` (UTF-8) to the file descriptor `fd`, synchronously. */
export function writeAllSync(fd: number, text: string): void {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === "EAGAIN") {
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      if (code === "EPIPE") return;
      throw e;
    }
  }
}
