// The WebAssembly SipHash-1-3 (siphash.ts) against the JavaScript one it stands in for: same
// 64-bit results for every length (each tail size, several blocks, inputs that grow the module's
// memory) under several keys. python3 checks the values themselves (str.test.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  hashBytes,
  hashBytesPortable,
  hashString,
  hashUsesWasm,
  lcgUrandom,
  setHashSecret,
} from "./siphash.js";

test("WebAssembly and JavaScript SipHash agree", () => {
  assert.equal(hashUsesWasm, true, "Node has WebAssembly");
  let x = 12345;
  const rand = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 24;
  };
  for (const key of [new Uint8Array(24), lcgUrandom(1, 24), lcgUrandom(4294967295, 24)]) {
    setHashSecret(key);
    for (const n of [...Array.from({ length: 200 }, (_, i) => i), 1000, 65536, 200_001]) {
      const data = Uint8Array.from({ length: n + 3 }, rand);
      assert.equal(hashBytes(data, n), hashBytesPortable(data, n), `length ${n}`);
      assert.equal(hashBytes(data.subarray(0, n)), hashBytesPortable(data.subarray(0, n)), `length ${n}`);
    }
    const s = "x\u00e9\u4e00\u{1f600}".repeat(50_000);
    const bytes = new Uint8Array(new Uint32Array(Array.from(s, (c) => c.codePointAt(0)!)).buffer);
    assert.equal(hashString(s, 4), hashBytesPortable(bytes));
  }
  setHashSecret(new Uint8Array(24));
  assert.equal(hashString("abc", 1), -4594863902769663758n); // python3, PYTHONHASHSEED=0
});
