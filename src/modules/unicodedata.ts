/**
 * `unicodedata`: the Unicode Character Database as python3.11 sees it (Unicode 14.0.0) —
 * name/lookup, category, bidirectional, combining, east_asian_width, mirrored, decomposition,
 * decimal/digit/numeric, normalize/is_normalized (NFC, NFD, NFKC, NFKD), unidata_version.
 *
 * The data is src/modules/unicodedata_data.generated.ts, written by scripts/gen_unicodedata.py
 * from python3's own unicodedata. Numbers there are base 36. Formats:
 *  - PROPS: ';'-separated property tuples "category,bidirectional,combining,east_asian_width,
 *    mirrored"; RUNS: ','-separated "length.propIndex" covering 0..0x10FFFF in order.
 *  - NUMERIC: "gap:kind:value" (gap = code points skipped since the previous entry; kind d =
 *    decimal digit, g = digit, n = numeric only; value is python's repr of numeric()).
 *  - DECOMP: "gap:tagIndex:cp.cp..." with DECOMP_TAGS ('' = canonical, '<compat>'...).
 *  - COMPOSITION_EXCLUDED: code points with a two-character canonical decomposition that NFC
 *    does not recompose.
 *  - ALGORITHMIC_NAMES: "prefix,first,last" ranges whose names are the prefix + the code point
 *    in hex (HANGUL SYLLABLE: + the jamo short names).
 *  - NAMES: ' '-separated rows for the other named code points, in order: one char (from the
 *    91-char alphabet 0x23..0x7E without '\\') counting the words shared with the previous
 *    name, an optional "!gap!", then the remaining words as indices into NAME_WORDS (1 char
 *    below 60, 2 chars below 60+25*91, else 3 chars).
 */
import { parseArgs } from "../objects/args.js";
import { Py_False, Py_True } from "../objects/bool.js";
import { PyBytes } from "../objects/bytes.js";
import { setCharacterNameLookup } from "../objects/codecs.js";
import { PyExc_KeyError, PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyFloat_FromDouble } from "../objects/float.js";
import { PyInt_FromNumber } from "../objects/int.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import { registerBuiltinModule } from "./importlib.js";
import * as D from "./unicodedata_data.generated.js";

const ALPH = (() => {
  let s = "";
  for (let c = 0x23; c < 0x7f; c++) if (c !== 0x5c) s += String.fromCharCode(c);
  return s;
})();

// ---------------------------------------------------------------------------------------------
// Properties

interface Props {
  category: string;
  bidi: string;
  combining: number;
  eaw: string;
  mirrored: number;
}

let propTable: Props[] | null = null;
let runStarts: Int32Array;
let runProps: Uint16Array;

function loadProps(): void {
  propTable = D.PROPS.split(";").map((p) => {
    const [category, bidi, combining, eaw, mirrored] = p.split(",");
    return {
      category: category!,
      bidi: bidi!,
      combining: Number(combining),
      eaw: eaw!,
      mirrored: Number(mirrored),
    };
  });
  const runs = D.RUNS.split(",");
  runStarts = new Int32Array(runs.length);
  runProps = new Uint16Array(runs.length);
  let start = 0;
  runs.forEach((r, i) => {
    const [len, idx] = r.split(".");
    runStarts[i] = start;
    runProps[i] = parseInt(idx!, 36);
    start += parseInt(len!, 36);
  });
}

function props(cp: number): Props {
  if (propTable === null) loadProps();
  let lo = 0;
  let hi = runStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runStarts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return propTable![runProps[lo]!]!;
}

// ---------------------------------------------------------------------------------------------
// Numeric values and decompositions

let numericTable: Map<number, [string, string]> | null = null;

function numericEntry(cp: number): [string, string] | undefined {
  if (numericTable === null) {
    numericTable = new Map();
    let last = -1;
    for (const row of D.NUMERIC.split(",")) {
      const [gap, kind, value] = row.split(":");
      last += parseInt(gap!, 36) + 1;
      numericTable.set(last, [kind!, value!]);
    }
  }
  return numericTable.get(cp);
}

