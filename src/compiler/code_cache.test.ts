/**
 * The compiled-code cache (code_cache.ts): units decode to exactly what the compiler made, for
 * every kind of constant and for the whole of lib/; a changed source or another build's key is
 * never used.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parse } from "../parser/index.js";
import {
  CodeCache,
  decodeModule,
  encodeCacheFile,
  encodeModule,
  sameUnit,
  sourceHash,
} from "./code_cache.js";
import { buildLibraryCache } from "./code_cache_build.js";
import { compile } from "./compile.js";

const LIB = fileURLToPath(new URL("../../lib/", import.meta.url));

function compileText(text: string, filename = "m.py") {
  const tree = parse(text, "exec", { filename });
  return compile(tree as Parameters<typeof compile>[0], filename, "exec", { source: text });
}

const EVERY_CONSTANT = `
"""doc"""
a = (None, True, False, 0, -5, 256, 2**62, -(2**70), 10**40, 1.5, -0.0, float("inf"), 1e308 * 10)
b = ("", "x", "caf\\u00e9", "\\ud800", "\\ud800" "\\udc00", "\\U0001f600", b"", b"\\x00\\xff", ..., 2j, 1+2j, -1j)
c = x in {1, 2.5, "s", b"b", None}
d = ((1, (2, ("deep",))), frozenset())
async def f(p, /, q=3, *r, s, t=(1,), **u):
    v = 1
    def g():
        nonlocal v
        return v, p
    try:
        return [w async for w in r]
    except* ValueError as e:
        raise
    finally:
        del v
class K:
    z: int = 1_000_000_000_000_000_000
    lam = lambda self, n=-3: n ** 2
match a:
    case (1, *rest) if rest: pass
    case {"k": [_, _]}: pass
`;

test("a unit with every kind of constant decodes to what was compiled", () => {
  const unit = compileText(EVERY_CONSTANT);
  const decoded = decodeModule(encodeModule(unit), "m.py");
  assert.ok(sameUnit(decoded, unit));
});

test("the decoded unit takes the filename it is given, in every nested unit", () => {
  const unit = compileText("def f():\n    def g(): pass\n", "/build/lib/m.py");
  const decoded = decodeModule(encodeModule(unit), "/elsewhere/lib/m.py");
  const inner = decoded.consts.find((c) => typeof c === "object" && c !== null && c.kind === "code");
  assert.equal(decoded.filename, "/elsewhere/lib/m.py");
  assert.ok(inner !== undefined && typeof inner === "object" && inner !== null && inner.kind === "code");
  assert.equal(inner.filename, "/elsewhere/lib/m.py");
});

test("sameUnit tells -0.0 from 0.0 and notices a changed instruction", () => {
  const a = compileText("x = -0.0\n");
  const b = compileText("x = 0.0\n");
  assert.ok(!sameUnit(a, b));
  const c = compileText("x = 1\n");
  const d = decodeModule(encodeModule(c), "m.py");
  d.code[0] = d.code[0]! + 1;
  assert.ok(!sameUnit(c, d));
});

test("a lookup is refused for changed source bytes and for another build's key", () => {
  const source = new TextEncoder().encode("x = 1\n");
  const file = encodeCacheFile("key-1", [
    { path: "m.py", hash: sourceHash(source), blob: encodeModule(compileText("x = 1\n")) },
  ]);
  const cache = CodeCache.open(file, "key-1");
  assert.ok(cache !== null);
  assert.ok(cache.lookup("m.py", source, "/lib/m.py") !== null);
  assert.equal(cache.lookup("m.py", new TextEncoder().encode("x = 2\n"), "/lib/m.py"), null);
  assert.equal(cache.lookup("n.py", source, "/lib/n.py"), null);
  assert.equal(CodeCache.open(file, "key-2"), null);
  assert.equal(CodeCache.open(new Uint8Array([1, 2, 3]), "key-1"), null);
});

test("a library module that warns at compile time is left to compile at import", () => {
  const dir = mkdtempSync(join(tmpdir(), "code-cache-test-"));
  try {
    mkdirSync(join(dir, "pkg"));
    writeFileSync(join(dir, "pkg", "__init__.py"), "y = 2\n");
    writeFileSync(join(dir, "ok.py"), "x = 1\n");
    writeFileSync(join(dir, "warns.py"), "assert (x, 'msg')\n");
    writeFileSync(join(dir, "broken.py"), "def (:\n");
    const { compiled, skipped } = buildLibraryCache(dir, "k");
    assert.deepEqual(compiled, ["ok.py", "pkg/__init__.py"]);
    assert.deepEqual(skipped, ["broken.py", "warns.py"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("all of lib/ goes through the cache unchanged", () => {
  // buildLibraryCache decodes every entry again and throws on any difference.
  const { compiled, skipped } = buildLibraryCache(LIB, "k");
  assert.ok(compiled.length > 50);
  assert.deepEqual(skipped, []);
});
