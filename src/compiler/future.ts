/**
 * `from __future__ import ...` handling, as CPython 3.11's Python/future.c: only the leading
 * future statements count (after an optional docstring); most features are mandatory now and
 * change nothing, `annotations` and `barry_as_FLUFL` set code flags.
 */
import type * as ast from "../parser/index.js";
import { getDocString } from "./docstring.js";
import { type ErrorContext, makeSyntaxError } from "./errors.js";

export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

export interface FutureFeatures {
  /** CO_FUTURE_* bits. */
  features: number;
  /** Line of the last future statement (-1 if none). */
  lineno: number;
}

const MANDATORY = new Set([
  "nested_scopes",
  "generators",
  "division",
  "absolute_import",
  "with_statement",
  "print_function",
  "unicode_literals",
  "generator_stop",
]);

function checkFeatures(ff: FutureFeatures, s: ast.ImportFrom, ctx: ErrorContext): void {
  for (const a of s.names) {
    const feature = a.name;
    if (MANDATORY.has(feature)) continue;
    if (feature === "barry_as_FLUFL") ff.features |= CO_FUTURE_BARRY_AS_BDFL;
    else if (feature === "annotations") ff.features |= CO_FUTURE_ANNOTATIONS;
    else if (feature === "braces") throw futureError(ctx, "not a chance", s.lineno, s.col_offset + 1);
    else throw futureError(ctx, `future feature ${feature} is not defined`, s.lineno, s.col_offset + 1);
  }
}

function futureError(ctx: ErrorContext, msg: string, lineno: number, offset: number) {
  // PyErr_SyntaxLocationObject: no end position (end = start).
  const text = ctx.sourceLines?.[lineno - 1];
  return makeSyntaxError(
    msg,
    ctx.filename,
    lineno,
    offset,
    text === undefined ? null : `${text}\n`,
    lineno,
    null,
  );
}

/** _PyFuture_FromAST. */
export function futureFromAst(mod: ast.mod, ctx: ErrorContext): FutureFeatures {
  const ff: FutureFeatures = { features: 0, lineno: -1 };
  if (mod._type !== "Module" && mod._type !== "Interactive") return ff;
  const body = mod.body;
  if (body.length === 0) return ff;
  let i = 0;
  let done = false;
  let prevLine = 0;
  if (getDocString(body) !== null) i++;
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (done && s.lineno > prevLine) return ff;
    prevLine = s.lineno;
    if (s._type === "ImportFrom" && s.module === "__future__") {
      if (done) {
        throw futureError(
          ctx,
          "from __future__ imports must occur at the beginning of the file",
          s.lineno,
          s.col_offset,
        );
      }
      checkFeatures(ff, s, ctx);
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}
