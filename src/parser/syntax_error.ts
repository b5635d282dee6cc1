// SyntaxError and its subclasses as CPython's parser raises them.

/** The exception class CPython would raise: SyntaxError or one of its subclasses. */
export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

/**
 * A Python SyntaxError (or IndentationError / TabError). The fields have the meaning of the
 * attributes of CPython's exception: `offset` and `end_offset` are 1-based columns (in code points,
 * except where CPython itself reports bytes), `text` is the source line CPython attaches.
 */
export class PySyntaxError extends Error {
  kind: SyntaxErrorKind;
  msg: string;
  filename: string;
  lineno: number | null;
  offset: number | null;
  text: string | null;
  end_lineno: number | null;
  end_offset: number | null;

  constructor(
    kind: SyntaxErrorKind,
    msg: string,
    filename: string,
    lineno: number | null,
    offset: number | null,
    text: string | null,
    end_lineno: number | null,
    end_offset: number | null,
  ) {
    super(lineno === null ? msg : `${msg} (${filename}, line ${lineno})`);
    this.name = kind;
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
  }
}

type FsLike = { readFileSync(path: string): Uint8Array };

let fsModule: FsLike | null | undefined;

function nodeFs(): FsLike | null {
  if (fsModule === undefined) {
    fsModule = null;
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    if (proc && typeof proc.getBuiltinModule === "function") {
      fsModule = (proc.getBuiltinModule("node:fs") as FsLike | undefined) ?? null;
    }
  }
  return fsModule;
}

/**
 * CPython attaches to parser errors in "exec" mode the line read back from the file named by
 * `filename` when such a file exists (_PyErr_ProgramDecodedTextObject), and falls back to the
 * tokenizer's buffer otherwise. This reproduces the file read: it returns null when there is no
 * such file (or no file system, as in a browser). `decode` turns the raw line into text.
 */
export function readProgramTextLine(
  filename: string,
  lineno: number,
  decode: (raw: Uint8Array) => string | null,
): string | null {
  const fs = nodeFs();
  if (fs === null || lineno < 1) return null;
  let data: Uint8Array;
  try {
    data = fs.readFileSync(filename);
  } catch {
    return null;
  }
  // err_programtext reads lines with Py_UniversalNewlineFgets into a 1000-byte buffer; a longer
  // line is read in chunks and only its last chunk survives.
  let pos = 0;
  const fgets = (): Uint8Array | null => {
    if (pos >= data.length) return null;
    const out: number[] = [];
    while (out.length < 999 && pos < data.length) {
      const c = data[pos++];
      if (c === 0x0d) {
        if (data[pos] === 0x0a) pos++;
        out.push(0x0a);
        break;
      }
      out.push(c);
      if (c === 0x0a) break;
    }
    return Uint8Array.from(out);
  };
  let line: Uint8Array | null = null;
  let i = 0;
  outer: while (i < lineno) {
    let chunk: Uint8Array | null;
    do {
      chunk = fgets();
      if (chunk === null) break outer;
      line = chunk;
    } while (chunk.length === 999 && chunk[998] !== 0x0a);
    i++;
  }
  if (i !== lineno) return null;
  if (line === null) return null;
  // The buffer is a C string: it ends at the first NUL byte.
  const nul = line.indexOf(0);
  if (nul >= 0) line = line.subarray(0, nul);
  return decode(line);
}
