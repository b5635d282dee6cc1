/**
 * Differential table test of the re module: thousands of (pattern, flags, subject) cases — the
 * patterns of python3's own Lib/test/re_tests.py, a hand-written list of edge cases and a
 * seeded random generator of patterns over every syntax family — run through python3 and
 * through heapstack by the same script (re_oracle.py). For each case the compile error or the
 * spans and groups of search/match/fullmatch, findall, split, sub, subn and finditer must agree.
 *
 *   node scripts/run-tests.mjs src/modules/re/re.test.ts
 *   RE_CASES=200 node scripts/run-tests.mjs src/modules/re/re.test.ts   # fewer random cases
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..", "..", "..");
const ORACLE = join(HERE, "re_oracle.py");
const CLI = join(ROOT, "bin", "heapstack.js");

type Case = [string, number, string, boolean];

const I = 2;
const L = 4;
const M = 8;
const S = 16;
const U = 32;
const X = 64;
const A = 256;

// ---------------------------------------------------------------------------------------------
// Hand-written cases: each syntax family and the corners CPython is known for.

const CURATED: Case[] = [];
function add(p: string, f: number, ...subjects: string[]): void {
  for (const s of subjects) CURATED.push([p, f, s, false]);
}
function addb(p: string, f: number, ...subjects: string[]): void {
  for (const s of subjects) CURATED.push([p, f, s, true]);
}

// literals, classes, escapes
add("abc", 0, "abc", "xabcx", "ab", "");
add("a.c", 0, "abc", "a\nc");
add("a.c", S, "a\nc");
add("[a-c]+", 0, "xxabcabdd");
add("[^a-c]+", 0, "abcxyzabc");
add("[]a]", 0, "]", "a");
add("[]]", 0, "]");
add("[a-]", 0, "-", "a");
add("[-a]", 0, "-");
add("[\\d\\s]+", 0, "12 3x");
add("[\\w-]+", 0, "ab-c d");
add("\\x41\\u0042\\U00000043\\101\\0\\07", 0, "ABCA\x00\x07");
add("[\\x00-\\x7f]+", 0, "abc\xe9");
add("\\d+", 0, "x١٢٣4");
add("\\d+", A, "x١٢٣4");
add("\\w+", 0, "héllo wörld_1");
add("\\w+", A, "héllo wörld_1");
add("\\s+", 0, "a \t\n\x0b\x0c\r\x1c\x1d\x85\u2028b");
add("\\s+", A, "a \t\n\x0b\x0c\r\x1c\x1d\x85\u2028b");
add("\\S+\\W\\D", 0, "ab!x");
add("\\bfoo\\b", 0, "foo", "afoo", "a foo.", "foó");
add("\\Bo\\B", 0, "foo", "o");
add("\\b", 0, "", "a");
add("\\B", 0, "", "a");
add("^abc$", M, "x\nabc\ny");
add("^$", M, "a\n\nb", "\n");
add("$", 0, "a\n", "a\nb");
add("a$", 0, "a\n", "a\n\n");
add("a\\Z", 0, "a\n", "a");
add("\\Aa", M, "b\na", "a");
add("x*", 0, "axxb");
add("(?x) a  b # comment\n c", 0, "abc");
add("(?x)[ ]a\\ b", 0, " a b");
add("(?x)a#b\n|c", 0, "c", "a");
add("a(?#comment)b", 0, "ab");
// quantifiers
add("a{2}", 0, "aaa");
add("a{2,}", 0, "aaaa");
add("a{,2}", 0, "aaaa");
add("a{2,3}?", 0, "aaaa");
add("a{,}", 0, "aaa");
add("a{", 0, "a{");
add("a{1", 0, "a{1");
add("a{1,", 0, "a{1,");
add("a{}", 0, "a{}");
add("a{x}", 0, "a{x}");
add("{", 0, "{");
add("a{3,2}", 0, "a");
add("x{4294967295}", 0, "x");
add("x{4294967294}", 0, "x");
add("a*?b", 0, "aaab");
add("a+?", 0, "aaa");
add("a??b", 0, "ab");
add("a*+a", 0, "aaa");
add("a++b", 0, "aab");
add("a?+a", 0, "a");
add("a{1,3}+a", 0, "aaaa");
add("(?:ab)*+ab", 0, "ababab");
add("(ab|a)*+b", 0, "abab");
add("(a|ab)*c", 0, "ababc");
add("(a*)*", 0, "b");
add("(a*)+", 0, "b");
add("(a|b)*?c", 0, "abac");
add("(a*)*b", 0, "aaab", "aaa");
add("(?:a|(b))*", 0, "ab", "ba");
add("(a)|b", 0, "b");
add("(a)*", 0, "aaa", "");
add("(a|b)*", 0, "abba");
add("((a)|b)+", 0, "ab", "ba");
add("(a+|b+)*c", 0, "aabbc");
add("(x?)*y", 0, "xxy");
add("(x?)*?y", 0, "xxy");
add("(?:x?)*", 0, "xx");
add("()*", 0, "a");
add("(|a)*", 0, "aa");
add("(a|)*b", 0, "aab");
add("(a?){2,}b", 0, "ab");
add("(a{2})*", 0, "aaaaa");
add("(?:(a)|(b)|(c))+", 0, "abc", "cba");
add("(a)(?:(b)|c)*", 0, "abcb");
// groups and references
add("(a)(b)(c)", 0, "abc");
add("(?P<first>\\w)(?P<second>\\w)?", 0, "a", "ab");
add("(?P<x>a)(?P=x)", 0, "aa", "ab");
add("(a)\\1", 0, "aa", "ab");
add("(a)\\1", I, "aA");
add("(a*)\\1", 0, "aaaa");
add("(a)|\\1", 0, "x");
add("(?:(a)|b)\\1", 0, "ba", "aa");
add("(\\w+)\\s+\\1", 0, "hello hello world");
add("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11", 0, "abcdefghijkk");
add("(a)\\10", 0, "a\x08");
add("\\1(a)", 0, "aa");
add("(a\\1)", 0, "aa");
add("(?P<a>x)(?P=b)", 0, "x");
add("(?P<a>x)(?P<a>y)", 0, "xy");
add("(?P<1>x)", 0, "x");
add("(?P<a-b>x)", 0, "x");
add("(?P<>x)", 0, "x");
add("(?P<a", 0, "x");
add("(?Px)", 0, "x");
add("(?P=)", 0, "x");
add("(?P=a", 0, "x");
// lookarounds
add("a(?=b)", 0, "ab", "ac");
add("a(?!b)", 0, "ab", "ac");
add("(?<=a)b", 0, "ab", "cb");
add("(?<!a)b", 0, "ab", "cb");
add("(?<=ab|cd)e", 0, "abe", "cde", "xe");
add("(?<=a|bc)d", 0, "ad");
add("(?<=a+)b", 0, "ab");
add("(?<=(a))b", 0, "ab");
add("(?<=\\b)x", 0, "x");
add("(?=(a+))a*b\\1", 0, "baaabac");
add("(?=(\\w+))\\1:", 0, "abc:");
add("(?!(a)b)\\w", 0, "ac");
add("(a)(?<=\\1)", 0, "a");
add("(?<=(?P<x>a))(?P=x)", 0, "aa");
add("(?<!(a))b\\1", 0, "b");
add("x(?=)", 0, "x");
add("(?=a|b)\\w", 0, "b");
// conditionals
add("(a)?(?(1)b|c)", 0, "ab", "c", "ac");
add('(?P<q>")?\\w+(?(q)")', 0, '"abc"', "abc", '"abc');
add("(a)?(?(1)b)", 0, "a", "ab", "");
add("(?(1)a|b)", 0, "b");
add("(a)(?(2)b|c)", 0, "ac");
add("(a)(?(1)b|c|d)", 0, "ab");
add("(?(a)x)", 0, "x");
add("(?(0)x)", 0, "x");
add("(?(-1)x)", 0, "x");
add("(?(1a)x)", 0, "x");
add("(?(1)", 0, "x");
add("(a)(?(1)|b)", 0, "a");
// atomic groups
add("(?>a+)b", 0, "aaab");
add("(?>a+)a", 0, "aaa");
add("(?>(a+))(b)", 0, "aab");
add("(?>a|ab)c", 0, "abc", "ac");
add("(?>x*)*y", 0, "xxy");
// inline flags
add("(?i)abc", 0, "ABC");
add("(?i:a)b", 0, "Ab", "AB");
add("a(?i:b)c", 0, "aBc", "aBC");
add("(?i)a(?-i:b)c", 0, "AbC", "ABC");
add("(?s).", 0, "\n");
add("(?s:.)(.)", 0, "\n\n", "\na");
add("(?m)^b", 0, "a\nb");
add("(?x: a b )c", 0, "abc");
add("(?a)\\w+", 0, "héllo");
add("(?u)\\w+", 0, "héllo");
add("(?L)a", 0, "a");
add("(?au)a", 0, "a");
add("(?-a:a)", 0, "a");
add("(?i-i:a)", 0, "a");
add("a(?i)", 0, "a");
add("(?i", 0, "a");
add("(?i-", 0, "a");
add("(?i-:a)", 0, "a");
add("(?z)", 0, "a");
add("(?-)", 0, "a");
add("(?i)(?m)a", 0, "A");
add("(?x)(?i)a", 0, "A");
add("(?i-x:a)", X, "A");
add("(?-x: a )", X, " a ");
add("(?x)a|(?i)b", 0, "B");
add("(?t)a", 0, "a");
add("(?t:a)", 0, "a");
add("(?-t:a)", 0, "a");
// case-insensitive matching and Unicode case folding
add("[a-z]+", I, "ABCxyz");
add("K", I, "k", "\u212a");
add("k", I, "K", "\u212a");
add("\u212a", I, "k", "K");
add("[k]", I, "\u212a");
add("[\u212a]", I, "k");
add("s", I, "\u017f", "S");
add("\u017f", I, "s");
add("[s-t]", I, "\u017f", "S");
add("i", I, "\u0130", "\u0131", "I");
add("\u0130", I, "i", "I");
add("\u0131", I, "i", "I");
add("\u03c3", I, "\u03a3", "\u03c2");
add("\u03a3+", I, "\u03c3\u03c2\u03a3");
add("\u00df", I, "SS", "\u1e9e");
add("\u1e9e", I, "\u00df");
add("[\u00e0-\u00ff]+", I, "\u00c0\u00dd\u00de");
add("\u00b5", I, "\u03bc", "\u039c");
add("\u1f88", I, "\u1f80");
add("(?i)\u00ff", 0, "\u0178");
add("[^a]", I, "A", "b");
add("[^k]", I, "\u212a");
add("(?i)[\\w]", 0, "\u212a");
add("(?i)\\w", A, "\u212a");
add("K", I | A, "\u212a", "k");
add("[a-z]", I | A, "\u212a");
add("(a)\\1", I, "A\u0061");
add("(\u00df)\\1", I, "\u00df\u1e9e");
add("(k)\\1", I, "k\u212a");
add("(?i)U00010400", 0, "U00010428");
add("(?i)[U00010400-U00010410]", 0, "U00010428");
add("(?i)[U00010400x]", 0, "U00010400", "U00010428");
add("[U00010000-U0010ffff]", 0, "U0001f600");
add("[^U0001f600]", 0, "U0001f600", "a");
add(".U0001f600.", 0, "aU0001f600b");
add("U0001f600+", 0, "U0001f600U0001f600x");
add("[\u0100-\u017f]+", 0, "ĀāĂ", "abc");
add("[\u0100-\u0110\u0200]+", 0, "Āą", "ȀĐ");
add("[a\u0100-\u0110b]+", I, "ĀāAB");
add("[\\w\u4e00-\u9fff]+", 0, "中文abc");
add("[^\\W\\d]+", 0, "ab12cd");
add("[\\D\\S]", 0, "1");
add("[^\\D]", 0, "1");
// alternation and branch-to-set conversions
add("a|b|c", 0, "c");
add("ab|ac|ad", 0, "ad");
add("a|ab", 0, "ab");
add("ab|a", 0, "ab");
add("|a", 0, "a");
add("a|", 0, "b");
add("(a|b|[cd]|\\d)+", 0, "ab5dc");
add("(?:a|b|[^c])", 0, "c");
add("x(?:a|b)|x(?:c|d)", 0, "xd");
add("(?:ab|ab)c", 0, "abc");
// errors
for (const p of [
  "(",
  ")",
  "a)",
  "[",
  "[a",
  "[a-",
  "[z-a]",
  "[\\w-a]",
  "[a-\\w]",
  "*",
  "+a",
  "a**",
  "a*{2}",
  "^*",
  "\\q",
  "\\",
  "a\\",
  "[\\q]",
  "\\x4",
  "\\x4g",
  "\\u12",
  "\\U1234",
  "\\U00110000",
  "\\N",
  "\\N{",
  "\\N{}",
  "\\400",
  "[\\400]",
  "\\777",
  "\\8",
  "[\\8]",
  "\\9",
  "(?",
  "(?<",
  "(?<a>x)",
  "(?<=x*)y",
  "(?<!x|yy)z",
  "(?<=x{1,2})y",
  "(?<=(x)|y)",
  "(?<=(?P<a>x))(?P=a)",
  "(?<=a(?P=b))",
  "(?<=a\\1)(a)",
  "(a)(?<=\\1)",
  "(a)(?<=(b)\\2)",
  "(?#",
  "(?#abc",
  "a\n(",
  "ab\ncd\n[",
  "(?P<a\\b>x)",
  "(?P<é>x)",
  "(?P<a>x)(?P=é)",
  "(?(é)x)",
  "(?(1a)x)",
  "(?(01)x)",
  "(?(1_0)x)",
  "(?(99999999999999999999)x)",
  "(?(2)x)(a)",
  "(?P<n>a)|(?P<n>b)",
  "x{2,1}",
  "(?i:(?a:x))",
  "(?a:(?u:x))",
  "a|(?i)b",
  "a(?i)b",
]) {
  add(p, 0, "x");
}
add("(?L)a", 0, "a");
add("a", L, "a");
add("a", A | U, "a");
add("a", A | L, "a");
// empty matches in findall/sub/split
add("", 0, "", "abc");
add("a*", 0, "baaac", "");
add("\\b", 0, "ab cd");
add("(?=x)", 0, "axxb");
add("x*|a", 0, "axab");
add("(?:)", 0, "ab");
add("(x)|(y)", 0, "xyz");
add("(a)(b)?", 0, "a ab");
add(":*", 0, "a:b::c");
add("\\W*", 0, "a, b");
add("(\\W*)", 0, "a, b");
add("$|a", 0, "a");
add("^", M, "a\nb\n");
add("$", M, "a\nb\n");
// bytes patterns
addb("\\w+", 0, "ab\xe9c");
addb("\\w+", L, "ab\xe9c");
addb("[\\x80-\\xff]+", 0, "ab\xe9\xffc");
addb("(?i)\xe9", 0, "\xc9");
addb("(?i)[a-z]+", 0, "ABC\xc9");
addb("(?L)[a-z]+", I, "ABC");
addb("(?L)(?i)a", 0, "A");
addb("a", U, "a");
addb("(?u)a", 0, "a");
addb("\\u0041", 0, "A");
addb("\\d\\s\\b", 0, "1 ");
addb("(?P<\xe9>x)", 0, "x");
addb("[\\x00-\\xff]*", 0, "\x00\xff");
addb("\\N{LATIN SMALL LETTER A}", 0, "a");
addb("\\bfoo\\b", L, "a foo b");

// ---------------------------------------------------------------------------------------------
// Random patterns

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Gen {
  groups = 0;
  names: string[] = [];
  constructor(readonly rnd: () => number) {}
  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }

  literal(): string {
    return this.pick([
      "a",
      "b",
      "c",
      "a",
      "b",
      "A",
      "B",
      "x",
      " ",
      "-",
      "1",
      "é",
      "K",
      "s",
      "\\.",
      "\\n",
      "\\-",
    ]);
  }

  cls(): string {
    const items: string[] = [];
    const n = 1 + this.int(3);
    for (let i = 0; i < n; i++) {
      items.push(
        this.pick([
          "a",
          "b",
          "c",
          "a-c",
          "A-Z",
          "0-9",
          "\\w",
          "\\d",
          "\\s",
          "\\W",
          "x",
          "é",
          "-",
          "k",
          "S",
          "]",
        ]),
      );
    }
    let body = items.join("");
    if (body.startsWith("]")) body = "\\" + body;
    return "[" + (this.chance(0.25) ? "^" : "") + body + "]";
  }

  quant(): string {
    const q = this.pick(["*", "+", "?", "{2}", "{1,2}", "{0,}", "{,2}", "{2,}"]);
    const mod = this.pick(["", "", "", "?", "+"]);
    return q + mod;
  }

  atom(depth: number): string {
    const r = this.int(depth > 2 ? 6 : 22);
    switch (r) {
      case 0:
      case 1:
      case 2:
        return this.literal();
      case 3:
        return this.cls();
      case 4:
        return this.pick([".", "\\w", "\\d", "\\s", "\\W", "\\b", "\\B", "^", "$", "\\A", "\\Z"]);
      case 5:
        return this.literal() + this.literal();
      case 6:
      case 7:
        this.groups++;
        return "(" + this.alt(depth + 1) + ")";
      case 8:
        return "(?:" + this.alt(depth + 1) + ")";
      case 9: {
        const name = "n" + this.names.length;
        this.groups++;
        this.names.push(name);
        return `(?P<${name}>` + this.alt(depth + 1) + ")";
      }
      case 10:
        return this.groups > 0 && this.chance(0.8) ? "\\" + (1 + this.int(this.groups)) : "\\1";
      case 11:
        return this.names.length > 0 ? `(?P=${this.pick(this.names)})` : "(?P=n0)";
      case 12:
        return this.pick(["(?=", "(?!"]) + this.alt(depth + 1) + ")";
      case 13: {
        const body = this.chance(0.7)
          ? this.literal() + (this.chance(0.5) ? this.literal() : "")
          : this.alt(depth + 1);
        return this.pick(["(?<=", "(?<!"]) + body + ")";
      }
      case 14:
        return "(?>" + this.alt(depth + 1) + ")";
      case 15: {
        const g = this.groups > 0 && this.chance(0.8) ? String(1 + this.int(this.groups)) : "1";
        return `(?(${g})` + this.seq(depth + 1) + (this.chance(0.6) ? "|" + this.seq(depth + 1) : "") + ")";
      }
      case 16:
        return (
          "(?" + this.pick(["i", "s", "m", "x", "-i", "i-s", "a", "-x"]) + ":" + this.alt(depth + 1) + ")"
        );
      case 17:
        return this.cls();
      default:
        return this.literal();
    }
  }

  seq(depth: number): string {
    const n = this.int(4);
    let out = "";
    for (let i = 0; i < n; i++) {
      out += this.atom(depth);
      if (this.chance(0.3)) out += this.quant();
    }
    return out;
  }

  alt(depth: number): string {
    let out = this.seq(depth);
    while (this.chance(depth === 0 ? 0.3 : 0.2)) out += "|" + this.seq(depth);
    return out;
  }
}

const SUBJECT_CHARS = [
  "a",
  "b",
  "c",
  "a",
  "b",
  "A",
  "B",
  "x",
  " ",
  "-",
  "1",
  "é",
  "É",
  "\n",
  "k",
  "K",
  "s",
  "S",
  ".",
];

/** Patterns over {a, b, c} dense in groups, repeats, alternatives and references: captures. */
class DenseGen extends Gen {
  override literal(): string {
    return this.pick(["a", "b", "c", "a", "b"]);
  }
  override cls(): string {
    return this.pick(["[ab]", "[^a]", "[bc]", "."]);
  }
  override quant(): string {
    return this.pick(["*", "+", "?", "{2}", "{1,2}", "{0,2}", "*?", "+?", "??", "{1,2}?", "*+", "++", "?+"]);
  }
  override atom(depth: number): string {
    const r = this.int(depth > 3 ? 3 : 12);
    switch (r) {
      case 0:
      case 1:
        return this.literal();
      case 2:
        return this.cls();
      case 3:
      case 4:
      case 5:
        this.groups++;
        return "(" + this.alt(depth + 1) + ")";
      case 6:
        return "(?:" + this.alt(depth + 1) + ")";
      case 7:
        return this.groups > 0 ? "\\" + (1 + this.int(this.groups)) : this.literal();
      case 8:
        return this.pick(["(?=", "(?!"]) + this.alt(depth + 1) + ")";
      case 9:
        return "(?>" + this.alt(depth + 1) + ")";
      case 10:
        return this.groups > 0
          ? `(?(${1 + this.int(this.groups)})` + this.seq(depth + 1) + "|" + this.seq(depth + 1) + ")"
          : this.literal();
      default:
        return this.pick(["(?<=a)", "(?<!b)", "\\b", "$", "^"]);
    }
  }
  override seq(depth: number): string {
    const n = 1 + this.int(3);
    let out = "";
    for (let i = 0; i < n; i++) {
      out += this.atom(depth);
      if (this.chance(0.45)) out += this.quant();
    }
    return out;
  }
}