let decompTable: Map<number, [string, number[]]> | null = null;
let composeTable: Map<number, Map<number, number>> | null = null;

function decompEntry(cp: number): [string, number[]] | undefined {
  if (decompTable === null) {
    decompTable = new Map();
    const tags = D.DECOMP_TAGS.split(",");
    let last = -1;
    for (const row of D.DECOMP.split(",")) {
      const [gap, tag, cps] = row.split(":");
      last += parseInt(gap!, 36) + 1;
      decompTable.set(last, [tags[parseInt(tag!, 36)]!, cps!.split(".").map((h) => parseInt(h, 36))]);
    }
  }
  return decompTable.get(cp);
}

function composeMap(): Map<number, Map<number, number>> {
  if (composeTable === null) {
    decompEntry(0);
    const excluded = new Set(D.COMPOSITION_EXCLUDED.split(",").map((h) => parseInt(h, 36)));
    composeTable = new Map();
    for (const [cp, [tag, parts]] of decompTable!) {
      if (tag !== "" || parts.length !== 2 || excluded.has(cp)) continue;
      let second = composeTable.get(parts[0]!);
      if (second === undefined) composeTable.set(parts[0]!, (second = new Map()));
      second.set(parts[1]!, cp);
    }
  }
  return composeTable;
}

// ---------------------------------------------------------------------------------------------
// Hangul syllables (Unicode's algorithm)

const S_BASE = 0xac00;
const L_BASE = 0x1100;
const V_BASE = 0x1161;
const T_BASE = 0x11a7;
const L_COUNT = 19;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;
const JAMO_L = "G GG N D DD R M B BB S SS _ J JJ C K T P H".split(" ").map((s) => (s === "_" ? "" : s));
const JAMO_V = "A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I".split(" ");
const JAMO_T = "_ G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H"
  .split(" ")
  .map((s) => (s === "_" ? "" : s));

// ---------------------------------------------------------------------------------------------
// Names

let nameOf: Map<number, string> | null = null;
let codeOf: Map<string, number> | null = null;
const algorithmic: [string, number, number][] = D.ALGORITHMIC_NAMES.split(";").map((r) => {
  const [prefix, a, b] = r.split(",");
  return [prefix!, parseInt(a!, 36), parseInt(b!, 36)];
});

function loadNames(): void {
  const words = D.NAME_WORDS.split(" ");
  nameOf = new Map();
  codeOf = new Map();
  let prev: string[] = [];
  let cp = -1;
  for (const row of D.NAMES.split(" ")) {
    const shared = ALPH.indexOf(row[0]!);
    let i = 1;
    let gap = 0;
    if (row[1] === "!") {
      const end = row.indexOf("!", 2);
      gap = parseInt(row.slice(2, end), 36);
      i = end + 1;
    }
    cp += gap + 1;
    const ws = prev.slice(0, shared);
    while (i < row.length) {
      const a = ALPH.indexOf(row[i]!);
      let idx: number;
      if (a < 60) {
        idx = a;
        i += 1;
      } else if (a < 85) {
        idx = 60 + (a - 60) * 91 + ALPH.indexOf(row[i + 1]!);
        i += 2;
      } else {
        idx = 60 + 25 * 91 + (a - 85) * 8281 + ALPH.indexOf(row[i + 1]!) * 91 + ALPH.indexOf(row[i + 2]!);
        i += 3;
      }
      ws.push(words[idx]!);
    }
    const name = ws.join(" ");
    nameOf.set(cp, name);
    codeOf.set(name, cp);
    prev = ws;
  }
}

function hex(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, "0");
}

