/**
 * The regular expression parser (CPython 3.11's Lib/re/_parser.py, "sre_parse"): turns a
 * pattern into a tree of (opcode, argument) items with CPython's error messages and positions,
 * its tree shapes (common-prefix hoisting, branches turned into sets, non-capturing groups
 * unpacked) and its width computation. Also the replacement-template parser of sub()/expand()
 * and the tree dump printed under re.DEBUG.
 *
 * Patterns are read as arrays of code points; a bytes pattern is read as latin-1, as CPython does.
 */
import { isAlpha, strIsIdentifier } from "../../objects/unicode_data.js";
import { reprStr } from "../../util/repr.js";
import {
  AT_NAMES,
  At,
  CH_NAMES,
  Ch,
  Flag,
  GLOBAL_FLAGS,
  MAXGROUPS,
  MAXREPEAT,
  OPCODE_NAMES,
  Op,
  TYPE_FLAGS,
} from "./constants.js";

// ---------------------------------------------------------------------------------------------
// Errors

/**
 * A `re.error` on its way out: the module layer turns it into the Python exception (with the
 * pattern object it was parsing). `source` is null for errors raised without a position.
 */
export class RegexError {
  constructor(
    readonly msg: string,
    readonly source: Source | null,
    readonly pos: number | null,
  ) {}
}

/** Other exceptions the parser raises (OverflowError, ValueError, IndexError, ...). */
export class RegexOtherError {
  constructor(
    readonly kind: "OverflowError" | "ValueError" | "IndexError" | "TypeError",
    readonly msg: string,
  ) {}
}

/** A warning the parser wants issued (FutureWarning / DeprecationWarning). */
export interface RegexWarning {
  category: "FutureWarning" | "DeprecationWarning";
  msg: string;
}

/** What a Tokenizer reads: the code points and how to report them. */
export interface Source {
  /** One JS string per code point (byte for bytes patterns, read as latin-1). */
  chars: string[];
  istext: boolean;
  /** The original object (str or bytes), carried into re.error's `pattern`. */
  object: unknown;
}

// ---------------------------------------------------------------------------------------------
// The tree

export type SetItem =
  | [Op.LITERAL, number]
  | [Op.RANGE | Op.RANGE_UNI_IGNORE, [number, number]]
  | [Op.CATEGORY, number]
  | [Op.NEGATE, null]
  | [Op.CHARSET | Op.BIGCHARSET, number[]];

export type Item =
  | [Op.LITERAL | Op.NOT_LITERAL, number]
  | [Op.ANY, null]
  | [Op.AT, number]
  | [Op.IN, SetItem[]]
  | [Op.BRANCH, [null, SubPattern[]]]
  | [Op.SUBPATTERN, [number | null, number, number, SubPattern]]
  | [Op.ATOMIC_GROUP, SubPattern]
  | [Op.MAX_REPEAT | Op.MIN_REPEAT | Op.POSSESSIVE_REPEAT, [number, number, SubPattern]]
  | [Op.GROUPREF, number]
  | [Op.GROUPREF_EXISTS, [number, SubPattern, SubPattern | null]]
  | [Op.ASSERT | Op.ASSERT_NOT, [number, SubPattern]]
  | [Op.SUCCESS | Op.FAILURE, null];

export class ParseState {
  flags = 0;
  /** Group name -> group number, in definition order. */
  groupdict = new Map<string, number>();
  /** Width of each closed group; null while open (index 0 is the whole match). */
  groupwidths: ([number, number] | null)[] = [null];
  lookbehindgroups: number | null = null;
  /** Numbered group references in conditionals, with their positions (checked at the end). */
  grouprefpos = new Map<number, number>();
  warnings: RegexWarning[] = [];

  get groups(): number {
    return this.groupwidths.length;
  }

  opengroup(name: string | null): number {
    const gid = this.groups;
    this.groupwidths.push(null);
    if (this.groups > MAXGROUPS) throw new RegexError("too many groups", null, null);
    if (name !== null) {
      const ogid = this.groupdict.get(name);
      if (ogid !== undefined) {
        throw new RegexError(
          `redefinition of group name ${reprStr(name)} as group ${gid}; was group ${ogid}`,
          null,
          null,
        );
      }
      this.groupdict.set(name, gid);
    }
    return gid;
  }

  closegroup(gid: number, p: SubPattern): void {
    this.groupwidths[gid] = p.getwidth();
  }

  checkgroup(gid: number): boolean {
    return gid < this.groups && this.groupwidths[gid] !== null;
  }

  checklookbehindgroup(gid: number, source: Tokenizer): void {
    if (this.lookbehindgroups !== null) {
      if (!this.checkgroup(gid)) throw source.error("cannot refer to an open group");
      if (gid >= this.lookbehindgroups) {
        throw source.error("cannot refer to group defined in the same lookbehind subpattern");
      }
    }
  }
}

/** The largest width getwidth() reports (2**64; more than MAXREPEAT, MAXCODE and sys.maxsize). */
export const MAXWIDTH = 2 ** 64;

const REPEAT_OPS = new Set<number>([Op.MIN_REPEAT, Op.MAX_REPEAT, Op.POSSESSIVE_REPEAT]);
const UNIT_OPS = new Set<number>([Op.ANY, Op.RANGE, Op.IN, Op.LITERAL, Op.NOT_LITERAL, Op.CATEGORY]);

export class SubPattern {
  width: [number, number] | null = null;

  constructor(
    readonly state: ParseState,
    public data: Item[] = [],
  ) {}

  get length(): number {
    return this.data.length;
  }

  append(item: Item): void {
    this.data.push(item);
  }

