import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import * as U from "./unicode_data.js";

/**
 * Every code point against python3: the character classes as ranges, and every case mapping
 * that differs from identity (one python3 run).
 */
const PY = `
import json, sys
N = 0x110000
preds = {
  "alpha": str.isalpha, "decimal": str.isdecimal, "digit": str.isdigit, "numeric": str.isnumeric,
  "space": str.isspace, "printable": str.isprintable, "lower": str.islower, "upper": str.isupper,
  "xidstart": lambda s: s.isidentifier() and s != "_", "xidcontinue": lambda s: ("a" + s).isidentifier(),
}
out = {}
for name, f in preds.items():
    rs = []
    start = None
    for c in range(N):
        v = f(chr(c))
        if v and start is None: start = c
        if not v and start is not None: rs.append([start, c]); start = None
    if start is not None: rs.append([start, N])
    out[name] = rs
maps = []
for c in range(N):
    s = chr(c)
    m = [s.upper(), s.lower(), s.title(), s.casefold()]
    if any(x != s for x in m): maps.append([c] + m)
out["maps"] = maps
out["decimal_values"] = [[c, int(chr(c))] for c in range(N) if chr(c).isdecimal()]
sys.stdout.write(json.dumps(out))
`;

function ranges(pred: (cp: number) => boolean): number[][] {
  const out: number[][] = [];
  let start = -1;
  for (let c = 0; c < 0x110000; c++) {
    const v = pred(c);
    if (v && start < 0) start = c;
    if (!v && start >= 0) {
      out.push([start, c]);
      start = -1;
    }
  }
  if (start >= 0) out.push([start, 0x110000]);
  return out;
}

test("unicode_data matches python3's Unicode 14 data for every code point", () => {
  const r = spawnSync("python3", ["-c", PY], { encoding: "utf-8", maxBuffer: 512 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  const py = JSON.parse(r.stdout) as Record<string, number[][]> & {
    maps: [number, string, string, string, string][];
  };
  const single = (f: (s: string) => boolean) => (cp: number) => f(String.fromCodePoint(cp));
  const ours: Record<string, (cp: number) => boolean> = {
    alpha: U.isAlpha,
    decimal: U.isDecimal,
    digit: U.isDigit,
    numeric: U.isNumeric,
    space: U.isSpace,
    printable: U.isPrintable,
    lower: single(U.strIsLower),
    upper: single(U.strIsUpper),
    xidstart: U.isXidStart,
    xidcontinue: U.isXidContinue,
  };
  for (const [name, f] of Object.entries(ours)) assert.deepEqual(ranges(f), py[name], name);
  let checked = 0;
  for (const [c, up, low, title, fold] of py.maps) {
    const s = String.fromCodePoint(c);
    assert.deepEqual(
      [U.strUpper(s), U.strLower(s), U.strTitle(s), U.strCasefold(s)],
      [up, low, title, fold],
      `U+${c.toString(16)}`,
    );
    checked++;
  }
  assert.ok(checked > 2800);
  for (const [c, v] of py.decimal_values as unknown as [number, number][]) assert.equal(U.decimalValue(c), v);
  // Spot checks of identity mappings.
  for (const c of [0x30, 0x4e00, 0x1f600, 0x10ffff])
    assert.equal(U.strUpper(String.fromCodePoint(c)), String.fromCodePoint(c));
});
