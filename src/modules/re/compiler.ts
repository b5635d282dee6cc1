/**
 * The regular expression compiler (CPython 3.11's Lib/re/_compiler.py, "sre_compile"): turns
 * the parser's tree into the word code the matcher runs. The code is CPython's, word for word:
 * the INFO block with the width bounds and the literal-prefix / charset-prefix search
 * optimisations, charset compression into literals, ranges, bitmaps and big charsets, the
 * case-folding variants of every opcode. `dis` renders it as re.DEBUG prints it.
 */
import { reprStr } from "../../util/repr.js";
import { asciiIsCased, getExtraCases, lowerAscii, lowerUnicode, unicodeIsCased } from "./chars.js";
import {
  AT_NAMES,
  At,
  CH_LOCALE,
  CH_NAMES,
  CH_UNICODE,
  Flag,
  Info,
  MAXREPEAT,
  OPCODE_NAMES,
  Op,
  TYPE_FLAGS,
} from "./constants.js";
import { type Item, RegexError, type SetItem, type SubPattern } from "./parser.js";

const MAXCODE = MAXREPEAT;

type IsCased = ((ch: number) => boolean) | null;
type ToLower = ((ch: number) => number) | null;
type Fixes = Map<number, number[]> | null;

export function combineFlags(flags: number, addFlags: number, delFlags: number): number {
  if (addFlags & TYPE_FLAGS) flags &= ~TYPE_FLAGS;
  return (flags | addFlags) & ~delFlags;
}

const LITERAL_CODES = new Set<number>([Op.LITERAL, Op.NOT_LITERAL]);
const UNIT_CODES = new Set<number>([Op.LITERAL, Op.NOT_LITERAL, Op.ANY, Op.IN]);

function opIgnore(op: number): number {
  return op === Op.LITERAL ? Op.LITERAL_IGNORE : Op.NOT_LITERAL_IGNORE;
}
function opLocaleIgnore(op: number): number {
  return op === Op.LITERAL ? Op.LITERAL_LOC_IGNORE : Op.NOT_LITERAL_LOC_IGNORE;
}
function opUnicodeIgnore(op: number): number {
  return op === Op.LITERAL ? Op.LITERAL_UNI_IGNORE : Op.NOT_LITERAL_UNI_IGNORE;
}

function repeatingCodes(op: number): [number, number, number] {
  if (op === Op.MIN_REPEAT) return [Op.REPEAT, Op.MIN_UNTIL, Op.MIN_REPEAT_ONE];
  if (op === Op.MAX_REPEAT) return [Op.REPEAT, Op.MAX_UNTIL, Op.REPEAT_ONE];
  return [Op.POSSESSIVE_REPEAT, Op.SUCCESS, Op.POSSESSIVE_REPEAT_ONE];
}

