// String literals: the `strings` rule's action (_PyPegen_concatenate_strings) and parsestr, which
// decodes one STRING token (CPython 3.11's Parser/action_helpers.c and Parser/string_parser.c).

import type * as A from "./ast.js";
import type { StrValue } from "./constant.js";
import { concatAndDel, concatFstring, FstringState, finish } from "./fstring.js";
import * as N from "./node_factory.js";
import type { ParserBase } from "./parser_base.js";
import {
  decodeBytesWithEscapes,
  decodeRawString,
  decodeStr,
  invalidEscapeMessage,
  LiteralDecodeError,
} from "./string_escapes.js";
import type { Token } from "./tokens.js";

/** What parsestr found in one STRING token. */
interface ParsedString {
  bytesmode: boolean;
  rawmode: boolean;
  /** The decoded value (str or bytes); null for an f-string. */
  value: StrValue | Uint8Array | null;
  /** For an f-string: the body's bounds in the token text. */
  fstart: number;
  fend: number;
}

/** _PyPegen_parsestr */
function parsestr(p: ParserBase, t: Token): ParsedString {
  const s = t.text;
  let i = 0;
  let bytesmode = false;
  let rawmode = false;
  let fmode = false;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 98 || c === 66) bytesmode = true;
    else if (c === 114 || c === 82) rawmode = true;
    else if (c === 102 || c === 70) fmode = true;
    else if (c !== 117 && c !== 85) break;
    i++;
  }
  const quote = s.charCodeAt(i);
  let start = i + 1;
  let end = s.length - 1;
  if (end - start >= 4 && s.charCodeAt(start) === quote && s.charCodeAt(start + 1) === quote) {
    // A triple-quoted string.
    start += 2;
    end -= 2;
  }
  if (fmode) return { bytesmode, rawmode, value: null, fstart: start, fend: end };
  const body = s.slice(start, end);
  rawmode = rawmode || !body.includes("\\");
  let value: StrValue | Uint8Array;
  try {
    if (bytesmode) {
      for (let k = 0; k < body.length; k++) {
        if (body.charCodeAt(k) >= 0x80) {
          p.raiseSyntaxErrorKnownLocation(t, "bytes can only contain ASCII literal characters");
        }
      }
      if (rawmode) {
        const b = new Uint8Array(body.length);
        for (let k = 0; k < body.length; k++) b[k] = body.charCodeAt(k);
        value = b;
      } else {
        value = decodeBytesWithEscapes(body);
      }
    } else {
      value = rawmode ? decodeRawString(body) : decodeStr(body, p.config.exactStrings);
    }
  } catch (e) {
    if (e instanceof LiteralDecodeError) return p.raiseSyntaxError(`(${e.errtype}) ${e.message}`);
    throw e;
  }
  if (!rawmode) p.warnInvalidEscape(t, invalidEscapeMessage);
  return { bytesmode, rawmode, value, fstart: 0, fend: 0 };
}

/** _PyPegen_concatenate_strings: the node for adjacent STRING tokens. */
export function concatenateStrings(p: ParserBase, toks: Token[]): A.expr {
  const first = toks[0];
  const last = toks[toks.length - 1];
  // Fast path: one plain string token.
  if (toks.length === 1) {
    const r = parsestr(p, first);
    if (r.value !== null) {
      if (r.bytesmode) return N.Constant({ kind: "bytes", value: r.value as Uint8Array }, null, first, last);
      return N.Constant(r.value as StrValue, first.text.charCodeAt(0) === 117 ? "u" : null, first, last);
    }
  }
  let bytesmode = false;
  const bytesParts: Uint8Array[] = [];
  const state = new FstringState(p.config.exactStrings);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const r = parsestr(p, t);
    if (i !== 0 && bytesmode !== r.bytesmode) p.raiseSyntaxError("cannot mix bytes and nonbytes literals");
    bytesmode = r.bytesmode;
    if (r.value === null) {
      concatFstring(p, state, t, r.fstart, r.fend, r.rawmode, first, last);
    } else if (bytesmode) {
      bytesParts.push(r.value as Uint8Array);
    } else {
      concatAndDel(state, r.value as StrValue);
    }
  }
  if (bytesmode) {
    let n = 0;
    for (const b of bytesParts) n += b.length;
    const value = new Uint8Array(n);
    let o = 0;
    for (const b of bytesParts) {
      value.set(b, o);
      o += b.length;
    }
    return N.Constant({ kind: "bytes", value }, null, first, last);
  }
  return finish(state, first, last);
}