function charName(cp: number): string | null {
  for (const [prefix, a, b] of algorithmic) {
    if (cp >= a && cp <= b) {
      if (prefix === "HANGUL SYLLABLE ") {
        const s = cp - S_BASE;
        return (
          prefix +
          JAMO_L[Math.floor(s / N_COUNT)]! +
          JAMO_V[Math.floor((s % N_COUNT) / T_COUNT)]! +
          JAMO_T[s % T_COUNT]!
        );
      }
      return prefix + hex(cp);
    }
  }
  if (nameOf === null) loadNames();
  return nameOf!.get(cp) ?? null;
}

function hangulFromName(rest: string): number | null {
  // longest-match each jamo part, as CPython's find_syllable does
  const take = (list: string[], from: number): [number, number] => {
    let best = -1;
    let len = -1;
    list.forEach((j, i) => {
      if (j.length > len && rest.startsWith(j, from)) {
        best = i;
        len = j.length;
      }
    });
    return [best, len];
  };
  const [l, ll] = take(JAMO_L, 0);
  if (l < 0) return null;
  const [v, vl] = take(JAMO_V, ll);
  if (v < 0) return null;
  const [t, tl] = take(JAMO_T, ll + vl);
  if (t < 0 || ll + vl + tl !== rest.length) return null;
  return S_BASE + (l * V_COUNT + v) * T_COUNT + t;
}

function codeFromName(name: string): number | null {
  for (const [prefix, a, b] of algorithmic) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    if (prefix === "HANGUL SYLLABLE ") {
      const cp = hangulFromName(rest);
      if (cp !== null) return cp;
      continue;
    }
    if (/^[0-9A-F]{4,5}$/.test(rest)) {
      const cp = parseInt(rest, 16);
      if (cp >= a && cp <= b) return cp;
    }
  }
  if (codeOf === null) loadNames();
  return codeOf!.get(name) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Normalization

/**
 * Per code point tables for normalization, made on first use: the canonical combining class,
 * and the Quick_Check values of the four forms (Unicode's NFD_QC, NFKD_QC, NFC_QC, NFKC_QC)
 * as 2 bits each at QC_SHIFT[form] (QC_YES, QC_NO or QC_MAYBE), derived from the
 * decompositions as UAX #15 defines them.
 */
let combiningOf: Uint8Array | null = null;
let quickCheck: Uint8Array | null = null;

const QC_YES = 0;
const QC_NO = 1;
const QC_MAYBE = 2;
/** Bit offsets in quickCheck, as CPython's normalization_quick_check: (nfc ? 4 : 0) + (k ? 2 : 0). */
const QC_SHIFT = { NFD: 0, NFKD: 2, NFC: 4, NFKC: 6 } as const;
type Form = keyof typeof QC_SHIFT;

function combiningTable(): Uint8Array {
  if (combiningOf === null) {
    if (propTable === null) loadProps();
    const table = new Uint8Array(0x110000);
    for (let i = 0; i < runStarts.length; i++) {
      const ccc = propTable![runProps[i]!]!.combining;
      if (ccc !== 0) table.fill(ccc, runStarts[i]!, i + 1 < runStarts.length ? runStarts[i + 1]! : 0x110000);
    }
    combiningOf = table;
  }
  return combiningOf;
}

