/**
 * Differential fuzzing: a generated program of a few hundred guarded expressions (arithmetic on
 * ints, floats and bools including huge and negative values, formatting, string methods and
 * slicing, container operations, comparisons) runs under python3 and under heapstack; every
 * case prints its repr or its exception's type and message, and the outputs must be identical.
 */
import { spawnSync } from "node:child_process";
import { Rng } from "./random.js";
import { runInProcess, type Violation } from "./targets.js";

const INTS = [
  "0",
  "1",
  "-1",
  "2",
  "3",
  "-3",
  "7",
  "-7",
  "10",
  "255",
  "-256",
  "2**31",
  "-2**31",
  "2**32 - 1",
  "2**53",
  "2**53 + 1",
  "-(2**53) - 1",
  "2**63",
  "-2**63",
  "2**64 + 1",
  "10**20",
  "-(10**30)",
  "12345678901234567890123",
  "3**100",
  "-(7**77)",
  "True",
  "False",
];
const FLOATS = [
  "0.0",
  "-0.0",
  "0.1",
  "1.5",
  "-2.5",
  "2.5",
  "3.0",
  "-7.25",
  "1e16",
  "1e22",
  "1e308",
  "-1e308",
  "1e-308",
  "5e-324",
  "123456789.123",
  'float("inf")',
  'float("-inf")',
  'float("nan")',
  "2.0**53",
  "0.5",
  "1/3",
];
const SMALL = ["0", "1", "2", "3", "-1", "-2", "5", "10", "64", "100", "0.5", "-0.5", "2.0"];
const STRS = [
  "''",
  "'a'",
  "'abc'",
  "'Hello World'",
  "'  pad  '",
  "'a,b,,c'",
  "'a\\tb\\nc\\r\\nd'",
  "'ÀÉÎõü'",
  "'ß'",
  "'ǅ'",
  "'€uro'",
  "'𝄞x𝄞'",
  "'123'",
  "'-0x1f'",
  "'1_000'",
  "' 12 '",
  "'٣'",
  "'½'",
  "'aAbB'",
  "'x' * 5",
  "'mississippi'",
  "'snake_case_name'",
  "'Title Case'",
  "'\\x00\\x7f'",
];
const FORMAT_SPECS = [
  "",
  "d",
  "x",
  "X",
  "#x",
  "b",
  "#o",
  "e",
  "E",
  ".3f",
  ".0f",
  ",",
  "_",
  ">10",
  "<6",
  "^9",
  "*^9",
  "+",
  " ",
  "g",
  ".3g",
  "G",
  "%",
  ".1%",
  "08.2f",
  "010",
  "-08",
  ".2e",
  ",.2f",
  "_b",
  "c",
  "n",
  "=+10",
  "r",
  "s",
  ".2",
  "#.0f",
  ".20f",
  ".17g",
  "#g",
];
const PERCENT = [
  "%d",
  "%5d",
  "%-5d|",
  "%05d",
  "%x",
  "%#X",
  "%o",
  "%e",
  "%.3f",
  "%g",
  "%10.4g",
  "%r",
  "%s",
  "%c",
  "%i",
  "%+d",
  "% d",
  "%.0e",
  "%a",
  "%%",
];
const LISTS = [
  "[]",
  "[1, 2, 3]",
  "[3, 1, 2, 1]",
  "['b', 'a', 'c']",
  "[1, 'a']",
  "[[1], [0]]",
  "[0.5, -1, True]",
  "list(range(10))",
  "[0.0]",
];
const DICTS = ["{}", "{1: 'a', 2: 'b'}", "{'x': 1, 'y': 2}", "{True: 1, 1.0: 2}", "dict.fromkeys('abc', 0)"];
const SETS = ["set()", "{1, 2, 3}", "{3, 4}", "frozenset({1, 5})", "{'a', 'b'}", "set(range(5))"];
const TUPLES = ["()", "(1,)", "(1, 2, 3)", "(1, 'a', None)", "((1, 2), (3,))", "(0.5, -0.0)"];
const STR_METHODS = [
  "upper()",
  "lower()",
  "title()",
  "capitalize()",
  "swapcase()",
  "casefold()",
  "strip()",
  "lstrip('a ')",
  "rstrip('c')",
  "split()",
  "split(',')",
  "split(',', 1)",
  "rsplit(None, 1)",
  "rsplit('s', 2)",
  "splitlines()",
  "splitlines(True)",
  "partition('s')",
  "rpartition('s')",
  "find('s')",
  "rfind('s', 2)",
  "find('', 99)",
  "index('z')",
  "count('s')",
  "count('')",
  "replace('s', 'S')",
  "replace('', '-')",
  "replace('s', '', 2)",
  "center(11, '*')",
  "ljust(8)",
  "rjust(8, '0')",
  "zfill(6)",
  "expandtabs(4)",
  "startswith(('a', 'm'))",
  "endswith('i', 0, 5)",
  "isdigit()",
  "isdecimal()",
  "isnumeric()",
  "isalpha()",
  "isalnum()",
  "isidentifier()",
  "isspace()",
  "istitle()",
  "isupper()",
  "isprintable()",
  "isascii()",
  "encode()",
  "encode('ascii', 'replace')",
  "encode('latin-1')",
  "removeprefix('mi')",
  "removesuffix('pi')",
  "join(['1', '2'])",
  "translate({97: 'A', 115: None})",
  "format(1, 'b')",
  "__len__()",
  "__mul__(3)",
  "__contains__('ss')",
  "__getitem__(-1)",
];