function compileItems(code: number[], data: Item[], flags: number): void {
  let iscased: IsCased = null;
  let tolower: ToLower = null;
  let fixes: Fixes = null;
  if (flags & Flag.IGNORECASE && !(flags & Flag.LOCALE)) {
    if (flags & Flag.UNICODE) {
      iscased = unicodeIsCased;
      tolower = lowerUnicode;
      fixes = getExtraCases();
    } else {
      iscased = asciiIsCased;
      tolower = lowerAscii;
    }
  }
  for (const item of data) {
    const op: number = item[0];
    if (LITERAL_CODES.has(op)) {
      const av = item[1] as number;
      if (!(flags & Flag.IGNORECASE)) {
        code.push(op, av);
      } else if (flags & Flag.LOCALE) {
        code.push(opLocaleIgnore(op), av);
      } else if (!iscased!(av)) {
        code.push(op, av);
      } else {
        const lo = tolower!(av);
        if (fixes === null) {
          code.push(opIgnore(op), lo);
        } else if (!fixes.has(lo)) {
          code.push(opUnicodeIgnore(op), lo);
        } else {
          code.push(Op.IN_UNI_IGNORE);
          const skip = code.length;
          code.push(0);
          if (op === Op.NOT_LITERAL) code.push(Op.NEGATE);
          for (const k of [lo, ...fixes.get(lo)!]) code.push(Op.LITERAL, k);
          code.push(Op.FAILURE);
          code[skip] = code.length - skip;
        }
      }
    } else if (op === Op.IN) {
      const [charset, hascased] = optimizeCharset(item[1] as SetItem[], iscased, tolower, fixes);
      if (flags & Flag.IGNORECASE && flags & Flag.LOCALE) code.push(Op.IN_LOC_IGNORE);
      else if (!hascased) code.push(Op.IN);
      else if (fixes === null) code.push(Op.IN_IGNORE);
      else code.push(Op.IN_UNI_IGNORE);
      const skip = code.length;
      code.push(0);
      compileCharset(charset, flags, code);
      code[skip] = code.length - skip;
    } else if (op === Op.ANY) {
      code.push(flags & Flag.DOTALL ? Op.ANY_ALL : Op.ANY);
    } else if (op === Op.MIN_REPEAT || op === Op.MAX_REPEAT || op === Op.POSSESSIVE_REPEAT) {
      const av = item[1] as [number, number, SubPattern];
      if (flags & Flag.TEMPLATE) {
        throw new RegexError(`internal: unsupported template operator ${OPCODE_NAMES[op]}`, null, null);
      }
      const codes = repeatingCodes(op);
      if (isSimple(av[2])) {
        code.push(codes[2]);
        const skip = code.length;
        code.push(0, av[0], av[1]);
        compileItems(code, av[2].data, flags);
        code.push(Op.SUCCESS);
        code[skip] = code.length - skip;
      } else {
        code.push(codes[0]);
        const skip = code.length;
        code.push(0, av[0], av[1]);
        compileItems(code, av[2].data, flags);
        code[skip] = code.length - skip;
        code.push(codes[1]);
      }
    } else if (op === Op.SUBPATTERN) {
      const [group, addFlags, delFlags, p] = item[1] as [number | null, number, number, SubPattern];
      if (group) code.push(Op.MARK, (group - 1) * 2);
      compileItems(code, p.data, combineFlags(flags, addFlags, delFlags));
      if (group) code.push(Op.MARK, (group - 1) * 2 + 1);
    } else if (op === Op.ATOMIC_GROUP) {
      code.push(Op.ATOMIC_GROUP);
      const skip = code.length;
      code.push(0);
      compileItems(code, (item[1] as SubPattern).data, flags);
      code.push(Op.SUCCESS);
      code[skip] = code.length - skip;
    } else if (op === Op.SUCCESS || op === Op.FAILURE) {
      code.push(op);
    } else if (op === Op.ASSERT || op === Op.ASSERT_NOT) {
      const [dir, p] = item[1] as [number, SubPattern];
      code.push(op);
      const skip = code.length;
      code.push(0);
      if (dir >= 0) {
        code.push(0); // look ahead
      } else {
        const [lo, hi] = p.getwidth();
        if (lo > MAXCODE) throw new RegexError("looks too much behind", null, null);
        if (lo !== hi) throw new RegexError("look-behind requires fixed-width pattern", null, null);
        code.push(lo); // look behind
      }
      compileItems(code, p.data, flags);
      code.push(Op.SUCCESS);
      code[skip] = code.length - skip;
    } else if (op === Op.AT) {
      let av = item[1] as number;
      code.push(op);
      if (flags & Flag.MULTILINE) {
        if (av === At.BEGINNING) av = At.BEGINNING_LINE;
        else if (av === At.END) av = At.END_LINE;
      }
      if (flags & Flag.LOCALE) {
        if (av === At.BOUNDARY) av = At.LOC_BOUNDARY;
        else if (av === At.NON_BOUNDARY) av = At.LOC_NON_BOUNDARY;
      } else if (flags & Flag.UNICODE) {
        if (av === At.BOUNDARY) av = At.UNI_BOUNDARY;
        else if (av === At.NON_BOUNDARY) av = At.UNI_NON_BOUNDARY;
      }
      code.push(av);
    } else if (op === Op.BRANCH) {
      code.push(op);
      const tails: number[] = [];
      for (const alt of (item[1] as [null, SubPattern[]])[1]) {
        const skip = code.length;
        code.push(0);
        compileItems(code, alt.data, flags);
        code.push(Op.JUMP);
        tails.push(code.length);
        code.push(0);
        code[skip] = code.length - skip;
      }
      code.push(Op.FAILURE); // end of branch
      for (const t of tails) code[t] = code.length - t;
    } else if (op === Op.CATEGORY) {
      let av = item[1] as unknown as number;
      code.push(op);
      if (flags & Flag.LOCALE) av = CH_LOCALE[av]!;
      else if (flags & Flag.UNICODE) av = CH_UNICODE[av]!;
      code.push(av);
    } else if (op === Op.GROUPREF) {
      if (!(flags & Flag.IGNORECASE)) code.push(op);
      else if (flags & Flag.LOCALE) code.push(Op.GROUPREF_LOC_IGNORE);
      else if (fixes === null) code.push(Op.GROUPREF_IGNORE);
      else code.push(Op.GROUPREF_UNI_IGNORE);
      code.push((item[1] as number) - 1);
    } else if (op === Op.GROUPREF_EXISTS) {
      const [g, yes, no] = item[1] as [number, SubPattern, SubPattern | null];
      code.push(op, g - 1);
      const skipyes = code.length;
      code.push(0);
      compileItems(code, yes.data, flags);
      if (no !== null && no.length > 0) {
        code.push(Op.JUMP);
        const skipno = code.length;
        code.push(0);
        code[skipyes] = code.length - skipyes + 1;
        compileItems(code, no.data, flags);
        code[skipno] = code.length - skipno;
      } else {
        code[skipyes] = code.length - skipyes + 1;
      }
    } else {
      throw new RegexError(`internal: unsupported operand type ${OPCODE_NAMES[op]}`, null, null);
    }
  }
}

