// Measuring source text the way CPython does. The tokenizer works on a JS string, CPython on
// UTF-8 bytes: AST columns are byte offsets and SyntaxError offsets are code-point counts. Bytes
// that were not valid UTF-8 in a bytes source are carried in the string as lone surrogates
// U+DC80..U+DCFF (like Python's "surrogateescape") and measure as one byte each.

const NON_ASCII = /[^\x00-\x7f]/g;

/** Number of UTF-8 bytes of src[from, to). */
export function utf8Length(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < to ? src.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else if (c >= 0xdc80 && c <= 0xdcff) n += 1;
    else n += 3;
  }
  return n;
}

/** Number of code points of src[from, to) (an escaped raw byte counts as one, like U+FFFD). */
export function codePointCount(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = src.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Converts character offsets within lines to UTF-8 byte columns, fast for ASCII text: it
 * remembers where the next non-ASCII character is, so an all-ASCII file never counts bytes.
 */
export class ByteColumns {
  private nextNonAscii = -1;
  private searchedFrom = Number.MAX_SAFE_INTEGER;
  // Cache for the slow path: the last (lineStart, pos) -> byte column computed.
  private cacheLine = -1;
  private cachePos = -1;
  private cacheCol = 0;

  constructor(private readonly src: string) {}

  private firstNonAsciiFrom(from: number): number {
    if (from >= this.searchedFrom && from <= this.nextNonAscii) return this.nextNonAscii;
    NON_ASCII.lastIndex = from;
    const m = NON_ASCII.exec(this.src);
    this.searchedFrom = from;
    this.nextNonAscii = m === null ? this.src.length : m.index;
    return this.nextNonAscii;
  }

  /** Byte column of `pos` on the line starting at `lineStart`. */
  col(lineStart: number, pos: number): number {
    if (pos <= this.firstNonAsciiFrom(lineStart)) return pos - lineStart;
    if (this.cacheLine === lineStart && this.cachePos <= pos) {
      this.cacheCol += utf8Length(this.src, this.cachePos, pos);
    } else {
      this.cacheLine = lineStart;
      this.cacheCol = utf8Length(this.src, lineStart, pos);
    }
    this.cachePos = pos;
    return this.cacheCol;
  }
}