function quickCheckTable(): Uint8Array {
  if (quickCheck === null) {
    const table = new Uint8Array(0x110000);
    const composites = new Set<number>();
    // a character that may join the one before it: NFC/NFKC text holding it is "maybe"
    const joins = (QC_MAYBE << QC_SHIFT.NFC) | (QC_MAYBE << QC_SHIFT.NFKC);
    for (const seconds of composeMap().values()) {
      for (const [second, composite] of seconds) {
        composites.add(composite);
        table[second] = joins;
      }
    }
    table.fill(joins, V_BASE, V_BASE + V_COUNT);
    table.fill(joins, T_BASE + 1, T_BASE + T_COUNT);
    for (const [cp, [tag]] of decompTable!) {
      let qc = table[cp]!;
      const canonical = tag === "";
      qc = (qc & ~(3 << QC_SHIFT.NFKD)) | (QC_NO << QC_SHIFT.NFKD);
      if (canonical) qc = (qc & ~(3 << QC_SHIFT.NFD)) | (QC_NO << QC_SHIFT.NFD);
      // not in NFC: decomposed and never composed back; not in NFKC: that, or a compatibility
      // decomposition anywhere in its full decomposition
      if (canonical && !composites.has(cp)) qc = (qc & ~(3 << QC_SHIFT.NFC)) | (QC_NO << QC_SHIFT.NFC);
      if (!canonical || !composites.has(cp) || compatDiffers(cp))
        qc = (qc & ~(3 << QC_SHIFT.NFKC)) | (QC_NO << QC_SHIFT.NFKC);
      table[cp] = qc;
    }
    // Hangul syllables decompose (algorithmically) and compose back
    table.fill((QC_NO << QC_SHIFT.NFD) | (QC_NO << QC_SHIFT.NFKD), S_BASE, S_BASE + S_COUNT);
    quickCheck = table;
  }
  return quickCheck;
}

/** Does a compatibility decomposition show up anywhere in `cp`'s full decomposition? */
function compatDiffers(cp: number): boolean {
  const canonical: number[] = [];
  const compat: number[] = [];
  decomposeInto(canonical, cp, false);
  decomposeInto(compat, cp, true);
  return canonical.length !== compat.length || canonical.some((c, i) => c !== compat[i]);
}

/**
 * CPython's is_normalized_quickcheck: QC_YES when `s` is certainly in `form`, QC_NO when it
 * certainly is not, QC_MAYBE otherwise; with `yesOnly`, any doubt gives QC_MAYBE.
 */
function quickCheckString(s: PyStr, form: Form, yesOnly: boolean): number {
  if (s.ascii) return QC_YES;
  const ccc = combiningTable();
  const qcTable = quickCheckTable();
  const shift = QC_SHIFT[form];
  const text = s.value;
  let prevCombining = 0;
  let result = QC_YES;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const combining = ccc[cp]!;
    if (combining !== 0 && prevCombining > combining) return QC_NO;
    prevCombining = combining;
    const qc = (qcTable[cp]! >> shift) & 3;
    if (qc === QC_YES) continue;
    if (yesOnly || qc === QC_MAYBE) result = QC_MAYBE;
    else return QC_NO;
  }
  return result;
}

function decomposeInto(out: number[], cp: number, compat: boolean): void {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    out.push(L_BASE + Math.floor(s / N_COUNT), V_BASE + Math.floor((s % N_COUNT) / T_COUNT));
    if (s % T_COUNT !== 0) out.push(T_BASE + (s % T_COUNT));
    return;
  }
  const entry = decompEntry(cp);
  if (entry === undefined || (entry[0] !== "" && !compat)) {
    out.push(cp);
    return;
  }
  for (const part of entry[1]) decomposeInto(out, part, compat);
}

function decompose(s: string, compat: boolean): number[] {
  const ccc = combiningTable();
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    // below U+00A0 nothing decomposes
    if (cp < 0xa0) out.push(cp);
    else decomposeInto(out, cp, compat);
  }
  // canonical ordering: stable sort of each run of non-starters by combining class
  for (let i = 0; i < out.length; i++) {
    if (ccc[out[i]!] === 0) continue;
    let j = i;
    while (j < out.length && ccc[out[j]!] !== 0) j++;
    if (j - i > 1) {
      const run = out.slice(i, j).map((cp, k) => [ccc[cp]!, k, cp] as const);
      run.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      run.forEach((r, k) => {
        out[i + k] = r[2];
      });
    }
    i = j;
  }
  return out;
}

function composePair(a: number, b: number): number | null {
  if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT) {
    return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
  }
  if (
    a >= S_BASE &&
    a < S_BASE + S_COUNT &&
    (a - S_BASE) % T_COUNT === 0 &&
    b > T_BASE &&
    b < T_BASE + T_COUNT
  ) {
    return a + (b - T_BASE);
  }
  return composeMap().get(a)?.get(b) ?? null;
}

