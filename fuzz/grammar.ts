/**
 * Grammar-based Python programs: random statements and expressions over a small set of names,
 * mostly valid (so they reach the compiler and the VM), bounded (loops over small ranges) and
 * sometimes deliberately odd (deep nesting, huge literals, unusual but legal syntax).
 */
import type { Rng } from "./random.js";

const NAMES = ["a", "b", "c", "x", "y", "n", "s", "lst", "d", "f", "g", "C", "obj", "it"];
const BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"];
const CMPOPS = ["<", "<=", ">", ">=", "==", "!=", "is", "is not", "in", "not in"];
const AUGOPS = ["+=", "-=", "*=", "//=", "%=", "|=", "&=", "^=", ">>=", "<<=", "**=", "/="];
const BUILTINS = [
  "len",
  "repr",
  "str",
  "int",
  "float",
  "bool",
  "list",
  "tuple",
  "set",
  "frozenset",
  "dict",
  "sorted",
  "reversed",
  "min",
  "max",
  "sum",
  "abs",
  "hash",
  "id",
  "type",
  "iter",
  "next",
  "any",
  "all",
  "enumerate",
  "zip",
  "map",
  "filter",
  "divmod",
  "pow",
  "round",
  "chr",
  "ord",
  "hex",
  "bin",
  "oct",
  "format",
  "isinstance",
  "getattr",
  "hasattr",
  "callable",
  "vars",
  "dir",
  "bytes",
  "bytearray",
  "complex",
  "slice",
  "range",
  "print",
  "memoryview",
  "object",
  "super",
  "ascii",
];
const METHODS = [
  "append",
  "pop",
  "insert",
  "remove",
  "index",
  "count",
  "sort",
  "reverse",
  "copy",
  "clear",
  "extend",
  "keys",
  "values",
  "items",
  "get",
  "setdefault",
  "update",
  "add",
  "discard",
  "union",
  "split",
  "join",
  "strip",
  "replace",
  "find",
  "upper",
  "lower",
  "format",
  "encode",
  "decode",
  "startswith",
  "endswith",
  "partition",
  "zfill",
  "center",
  "ljust",
  "expandtabs",
  "splitlines",
  "translate",
  "__class__",
  "__dict__",
  "__len__",
  "__repr__",
  "__eq__",
  "__hash__",
  "__iter__",
  "__init__",
  "__getitem__",
  "bit_length",
  "to_bytes",
  "hex",
  "is_integer",
  "conjugate",
  "real",
];
const STRINGS = [
  "''",
  "'abc'",
  '"a b c"',
  "'\\n\\t'",
  "'é€𝄞'",
  "'\\x00'",
  "b'xy'",
  "rb'\\d'",
  "'%s %d'",
  "'{} {}'",
  "'{0!r:>10}'",
  "'''tri\nple'''",
  "'\\N{BULLET}'",
  "'\\ud800'",
  "u'x'",
  "' '*3",
];

/** Generates one random program. */
export class ProgramGenerator {
  private depth = 0;
  constructor(private readonly rng: Rng) {}

  program(): string {
    const n = this.rng.range(1, 12);
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(...this.statement(0));
    return `${lines.join("\n")}\n`;
  }

  private name(): string {
    return this.rng.pick(NAMES);
  }

  private int(): string {
    const r = this.rng;
    switch (r.int(9)) {
      case 0:
        return String(r.range(-5, 300));
      case 1:
        return `${r.pick(["", "-"])}${r.pick(["2**63", "2**64", "10**20", "2**1000", "10**100", "2**31", "2**53"])}`;
      case 2:
        return r.pick(["0x1F", "0o17", "0b101", "1_000", "0", "00", "9" + "9".repeat(r.int(40))]);
      case 3:
        return r.pick(["True", "False", "None", "...", "NotImplemented"]);
      case 4:
        return r.pick([
          "1.5",
          "-0.0",
          "1e308",
          "1e-320",
          "float('inf')",
          "float('nan')",
          "3j",
          "1e400",
          ".5",
        ]);
      default:
        return String(r.range(0, 10));
    }
  }