/** One generated case: an expression whose repr (or exception) both interpreters print. */
export class CaseGenerator {
  constructor(private readonly rng: Rng) {}

  private num(): string {
    const r = this.rng;
    return r.chance(0.6) ? r.pick(INTS) : r.pick(FLOATS);
  }

  private p(s: string): string {
    return `(${s})`;
  }

  next(): string {
    const r = this.rng;
    switch (r.int(21)) {
      case 19:
      case 20: {
        // wrong types and argument counts: TypeError/ValueError messages
        const args = [
          "",
          "1",
          "'a'",
          "None",
          "[]",
          "1.5",
          "1, 2",
          "1, 2, 3",
          "x=1",
          "'a', 'b'",
          "-1",
          "2**100",
          "b'x'",
          "()",
          "{}",
        ];
        const callee = r.pick([
          "'abc'.split",
          "'abc'.join",
          "'abc'.center",
          "'abc'.replace",
          "'abc'.startswith",
          "'abc'.find",
          "'abc'.encode",
          "'abc'.zfill",
          "'a{}b'.format",
          "'{0}{x}'.format",
          "[1, 2].append",
          "[1, 2].index",
          "[1, 2].insert",
          "[1, 2].pop",
          "[3, 1].sort",
          "{1: 2}.pop",
          "{1: 2}.get",
          "{1: 2}.update",
          "{1}.add",
          "(1, 2).index",
          "b'ab'.split",
          "bytearray(b'ab').append",
          "int",
          "float",
          "str",
          "bytes",
          "complex",
          "range",
          "slice",
          "len",
          "abs",
          "min",
          "max",
          "sum",
          "sorted",
          "divmod",
          "pow",
          "round",
          "chr",
          "ord",
          "hex",
          "bin",
          "iter",
          "next",
          "isinstance",
          "issubclass",
          "getattr",
          "hash",
          "format",
          "int.from_bytes",
          "(5).to_bytes",
          "dict",
          "set",
          "frozenset",
          "list",
          "tuple",
          "enumerate",
          "zip",
          "map",
          "filter",
          "reversed",
          "bool",
          "object",
          "type",
          "math.sqrt",
          "math.gcd",
          "math.log",
          "math.comb",
          "math.isqrt",
        ]);
        if (r.chance(0.25))
          return `${this.p(r.pick([...INTS, ...STRS, ...LISTS, ...DICTS, "None", "1.5", "b'x'"]))} ${r.pick(["+", "-", "*", "/", "%", "<", "&", "@", "in"])} ${this.p(r.pick([...INTS, ...STRS, ...LISTS, ...DICTS, "None", "1.5", "b'x'"]))}`;
        if (r.chance(0.15))
          return `${this.p(r.pick([...STRS, ...LISTS, ...DICTS, ...TUPLES, "None", "3", "b'x'", "range(3)"]))}[${r.pick(["'a'", "1.5", "None", "[]", "10", "-10", "2**100", "slice(None, None, 0)", "1:2:0", "(1, 2)"])}]`;
        return `${callee}(${r.pick(args)})`;
      }
      case 17:
        return r.pick([
          `${this.p(r.pick(STRS))}.encode('${r.pick(["utf-8", "utf-16", "utf-32-le", "latin-1", "ascii", "utf-16-be"])}', '${r.pick(["strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape"])}')`,
          `${r.pick(["b'\\xff\\xfeA\\x00'", "b'abc\\x80'", "b'\\xe2\\x82'", "b'\\xc3\\xa9'", "b''", "bytes(range(250, 256))"])}.decode('${r.pick(["utf-8", "utf-16", "latin-1", "ascii", "utf-8-sig", "utf-32"])}', '${r.pick(["strict", "replace", "ignore", "backslashreplace", "surrogateescape"])}')`,
          `len(str(10 ** ${r.pick(["4299", "4300", "100"])}))`,
          `int('${r.pick(["1", "9"])}' * ${r.pick(["4300", "4301", "5000"])})`,
          `str(-(10 ** ${r.pick(["4299", "4300"])}))[:5]`,
          `'{:.{}f}'.format(${r.pick(FLOATS)}, ${r.pick(["0", "1", "5", "30"])})`,
          `'{:{}{}}'.format(${this.num()}, '${r.pick(["<", ">", "^", "="])}', ${r.pick(["0", "5", "12"])})`,
          `'%s|%r|%a' % (${r.pick(STRS)}, ${r.pick(STRS)}, ${r.pick(STRS)})`,
          `'%(a)s-%(b)05.1f' % {'a': ${r.pick(STRS)}, 'b': ${this.num()}}`,
          `${this.p(r.pick(STRS))}.format_map({})`,
          `str(${r.pick(["b'x'", "1j", "-0j", "complex(1, -0.0)", "(1+2j) * (3-4j)", "(1+2j) / (3-4j)", "1e300j * 1e10"])})`,
          `float.fromhex('${r.pick(["0x1p-1074", "0x1.fffffffffffffp1023", "-0x1p0", "0x.8p1", "inf", "0x1p1024"])}')`,
          `int.from_bytes(${r.pick(["b'\\x00\\xff'", "b''", "b'\\x80'", "bytes(9)"])}, '${r.pick(["big", "little"])}', signed=${r.pick(["True", "False"])})`,
        ]);
      case 18: {
        const v = this.num();
        return r.pick([
          `${v} // ${r.pick(FLOATS)}`,
          `${v} % ${r.pick(FLOATS)}`,
          `divmod(${v}, ${r.pick(FLOATS)})`,
          `${r.pick(FLOATS)} % ${v}`,
          `math.fmod(${v}, ${r.pick(INTS)})`,
          `${v} * ${r.pick(FLOATS)}`,
          `${r.pick(INTS)} / ${r.pick(INTS)}`,
        ]);
      }
      case 0:
      case 1:
      case 2:
        return `${this.p(this.num())} ${r.pick(["+", "-", "*", "/", "//", "%"])} ${this.p(this.num())}`;
      case 3:
        return `${this.p(this.num())} ** ${this.p(r.pick(SMALL))}`;
      case 4:
        return r.pick([
          `divmod(${this.num()}, ${this.num()})`,
          `pow(${r.pick(INTS)}, ${r.pick(["2", "3", "-1", "0", "65"])}, ${r.pick(["7", "-7", "97", "2**64", "1"])})`,
          `round(${this.num()})`,
          `round(${this.num()}, ${r.pick(["0", "1", "2", "-1", "-2", "5", "-30", "400"])})`,
          `abs(${this.num()})`,
          `int(${r.pick(FLOATS)})`,
          `float(${r.pick(INTS)})`,
          `(${r.pick(FLOATS)}).as_integer_ratio()`,
          `(${r.pick(FLOATS)}).is_integer()`,
          `(${r.pick(FLOATS)}).hex()`,
          `(${r.pick(INTS)}).bit_length()`,
          `(${r.pick(INTS)}).to_bytes(${r.pick(["8", "2", "20"])}, '${r.pick(["big", "little"])}', signed=${r.pick(["True", "False"])})`,
          `hash(${r.pick([...INTS, ...FLOATS.filter((f) => !f.includes("nan"))])})`,
          `complex(${this.num()}, ${this.num()})`,
          `${this.num()} == ${this.num()}`,
          `(${r.pick(FLOATS)}).__trunc__()`,
          `int('${r.pick(["12", "-0", "0x1f", "1_0", " 7 ", "1e3", "٣", "ff", "z"])}', ${r.pick(["10", "16", "0", "36", "2"])})`,
          `float('${r.pick(["1e5", "-inf", "nan", "1_0.5", " 2.5 ", "0x10", "infinity", "1e999", ".e1", "1."])}')`,
          `math.${r.pick(["floor", "ceil", "trunc", "sqrt", "log", "exp", "fabs", "isqrt", "factorial", "gcd", "log2", "log10"])}(${this.num()})`,
          `math.${r.pick(["fmod", "copysign", "remainder", "atan2", "hypot", "comb", "perm", "ldexp", "pow", "isclose"])}(${this.num()}, ${r.pick(SMALL)})`,
        ]);
      case 5:
        return `${this.p(r.pick(INTS))} ${r.pick(["&", "|", "^", "<<", ">>"])} ${this.p(r.pick(["0", "1", "3", "10", "31", "64", "70", "100", "1000", "-1", "True"]))}`;
      case 6:
        return `${r.pick(["~", "-", "+", "not "])}${this.p(this.num())}`;
      case 7: {
        const ops = ["<", "<=", ">", ">=", "==", "!="];
        const pool = r.pick([INTS, FLOATS, STRS, LISTS, TUPLES, SETS]);
        return `${this.p(r.pick(pool))} ${r.pick(ops)} ${this.p(r.pick(r.chance(0.8) ? pool : FLOATS))}`;
      }
      case 8:
        return `format(${this.num()}, '${r.pick(FORMAT_SPECS)}')`;
      case 9:
        return r.chance(0.5)
          ? `'${r.pick(PERCENT)}' % (${this.num()},)`
          : `f'{${this.num()}:${r.pick(FORMAT_SPECS)}}'`;
      case 10:
        return `${this.p(r.pick(STRS))}.${r.pick(STR_METHODS)}`;
      case 11:
        return `${this.p(r.pick([...STRS, ...LISTS, ...TUPLES, "b'bytes!'", "bytearray(b'abcdef')", "range(-3, 20, 3)"]))}[${this.slice()}]`;
      case 12:
        return `${this.p(r.pick(STRS))} ${r.pick(["*", "+", "in", "not in", "%"])} ${this.p(r.pick([...STRS, "3", "-1", "0", "2**63", "True", "(1, 2)"]))}`;
      case 13:
        return r.pick([
          `${r.pick(LISTS)} + ${r.pick(LISTS)}`,
          `${r.pick(LISTS)} * ${r.pick(["2", "0", "-1", "True"])}`,
          `sorted(${r.pick([...LISTS, ...SETS, ...STRS])}${r.pick(["", ", reverse=True", ", key=str", ", key=abs"])})`,
          `${r.pick(LISTS)}.index(${r.pick(["1", "'a'", "0", "2"])}${r.pick(["", ", 1", ", -2", ", 1, 2"])})`,
          `${r.pick(LISTS)}.count(1)`,
          `list(reversed(${r.pick(LISTS)}))`,
          `min(${r.pick([...LISTS, ...STRS, ...SETS])}${r.pick(["", ", default=9", ", key=str"])})`,
          `max(${this.num()}, ${this.num()})`,
          `sum(${r.pick([...LISTS, ...TUPLES])}${r.pick(["", ", 0.5", ", start=[]"])})`,
          `[*${r.pick(LISTS)}, *${r.pick(STRS)}]`,
          `list(zip(${r.pick(LISTS)}, ${r.pick(STRS)}${r.pick(["", ", strict=True"])}))`,
          `list(enumerate(${r.pick(STRS)}, ${r.pick(["0", "-2", "2**64"])}))`,
          `(lambda l: (l.insert(${r.pick(["0", "-1", "99", "-99"])}, 'n'), l)[1])(${r.pick(LISTS)})`,
          `(lambda l: (l.pop(${r.pick(["", "0", "-1", "5"])}), l)[1])(${r.pick(LISTS)})`,
          `(lambda l: (l.__setitem__(slice(${this.sliceArgs()}), [7, 8]), l)[1])(${r.pick(LISTS)})`,
          `(lambda l: (l.__delitem__(slice(${this.sliceArgs()})), l)[1])(${r.pick(LISTS)})`,
          `(lambda l: (l.sort(), l)[1])(${r.pick(LISTS)})`,
          `(lambda l: (l.extend(${r.pick([...STRS, ...LISTS])}), l)[1])(${r.pick(LISTS)})`,
        ]);
      case 14:
        return r.pick([
          `${r.pick(DICTS)} | ${r.pick(DICTS)}`,
          `{**${r.pick(DICTS)}, **${r.pick(DICTS)}}`,
          `${r.pick(DICTS)}.get(${r.pick(["1", "'x'", "3", "True"])}, 'dflt')`,
          `list(${r.pick(DICTS)}.items())`,
          `${r.pick(DICTS)}[${r.pick(["1", "'x'", "[]"])}]`,
          `(lambda d: (d.setdefault(${r.pick(["1", "'z'"])}, []), d)[1])(${r.pick(DICTS)})`,
          `(lambda d: (d.pop(${r.pick(["1", "'y'", "9"])}), d)[1])(${r.pick(DICTS)})`,
          `(lambda d: (d.popitem(), d)[1])(${r.pick(DICTS)})`,
          `dict(zip('abc', range(3)))`,
          `${r.pick(DICTS)} == ${r.pick(DICTS)}`,
          `sorted(${r.pick(DICTS)})`,
          `dict(${r.pick(["[(1, 2), (3, 4)]", "a=1", "[[1]]", "[(1, 2, 3)]", "{}"])})`,
        ]);
      case 15:
        return r.pick([
          `${r.pick(SETS)} ${r.pick(["|", "&", "-", "^", "<=", "<", ">", "=="])} ${r.pick(SETS)}`,
          `${r.pick(SETS)}.${r.pick(["issubset", "issuperset", "isdisjoint", "union", "intersection", "difference", "symmetric_difference"])}(${r.pick([...SETS, ...LISTS, ...STRS])})`,
          `sorted(${r.pick(SETS)})`,
          `len(${r.pick(SETS)})`,
          `hash(${r.pick(["frozenset()", "frozenset({1, 2})", "(1, 2)", "()", "('a', 1.5)", "'abc'", "b'abc'", "-1", "-2", "2**61 - 1", "2**64", "-0.0", 'float("inf")', "1.5"])})`,
          `${r.pick(TUPLES)} + ${r.pick(TUPLES)}`,
          `${r.pick(TUPLES)}.index(${r.pick(["1", "'a'", "3"])})`,
          `${r.pick(TUPLES)} * ${r.pick(["2", "0", "-1"])}`,
          `tuple(${r.pick([...STRS, ...LISTS, ...SETS])})`,
          `repr(${r.pick([...LISTS, ...DICTS, ...SETS, ...TUPLES])})`,
        ]);
      default:
        return r.pick([
          `str(${this.num()})`,
          `repr(${this.num()})`,
          `ascii(${r.pick(STRS)})`,
          `${r.pick(["hex", "oct", "bin", "chr", "ord"])}(${r.pick([...INTS, "'a'", "'€'", "1114111", "1114112"])})`,
          `bytes(${r.pick(["3", "[1, 2, 255]", "[256]", "'abc', 'utf-8'", "-1", "b'x'"])})`,
          `(${r.pick(["b'abc'", "b''", "b'a,b'", "bytearray(b'xyz')"])}).${r.pick(["hex()", "upper()", "split(b',')", "decode()", "find(b'b')", "count(b'')", "replace(b'a', b'AA')", "center(7)", "isalpha()", "strip(b'a')", "fromhex('41 42')", "zfill(5)", "__mul__(2)"])}`,
          `'-'.join(${r.pick([...LISTS, ...STRS])})`,
          `len(${r.pick([...STRS, ...LISTS, "range(2**63)", "range(0, 10**20, 3)"])})`,
          `range(${r.pick(["10", "-5, 5, 2", "0", "5, -5, -1", "2**64, 2**64 + 10"])})[${this.slice()}]`,
          `list(range(${r.pick(["10", "-5, 5, 2", "5, -5, -1", "1, 10, 0"])}))`,
        ]);
    }
  }

