/** Test-only: our CodeUnit in the oracle's normalized shape, for deep comparison with python3. */
import type { CodeUnit, CompiledConst } from "../code.js";
import { complexReal, isBytes, isCode, isComplex, isEllipsis, isFrozenset, isTuple } from "../consts.js";
import { FastKind, Op } from "../opcodes.js";
import type { PyCode, PyConst } from "./oracle.js";

function encFloat(v: number): { $float: string } {
  if (Number.isNaN(v)) return { $float: "nan" };
  if (v === Number.POSITIVE_INFINITY) return { $float: "inf" };
  if (v === Number.NEGATIVE_INFINITY) return { $float: "-inf" };
  if (Object.is(v, -0)) return { $float: "-0" };
  return { $float: String(v) };
}

export function encConst(c: CompiledConst): PyConst {
  if (c === null || typeof c === "boolean" || typeof c === "string") return c;
  if (typeof c === "bigint") return { $int: c.toString() };
  if (typeof c === "number") return encFloat(c);
  if (isEllipsis(c)) return { $ellipsis: true };
  if (isBytes(c)) return { $bytes: Buffer.from(c.value).toString("hex") };
  if (isComplex(c)) return { $complex: [encFloat(complexReal(c)), encFloat(c.imag)] };
  if (isTuple(c)) return { $tuple: c.items.map(encConst) };
  if (isFrozenset(c)) return normalizePyConst({ $frozenset: c.items.map(encConst) });
  if (isCode(c)) return { $code: codeToPy(c) };
  throw new Error("unknown constant");
}

export function codeToPy(co: CodeUnit): PyCode {
  const n = co.code.length / 2;
  const code: [string, number][] = [];
  const positions: (number | null)[][] = [];
  for (let i = 0; i < n; i++) {
    code.push([Op[co.code[2 * i]!]!, co.code[2 * i + 1]!]);
    const p = [0, 1, 2, 3].map((j) => co.positions[4 * i + j]!);
    positions.push(p.map((x) => (x < 0 ? null : x)));
  }
  return {
    name: co.name,
    qualname: co.qualname,
    filename: co.filename,
    firstlineno: co.firstlineno,
    argcount: co.argcount,
    posonlyargcount: co.posonlyargcount,
    kwonlyargcount: co.kwonlyargcount,
    flags: co.flags,
    varnames: co.localsplusnames.filter((_, i) => co.localspluskinds[i]! & FastKind.LOCAL),
    cellvars: co.localsplusnames.filter((_, i) => co.localspluskinds[i]! & FastKind.CELL),
    freevars: co.localsplusnames.filter((_, i) => co.localspluskinds[i]! & FastKind.FREE),
    names: co.names,
    consts: co.consts.map(encConst),
    stacksize: co.stacksize,
    code,
    positions,
    exceptiontable: co.exceptionTable.map((e) => [e.start, e.end, e.target, e.depth, e.lasti]),
  };
}

/** Normalize python's float spelling to JS's (both round-trip, spelled differently). */
export function normalizePyConst(c: PyConst): PyConst {
  if (c === null || typeof c !== "object") return c;
  if ("$float" in c) {
    const s = c.$float;
    if (s === "nan" || s === "inf" || s === "-inf" || s === "-0") return c;
    return { $float: String(Number(s)) };
  }
  if ("$complex" in c)
    return { $complex: [normalizePyConst(c.$complex[0]), normalizePyConst(c.$complex[1])] };
  if ("$tuple" in c) return { $tuple: c.$tuple.map(normalizePyConst) };
  if ("$frozenset" in c) {
    // set order depends on hashing (python randomizes str hashes): compare as sets
    const items = c.$frozenset.map(normalizePyConst);
    return { $frozenset: items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) };
  }
  if ("$code" in c) return { $code: normalizePyCode(c.$code) };
  return c;
}

export function normalizePyCode(co: PyCode): PyCode {
  return { ...co, consts: co.consts.map(normalizePyConst) };
}

/** Differences between two code objects (recursively), as readable lines; empty = equal. */
export function diffCode(ours: PyCode, theirs: PyCode, path = ""): string[] {
  const out: string[] = [];
  const here = `${path}${theirs.qualname}`;
  const scalar: (keyof PyCode)[] = [
    "name",
    "qualname",
    "firstlineno",
    "argcount",
    "posonlyargcount",
    "kwonlyargcount",
    "flags",
    "stacksize",
  ];
  for (const k of scalar) {
    if (ours[k] !== theirs[k])
      out.push(`${here}: ${k} ours=${JSON.stringify(ours[k])} python=${JSON.stringify(theirs[k])}`);
  }
  for (const k of ["varnames", "cellvars", "freevars", "names"] as const) {
    if (JSON.stringify(ours[k]) !== JSON.stringify(theirs[k])) {
      out.push(`${here}: ${k} ours=${JSON.stringify(ours[k])} python=${JSON.stringify(theirs[k])}`);
    }
  }
  const oc = ours.code.map((x) => `${x[0]} ${x[1]}`);
  const tc = theirs.code.map((x) => `${x[0]} ${x[1]}`);
  if (oc.join("\n") !== tc.join("\n")) {
    out.push(`${here}: code differs\n  ours:   ${oc.join("; ")}\n  python: ${tc.join("; ")}`);
  } else if (JSON.stringify(ours.positions) !== JSON.stringify(theirs.positions)) {
    const lines: string[] = [];
    ours.positions.forEach((p, i) => {
      const q = theirs.positions[i];
      if (JSON.stringify(p) !== JSON.stringify(q))
        lines.push(`    #${i} ${oc[i]}: ours=${JSON.stringify(p)} python=${JSON.stringify(q)}`);
    });
    out.push(`${here}: positions differ\n${lines.join("\n")}`);
  }
  if (JSON.stringify(ours.exceptiontable) !== JSON.stringify(theirs.exceptiontable)) {
    out.push(
      `${here}: exception table ours=${JSON.stringify(ours.exceptiontable)} python=${JSON.stringify(theirs.exceptiontable)}`,
    );
  }
  const oconsts = ours.consts;
  const tconsts = theirs.consts;
  if (oconsts.length !== tconsts.length) {
    out.push(
      `${here}: consts length ${oconsts.length} vs ${tconsts.length}: ours=${JSON.stringify(oconsts.map(short))} python=${JSON.stringify(tconsts.map(short))}`,
    );
  }
  for (let i = 0; i < Math.min(oconsts.length, tconsts.length); i++) {
    const a = oconsts[i]!;
    const b = tconsts[i]!;
    const ac = a !== null && typeof a === "object" && "$code" in a;
    const bc = b !== null && typeof b === "object" && "$code" in b;
    if (ac && bc) {
      out.push(...diffCode(a.$code, b.$code, `${here} > `));
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      out.push(`${here}: const #${i} ours=${JSON.stringify(short(a))} python=${JSON.stringify(short(b))}`);
    }
  }
  return out;
}

function short(c: PyConst): unknown {
  if (c !== null && typeof c === "object" && "$code" in c) return `<code ${c.$code.name}>`;
  return c;
}

/** Count code objects in a tree. */
export function countCode(co: PyCode): number {
  let n = 1;
  for (const c of co.consts) if (c !== null && typeof c === "object" && "$code" in c) n += countCode(c.$code);
  return n;
}