function compileCharset(charset: SetItem[], flags: number, code: number[]): void {
  for (const [op, av] of charset) {
    code.push(op);
    if (op === Op.NEGATE) {
      // nothing
    } else if (op === Op.LITERAL) {
      code.push(av as number);
    } else if (op === Op.RANGE || op === Op.RANGE_UNI_IGNORE) {
      const r = av as [number, number];
      code.push(r[0], r[1]);
    } else if (op === Op.CHARSET || op === Op.BIGCHARSET) {
      for (const w of av as number[]) code.push(w);
    } else if (op === Op.CATEGORY) {
      const c = av as number;
      if (flags & Flag.LOCALE) code.push(CH_LOCALE[c]!);
      else if (flags & Flag.UNICODE) code.push(CH_UNICODE[c]!);
      else code.push(c);
    } else {
      throw new RegexError(`internal: unsupported set operator ${OPCODE_NAMES[op]}`, null, null);
    }
  }
  code.push(Op.FAILURE);
}

/** Thrown where Python's charmap assignment raises IndexError. */
const INDEX_ERROR = Symbol("IndexError");

function optimizeCharset(
  charset: SetItem[],
  iscased: IsCased = null,
  fixup: ToLower = null,
  fixes: Fixes = null,
): [SetItem[], boolean] {
  const out: SetItem[] = [];
  const tail: SetItem[] = [];
  let charmap = new Uint8Array(256);
  let hascased = false;
  const set = (i: number): void => {
    if (i >= charmap.length) throw INDEX_ERROR;
    charmap[i] = 1;
  };
  for (const entry of charset) {
    let op = entry[0];
    const av = entry[1];
    for (;;) {
      try {
        if (op === Op.LITERAL) {
          const ch = av as number;
          if (fixup !== null) {
            const lo = fixup(ch);
            set(lo);
            if (fixes !== null) {
              const f = fixes.get(lo);
              if (f !== undefined) for (const k of f) set(k);
            }
            if (!hascased && iscased!(ch)) hascased = true;
          } else {
            set(ch);
          }
        } else if (op === Op.RANGE) {
          const [a, b] = av as [number, number];
          if (fixup !== null) {
            for (let c = a; c <= b; c++) {
              const i = fixup(c);
              set(i);
              if (fixes !== null) {
                const f = fixes.get(i);
                if (f !== undefined) for (const k of f) set(k);
              }
            }
            if (!hascased) {
              for (let c = a; c <= b; c++) {
                if (iscased!(c)) {
                  hascased = true;
                  break;
                }
              }
            }
          } else {
            for (let c = a; c <= b; c++) set(c);
          }
        } else if (op === Op.NEGATE) {
          out.push(entry);
        } else {
          tail.push(entry);
        }
      } catch (e) {
        if (e !== INDEX_ERROR) throw e;
        if (charmap.length === 256) {
          // character set contains non-UCS1 character codes
          const bigger = new Uint8Array(0x10000);
          bigger.set(charmap);
          charmap = bigger;
          continue;
        }
        // Character set contains non-BMP character codes.
        if (fixup !== null) {
          hascased = true;
          if (op === Op.RANGE) op = Op.RANGE_UNI_IGNORE;
        }
        tail.push([op, av] as SetItem);
      }
      break;
    }
  }

  // compress character map
  let runs: [number, number][] | null = [];
  let q = 0;
  for (;;) {
    const p = charmap.indexOf(1, q);
    if (p < 0) break;
    if (runs.length >= 2) {
      runs = null;
      break;
    }
    q = charmap.indexOf(0, p);
    if (q < 0) {
      runs.push([p, charmap.length]);
      break;
    }
    runs.push([p, q]);
  }
  if (runs !== null) {
    // use literal/range
    for (const [p, qq] of runs) {
      if (qq - p === 1) out.push([Op.LITERAL, p]);
      else out.push([Op.RANGE, [p, qq - 1]]);
    }
    out.push(...tail);
    // if the case was changed or new representation is more compact
    if (hascased || out.length < charset.length) return [out, hascased];
    // else original character set is good enough
    return [charset, hascased];
  }

  // use bitmap
  if (charmap.length === 256) {
    out.push([Op.CHARSET, mkBitmap(charmap)]);
    out.push(...tail);
    return [out, hascased];
  }

  // big charset: 256-character chunks, deduplicated, indexed by a 256-byte table
  const comps = new Map<string, number>();
  const mapping = new Uint8Array(256);
  let block = 0;
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < 65536; i += 256) {
    const chunk = charmap.subarray(i, i + 256);
    const key = chunk.join("");
    const known = comps.get(key);
    if (known !== undefined) {
      mapping[i >> 8] = known;
    } else {
      mapping[i >> 8] = block;
      comps.set(key, block);
      block += 1;
      chunks.push(chunk);
    }
  }
  const bits = new Uint8Array(chunks.length * 256);
  for (let k = 0; k < chunks.length; k++) bits.set(chunks[k]!, k * 256);
  const data = [block, ...bytesToCodes(mapping), ...mkBitmap(bits)];
  out.push([Op.BIGCHARSET, data]);
  out.push(...tail);
  return [out, hascased];
}