  expr(): string {
    this.depth++;
    try {
      const r = this.rng;
      if (this.depth > 4 || r.chance(0.3)) return this.atom();
      switch (r.int(22)) {
        case 0:
        case 1:
        case 2:
          return `${this.expr()} ${r.pick(BINOPS)} ${this.expr()}`;
        case 3:
          return `${this.expr()} ${r.pick(CMPOPS)} ${this.expr()}`;
        case 4:
          return `${r.pick(["-", "+", "~", "not "])}${this.expr()}`;
        case 5:
          return `(${this.expr()} ${r.pick(["and", "or"])} ${this.expr()})`;
        case 6:
          return `${this.expr()} if ${this.expr()} else ${this.expr()}`;
        case 7:
          return `${r.pick(BUILTINS)}(${this.args()})`;
        case 8:
          return `${this.atom()}.${r.pick(METHODS)}(${this.args()})`;
        case 9:
          return `${this.atom()}[${this.subscript()}]`;
        case 10:
          return `[${this.exprs()}]`;
        case 11:
          return `(${this.exprs()},)`;
        case 12:
          return `{${this.exprs()}}`;
        case 13:
          return `{${this.expr()}: ${this.expr()}, ${this.expr()}: ${this.expr()}}`;
        case 14:
          return `[${this.expr()} for ${this.name()} in ${this.iterable()}${r.chance(0.3) ? ` if ${this.expr()}` : ""}]`;
        case 15:
          return `{${this.name()}: ${this.expr()} for ${this.name()} in ${this.iterable()}}`;
        case 16:
          return `(lambda ${this.params()}: ${this.expr()})(${this.args()})`;
        case 17:
          return `f'{${this.expr()}${r.pick(["", "!r", "!s", "!a", ":>8", ":.3", ":x", ":,", ":=^7", ":{n}"])}} ${r.pick(["", "{{", "x"])}'`;
        case 18:
          return `(${this.name()} := ${this.expr()})`;
        case 19:
          return `${this.expr()} % (${this.exprs()})`;
        case 20:
          return `${r.pick(["'{}'", "'{!r}-{}'", "'{0}{0}'", "'{:>{}}'"])}.format(${this.args()})`;
        default:
          return `(${this.expr()})`;
      }
    } finally {
      this.depth--;
    }
  }

  private atom(): string {
    const r = this.rng;
    switch (r.int(6)) {
      case 0:
      case 1:
        return this.name();
      case 2:
        return r.pick(STRINGS);
      case 3:
        return `${r.pick(["[]", "()", "{}", "[1, 2, 3]", "(1, 'a')", "{1: 2}", "{1, 2}", "range(5)"])}`;
      default:
        return this.int();
    }
  }

  private exprs(): string {
    const n = this.rng.int(4);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(this.rng.chance(0.1) ? `*${this.atom()}` : this.expr());
    return parts.join(", ");
  }

  private args(): string {
    const r = this.rng;
    const n = r.int(4);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(this.expr());
    if (r.chance(0.15))
      parts.push(`${r.pick(["key", "reverse", "sep", "end", "default", "base", "x"])}=${this.expr()}`);
    if (r.chance(0.05)) parts.push(`*${this.atom()}`);
    if (r.chance(0.05)) parts.push(`**${this.atom()}`);
    return parts.join(", ");
  }

  private subscript(): string {
    const r = this.rng;
    if (r.chance(0.5)) return this.expr();
    const p = () => (r.chance(0.3) ? "" : this.int());
    return r.chance(0.5) ? `${p()}:${p()}` : `${p()}:${p()}:${p()}`;
  }

  private iterable(): string {
    const r = this.rng;
    return r.chance(0.5)
      ? `range(${r.range(-2, 6)})`
      : r.pick(["'abc'", "[1, 2, 3]", "(x for x in 'ab')", "{1: 2}", this.name()]);
  }

  private params(): string {
    const r = this.rng;
    return r.pick(["", "a", "a, b", "a, b=2", "*args", "**kw", "a, /, b", "*, k=1", "a=1, *rest, k, **kw"]);
  }

  private target(): string {
    const r = this.rng;
    switch (r.int(6)) {
      case 0:
        return `${this.name()}, ${this.name()}`;
      case 1:
        return `${this.name()}[${this.expr()}]`;
      case 2:
        return `${this.name()}.${r.pick(["attr", "x", "__class__", "__dict__", "y"])}`;
      case 3:
        return `[${this.name()}, *${this.name()}]`;
      default:
        return this.name();
    }
  }

