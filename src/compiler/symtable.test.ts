import assert from "node:assert/strict";
import { test } from "node:test";
import { futureFromAst } from "./future.js";
import { buildSymtable, type SymbolTableEntry } from "./symtable.js";
import { type PySymtable, runOracle } from "./testing/oracle.js";
import { astFor } from "./testing/parse.js";
import { SYMTABLE_CASES, SYMTABLE_ERROR_CASES } from "./testing/symtable_cases.js";

function dump(ste: SymbolTableEntry): PySymtable {
  const symbols: Record<string, number> = {};
  for (const [k, v] of ste.symbols) symbols[k] = v;
  return {
    type: ste.type,
    name: ste.name,
    lineno: ste.lineno,
    optimized: ste.type === "function",
    nested: ste.nested,
    symbols,
    children: ste.children.map(dump),
  };
}

function sortSymbols(t: PySymtable): PySymtable {
  const symbols: Record<string, number> = {};
  for (const k of Object.keys(t.symbols).sort()) symbols[k] = t.symbols[k]!;
  return { ...t, symbols, children: t.children.map(sortSymbols) };
}

const all = [...SYMTABLE_CASES, ...SYMTABLE_ERROR_CASES];
const answers = runOracle(all.map((source) => ({ source, filename: "<st>", want: ["ast", "symtable"] })));

all.forEach((source, i) => {
  test(`symtable ${i}: ${source.split("\n")[0]}`, async () => {
    const ans = answers[i]!;
    assert.ok(!ans.parse_error, `python could not parse: ${JSON.stringify(ans.parse_error)}`);
    const mod = await astFor(source, "exec", "<st>", ans);
    const ctx = { filename: "<st>", sourceLines: source.split("\n") };
    if (ans.symtable_error) {
      const e = ans.symtable_error;
      assert.throws(
        () => buildSymtable(mod, ctx, futureFromAst(mod, ctx)),
        (err: { msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number }) => {
          assert.deepEqual(
            {
              msg: err.msg,
              lineno: err.lineno,
              offset: err.offset,
              end_lineno: err.end_lineno,
              end_offset: err.end_offset,
            },
            {
              msg: e.msg,
              lineno: e.lineno,
              offset: e.offset,
              end_lineno: e.end_lineno,
              end_offset: e.end_offset,
            },
          );
          return true;
        },
      );
      return;
    }
    const st = buildSymtable(mod, ctx, futureFromAst(mod, ctx));
    assert.deepEqual(sortSymbols(dump(st.top)), sortSymbols(ans.symtable!));
  });
});
