// A pipe or terminal in non-blocking mode takes part of a big write, or none (EAGAIN): keep
// writing the rest, pausing briefly while the reader catches up, so no output is lost.
// No node: imports here, so the runtime's host (which must also load in a browser) can use it.

/** fs.writeSync's (fd, buffer, offset, length) form. */
export type WriteSync = (fd: number, data: Uint8Array, offset: number, length: number) => number;

/** Made on first use: a browser page that is not cross-origin isolated has no SharedArrayBuffer. */
let pause: Int32Array | null = null;

/**
 * Writes all of `text` (UTF-8) to `fd` through `write`, synchronously. Returns false when the
 * reader went away (EPIPE) before everything was written; other errors are thrown.
 */
export function writeAllThrough(write: WriteSync, fd: number, text: string): boolean {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += write(fd, bytes, offset, bytes.length - offset);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === "EAGAIN") {
        pause ??= new Int32Array(new SharedArrayBuffer(4));
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      if (code === "EPIPE") return false;
      throw e;
    }
  }
  return true;
}
