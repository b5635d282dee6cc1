/**
 * _Py_Mangle: private name mangling. Inside `class C`, `__x` becomes `_C__x`; dunder names,
 * dotted names and classes named only with underscores are left alone.
 */
export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || !ident.startsWith("__")) return ident;
  if (ident.endsWith("__") || ident.includes(".")) return ident;
  let i = 0;
  while (i < privateName.length && privateName[i] === "_") i++;
  if (i === privateName.length) return ident;
  return `_${privateName.slice(i)}${ident}`;
}
