// A pipe or terminal in non-blocking mode takes part of a big write, or none (EAGAIN): keep
// writing the rest, pausing briefly while the reader catches up, so no output is lost.
// No node: imports here, so the runtime's host (which must also load in a browser) can use it.

/** fs.writeSync's (fd, buffer, offset, length) form. */
export type WriteSync = (fd: number, data: Uint8Array, offset: number, length: number) => number;

/** Made on first use: a browser page that is not cross-origin isolated has no SharedArrayBuffer. */
let pause: Int32Array | null = null;

/** A lone low surrogate U+DC80..U+DCFF: one raw byte carried through a JS string. */
const ESCAPED_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

/**
 * The bytes a standard stream sends for `text`: UTF-8, except that a lone surrogate U+DC80..U+DCFF
 * is the byte 0x80..0xFF it escapes (Python's surrogateescape, the error handler CPython's
 * sys.stdout and sys.stderr use under a C or UTF-8 locale). That is how sys.stdout.buffer.write
 * and os.write(1, ...) of bytes that are not UTF-8 reach the host intact.
 */
export function encodeStreamText(text: string): Uint8Array {
  const encoder = new TextEncoder();
  if (!ESCAPED_BYTE.test(text)) return encoder.encode(text);
  const parts: Uint8Array[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc80 || c > 0xdcff) continue;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (prev >= 0xd800 && prev <= 0xdbff) continue;
    parts.push(encoder.encode(text.slice(runStart, i)), Uint8Array.of(c - 0xdc00));
    runStart = i + 1;
  }
  parts.push(encoder.encode(text.slice(runStart)));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

/**
 * Writes all of `text` (as encodeStreamText encodes it) to `fd` through `write`, synchronously.
 * Returns false when the reader went away (EPIPE) before everything was written; other errors
 * are thrown.
 */
export function writeAllThrough(write: WriteSync, fd: number, text: string): boolean {
  const bytes = encodeStreamText(text);
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
