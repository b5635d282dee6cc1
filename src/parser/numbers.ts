// Numeric literal values (CPython's parsenumber in Parser/pegen.c).

import type { ConstantValue } from "./constant.js";

/** sys.int_info.default_max_str_digits: the limit on decimal int literals. */
const MAX_STR_DIGITS = 4300;

/**
 * The value of a NUMBER token: int (bigint), float (number) or imaginary. A decimal literal too
 * long for int conversion yields the ValueError message instead (a string).
 */
export function parseNumber(text: string): ConstantValue | string {
  if (text.includes("_")) text = text.replace(/_/g, "");
  const last = text.charCodeAt(text.length - 1);
  if (last === 106 || last === 74) {
    return { kind: "complex", imag: parseFloatLiteral(text.slice(0, -1)) };
  }
  const c0 = text.charCodeAt(0);
  if (c0 === 48 && text.length > 1) {
    const c1 = text.charCodeAt(1) | 0x20;
    if (c1 === 120 || c1 === 111 || c1 === 98) {
      // 0x / 0o / 0b
      return BigInt("0" + String.fromCharCode(c1) + text.slice(2));
    }
  }
  let isInt = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      isInt = false;
      break;
    }
  }
  if (isInt) {
    if (text.length > MAX_STR_DIGITS) {
      // Leading zeros count too: PyLong_FromString checks the digit count of the whole literal.
      return (
        `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: ` +
        `value has ${text.length} digits; use sys.set_int_max_str_digits() to increase the limit`
      );
    }
    if (text.length < 16) return BigInt(Number(text));
    return BigInt(text);
  }
  return parseFloatLiteral(text);
}

/** PyOS_string_to_double for a float literal (correctly rounded, overflow to inf). */
function parseFloatLiteral(text: string): number {
  return Number(text);
}