  statement(indent: number): string[] {
    const r = this.rng;
    const pad = "    ".repeat(indent);
    const body = (): string[] => {
      const lines: string[] = [];
      const n = r.range(1, 3);
      for (let i = 0; i < n; i++) lines.push(...this.statement(indent + 1));
      return lines;
    };
    if (indent >= 4) return [`${pad}${this.name()} = ${this.expr()}`];
    switch (r.int(24)) {
      case 0:
      case 1:
      case 2:
        return [`${pad}${this.target()} = ${this.expr()}`];
      case 3:
        return [`${pad}${this.name()} ${r.pick(AUGOPS)} ${this.expr()}`];
      case 4:
      case 5:
        return [`${pad}print(${this.args()})`];
      case 6:
        return [`${pad}if ${this.expr()}:`, ...body(), ...(r.chance(0.5) ? [`${pad}else:`, ...body()] : [])];
      case 7:
        return [`${pad}for ${this.name()} in ${this.iterable()}:`, ...body()];
      case 8:
        return [
          `${pad}while ${this.name()} ${r.pick(["<", ">"])} ${r.range(0, 5)}:`,
          `${pad}    ${this.name()} = ${this.int()}`,
          ...body(),
          `${pad}    break`,
        ];
      case 9:
        return [
          `${pad}try:`,
          ...body(),
          `${pad}except ${r.pick(["Exception", "(TypeError, ValueError)", "BaseException as e", "ZeroDivisionError", "*ValueError"])}:`,
          ...body(),
          ...(r.chance(0.3) ? [`${pad}finally:`, ...body()] : []),
        ];
      case 10:
        return [
          `${pad}def ${r.pick(["f", "g"])}(${this.params()}):`,
          ...body(),
          `${pad}    return ${this.expr()}`,
        ];
      case 11:
        return [
          `${pad}class C${r.pick(["", "(object)", "(Exception)", "(int)", "(list)", "(dict)"])}:`,
          `${pad}    attr = ${this.expr()}`,
          ...(r.chance(0.5) ? [`${pad}    def __repr__(self):`, `${pad}        return ${this.expr()}`] : []),
        ];
      case 12:
        return [
          `${pad}${r.pick(["del", "assert", "return", "raise", "yield", "global", "nonlocal", "pass", "break", "continue"])} ${this.name()}`,
        ];
      case 13:
        return [
          `${pad}with ${r.pick(["open('/dev/null')", "memoryview(b'x')", "C()", this.name()])} as ${this.name()}:`,
          ...body(),
        ];
      case 14:
        return [
          `${pad}match ${this.expr()}:`,
          `${pad}    case ${r.pick(["[a, *b]", "{'k': v}", "C(x=1)", "1 | 2", "str() as s", "_", "(a, b)", "None"])}:`,
          ...this.indented(body(), 1),
        ];
      case 15:
        return [
          `${pad}import ${r.pick(["sys", "math", "os", "gc", "itertools", "collections", "json", "re", "functools", "io", "nonexistent_mod", "os.path", "struct"])}`,
        ];
      case 16:
        // deep nesting is costly to compile (3000 nested lambdas): one program in ~15 has it
        return [`${pad}${this.name()} = ${r.chance(0.25) ? this.deepExpr() : this.expr()}`];
      case 17:
        return [
          `${pad}async def h():`,
          `${pad}    await ${this.expr()}`,
          `${pad}    async for q in ${this.name()}: pass`,
        ];
      case 18:
        return [
          `${pad}def gen():`,
          `${pad}    yield ${this.expr()}`,
          `${pad}    yield from ${this.iterable()}`,
          `${pad}${this.name()} = list(gen())`,
        ];
      case 19:
        return [
          `${pad}@${r.pick(["staticmethod", "property", "classmethod", "f", "lambda q: q"])}`,
          `${pad}def f(${this.params()}): return ${this.expr()}`,
        ];
      case 20:
        return [`${pad}${this.name()} = ${this.expr()}; ${this.expr()}`];
      default:
        return [`${pad}${this.expr()}`];
    }
  }

  private indented(lines: string[], by: number): string[] {
    return lines.map((l) => "    ".repeat(by) + l);
  }

  /** Deep nesting: parser and compiler recursion, repr of nested containers. */
  private deepExpr(): string {
    const r = this.rng;
    let n = r.pick([50, 100, 200, 1000, 3000]);
    const [open, close] = r.pick([
      ["[", "]"],
      ["(", ")"],
      ["{1: ", "}"],
      ["-", ""],
      ["not ", ""],
      ["(1+", ")"],
      ["f(", ")"],
      ["[[", "]]"],
      ["lambda: ", ""],
    ] as const);
    // nested scopes and calls past a few hundred levels are rare and slow: brackets stop at 200 anyway
    if (open === "lambda: " || open === "f(") n = Math.min(n, 300);
    return `${open.repeat(n)}1${close.repeat(n)}`;
  }
}