  private sliceArgs(): string {
    const r = this.rng;
    const v = () => r.pick(["None", "0", "1", "-1", "2", "-3", "5", "100", "-100"]);
    return `${v()}, ${v()}${r.chance(0.5) ? `, ${r.pick(["1", "2", "-1", "-2", "3"])}` : ""}`;
  }

  private slice(): string {
    const r = this.rng;
    if (r.chance(0.3)) return r.pick(["0", "-1", "1", "5", "-20", "2**63"]);
    const v = () => r.pick(["", "0", "1", "-1", "2", "-3", "5", "100", "-100"]);
    return r.chance(0.5) ? `${v()}:${v()}` : `${v()}:${v()}:${r.pick(["", "1", "2", "-1", "-2", "3", "0"])}`;
  }
}

function realPython(): string {
  const r = spawnSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" });
  return r.stdout.trim() || "python3";
}

export interface DiffResult {
  source: string;
  cases: number;
  violation: Violation | null;
}

const PRELUDE = "import math\n";

function withoutAddresses(text: string): string {
  return text.replace(/ at 0x[0-9a-f]+>/g, " at 0x?>");
}

function guard(k: number, expr: string): string {
  return `try:\n    print(${k}, repr(${expr}))\nexcept Exception as e:\n    print(${k}, type(e).__name__, e)\n`;
}

