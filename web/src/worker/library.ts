/** heapstack's Python library (lib/**\/*.py), bundled into the worker as text: path under lib/ -> source. */
const modules = import.meta.glob("../../../lib/**/*.py", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

export function libraryFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(modules)) out[key.slice(key.indexOf("/lib/") + 5)] = text;
  return out;
}

/**
 * The compiled-code cache of lib/ that `npm run build` makes (dist/stdlib-code.bin), inlined into
 * the worker; null when there is none (the worker then compiles library modules from source).
 */
const codeCacheFiles = import.meta.glob("../../../dist/stdlib-code.bin", {
  query: "?inline",
  import: "default",
  eager: true,
}) as Record<string, string>;

let codeCache: Uint8Array | null | undefined;

export function libraryCodeCache(): Uint8Array | null {
  if (codeCache !== undefined) return codeCache;
  const dataUrl = Object.values(codeCacheFiles)[0];
  if (dataUrl === undefined) return (codeCache = null);
  const binary = atob(dataUrl.slice(dataUrl.indexOf(",") + 1));
  codeCache = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) codeCache[i] = binary.charCodeAt(i);
  return codeCache;
}