function compose(cps: number[]): number[] {
  const ccc = combiningTable();
  const out: number[] = [];
  let starter = -1;
  let lastClass = -1; // class of the previous character when it is not the starter
  for (const cp of cps) {
    const cls = ccc[cp]!;
    if (starter >= 0 && !(lastClass !== -1 && (lastClass === 0 || lastClass >= cls))) {
      const composite = composePair(out[starter]!, cp);
      if (composite !== null) {
        out[starter] = composite;
        continue;
      }
    }
    if (cls === 0) {
      starter = out.length;
      lastClass = -1;
    } else lastClass = cls;
    out.push(cp);
  }
  return out;
}

function fromCodePoints(cps: number[]): string {
  let s = "";
  for (let i = 0; i < cps.length; i += 4096) s += String.fromCodePoint(...cps.slice(i, i + 4096));
  return s;
}

function normalizeText(form: Form, s: string): string {
  switch (form) {
    case "NFD":
      return fromCodePoints(decompose(s, false));
    case "NFKD":
      return fromCodePoints(decompose(s, true));
    case "NFC":
      return fromCodePoints(compose(decompose(s, false)));
    case "NFKC":
      return fromCodePoints(compose(decompose(s, true)));
  }
}

function formArg(form: string): Form {
  if (form === "NFC" || form === "NFD" || form === "NFKC" || form === "NFKD") return form;
  raise(PyExc_ValueError, "invalid normalization form");
}

// ---------------------------------------------------------------------------------------------
// The module

function typeName(o: PyObject): string {
  return o.ob_type.tp_name;
}

/** The code point of a one-character str argument, with CPython's message otherwise. */
function charArg(fn: string, o: PyObject | null | undefined, numbered: boolean): number {
  const where = numbered ? `${fn}() argument 1` : `${fn}() argument`;
  if (!(o instanceof PyStr))
    raise(PyExc_TypeError, `${where} must be a unicode character, not ${typeName(o!)}`);
  const cp = o.value.codePointAt(0);
  if (cp === undefined || o.value.length !== (cp > 0xffff ? 2 : 1)) {
    raise(PyExc_TypeError, `${where} must be a unicode character, not str`);
  }
  return cp;
}

function strArg(fn: string, n: number, o: PyObject | null | undefined): string {
  if (!(o instanceof PyStr)) raise(PyExc_TypeError, `${fn}() argument ${n} must be str, not ${typeName(o!)}`);
  return o.value;
}

/** The functions of one character (METH_O or positional-only in CPython) take no keywords. */
function noKeywords(name: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0)
    raise(PyExc_TypeError, `unicodedata.${name}() takes no keyword arguments`);
}

function oneChar(name: string, get: (cp: number) => PyObject): MethodDef {
  return {
    name,
    impl: (_m, args, kw) => {
      noKeywords(name, kw);
      if (args.length !== 1) {
        raise(PyExc_TypeError, `unicodedata.${name}() takes exactly one argument (${args.length} given)`);
      }
      return get(charArg(name, args[0]!, false));
    },
  };
}

function withDefault(name: string, message: string, get: (cp: number) => PyObject | null): MethodDef {
  return {
    name,
    impl: (_m, args, kw) => {
      noKeywords(name, kw);
      if (args.length === 0) raise(PyExc_TypeError, `${name} expected at least 1 argument, got 0`);
      if (args.length > 2) raise(PyExc_TypeError, `${name} expected at most 2 arguments, got ${args.length}`);
      const [c, dflt] = args;
      const value = get(charArg(name, c, true));
      if (value !== null) return value;
      if (dflt !== undefined && dflt !== null) return Py_NewRef(dflt);
      raise(PyExc_ValueError, message);
    },
  };
}