export class DiffChecker {
  private readonly python = realPython();

  /** Generates a program of `n` cases from `seed`, runs both, compares. */
  check(seed: number, n = 300): DiffResult {
    const gen = new CaseGenerator(new Rng(seed));
    const exprs: string[] = [];
    for (let i = 0; i < n; i++) exprs.push(gen.next());
    const source = PRELUDE + exprs.map((e, k) => guard(k, e)).join("");
    const py = spawnSync(this.python, ["-c", source], {
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, PYTHONHASHSEED: "0" },
    });
    // "<string>" as python3 -c names the code; object addresses differ between any two runs
    const ours = runInProcess(source, "<string>");
    if ("kind" in ours) return { source, cases: n, violation: ours };
    const a = withoutAddresses(py.stdout).split("\n");
    const b = withoutAddresses(ours.stdout).split("\n");
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) {
        const k = Number((a[i] ?? b[i] ?? "").split(" ")[0]);
        const expr = Number.isInteger(k) && k < exprs.length ? exprs[k]! : "?";
        return {
          source: PRELUDE + guard(0, expr),
          cases: n,
          violation: {
            kind: "mismatch",
            message: `differs from python3: ${expr}\n  python3:   ${a[i]}\n  heapstack: ${b[i]}`,
          },
        };
      }
    }
    if (py.error !== undefined)
      return {
        source,
        cases: n,
        violation: { kind: "mismatch", message: `python3 failed: ${py.error.message}` },
      };
    const pe = withoutAddresses(py.stderr).split("\n");
    const oe = withoutAddresses(ours.stderr).split("\n");
    const i = pe.findIndex((line, k) => line !== oe[k]);
    if (i >= 0 || pe.length !== oe.length)
      return {
        source,
        cases: n,
        violation: {
          kind: "mismatch",
          message: `stderr differs:\n  python3:   ${pe[i] ?? "(end)"}\n  heapstack: ${oe[i] ?? "(end)"}`,
        },
      };
    return { source, cases: n, violation: null };
  }
}