  /** The (min, max) width of what this subpattern matches (cached, as CPython's). */
  getwidth(): [number, number] {
    if (this.width !== null) return this.width;
    let lo = 0;
    let hi = 0;
    for (const item of this.data) {
      const op = item[0];
      if (op === Op.BRANCH) {
        let i = MAXWIDTH;
        let j = 0;
        for (const b of item[1][1]) {
          const [l, h] = b.getwidth();
          i = Math.min(i, l);
          j = Math.max(j, h);
        }
        lo += i;
        hi += j;
      } else if (op === Op.ATOMIC_GROUP) {
        const [i, j] = item[1].getwidth();
        lo += i;
        hi += j;
      } else if (op === Op.SUBPATTERN) {
        const [i, j] = item[1][3].getwidth();
        lo += i;
        hi += j;
      } else if (REPEAT_OPS.has(op)) {
        const av = item[1] as [number, number, SubPattern];
        const [i, j] = av[2].getwidth();
        lo += i * av[0];
        if (av[1] === MAXREPEAT && j) hi = MAXWIDTH;
        else hi += j * av[1];
      } else if (UNIT_OPS.has(op)) {
        lo += 1;
        hi += 1;
      } else if (op === Op.GROUPREF) {
        const [i, j] = this.state.groupwidths[item[1] as number]!;
        lo += i;
        hi += j;
      } else if (op === Op.GROUPREF_EXISTS) {
        const av = item[1] as [number, SubPattern, SubPattern | null];
        let [i, j] = av[1].getwidth();
        if (av[2] !== null) {
          const [l, h] = av[2].getwidth();
          i = Math.min(i, l);
          j = Math.max(j, h);
        } else {
          i = 0;
        }
        lo += i;
        hi += j;
      } else if (op === Op.SUCCESS) {
        break;
      }
    }
    this.width = [Math.min(lo, MAXWIDTH), Math.min(hi, MAXWIDTH)];
    return this.width;
  }
}

// ---------------------------------------------------------------------------------------------
// Tokenizer

const SPECIAL_CHARS = ".\\[{()*+?^$|";
const REPEAT_CHARS = "*+?{";
const DIGITS = "0123456789";
const OCTDIGITS = "01234567";
const HEXDIGITS = "0123456789abcdefABCDEF";
const WHITESPACE = " \t\n\r\v\f";

function isAsciiLetter(c: string): boolean {
  return c.length === 1 && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
}

/** `c in charset` for a one-character set string (tokens may be null or two characters). */
function inSet(c: string | null, set: string): boolean {
  return c !== null && c.length === 1 && set.includes(c);
}

function isAsciiString(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** The message as Tokenizer.error makes it for bytes patterns: non-ASCII backslash-escaped. */
function backslashReplace(msg: string): string {
  let out = "";
  for (const ch of msg) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

export class Tokenizer {
  index = 0;
  next: string | null = null;
  readonly chars: string[];
  readonly istext: boolean;

  constructor(readonly source: Source) {
    this.chars = source.chars;
    this.istext = source.istext;
    this.advance();
  }

  private advance(): void {
    let index = this.index;
    if (index >= this.chars.length) {
      this.next = null;
      return;
    }
    let char = this.chars[index]!;
    if (char === "\\") {
      index += 1;
      if (index >= this.chars.length) {
        throw new RegexError("bad escape (end of pattern)", this.source, this.chars.length - 1);
      }
      char += this.chars[index]!;
    }
    this.index = index + 1;
    this.next = char;
  }

  match(char: string): boolean {
    if (char === this.next) {
      hooks.probe(2);
      this.advance();
      return true;
    }
    hooks.probe(1);
    return false;
  }

  get(): string | null {
    hooks.probe(2);
    const t = this.next;
    this.advance();
    return t;
  }

  getwhile(n: number, charset: string): string {
    let result = "";
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (!inSet(c, charset)) break;
      result += c;
      this.advance();
    }
    return result;
  }

  getuntil(terminator: string, name: string): string {
    let result = "";
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (result === "") throw this.error("missing " + name);
        throw this.error(`missing ${terminator}, unterminated name`, cpLen(result));
      }
      if (c === terminator) {
        if (result === "") throw this.error("missing " + name, 1);
        break;
      }
      result += c;
    }
    return result;
  }

  tell(): number {
    return this.index - (this.next === null ? 0 : cpLen(this.next));
  }

  seek(index: number): void {
    this.index = index;
    this.advance();
  }

  error(msg: string, offset = 0): RegexError {
    if (!this.istext) msg = backslashReplace(msg);
    return new RegexError(msg, this.source, this.tell() - offset);
  }

  checkgroupname(name: string, offset: number, warnings: RegexWarning[]): void {
    if (!strIsIdentifier(name)) {
      throw this.error(`bad character in group name ${reprStr(name)}`, cpLen(name) + offset);
    }
    if (!(this.istext || isAsciiString(name))) {
      warnings.push({
        category: "DeprecationWarning",
        msg: `bad character in group name ${asciiRepr(name)} at position ${this.tell() - cpLen(name) - offset}`,
      });
    }
  }
}

/** Number of code points of a JS string. */
function cpLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

function cp(c: string): number {
  return c.codePointAt(0)!;
}

/** ascii(s): repr with non-ASCII escaped. */
export function asciiRepr(s: string): string {
  return backslashReplace(reprStr(s));
}

// ---------------------------------------------------------------------------------------------
// Escapes

const ESCAPES: Record<string, number> = {
  "\\a": 7,
  "\\b": 8,
  "\\f": 12,
  "\\n": 10,
  "\\r": 13,
  "\\t": 9,
  "\\v": 11,
  "\\\\": 92,
};