function denseCases(count: number, seed: number): Case[] {
  const rnd = mulberry32(seed);
  const out: Case[] = [];
  while (out.length < count) {
    const g = new DenseGen(rnd);
    const p = g.alt(0);
    for (let k = 0; k < 3; k++) {
      const len = g.int(11);
      let s = "";
      for (let i = 0; i < len; i++) s += g.pick(["a", "b", "c", "a", "b"]);
      out.push([p, g.chance(0.1) ? I : 0, s, false]);
    }
  }
  return out;
}

/** Character sets over code points with special case foldings, big ranges and astral planes. */
const SET_POINTS = [
  0x30, 0x39, 0x41, 0x4b, 0x53, 0x5a, 0x5f, 0x61, 0x69, 0x6b, 0x73, 0x7a, 0x7f, 0xb5, 0xc0, 0xc9, 0xdf, 0xe9,
  0xff, 0x100, 0x130, 0x131, 0x17f, 0x1c4, 0x1c5, 0x1c6, 0x345, 0x390, 0x3a3, 0x3b9, 0x3bc, 0x3c2, 0x3c3,
  0x3d0, 0x412, 0x432, 0x1c80, 0x1e9b, 0x1e9e, 0x1fbe, 0x1fd3, 0x212a, 0x2c00, 0x4e00, 0xa64b, 0xfb05, 0xfb06,
  0xff21, 0x10400, 0x10428, 0x1d400, 0x1f600,
];

