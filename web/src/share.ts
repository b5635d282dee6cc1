/** The program (and step) kept in the URL's fragment, compressed: a link reproduces the view. */
import LZString from "lz-string";

export interface SharedState {
  code?: string;
  example?: string;
  step?: number;
}

export function readHash(hash: string): SharedState {
  // not URLSearchParams: it would turn the "+" of lz-string's alphabet into spaces
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, "").split("&")) {
    const eq = part.indexOf("=");
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const out: SharedState = {};
  const code = params.get("code");
  if (code !== undefined) {
    const text = LZString.decompressFromEncodedURIComponent(code.replace(/%2B/gi, "+").replace(/%24/g, "$"));
    if (typeof text === "string") out.code = text;
  }
  const ex = params.get("example");
  if (ex !== undefined) out.example = ex;
  const step = Number(params.get("step"));
  if (params.has("step") && Number.isInteger(step) && step >= 1) out.step = step - 1;
  return out;
}

export function makeHash(code: string, step: number | null): string {
  let h = `#code=${LZString.compressToEncodedURIComponent(code)}`;
  if (step !== null && step >= 0) h += `&step=${step + 1}`;
  return h;
}