const FUNCTIONS: MethodDef[] = [
  withDefault("name", "no such name", (cp) => {
    const n = charName(cp);
    return n === null ? null : PyStr_FromString(n);
  }),
  {
    name: "lookup",
    impl: (_m, args, kw) => {
      const [n] = parseArgs("lookup", args, kw, { names: ["name"], required: 1, posonly: 1 });
      let text: string;
      if (n instanceof PyStr) text = n.value;
      else if (n instanceof PyBytes) text = String.fromCharCode(...n.value);
      else raise(PyExc_TypeError, `a bytes-like object is required, not '${typeName(n!)}'`);
      const cp = codeFromName(text.toUpperCase());
      if (cp === null) raise(PyExc_KeyError, `undefined character name '${text}'`);
      return PyStr_FromString(String.fromCodePoint(cp));
    },
  },
  withDefault("decimal", "not a decimal", (cp) => {
    const e = numericEntry(cp);
    return e !== undefined && e[0] === "d" ? PyInt_FromNumber(Number(e[1])) : null;
  }),
  withDefault("digit", "not a digit", (cp) => {
    const e = numericEntry(cp);
    return e !== undefined && e[0] !== "n" ? PyInt_FromNumber(Number(e[1])) : null;
  }),
  withDefault("numeric", "not a numeric character", (cp) => {
    const e = numericEntry(cp);
    return e !== undefined ? PyFloat_FromDouble(Number(e[1])) : null;
  }),
  oneChar("category", (cp) => PyStr_FromString(props(cp).category)),
  oneChar("bidirectional", (cp) => PyStr_FromString(props(cp).bidi)),
  oneChar("combining", (cp) => PyInt_FromNumber(props(cp).combining)),
  oneChar("east_asian_width", (cp) => PyStr_FromString(props(cp).eaw)),
  oneChar("mirrored", (cp) => PyInt_FromNumber(props(cp).mirrored)),
  oneChar("decomposition", (cp) => {
    const e = decompEntry(cp);
    if (e === undefined) return PyStr_FromString("");
    const parts = e[1].map(hex);
    return PyStr_FromString((e[0] === "" ? "" : `${e[0]} `) + parts.join(" "));
  }),
  {
    name: "normalize",
    impl: (_m, args, kw) => {
      const [form, s] = parseArgs("normalize", args, kw, {
        names: ["form", "unistr"],
        required: 2,
        posonly: 2,
      });
      const f = strArg("normalize", 1, form);
      strArg("normalize", 2, s);
      const input = s as PyStr;
      // as CPython: an empty string comes back before the form is looked at, and a string the
      // quick check passes comes back itself; any other result is a new string, even if equal
      if (input.length === 0) return Py_NewRef(input);
      const nf = formArg(f);
      if (quickCheckString(input, nf, true) === QC_YES) return Py_NewRef(input);
      return PyStr_FromString(normalizeText(nf, input.value));
    },
  },
  {
    name: "is_normalized",
    impl: (_m, args, kw) => {
      const [form, s] = parseArgs("is_normalized", args, kw, {
        names: ["form", "unistr"],
        required: 2,
        posonly: 2,
      });
      const f = strArg("is_normalized", 1, form);
      strArg("is_normalized", 2, s);
      const input = s as PyStr;
      if (input.length === 0) return Py_NewRef(Py_True);
      const nf = formArg(f);
      const qc = quickCheckString(input, nf, false);
      const normalized = qc === QC_MAYBE ? normalizeText(nf, input.value) === input.value : qc === QC_YES;
      return Py_NewRef(normalized ? Py_True : Py_False);
    },
  },
];

function createModule(): PyModule {
  const m = PyModule_New("unicodedata");
  PyModule_AddFunctions(m, FUNCTIONS);
  PyModule_Add(m, "unidata_version", PyStr_FromString(D.UNIDATA_VERSION));
  return m;
}

export function registerUnicodedataModule(): void {
  registerBuiltinModule("unicodedata", createModule);
  setCharacterNameLookup(charName);
}