function categoryEscape(esc: string): Item | null {
  switch (esc) {
    case "\\A":
      return [Op.AT, At.BEGINNING_STRING];
    case "\\b":
      return [Op.AT, At.BOUNDARY];
    case "\\B":
      return [Op.AT, At.NON_BOUNDARY];
    case "\\d":
      return [Op.IN, [[Op.CATEGORY, Ch.DIGIT]]];
    case "\\D":
      return [Op.IN, [[Op.CATEGORY, Ch.NOT_DIGIT]]];
    case "\\s":
      return [Op.IN, [[Op.CATEGORY, Ch.SPACE]]];
    case "\\S":
      return [Op.IN, [[Op.CATEGORY, Ch.NOT_SPACE]]];
    case "\\w":
      return [Op.IN, [[Op.CATEGORY, Ch.WORD]]];
    case "\\W":
      return [Op.IN, [[Op.CATEGORY, Ch.NOT_WORD]]];
    case "\\Z":
      return [Op.AT, At.END_STRING];
  }
  return null;
}

/** Hooks into the runtime the parser needs (kept out of this file's imports). */
export interface ParserHooks {
  /** unicodedata.lookup(name) as a code point, or null when the name is unknown. */
  lookupName(name: string): number | null;
  /** int(s) as Python parses it, or null on ValueError. */
  parseInt(s: string): number | bigint | null;
  /**
   * Recursion accounting: CPython's parser is Python code, so deep nesting raises RecursionError
   * where its frames pass the recursion limit. `enter`/`leave` bracket one such frame; `probe(k)`
   * checks that k more frames would still fit (a call that returns at once).
   */
  enter(): void;
  leave(): void;
  probe(k: number): void;
}

let hooks: ParserHooks = {
  lookupName: () => null,
  parseInt: (s) => (/^[0-9]+$/.test(s) ? Number(s) : null),
  enter: () => {},
  leave: () => {},
  probe: () => {},
};

export function setParserHooks(h: ParserHooks): void {
  hooks = h;
}

function hexValue(s: string): number {
  return parseInt(s, 16);
}

/** The common part of _escape and _class_escape for \x \u \U \N. Returns null if not one of them. */
function numericEscape(source: Tokenizer, esc: string, c: string): [Op.LITERAL, number] | null {
  if (c === "x") {
    esc += source.getwhile(2, HEXDIGITS);
    if (esc.length !== 4) throw source.error(`incomplete escape ${esc}`, esc.length);
    return [Op.LITERAL, hexValue(esc.slice(2))];
  }
  if (c === "u" && source.istext) {
    esc += source.getwhile(4, HEXDIGITS);
    if (esc.length !== 6) throw source.error(`incomplete escape ${esc}`, esc.length);
    return [Op.LITERAL, hexValue(esc.slice(2))];
  }
  if (c === "U" && source.istext) {
    esc += source.getwhile(8, HEXDIGITS);
    if (esc.length !== 10) throw source.error(`incomplete escape ${esc}`, esc.length);
    const v = hexValue(esc.slice(2));
    // chr(c) raises ValueError for an invalid code point: reported as a bad esc.
    if (v > 0x10ffff) throw source.error(`bad escape ${esc}`, esc.length);
    return [Op.LITERAL, v];
  }
  if (c === "N" && source.istext) {
    if (!source.match("{")) throw source.error("missing {");
    const charname = source.getuntil("}", "character name");
    const v = hooks.lookupName(charname);
    if (v === null) {
      throw source.error(`undefined character name ${reprStr(charname)}`, cpLen(charname) + "\\N{}".length);
    }
    return [Op.LITERAL, v];
  }
  return null;
}

function classEscape(source: Tokenizer, esc: string): SetItem | Item {
  const code = ESCAPES[esc];
  if (code !== undefined) return [Op.LITERAL, code];
  const cat = categoryEscape(esc);
  if (cat !== null && cat[0] === Op.IN) return cat;
  const c = esc.slice(1, 2);
  const num = numericEscape(source, esc, c);
  if (num !== null) return num;
  if (inSet(c, OCTDIGITS)) {
    esc += source.getwhile(2, OCTDIGITS);
    const v = parseInt(esc.slice(1), 8);
    if (v > 0o377) {
      throw source.error(`octal escape value ${esc} outside of range 0-0o377`, esc.length);
    }
    return [Op.LITERAL, v];
  }
  if (inSet(c, DIGITS)) throw source.error(`bad escape ${esc}`, esc.length);
  if (cpLen(esc) === 2) {
    if (isAsciiLetter(c)) throw source.error(`bad escape ${esc}`, esc.length);
    return [Op.LITERAL, cp(esc.slice(1))];
  }
  throw source.error(`bad escape ${esc}`, cpLen(esc));
}

function escapeItem(source: Tokenizer, esc: string, state: ParseState): Item {
  const cat = categoryEscape(esc);
  if (cat !== null) return cat;
  const code = ESCAPES[esc];
  if (code !== undefined) return [Op.LITERAL, code];
  const c = esc.slice(1, 2);
  const num = numericEscape(source, esc, c);
  if (num !== null) return num;
  if (c === "0") {
    esc += source.getwhile(2, OCTDIGITS);
    return [Op.LITERAL, parseInt(esc.slice(1), 8)];
  }
  if (inSet(c, DIGITS)) {
    // octal escape *or* decimal group reference
    if (inSet(source.next, DIGITS)) {
      esc += source.get()!;
      if (inSet(esc[1]!, OCTDIGITS) && inSet(esc[2]!, OCTDIGITS) && inSet(source.next, OCTDIGITS)) {
        esc += source.get()!;
        const v = parseInt(esc.slice(1), 8);
        if (v > 0o377) {
          throw source.error(`octal escape value ${esc} outside of range 0-0o377`, esc.length);
        }
        return [Op.LITERAL, v];
      }
    }
    const group = parseInt(esc.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkgroup(group)) throw source.error("cannot refer to an open group", esc.length);
      state.checklookbehindgroup(group, source);
      return [Op.GROUPREF, group];
    }
    throw source.error(`invalid group reference ${group}`, esc.length - 1);
  }
  if (cpLen(esc) === 2) {
    if (isAsciiLetter(c)) throw source.error(`bad escape ${esc}`, esc.length);
    return [Op.LITERAL, cp(esc.slice(1))];
  }
  throw source.error(`bad escape ${esc}`, cpLen(esc));
}