function setCases(count: number, seed: number): Case[] {
  const rnd = mulberry32(seed);
  const g = new Gen(rnd);
  const out: Case[] = [];
  const point = (): number => g.pick(SET_POINTS) + (g.chance(0.3) ? g.int(3) : 0);
  const esc = (c: number): string =>
    c < 0x10000 ? "\\u" + c.toString(16).padStart(4, "0") : "\\U" + c.toString(16).padStart(8, "0");
  while (out.length < count) {
    let body = "";
    const n = 1 + g.int(4);
    for (let i = 0; i < n; i++) {
      const r = g.int(5);
      if (r === 0) body += g.pick(["\\w", "\\d", "\\s", "\\W"]);
      else if (r === 1) body += esc(point());
      else {
        let a = point();
        let b = point();
        if (b < a) [a, b] = [b, a];
        body += esc(a) + "-" + esc(b);
      }
    }
    const p = "[" + (g.chance(0.3) ? "^" : "") + body + "]" + g.pick(["", "+", "*", "{2}"]);
    const flags = g.pick([0, I, I, I | A, A]);
    for (let k = 0; k < 3; k++) {
      let s = "";
      const len = 1 + g.int(4);
      for (let i = 0; i < len; i++) s += String.fromCodePoint(point());
      out.push([p, flags, s, false]);
    }
  }
  return out;
}

