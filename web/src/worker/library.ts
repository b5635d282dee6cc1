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