/** 32-bit words of a 0/1 byte map, bit j of word k = bits[32k + j]. */
function mkBitmap(bits: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 32) {
    let w = 0;
    for (let j = 31; j >= 0; j--) w = (w * 2 + (bits[i + j] ? 1 : 0)) >>> 0;
    out.push(w);
  }
  return out;
}

/** Little-endian 32-bit words of a byte string. */
function bytesToCodes(b: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < b.length; i += 4) {
    out.push((b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0);
  }
  return out;
}

function isSimple(p: SubPattern): boolean {
  if (p.length !== 1) return false;
  const [op, av] = p.data[0]!;
  if (op === Op.SUBPATTERN) {
    const a = av as [number | null, number, number, SubPattern];
    return a[0] === null && isSimple(a[3]);
  }
  return UNIT_CODES.has(op);
}

function generateOverlapTable(prefix: number[]): number[] {
  const table = new Array<number>(prefix.length).fill(0);
  for (let i = 1; i < prefix.length; i++) {
    let idx = table[i - 1]!;
    for (;;) {
      if (prefix[i] === prefix[idx]) {
        table[i] = idx + 1;
        break;
      }
      if (idx === 0) {
        table[i] = 0;
        break;
      }
      idx = table[idx - 1]!;
    }
  }
  return table;
}