// ---------------------------------------------------------------------------------------------
// Structural equality of items (Python's == on the tuples; SubPatterns compare by identity)

function valueEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!valueEquals(a[i], b[i])) return false;
    return true;
  }
  return false;
}

function setItemKey(item: SetItem): string {
  const av = item[1];
  return `${item[0]}:${Array.isArray(av) ? av.join(",") : String(av)}`;
}

function uniq(items: SetItem[]): SetItem[] {
  const seen = new Set<string>();
  const out: SetItem[] = [];
  for (const it of items) {
    const k = setItemKey(it);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(it);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The parser proper

function parseSub(source: Tokenizer, state: ParseState, verbose: boolean, nested: number): SubPattern {
  hooks.enter();
  try {
    return parseSubFrame(source, state, verbose, nested);
  } finally {
    hooks.leave();
  }
}

function parseSubFrame(source: Tokenizer, state: ParseState, verbose: boolean, nested: number): SubPattern {
  const items: SubPattern[] = [];
  for (;;) {
    items.push(parse(source, state, verbose, nested + 1, nested === 0 && items.length === 0));
    if (!source.match("|")) break;
    if (nested === 0) verbose = (state.flags & Flag.VERBOSE) !== 0;
  }

  if (items.length === 1) return items[0]!;

  const subpattern = new SubPattern(state);

  // check if all items share a common prefix
  for (;;) {
    let prefix: Item | null = null;
    let common = true;
    for (const item of items) {
      if (item.length === 0) {
        common = false;
        break;
      }
      if (prefix === null) prefix = item.data[0]!;
      else if (!valueEquals(item.data[0], prefix)) {
        common = false;
        break;
      }
    }
    if (!common) break;
    // all subitems start with a common "prefix": move it out of the branch
    for (const item of items) item.data.splice(0, 1);
    subpattern.append(prefix!);
  }

  // check if the branch can be replaced by a character set
  const set: SetItem[] = [];
  let allSet = true;
  for (const item of items) {
    if (item.length !== 1) {
      allSet = false;
      break;
    }
    const it = item.data[0]!;
    if (it[0] === Op.LITERAL) set.push([Op.LITERAL, it[1]]);
    else if (it[0] === Op.IN && it[1][0]![0] !== Op.NEGATE) set.push(...it[1]);
    else {
      allSet = false;
      break;
    }
  }
  if (allSet) {
    subpattern.append([Op.IN, uniq(set)]);
    return subpattern;
  }

  subpattern.append([Op.BRANCH, [null, items]]);
  return subpattern;
}

function parseFlags(source: Tokenizer, state: ParseState, char: string): [number, number] | null {
  let addFlags = 0;
  let delFlags = 0;
  let c: string | null = char;
  if (c !== "-") {
    for (;;) {
      const flag = FLAGS[c!]!;
      if (source.istext) {
        if (c === "L") throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (c === "u") {
        throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      }
      addFlags |= flag;
      if (flag & TYPE_FLAGS && (addFlags & TYPE_FLAGS) !== flag) {
        throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      }
      c = source.get();
      if (c === null) throw source.error("missing -, : or )");
      if (c === ")" || c === "-" || c === ":") break;
      if (FLAGS[c] === undefined) {
        throw source.error(isAlphaToken(c) ? "unknown flag" : "missing -, : or )", cpLen(c));
      }
    }
  }
  if (c === ")") {
    state.flags |= addFlags;
    return null;
  }
  if (addFlags & GLOBAL_FLAGS) throw source.error("bad inline flags: cannot turn on global flag", 1);
  if (c === "-") {
    c = source.get();
    if (c === null) throw source.error("missing flag");
    if (FLAGS[c] === undefined) {
      throw source.error(isAlphaToken(c) ? "unknown flag" : "missing flag", cpLen(c));
    }
    for (;;) {
      const flag = FLAGS[c!]!;
      if (flag & TYPE_FLAGS) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      delFlags |= flag;
      c = source.get();
      if (c === null) throw source.error("missing :");
      if (c === ":") break;
      if (FLAGS[c] === undefined) {
        throw source.error(isAlphaToken(c) ? "unknown flag" : "missing :", cpLen(c));
      }
    }
  }
  if (delFlags & GLOBAL_FLAGS) throw source.error("bad inline flags: cannot turn off global flag", 1);
  if (addFlags & delFlags) throw source.error("bad inline flags: flag turned on and off", 1);
  return [addFlags, delFlags];
}

const FLAGS: Record<string, number> = {
  i: Flag.IGNORECASE,
  L: Flag.LOCALE,
  m: Flag.MULTILINE,
  s: Flag.DOTALL,
  x: Flag.VERBOSE,
  a: Flag.ASCII,
  t: Flag.TEMPLATE,
  u: Flag.UNICODE,
};

/** str.isalpha() of a token (one character, or an escape such as "\\q", which is not alpha). */
function isAlphaToken(c: string): boolean {
  return cpLen(c) === 1 && isAlpha(cp(c));
}

function parse(
  source: Tokenizer,
  state: ParseState,
  verbose: boolean,
  nested: number,
  first = false,
): SubPattern {
  hooks.enter();
  try {
    return parseFrame(source, state, verbose, nested, first);
  } finally {
    hooks.leave();
  }
}

function parseFrame(
  source: Tokenizer,
  state: ParseState,
  verbose: boolean,
  nested: number,
  first = false,
): SubPattern {
  const subpattern = new SubPattern(state);
  const data = subpattern.data;

  for (;;) {
    let thisTok = source.next;
    if (thisTok === null) break;
    if (thisTok === "|" || thisTok === ")") break;
    source.get();

    if (verbose) {
      // skip whitespace and comments
      if (inSet(thisTok, WHITESPACE)) continue;
      if (thisTok === "#") {
        for (;;) {
          const t = source.get();
          if (t === null || t === "\n") break;
        }
        continue;
      }
    }

    if (thisTok[0] === "\\") {
      data.push(escapeItem(source, thisTok, state));
    } else if (!inSet(thisTok, SPECIAL_CHARS)) {
      data.push([Op.LITERAL, cp(thisTok)]);
    } else if (thisTok === "[") {
      const here = source.tell() - 1;
      let set: SetItem[] = [];
      if (source.next === "[") {
        state.warnings.push({
          category: "FutureWarning",
          msg: `Possible nested set at position ${source.tell()}`,
        });
      }
      const negate = source.match("^");
      for (;;) {
        thisTok = source.get();
        if (thisTok === null) throw source.error("unterminated character set", source.tell() - here);
        if (thisTok === "]" && set.length > 0) break;
        let code1: SetItem | Item;
        if (thisTok[0] === "\\") {
          code1 = classEscape(source, thisTok);
        } else {
          if (set.length > 0 && inSet(thisTok, "-&~|") && source.next === thisTok) {
            const what =
              thisTok === "-"
                ? "difference"
                : thisTok === "&"
                  ? "intersection"
                  : thisTok === "~"
                    ? "symmetric difference"
                    : "union";
            state.warnings.push({
              category: "FutureWarning",
              msg: `Possible set ${what} at position ${source.tell() - 1}`,
            });
          }
          code1 = [Op.LITERAL, cp(thisTok)];
        }
        if (source.match("-")) {
          // potential range
          const that = source.get();
          if (that === null) throw source.error("unterminated character set", source.tell() - here);
          if (that === "]") {
            if (code1[0] === Op.IN) code1 = (code1[1] as SetItem[])[0]!;
            set.push(code1 as SetItem);
            set.push([Op.LITERAL, 45]);
            break;
          }
          let code2: SetItem | Item;
          if (that[0] === "\\") {
            code2 = classEscape(source, that);
          } else {
            if (that === "-") {
              state.warnings.push({
                category: "FutureWarning",
                msg: `Possible set difference at position ${source.tell() - 2}`,
              });
            }
            code2 = [Op.LITERAL, cp(that)];
          }
          if (code1[0] !== Op.LITERAL || code2[0] !== Op.LITERAL) {
            throw source.error(`bad character range ${thisTok}-${that}`, cpLen(thisTok) + 1 + cpLen(that));
          }
          const lo = code1[1] as number;
          const hi = code2[1] as number;
          if (hi < lo) {
            throw source.error(`bad character range ${thisTok}-${that}`, cpLen(thisTok) + 1 + cpLen(that));
          }
          set.push([Op.RANGE, [lo, hi]]);
        } else {
          if (code1[0] === Op.IN) code1 = (code1[1] as SetItem[])[0]!;
          set.push(code1 as SetItem);
        }
      }
      set = uniq(set);
      if (set.length === 1 && set[0]![0] === Op.LITERAL) {
        if (negate) data.push([Op.NOT_LITERAL, set[0]![1] as number]);
        else data.push([Op.LITERAL, set[0]![1] as number]);
      } else {
        if (negate) set.unshift([Op.NEGATE, null]);
        data.push([Op.IN, set]);
      }
    } else if (inSet(thisTok, REPEAT_CHARS)) {
      // repeat previous item
      const here = source.tell();
      let min: number;
      let max: number;
      if (thisTok === "?") {
        min = 0;
        max = 1;
      } else if (thisTok === "*") {
        min = 0;
        max = MAXREPEAT;
      } else if (thisTok === "+") {
        min = 1;
        max = MAXREPEAT;
      } else {
        // "{"
        if (source.next === "}") {
          data.push([Op.LITERAL, cp(thisTok)]);
          continue;
        }
        min = 0;
        max = MAXREPEAT;
        let lo = "";
        let hi = "";
        while (inSet(source.next, DIGITS)) lo += source.get()!;
        if (source.match(",")) {
          while (inSet(source.next, DIGITS)) hi += source.get()!;
        } else {
          hi = lo;
        }
        if (!source.match("}")) {
          data.push([Op.LITERAL, cp(thisTok)]);
          source.seek(here);
          continue;
        }
        if (lo !== "") {
          min = Number(lo);
          if (min >= MAXREPEAT)
            throw new RegexOtherError("OverflowError", "the repetition number is too large");
        }
        if (hi !== "") {
          max = Number(hi);
          if (max >= MAXREPEAT)
            throw new RegexOtherError("OverflowError", "the repetition number is too large");
          if (max < min) throw source.error("min repeat greater than max repeat", source.tell() - here);
        }
      }
      // figure out which item to repeat
      const last = data.length > 0 ? data[data.length - 1]! : null;
      if (last === null || last[0] === Op.AT) {
        throw source.error("nothing to repeat", source.tell() - here + cpLen(thisTok));
      }
      if (REPEAT_OPS.has(last[0])) {
        throw source.error("multiple repeat", source.tell() - here + cpLen(thisTok));
      }
      let item: SubPattern = new SubPattern(state, [last]);
      if (last[0] === Op.SUBPATTERN) {
        const [group, addFlags, delFlags, p] = last[1];
        if (group === null && !addFlags && !delFlags) item = p;
      }
      let op: Op.MIN_REPEAT | Op.POSSESSIVE_REPEAT | Op.MAX_REPEAT;
      if (source.match("?")) op = Op.MIN_REPEAT;
      else if (source.match("+")) op = Op.POSSESSIVE_REPEAT;
      else op = Op.MAX_REPEAT;
      data[data.length - 1] = [op, [min, max, item]];
    } else if (thisTok === ".") {
      data.push([Op.ANY, null]);
    } else if (thisTok === "(") {
      const start = source.tell() - 1;
      let capture = true;
      let atomic = false;
      let name: string | null = null;
      let addFlags = 0;
      let delFlags = 0;
      if (source.match("?")) {
        // options
        let char = source.get();
        if (char === null) throw source.error("unexpected end of pattern");
        if (char === "P") {
          // python extensions
          if (source.match("<")) {
            // named group: skip forward to end of name
            name = source.getuntil(">", "group name");
            source.checkgroupname(name, 1, state.warnings);
          } else if (source.match("=")) {
            // named backreference
            const ref = source.getuntil(")", "group name");
            source.checkgroupname(ref, 1, state.warnings);
            const gid = state.groupdict.get(ref);
            if (gid === undefined) throw source.error(`unknown group name ${reprStr(ref)}`, cpLen(ref) + 1);
            if (!state.checkgroup(gid)) throw source.error("cannot refer to an open group", cpLen(ref) + 1);
            state.checklookbehindgroup(gid, source);
            data.push([Op.GROUPREF, gid]);
            continue;
          } else {
            char = source.get();
            if (char === null) throw source.error("unexpected end of pattern");
            throw source.error("unknown extension ?P" + char, cpLen(char) + 2);
          }
        } else if (char === ":") {
          // non-capturing group
          capture = false;
        } else if (char === "#") {
          // comment
          for (;;) {
            if (source.next === null) {
              throw source.error("missing ), unterminated comment", source.tell() - start);
            }
            if (source.get() === ")") break;
          }
          continue;
        } else if (char === "=" || char === "!" || char === "<") {
          // lookahead assertions
          let dir = 1;
          let lookbehindgroups: number | null = null;
          if (char === "<") {
            char = source.get();
            if (char === null) throw source.error("unexpected end of pattern");
            if (char !== "=" && char !== "!")
              throw source.error("unknown extension ?<" + char, cpLen(char) + 2);
            dir = -1; // lookbehind
            lookbehindgroups = state.lookbehindgroups;
            if (lookbehindgroups === null) state.lookbehindgroups = state.groups;
          }
          const p = parseSub(source, state, verbose, nested + 1);
          if (dir < 0) {
            if (lookbehindgroups === null) state.lookbehindgroups = null;
          }
          if (!source.match(")"))
            throw source.error("missing ), unterminated subpattern", source.tell() - start);
          if (char === "=") data.push([Op.ASSERT, [dir, p]]);
          else data.push([Op.ASSERT_NOT, [dir, p]]);
          continue;
        } else if (char === "(") {
          // conditional backreference group
          const condname = source.getuntil(")", "group name");
          let condgroup: number;
          if (strIsIdentifier(condname)) {
            source.checkgroupname(condname, 1, state.warnings);
            const g = state.groupdict.get(condname);
            if (g === undefined) {
              throw source.error(`unknown group name ${reprStr(condname)}`, cpLen(condname) + 1);
            }
            condgroup = g;
          } else {
            const v = hooks.parseInt(condname);
            if (v === null || v < 0) {
              throw source.error(`bad character in group name ${reprStr(condname)}`, cpLen(condname) + 1);
            }
            if (v === 0 || v === 0n) throw source.error("bad group number", cpLen(condname) + 1);
            if (v >= MAXGROUPS) throw source.error(`invalid group reference ${v}`, cpLen(condname) + 1);
            condgroup = Number(v);
            if (!state.grouprefpos.has(condgroup)) {
              state.grouprefpos.set(condgroup, source.tell() - cpLen(condname) - 1);
            }
            if (!(isDecimalAscii(condname) && isAsciiString(condname))) {
              state.warnings.push({
                category: "DeprecationWarning",
                msg: `bad character in group name ${source.istext ? reprStr(condname) : asciiRepr(condname)} at position ${source.tell() - cpLen(condname) - 1}`,
              });
            }
          }
          state.checklookbehindgroup(condgroup, source);
          const itemYes = parse(source, state, verbose, nested + 1);
          let itemNo: SubPattern | null = null;
          if (source.match("|")) {
            itemNo = parse(source, state, verbose, nested + 1);
            if (source.next === "|") throw source.error("conditional backref with more than two branches");
          }
          if (!source.match(")"))
            throw source.error("missing ), unterminated subpattern", source.tell() - start);
          data.push([Op.GROUPREF_EXISTS, [condgroup, itemYes, itemNo]]);
          continue;
        } else if (char === ">") {
          // non-capturing, atomic group
          capture = false;
          atomic = true;
        } else if (FLAGS[char] !== undefined || char === "-") {
          // flags
          const flags = parseFlags(source, state, char);
          if (flags === null) {
            // global flags
            if (!first || data.length > 0) {
              throw source.error("global flags not at the start of the expression", source.tell() - start);
            }
            verbose = (state.flags & Flag.VERBOSE) !== 0;
            continue;
          }
          [addFlags, delFlags] = flags;
          capture = false;
        } else {
          throw source.error("unknown extension ?" + char, cpLen(char) + 1);
        }
      }

      // parse group contents
      let group: number | null = null;
      if (capture) {
        try {
          group = state.opengroup(name);
        } catch (e) {
          if (e instanceof RegexError) throw source.error(e.msg, cpLen(name ?? "") + 1);
          throw e;
        }
      }
      const subVerbose = (verbose || (addFlags & Flag.VERBOSE) !== 0) && !(delFlags & Flag.VERBOSE);
      const p = parseSub(source, state, subVerbose, nested + 1);
      if (!source.match(")")) throw source.error("missing ), unterminated subpattern", source.tell() - start);
      if (group !== null) state.closegroup(group, p);
      if (atomic) data.push([Op.ATOMIC_GROUP, p]);
      else data.push([Op.SUBPATTERN, [group, addFlags, delFlags, p]]);
    } else if (thisTok === "^") {
      data.push([Op.AT, At.BEGINNING]);
    } else if (thisTok === "$") {
      data.push([Op.AT, At.END]);
    } else {
      throw new Error(`unsupported special character ${thisTok}`);
    }
  }

  // unpack non-capturing groups
  hooks.probe(1);
  for (let i = data.length - 1; i >= 0; i--) {
    const item = data[i]!;
    if (item[0] === Op.SUBPATTERN) {
      const [group, addFlags, delFlags, p] = item[1];
      if (group === null && !addFlags && !delFlags) data.splice(i, 1, ...p.data);
    }
  }
  return subpattern;
}

function isDecimalAscii(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Checks and completes the flags for the type of pattern (CPython's fix_flags). */
export function fixFlags(istext: boolean, flags: number): number {
  if (istext) {
    if (flags & Flag.LOCALE)
      throw new RegexOtherError("ValueError", "cannot use LOCALE flag with a str pattern");
    if (!(flags & Flag.ASCII)) flags |= Flag.UNICODE;
    else if (flags & Flag.UNICODE)
      throw new RegexOtherError("ValueError", "ASCII and UNICODE flags are incompatible");
  } else {
    if (flags & Flag.UNICODE)
      throw new RegexOtherError("ValueError", "cannot use UNICODE flag with a bytes pattern");
    if (flags & Flag.LOCALE && flags & Flag.ASCII) {
      throw new RegexOtherError("ValueError", "ASCII and LOCALE flags are incompatible");
    }
  }
  return flags;
}

/** Parses a pattern (CPython's _parser.parse). */
export function parsePattern(src: Source, flags: number, state: ParseState = new ParseState()): SubPattern {
  // CPython runs _compiler.compile (whose level the call of the builtin _sre.compile takes here)
  // and then _parser.parse: one more Python frame.
  hooks.enter();
  try {
    return parsePatternFrame(src, flags, state);
  } finally {
    hooks.leave();
  }
}

function parsePatternFrame(src: Source, flags: number, state: ParseState): SubPattern {
  const source = new Tokenizer(src);
  state.flags = flags;
  const p = parseSub(source, state, (flags & Flag.VERBOSE) !== 0, 0);
  p.state.flags = fixFlags(src.istext, p.state.flags);
  if (source.next !== null) throw source.error("unbalanced parenthesis");
  for (const [g, pos] of p.state.grouprefpos) {
    if (g >= p.state.groups) throw new RegexError(`invalid group reference ${g}`, src, pos);
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// Replacement templates (parse_template)

/** A parsed replacement: literal chunks and group numbers, alternating. */
export interface Template {
  /** Literal pieces; null where a group goes. */
  literals: (string | null)[];
  /** (index into literals, group number). */
  groups: [number, number][];
}

export function parseTemplate(
  src: Source,
  groups: number,
  groupindex: Map<string, number>,
  warnings: RegexWarning[],
): Template {
  const s = new Tokenizer(src);
  const groupsOut: [number, number][] = [];
  const literals: (string | null)[] = [];
  let literal: string[] = [];
  const addgroup = (index: number, pos: number): void => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, pos);
    if (literal.length > 0) {
      literals.push(literal.join(""));
      literal = [];
    }
    groupsOut.push([literals.length, index]);
    literals.push(null);
  };
  for (;;) {
    let thisTok = s.get();
    if (thisTok === null) break;
    if (thisTok[0] === "\\") {
      const c = thisTok.slice(1);
      if (c === "g") {
        if (!s.match("<")) throw s.error("missing <");
        const name = s.getuntil(">", "group name");
        let index: number;
        if (strIsIdentifier(name)) {
          s.checkgroupname(name, 1, warnings);
          const g = groupindex.get(name);
          if (g === undefined) throw new RegexOtherError("IndexError", `unknown group name ${reprStr(name)}`);
          index = g;
        } else {
          const v = hooks.parseInt(name);
          if (v === null || v < 0)
            throw s.error(`bad character in group name ${reprStr(name)}`, cpLen(name) + 1);
          if (v >= MAXGROUPS) throw s.error(`invalid group reference ${v}`, cpLen(name) + 1);
          index = Number(v);
          if (!(isDecimalAscii(name) && isAsciiString(name))) {
            warnings.push({
              category: "DeprecationWarning",
              msg: `bad character in group name ${s.istext ? reprStr(name) : asciiRepr(name)} at position ${s.tell() - cpLen(name) - 1}`,
            });
          }
        }
        addgroup(index, cpLen(name) + 1);
      } else if (c === "0") {
        if (inSet(s.next, OCTDIGITS)) {
          thisTok += s.get()!;
          if (inSet(s.next, OCTDIGITS)) thisTok += s.get()!;
        }
        literal.push(String.fromCharCode(parseInt(thisTok.slice(1), 8) & 0xff));
      } else if (inSet(c, DIGITS)) {
        let isoctal = false;
        if (inSet(s.next, DIGITS)) {
          thisTok += s.get()!;
          if (inSet(c, OCTDIGITS) && inSet(thisTok[2]!, OCTDIGITS) && inSet(s.next, OCTDIGITS)) {
            thisTok += s.get()!;
            isoctal = true;
            const v = parseInt(thisTok.slice(1), 8);
            if (v > 0o377) {
              throw s.error(`octal escape value ${thisTok} outside of range 0-0o377`, thisTok.length);
            }
            literal.push(String.fromCharCode(v));
          }
        }
        if (!isoctal) addgroup(parseInt(thisTok.slice(1), 10), thisTok.length - 1);
      } else {
        const e = ESCAPES[thisTok];
        if (e !== undefined) {
          literal.push(String.fromCharCode(e));
        } else {
          if (isAsciiLetter(c)) throw s.error(`bad escape ${thisTok}`, cpLen(thisTok));
          literal.push(thisTok);
        }
      }
    } else {
      literal.push(thisTok);
    }
  }
  if (literal.length > 0) literals.push(literal.join(""));
  return { literals, groups: groupsOut };
}

// ---------------------------------------------------------------------------------------------
// re.DEBUG: SubPattern.dump

const NAMED_ARG_OPS = new Set<number>([Op.AT]);

function opName(op: number): string {
  return OPCODE_NAMES[op]!;
}

/** repr() of a tree value as CPython prints it (named constants print their names). */
function reprValue(v: unknown): string {
  if (v === null) return "None";
  if (v instanceof SubPattern) return reprList(v.data);
  if (Array.isArray(v)) return `[${v.map((x) => reprValue(x)).join(", ")}]`;
  return String(v);
}

function reprItem(item: Item | SetItem): string {
  const [op, av] = item;
  return `(${opName(op)}, ${reprArg(op, av)})`;
}

function reprList(items: (Item | SetItem)[]): string {
  return `[${items.map(reprItem).join(", ")}]`;
}

/** repr of an item's argument, knowing which positions hold named constants. */
function reprArg(op: number, av: unknown): string {
  switch (op) {
    case Op.AT:
      return AT_NAME(av as number);
    case Op.CATEGORY:
      return CH_NAME(av as number);
    case Op.IN:
      return reprList(av as SetItem[]);
    case Op.RANGE:
    case Op.RANGE_UNI_IGNORE: {
      const [a, b] = av as [number, number];
      return `(${a}, ${b})`;
    }
    case Op.MAX_REPEAT:
    case Op.MIN_REPEAT:
    case Op.POSSESSIVE_REPEAT: {
      const [mn, mx, p] = av as [number, number, SubPattern];
      return `(${mn}, ${mx === MAXREPEAT ? "MAXREPEAT" : mx}, ${reprList(p.data)})`;
    }
    case Op.SUBPATTERN: {
      const [g, a, d, p] = av as [number | null, number, number, SubPattern];
      return `(${g === null ? "None" : g}, ${a}, ${d}, ${reprList(p.data)})`;
    }
    case Op.BRANCH: {
      const [, items] = av as [null, SubPattern[]];
      return `(None, [${items.map((p) => reprList(p.data)).join(", ")}])`;
    }
    case Op.ASSERT:
    case Op.ASSERT_NOT: {
      const [dir, p] = av as [number, SubPattern];
      return `(${dir}, ${reprList(p.data)})`;
    }
    case Op.GROUPREF_EXISTS: {
      const [g, y, n] = av as [number, SubPattern, SubPattern | null];
      return `(${g}, ${reprList(y.data)}, ${n === null ? "None" : reprList(n.data)})`;
    }
    case Op.ATOMIC_GROUP:
      return reprList((av as SubPattern).data);
  }
  return reprValue(av);
}

function AT_NAME(v: number): string {
  return AT_NAMES[v] ?? String(v);
}

function CH_NAME(v: number): string {
  return CH_NAMES[v] ?? String(v);
}

/** The text SubPattern.dump() prints. */
export function dumpPattern(p: SubPattern, level = 0): string {
  let out = "";
  const ind = (n: number): string => "  ".repeat(n);
  for (const item of p.data) {
    const op = item[0];
    const av = item[1];
    out += ind(level) + opName(op);
    if (op === Op.IN) {
      out += "\n";
      for (const s of av as SetItem[]) out += `${ind(level + 1)}${opName(s[0])} ${reprArg(s[0], s[1])}\n`;
    } else if (op === Op.BRANCH) {
      out += "\n";
      const items = (av as [null, SubPattern[]])[1];
      items.forEach((a, i) => {
        if (i) out += ind(level) + "OR\n";
        out += dumpPattern(a, level + 1);
      });
    } else if (op === Op.GROUPREF_EXISTS) {
      const [condgroup, yes, no] = av as [number, SubPattern, SubPattern | null];
      out += ` ${condgroup}\n`;
      out += dumpPattern(yes, level + 1);
      if (no !== null && no.length > 0) {
        out += ind(level) + "ELSE\n";
        out += dumpPattern(no, level + 1);
      }
    } else if (av instanceof SubPattern) {
      out += "\n";
      out += dumpPattern(av, level + 1);
    } else if (Array.isArray(av)) {
      let nl = false;
      const parts = av as unknown[];
      for (let k = 0; k < parts.length; k++) {
        const a = parts[k];
        if (a instanceof SubPattern) {
          if (!nl) out += "\n";
          out += dumpPattern(a, level + 1);
          nl = true;
        } else {
          if (!nl) out += " ";
          const isMax = REPEAT_OPS.has(op) && k === 1 && a === MAXREPEAT;
          out += isMax ? "MAXREPEAT" : reprValue(a);
          nl = false;
        }
      }
      if (!nl) out += "\n";
    } else if (NAMED_ARG_OPS.has(op)) {
      out += ` ${AT_NAME(av as number)}\n`;
    } else {
      out += ` ${reprValue(av)}\n`;
    }
  }
  return out;
}
