/**
 * Mutations of real programs (the tests/py/ corpus) at three levels: tokens (delete, duplicate,
 * swap, replace with a keyword/operator/bracket), lines (delete, duplicate, swap, re-indent,
 * splice a line of another program) and characters (insert, delete, replace, including
 * control characters, NUL, astral characters and lone surrogates).
 */
import type { Rng } from "./random.js";

const TOKEN_RE =
  /[A-Za-z_][A-Za-z0-9_]*|\d[\d_.eEjJxXoObB]*|"""|'''|[frbuFRBU]*["']|\*\*=?|\/\/=?|>>=?|<<=?|->|:=|[-+*/%&|^@<>=!]=?|[()[\]{},.;:~\\]|\n|[ \t]+|#[^\n]*|./gsu;

const TOKEN_POOL = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  ",",
  ".",
  ";",
  "=",
  "==",
  "**",
  "*",
  "->",
  ":=",
  "@",
  "\\",
  "lambda",
  "yield",
  "await",
  "async",
  "def",
  "class",
  "return",
  "if",
  "else",
  "elif",
  "for",
  "in",
  "not",
  "is",
  "and",
  "or",
  "try",
  "except",
  "finally",
  "with",
  "as",
  "global",
  "nonlocal",
  "del",
  "pass",
  "break",
  "continue",
  "import",
  "from",
  "raise",
  "match",
  "case",
  "_",
  "*args",
  "**kw",
  "None",
  "True",
  "0",
  "-1",
  "10**100",
  "'s'",
  'f"{x}"',
  "b''",
  "\n",
  "\n    ",
  "\t",
  " ",
  "#",
  "'''",
  '"',
  "'",
  "f'",
  "{{",
  "}}",
  "!r",
  "...",
];

const CHAR_POOL = [
  "\0",
  "\x7f",
  "\r",
  "\f",
  "\v",
  "\t",
  "\\",
  "'",
  '"',
  "#",
  "é",
  "\u00a0",
  "\u2028",
  "\ufeff",
  "\ud800",
  "\udfff",
  "𝄞",
  "\u0300",
  "{",
  "}",
  "(",
  ")",
  "$",
  "?",
  "`",
  "!",
  "0",
  "9",
  "_",
  "j",
  "e",
  "x",
  " ",
  "\n",
];

export type MutationLevel = "token" | "line" | "char";

export function mutate(rng: Rng, source: string, corpus: readonly string[], level: MutationLevel): string {
  const rounds = rng.range(1, 4);
  let s = source;
  for (let i = 0; i < rounds; i++) {
    if (level === "token") s = mutateTokens(rng, s);
    else if (level === "line") s = mutateLines(rng, s, corpus);
    else s = mutateChars(rng, s);
  }
  return s;
}

function mutateTokens(rng: Rng, s: string): string {
  const tokens = s.match(TOKEN_RE) ?? [];
  if (tokens.length === 0) return rng.pick(TOKEN_POOL);
  const i = rng.int(tokens.length);
  switch (rng.int(5)) {
    case 0:
      tokens.splice(i, 1);
      break;
    case 1:
      tokens.splice(i, 0, tokens[i]!);
      break;
    case 2: {
      const j = rng.int(tokens.length);
      [tokens[i], tokens[j]] = [tokens[j]!, tokens[i]!];
      break;
    }
    case 3:
      tokens[i] = rng.pick(TOKEN_POOL);
      break;
    default:
      tokens.splice(i, 0, rng.pick(TOKEN_POOL));
  }
  return tokens.join("");
}

function mutateLines(rng: Rng, s: string, corpus: readonly string[]): string {
  const lines = s.split("\n");
  const i = rng.int(lines.length);
  switch (rng.int(6)) {
    case 0:
      lines.splice(i, 1);
      break;
    case 1:
      lines.splice(i, 0, lines[i]!);
      break;
    case 2: {
      const j = rng.int(lines.length);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      break;
    }
    case 3:
      lines[i] = rng.pick(["", " ", "    ", "\t", "        "]) + lines[i]!.trimStart();
      break;
    case 4: {
      const other = rng.pick(corpus).split("\n");
      lines.splice(i, 0, other[rng.int(other.length)]!);
      break;
    }
    default: {
      // truncate: a program cut anywhere (unterminated strings, brackets, blocks)
      const cut = rng.int(s.length + 1);
      return s.slice(0, cut);
    }
  }
  return lines.join("\n");
}

function mutateChars(rng: Rng, s: string): string {
  const i = rng.int(s.length + 1);
  switch (rng.int(3)) {
    case 0:
      return s.slice(0, i) + rng.pick(CHAR_POOL) + s.slice(i);
    case 1:
      return s.slice(0, i) + s.slice(i + 1);
    default:
      return s.slice(0, i) + rng.pick(CHAR_POOL) + s.slice(i + 1);
  }
}