function getIscased(flags: number): IsCased {
  if (!(flags & Flag.IGNORECASE)) return null;
  if (flags & Flag.UNICODE) return unicodeIsCased;
  return asciiIsCased;
}

function getLiteralPrefix(pattern: SubPattern, flags: number): [number[], number | null, boolean] {
  const prefix: number[] = [];
  let prefixSkip: number | null = null;
  const iscased = getIscased(flags);
  for (const [op, av] of pattern.data) {
    if (op === Op.LITERAL) {
      if (iscased?.(av as number)) return [prefix, prefixSkip, false];
      prefix.push(av as number);
    } else if (op === Op.SUBPATTERN) {
      const [group, addFlags, delFlags, p] = av as [number | null, number, number, SubPattern];
      const flags1 = combineFlags(flags, addFlags, delFlags);
      if (flags1 & Flag.IGNORECASE && flags1 & Flag.LOCALE) return [prefix, prefixSkip, false];
      const [prefix1, prefixSkip1, gotAll] = getLiteralPrefix(p, flags1);
      if (prefixSkip === null) {
        if (group !== null) prefixSkip = prefix.length;
        else if (prefixSkip1 !== null) prefixSkip = prefix.length + prefixSkip1;
      }
      prefix.push(...prefix1);
      if (!gotAll) return [prefix, prefixSkip, false];
    } else {
      return [prefix, prefixSkip, false];
    }
  }
  return [prefix, prefixSkip, true];
}

function getCharsetPrefix(pattern: SubPattern, flags: number): SetItem[] | null {
  let op: number;
  let av: unknown;
  for (;;) {
    if (pattern.length === 0) return null;
    [op, av] = pattern.data[0]!;
    if (op !== Op.SUBPATTERN) break;
    const sp = av as [number | null, number, number, SubPattern];
    pattern = sp[3];
    flags = combineFlags(flags, sp[1], sp[2]);
    if (flags & Flag.IGNORECASE && flags & Flag.LOCALE) return null;
  }
  const iscased = getIscased(flags);
  if (op === Op.LITERAL) {
    if (iscased?.(av as number)) return null;
    return [[Op.LITERAL, av as number]];
  }
  if (op === Op.BRANCH) {
    const charset: SetItem[] = [];
    for (const p of (av as [null, SubPattern[]])[1]) {
      if (p.length === 0) return null;
      const [op1, av1] = p.data[0]!;
      if (op1 === Op.LITERAL && !iscased?.(av1 as number)) charset.push([Op.LITERAL, av1 as number]);
      else return null;
    }
    return charset;
  }
  if (op === Op.IN) {
    const charset = av as SetItem[];
    if (iscased !== null) {
      for (const [op1, av1] of charset) {
        if (op1 === Op.LITERAL) {
          if (iscased(av1 as number)) return null;
        } else if (op1 === Op.RANGE) {
          const [a, b] = av1 as [number, number];
          if (b > 0xffff) return null;
          for (let c = a; c <= b; c++) if (iscased(c)) return null;
        }
      }
    }
    return charset;
  }
  return null;
}

function compileInfo(code: number[], pattern: SubPattern, flags: number): void {
  let [lo, hi] = pattern.getwidth();
  if (hi > MAXCODE) hi = MAXCODE;
  if (lo === 0) {
    code.push(Op.INFO, 4, 0, lo, hi);
    return;
  }
  // look for a literal prefix
  let prefix: number[] = [];
  let prefixSkip: number | null = 0;
  let gotAll = false;
  let charset: SetItem[] | null = [];
  if (!(flags & Flag.IGNORECASE && flags & Flag.LOCALE)) {
    [prefix, prefixSkip, gotAll] = getLiteralPrefix(pattern, flags);
    // if no prefix, look for charset prefix
    if (prefix.length === 0) charset = getCharsetPrefix(pattern, flags);
  }
  code.push(Op.INFO);
  const skip = code.length;
  code.push(0);
  let mask = 0;
  if (prefix.length > 0) {
    mask = Info.PREFIX;
    if (prefixSkip === null && gotAll) mask |= Info.LITERAL;
  } else if (charset !== null && charset.length > 0) {
    mask |= Info.CHARSET;
  }
  code.push(mask);
  if (lo < MAXCODE) {
    code.push(lo);
  } else {
    code.push(MAXCODE);
    prefix = prefix.slice(0, MAXCODE);
  }
  code.push(Math.min(hi, MAXCODE));
  if (prefix.length > 0) {
    code.push(prefix.length);
    if (prefixSkip === null) prefixSkip = prefix.length;
    code.push(prefixSkip);
    code.push(...prefix);
    code.push(...generateOverlapTable(prefix));
  } else if (charset !== null && charset.length > 0) {
    const [cs] = optimizeCharset(charset);
    compileCharset(cs, flags, code);
  }
  code[skip] = code.length - skip;
}