function randomCases(count: number, seed: number): Case[] {
  const rnd = mulberry32(seed);
  const out: Case[] = [];
  const flagChoices = [0, 0, 0, 0, I, I, M, S, I | M, A, I | A, X, I | S | M];
  while (out.length < count) {
    const g = new Gen(rnd);
    let p = g.alt(0);
    if (g.chance(0.1)) p = g.pick(["(?i)", "(?s)", "(?x)", "(?m)", "(?a)"]) + p;
    const flags = g.pick(flagChoices);
    for (let k = 0; k < 2; k++) {
      const len = g.int(9);
      let s = "";
      for (let i = 0; i < len; i++) s += g.pick(SUBJECT_CHARS);
      const bytes = g.chance(0.15) && !/[^\x00-\xff]/.test(p + s) && !(flags & A && g.chance(0.5));
      out.push([p, flags, s, bytes]);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

let dir = "";
let cases: Case[] = [];
let expected: string[] = [];
let actual: string[] = [];

function realPython(): string {
  return execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
}

before(() => {
  const python = realPython();
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
  dir = mkdtempSync(join(tmpdir(), "re-table-"));
  const fromSuite = JSON.parse(execFileSync(python, [ORACLE, "collect"], { encoding: "utf8" })) as Case[];
  const n = Number(process.env.RE_CASES ?? 5000);
  const seed = Number(process.env.RE_SEED ?? 20241128);
  cases = [
    ...CURATED,
    ...fromSuite,
    ...randomCases(n, seed),
    ...denseCases(n / 2, seed + 1),
    ...setCases(n / 4, seed + 2),
  ];
  const file = join(dir, "cases.json");
  writeFileSync(file, JSON.stringify(cases));
  const env = { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" };
  const opts = { encoding: "utf8" as const, env, maxBuffer: 256 * 1024 * 1024, cwd: dir };
  // Results go through files: large outputs are not sent through pipes.
  execFileSync(python, [ORACLE, "eval", file, join(dir, "expected.txt")], opts);
  execFileSync(process.execPath, [CLI, "run", ORACLE, "eval", file, join(dir, "actual.txt")], opts);
  expected = readFileSync(join(dir, "expected.txt"), "utf8").split("\n");
  actual = readFileSync(join(dir, "actual.txt"), "utf8").split("\n");
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("re: every case agrees with python3", () => {
  const failures: string[] = [];
  for (let i = 0; i < cases.length; i++) {
    if (expected[i] !== actual[i]) {
      const [p, f, s, b] = cases[i]!;
      failures.push(
        `${b ? "b" : ""}${JSON.stringify(p)} flags=${f} on ${JSON.stringify(s)}\n   python: ${expected[i]}\n   ours:   ${actual[i]}`,
      );
    }
  }
  assert.equal(
    failures.length,
    0,
    `${failures.length}/${cases.length} cases differ:\n${failures.slice(0, 30).join("\n")}`,
  );
});
