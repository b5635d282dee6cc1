// The power tables give exactly what the `**` they replace gives, over every exponent a double
// can hold a power of two for, and fall back to `**` outside it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { decimalDigits, pow2, pow10 } from "./powers.js";

test("pow2 equals 2 ** n for integers -1100..1100 and non-integers", () => {
  for (let n = -1100; n <= 1100; n++) assert.equal(pow2(n), 2 ** n, `2 ** ${n}`);
  for (const n of [0.5, -0.5, 10.25, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
    assert.equal(pow2(n), 2 ** n, `2 ** ${n}`);
});

test("pow10 equals 10 ** n for integers -5..30 and non-integers", () => {
  for (let n = -5; n <= 30; n++) assert.equal(pow10(n), 10 ** n, `10 ** ${n}`);
  assert.equal(pow10(1.5), 10 ** 1.5);
});

test("decimalDigits counts the digits String() writes, to 2 ** 53", () => {
  const values = [0, 1, 9, 10, 99, 100, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER];
  for (let k = 1; k <= 15; k++) values.push(10 ** k - 1, 10 ** k, 10 ** k + 1);
  for (const c of values) assert.equal(decimalDigits(c), String(c).length, String(c));
});