/** Compiles a parsed pattern to word code (CPython's _code). */
export function compileCode(p: SubPattern, flags: number): number[] {
  flags = p.state.flags | flags;
  const code: number[] = [];
  compileInfo(code, p, flags);
  compileItems(code, p.data, flags);
  code.push(Op.SUCCESS);
  return code;
}

// ---------------------------------------------------------------------------------------------
// re.DEBUG: the disassembly

/** '%#02x' % x */
function hex02(x: number): string {
  return "0x" + x.toString(16);
}

function chrRepr(x: number): string {
  return reprStr(String.fromCodePoint(x));
}

function hexCode(words: number[]): string {
  return `[${words.map((x) => "0x" + (x >>> 0).toString(16).padStart(8, "0")).join(", ")}]`;
}

/** The text of _compiler.dis(code). */
export function disassemble(code: ArrayLike<number>): string {
  const at = (i: number): number => code[i]! >>> 0;
  const slice = (a: number, b: number): number[] => {
    const out: number[] = [];
    for (let i = a; i < b && i < code.length; i++) out.push(at(i));
    return out;
  };
  const labels = new Set<number>();
  let level = 0;
  const offsetWidth = String(code.length - 1).length;
  let out = "";

  const dis = (startIn: number, end: number): void => {
    let start = startIn;
    const print_ = (args: (string | number)[], to: number | null = null): void => {
      if (to !== null) {
        labels.add(to);
        args = [...args, `(to ${to})`];
      }
      out += `${String(start).padStart(offsetWidth)}${labels.has(start) ? ":" : "."} `;
      out += "  ".repeat(Math.max(level - 1, 0));
      out += args.join(" ") + "\n";
    };
    const print_2 = (args: (string | number)[]): void => {
      out += " ".repeat(offsetWidth + 2 * level);
      out += args.join(" ") + "\n";
    };
    level += 1;
    let i = start;
    while (i < end) {
      start = i;
      const op = at(i);
      i += 1;
      const name = OPCODE_NAMES[op];
      if (name === undefined) throw new Error(`bad opcode ${op}`);
      switch (op) {
        case Op.SUCCESS:
        case Op.FAILURE:
        case Op.ANY:
        case Op.ANY_ALL:
        case Op.MAX_UNTIL:
        case Op.MIN_UNTIL:
        case Op.NEGATE:
          print_([name]);
          break;
        case Op.LITERAL:
        case Op.NOT_LITERAL:
        case Op.LITERAL_IGNORE:
        case Op.NOT_LITERAL_IGNORE:
        case Op.LITERAL_UNI_IGNORE:
        case Op.NOT_LITERAL_UNI_IGNORE:
        case Op.LITERAL_LOC_IGNORE:
        case Op.NOT_LITERAL_LOC_IGNORE: {
          const arg = at(i);
          i += 1;
          print_([name, `${hex02(arg)} (${chrRepr(arg)})`]);
          break;
        }
        case Op.AT: {
          const arg = at(i);
          i += 1;
          print_([name, AT_NAMES[arg]!.slice(3)]);
          break;
        }
        case Op.CATEGORY: {
          const arg = at(i);
          i += 1;
          print_([name, CH_NAMES[arg]!.slice(9)]);
          break;
        }
        case Op.IN:
        case Op.IN_IGNORE:
        case Op.IN_UNI_IGNORE:
        case Op.IN_LOC_IGNORE: {
          const skip = at(i);
          print_([name, skip], i + skip);
          dis(i + 1, i + skip);
          i += skip;
          break;
        }
        case Op.RANGE:
        case Op.RANGE_UNI_IGNORE: {
          const lo = at(i);
          const hi = at(i + 1);
          i += 2;
          print_([name, `${hex02(lo)} ${hex02(hi)} (${chrRepr(lo)}-${chrRepr(hi)})`]);
          break;
        }
        case Op.CHARSET:
          print_([name, hexCode(slice(i, i + 8))]);
          i += 8;
          break;
        case Op.BIGCHARSET: {
          const arg = at(i);
          i += 1;
          const mapping: number[] = [];
          for (const w of slice(i, i + 64))
            mapping.push(w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24);
          print_([name, arg, `[${mapping.join(", ")}]`]);
          i += 64;
          level += 1;
          for (let j = 0; j < arg; j++) {
            print_2([hexCode(slice(i, i + 8))]);
            i += 8;
          }
          level -= 1;
          break;
        }
        case Op.MARK:
        case Op.GROUPREF:
        case Op.GROUPREF_IGNORE:
        case Op.GROUPREF_UNI_IGNORE:
        case Op.GROUPREF_LOC_IGNORE: {
          const arg = at(i);
          i += 1;
          print_([name, arg]);
          break;
        }
        case Op.JUMP: {
          const skip = at(i);
          print_([name, skip], i + skip);
          i += 1;
          break;
        }
        case Op.BRANCH: {
          let skip = at(i);
          print_([name, skip], i + skip);
          while (skip) {
            dis(i + 1, i + skip);
            i += skip;
            start = i;
            skip = at(i);
            if (skip) print_(["branch", skip], i + skip);
            else print_(["FAILURE"]);
          }
          i += 1;
          break;
        }
        case Op.REPEAT:
        case Op.REPEAT_ONE:
        case Op.MIN_REPEAT_ONE:
        case Op.POSSESSIVE_REPEAT:
        case Op.POSSESSIVE_REPEAT_ONE: {
          const skip = at(i);
          const min = at(i + 1);
          const max = at(i + 2);
          print_([name, skip, min, max === MAXREPEAT ? "MAXREPEAT" : max], i + skip);
          dis(i + 3, i + skip);
          i += skip;
          break;
        }
        case Op.GROUPREF_EXISTS: {
          const arg = at(i);
          const skip = at(i + 1);
          print_([name, arg, skip], i + skip);
          i += 2;
          break;
        }
        case Op.ASSERT:
        case Op.ASSERT_NOT: {
          const skip = at(i);
          const arg = at(i + 1);
          print_([name, skip, arg], i + skip);
          dis(i + 2, i + skip);
          i += skip;
          break;
        }
        case Op.ATOMIC_GROUP: {
          const skip = at(i);
          print_([name, skip], i + skip);
          dis(i + 1, i + skip);
          i += skip;
          break;
        }
        case Op.INFO: {
          const skip = at(i);
          const flags = at(i + 1);
          const min = at(i + 2);
          const max = at(i + 3);
          print_(
            [name, skip, "0b" + flags.toString(2), min, max === MAXREPEAT ? "MAXREPEAT" : max],
            i + skip,
          );
          let s = i + 4;
          if (flags & Info.PREFIX) {
            const prefixLen = at(i + 4);
            const prefixSkip = at(i + 5);
            print_2(["  prefix_skip", prefixSkip]);
            s = i + 6;
            const prefix = slice(s, s + prefixLen);
            print_2([
              "  prefix",
              `[${prefix.map(hex02).join(", ")}]`,
              `(${reprStr(prefix.map((x) => String.fromCodePoint(x)).join(""))})`,
            ]);
            s += prefixLen;
            print_2(["  overlap", `[${slice(s, s + prefixLen).join(", ")}]`]);
            s += prefixLen;
          }
          if (flags & Info.CHARSET) {
            level += 1;
            print_2(["in"]);
            dis(s, i + skip);
            level -= 1;
          }
          i += skip;
          break;
        }
        default:
          throw new Error(`bad opcode ${name}`);
      }
    }
    level -= 1;
  };
  dis(0, code.length);
  return out;
}
