/**
 * The memory blocks of CPython's _PyUnicodeWriter as the container reprs use it (tuple, list and
 * dict reprs build their text in one overallocated str buffer, grown as items are written), and
 * of the list Py_ReprEnter keeps the objects being repr'd in. heapstack builds the text as a JS
 * string, so these blocks are booked in the allocator model only: they exist while CPython's
 * exist, so tracemalloc's peak (and the allocator's state) is CPython's. The result str itself is
 * made by the caller once the buffer's block is released.
 */
import { heap } from "./heap.js";

/**
 * Whether transient blocks are booked: only while tracemalloc traces (set by _tracemalloc). A
 * block allocated and freed at once leaves the allocator model as it found it (LIFO reuse), so
 * untraced runs skip the work.
 */
export const blockModel = { on: false };

/** A block CPython allocates and frees at once, booked while tracemalloc traces. */
export function transientBlock(size: number): void {
  if (!blockModel.on) return;
  const allocator = heap.allocator;
  allocator.free(allocator.malloc(size), size);
}

/** Allocates a block that lives while a result is made (release with releaseBlock); 0 when off. */
export function holdBlock(size: number): number {
  return blockModel.on ? heap.allocator.malloc(size) : 0;
}

export function releaseBlock(address: number, size: number): void {
  if (address !== 0) heap.allocator.free(address, size);
}

/** CPython's OVERALLOCATE_FACTOR (not Windows): a growing buffer takes a quarter more. */
const OVERALLOCATE_FACTOR = 4;

/** The block PyUnicode_New(n, maxchar) requests: compact ASCII or compact str header + chars. */
export function strBlockSize(n: number, maxchar: number): number {
  if (maxchar < 128) return 48 + n + 1;
  if (maxchar < 256) return 72 + n + 1;
  if (maxchar < 65536) return 72 + 2 * (n + 1);
  return 72 + 4 * (n + 1);
}

/** The largest character a str of this kind can hold (PyUnicode_MAX_CHAR_VALUE). */
function kindMax(maxchar: number): number {
  if (maxchar < 128) return 127;
  if (maxchar < 256) return 255;
  if (maxchar < 65536) return 0xffff;
  return 0x10ffff;
}

const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_MEASURE = { length: 0, maxchar: 127 };

/** Length in code points and the largest code point of a JS string. */
function measure(s: string): { length: number; maxchar: number } {
  if (!NON_ASCII.test(s)) {
    ASCII_MEASURE.length = s.length;
    return ASCII_MEASURE;
  }
  let maxchar = 0;
  let length = s.length;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        length--;
      }
    }
    if (c > maxchar) maxchar = c;
  }
  return { length, maxchar };
}

export class UnicodeWriterModel {
  private address = -1;
  private blockSize = 0;
  private size = 0;
  private pos = 0;
  private maxchar = 0;
  overallocate = true;

  constructor(private readonly minLength: number) {}

  /** _PyUnicodeWriter_PrepareInternal: room for `length` more characters up to `maxchar`. */
  private prepare(length: number, maxchar: number): void {
    let newlen = this.pos + length;
    const wanted = Math.max(maxchar, 127);
    const allocator = heap.allocator;
    if (this.address === -1 || newlen > this.size) {
      if (this.overallocate) newlen += Math.floor(newlen / OVERALLOCATE_FACTOR);
      if (newlen < this.minLength) newlen = this.minLength;
      if (this.address === -1) {
        this.blockSize = strBlockSize(newlen, wanted);
        this.address = allocator.malloc(this.blockSize);
        this.maxchar = kindMax(wanted);
      } else if (wanted > this.maxchar) {
        // resize and widen: a new buffer, the old one released after the copy
        const mc = Math.max(wanted, this.maxchar);
        const size = strBlockSize(newlen, mc);
        const fresh = allocator.malloc(size);
        allocator.free(this.address, this.blockSize);
        this.address = fresh;
        this.blockSize = size;
        this.maxchar = kindMax(mc);
      } else {
        const size = strBlockSize(newlen, this.maxchar);
        this.address = allocator.realloc(this.address, this.blockSize, size);
        this.blockSize = size;
      }
      this.size = newlen;
    } else if (wanted > this.maxchar) {
      const size = strBlockSize(this.size, wanted);
      const fresh = allocator.malloc(size);
      allocator.free(this.address, this.blockSize);
      this.address = fresh;
      this.blockSize = size;
      this.maxchar = kindMax(wanted);
    }
  }

  private write(length: number, maxchar: number): void {
    if (length === 0 || !blockModel.on) return;
    if (this.address === -1 || maxchar > this.maxchar || length > this.size - this.pos)
      this.prepare(length, maxchar);
    this.pos += length;
  }

  /** _PyUnicodeWriter_WriteChar / WriteASCIIString of ASCII text. */
  writeASCII(length: number): void {
    this.write(length, 127);
  }

  /** _PyUnicodeWriter_WriteStr of a str with this text. */
  writeStr(text: string): void {
    if (text.length === 0 || !blockModel.on) return;
    const { length, maxchar } = measure(text);
    this.write(length, maxchar);
  }

  /** The buffer's block goes (_PyUnicodeWriter_Finish hands it on as the result; Dealloc frees it). */
  release(): void {
    if (this.address === -1) return;
    heap.allocator.free(this.address, this.blockSize);
    this.address = -1;
  }
}

/**
 * A PyMem block an object keeps for its data (StringIO's Py_UCS4 buffer), booked in the allocator
 * model while tracemalloc traces: resize is PyMem_Realloc (PyMem_Malloc when there is no block),
 * free PyMem_Free. Untraced, nothing is booked (a block booked before is given back).
 */
export class MemBlockModel {
  private address = 0;
  private size = 0;

  resize(size: number): void {
    if (!blockModel.on) {
      this.free();
      return;
    }
    this.address = heap.allocator.realloc(this.address, this.size, size);
    this.size = size;
  }

  free(): void {
    if (this.address === 0) return;
    heap.allocator.free(this.address, this.size);
    this.address = 0;
    this.size = 0;
  }
}

/**
 * The items of the list Py_ReprEnter keeps (PyList_Append on enter, PyList_SetSlice on leave,
 * which clears the list when it empties): list_resize's block for `size` entries.
 */
const reprItems = { address: -1, allocated: 0, size: 0 };

export function reprItemsReset(): void {
  reprItems.address = -1;
  reprItems.allocated = 0;
  reprItems.size = 0;
}

export function reprItemsResize(newsize: number): void {
  if (!blockModel.on) return;
  const r = reprItems;
  const allocator = heap.allocator;
  const oldsize = r.size;
  r.size = newsize;
  if (newsize === 0) {
    // _list_clear: the items are freed
    if (r.address !== -1) allocator.free(r.address, r.allocated * 8);
    r.address = -1;
    r.allocated = 0;
    return;
  }
  if (r.allocated >= newsize && newsize >= r.allocated >> 1) return;
  let allocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - oldsize > allocated - newsize) allocated = (newsize + 3) & ~3;
  r.address =
    r.address === -1
      ? allocator.malloc(allocated * 8)
      : allocator.realloc(r.address, r.allocated * 8, allocated * 8);
  r.allocated = allocated;
}
