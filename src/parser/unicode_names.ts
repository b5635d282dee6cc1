// Looking up Unicode character names for "\N{...}" escapes (CPython's unicodedata _getcode).
//
// The data (unicode_names.generated.ts) lists named code points in order, one per line,
// front-coded: an optional decimal gap to the previous code point (absent when it is 1), two
// lowercase letters giving the length of the prefix shared with the previous name (base 26), then
// the rest of the name. CJK unified ideographs and Hangul syllables are named algorithmically.

import { ALIASES, CJK_UNIFIED, NAMES } from "./unicode_names.generated.js";

const JAMO_L = [
  "G",
  "GG",
  "N",
  "D",
  "DD",
  "R",
  "M",
  "B",
  "BB",
  "S",
  "SS",
  "",
  "J",
  "JJ",
  "C",
  "K",
  "T",
  "P",
  "H",
];
const JAMO_V = [
  "A",
  "AE",
  "YA",
  "YAE",
  "EO",
  "E",
  "YEO",
  "YE",
  "O",
  "WA",
  "WAE",
  "OE",
  "YO",
  "U",
  "WEO",
  "WE",
  "WI",
  "YU",
  "EU",
  "YI",
  "I",
];
const JAMO_T = [
  "",
  "G",
  "GG",
  "GS",
  "N",
  "NJ",
  "NH",
  "D",
  "L",
  "LG",
  "LM",
  "LB",
  "LS",
  "LT",
  "LP",
  "LH",
  "M",
  "B",
  "BS",
  "S",
  "SS",
  "NG",
  "J",
  "C",
  "K",
  "T",
  "P",
  "H",
];

let table: Map<string, number> | null = null;

function buildTable(): Map<string, number> {
  const map = new Map<string, number>();
  let prev = "";
  let cp = -1;
  for (const line of NAMES.split("\n")) {
    let i = 0;
    let gap = 0;
    while (i < line.length) {
      const c = line.charCodeAt(i);
      if (c < 48 || c > 57) break;
      gap = gap * 10 + (c - 48);
      i++;
    }
    cp += i === 0 ? 1 : gap;
    const k = (line.charCodeAt(i) - 97) * 26 + (line.charCodeAt(i + 1) - 97);
    const name = prev.slice(0, k) + line.slice(i + 2);
    map.set(name, cp);
    prev = name;
  }
  for (const line of ALIASES.split("\n")) {
    const semi = line.indexOf(";");
    map.set(line.slice(0, semi), Number.parseInt(line.slice(semi + 1), 16));
  }
  // Hangul syllables
  for (let l = 0; l < JAMO_L.length; l++) {
    for (let v = 0; v < JAMO_V.length; v++) {
      for (let t = 0; t < JAMO_T.length; t++) {
        map.set(`HANGUL SYLLABLE ${JAMO_L[l]}${JAMO_V[v]}${JAMO_T[t]}`, 0xac00 + (l * 21 + v) * 28 + t);
      }
    }
  }
  return map;
}

/** The code point named `name` (case-insensitively, as CPython), or -1. */
export function lookupUnicodeName(name: string): number {
  const upper = name.replace(/[a-z]+/g, (s) => s.toUpperCase());
  if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
    const hex = name.slice(22);
    if ((hex.length !== 4 && hex.length !== 5) || !/^[0-9A-F]+$/.test(hex)) return -1;
    const v = Number.parseInt(hex, 16);
    for (const [a, b] of CJK_UNIFIED) if (v >= a && v <= b) return v;
    return -1;
  }
  if (table === null) table = buildTable();
  return table.get(upper) ?? -1;
}
