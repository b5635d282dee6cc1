/**
 * Interned strings of a trace: type names, attribute names, file names, value summaries. Each
 * distinct string is stored once and referred to by its index.
 */
export class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  /** Approximate bytes retained: UTF-16 characters plus per-entry overhead. */
  bytes = 0;

  intern(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.index.set(s, i);
      this.bytes += 2 * s.length + 40;
    }
    return i;
  }

  get(i: number): string {
    return this.strings[i]!;
  }

  /** Interned `<ref n>` labels by n (an iterator's references are captured at most steps). */
  private readonly refLabels: number[] = [];

  /** The index of `<ref n>` (the label of an object's n-th reference its traversal visits). */
  refLabel(n: number): number {
    let i = this.refLabels[n];
    if (i === undefined) {
      i = this.intern(`<ref ${n}>`);
      if (n < 1024) this.refLabels[n] = i;
    }
    return i;
  }
}
