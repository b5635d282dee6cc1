/**
 * Exact powers of 2 and 10 by table. V8 compiles `2 ** n` and `10 ** n` with a variable `n`
 * as a call of its pow routine, about 150 ns each on this Node (a table read is ~2 ns): dict
 * tables, int shifts, float formatting and decimal rounding computed one per operation.
 */

const POW2_MIN = -1074;
const POW2_MAX = 1023;
/** 2 ** (i + POW2_MIN): every power of two a double holds, subnormals included (all exact). */
const POW2 = new Float64Array(POW2_MAX - POW2_MIN + 1);
{
  let v = Number.MIN_VALUE; // 2 ** -1074
  for (let i = 0; i < POW2.length; i++, v *= 2) POW2[i] = v;
}

/** 2 ** n; a table read for an integer n a double can hold the power of. */
export function pow2(n: number): number {
  const i = n - POW2_MIN;
  return i >= 0 && i < POW2.length && (i | 0) === i ? POW2[i]! : 2 ** n;
}

/** 10 ** 0 .. 10 ** 22: the powers of ten a double holds exactly. */
const POW10 = new Float64Array(23);
{
  let v = 1;
  for (let i = 0; i < POW10.length; i++, v *= 10) POW10[i] = v;
}

/** 10 ** n; a table read for an integer 0 <= n <= 22. */
export function pow10(n: number): number {
  return n >= 0 && n < POW10.length && (n | 0) === n ? POW10[n]! : 10 ** n;
}

/** The number of decimal digits of a non-negative integer below 2 ** 53 (String(c).length). */
export function decimalDigits(c: number): number {
  let n = 1;
  while (n < 16 && c >= POW10[n]!) n++;
  return n;
}
