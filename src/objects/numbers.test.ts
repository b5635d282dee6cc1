/**
 * int, bool, float and complex against python3: every case is a Python expression and a
 * TypeScript thunk computing the same thing with our objects; python3 evaluates all the
 * expressions in one run and the results (or "EXC Type: message") must match exactly.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { Py_DTSF_ADD_DOT_0, Py_DTSF_ALT, Py_DTSF_SIGN, PyOS_double_to_string } from "../util/float_format.js";
import {
  PyNumber_Absolute,
  PyNumber_Add,
  PyNumber_And,
  PyNumber_Divmod,
  PyNumber_FloorDivide,
  PyNumber_Invert,
  PyNumber_Lshift,
  PyNumber_Multiply,
  PyNumber_Negative,
  PyNumber_Or,
  PyNumber_Power,
  PyNumber_Remainder,
  PyNumber_Rshift,
  PyNumber_Subtract,
  PyNumber_TrueDivide,
  PyNumber_Xor,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_GetAttrString,
  PyObject_Hash,
  PyObject_RichCompare,
  reprOf,
  strOf,
} from "./abstract.js";
import { PyBytes_FromBytes } from "./bytes.js";
import type { PyComplex } from "./complex.js";
import { complex_sizeof, complexFormat, PyComplex_FromDoubles, PyComplex_Type } from "./complex.js";
import { initExceptionTypes, PyBaseException } from "./exceptions.js";
import {
  float_sizeof,
  floatFormat,
  type PyFloat,
  PyFloat_FromDouble,
  PyFloat_Type,
  PyNumber_Float,
} from "./float.js";
import {
  int_sizeof,
  intFormat,
  Py_False,
  Py_True,
  PyBool_Type,
  type PyInt,
  PyInt_FromHash,
  PyInt_FromNumber,
  PyInt_FromValue,
  PyInt_Type,
  PyNumber_Long,
} from "./int.js";
import { Py_None } from "./none.js";
import { Py_DECREF, type PyObject } from "./object.js";
import { type PyStr, PyStr_FromString, PyStr_Type } from "./str.js";
import { readyAllStaticTypes, setIntConstructors } from "./typeobject.js";

initExceptionTypes();
setIntConstructors(PyInt_FromNumber, PyInt_FromHash);
readyAllStaticTypes();

// ---------------------------------------------------------------------------------------------
// Harness

type Result = string | PyObject;
const cases: { py: string; ts: () => Result }[] = [];

function check(py: string, ts: () => Result): void {
  cases.push({ py, ts });
}

const PRELUDE = `
import sys, json, struct
def fh(h): return struct.unpack('<d', bytes.fromhex(h))[0]
def T(f):
    try:
        r = f()
    except Exception as e:
        return 'EXC ' + type(e).__name__ + ': ' + str(e)
    return r if type(r) is str else repr(r)
exprs = json.load(sys.stdin)
print(json.dumps([T(eval('lambda: (' + e + ')')) for e in exprs]))
`;

function runTs(f: () => Result): string {
  try {
    const r = f();
    if (typeof r === "string") return r;
    if (r.ob_type === PyStr_Type) return (r as PyStr).value;
    const s = reprOf(r);
    Py_DECREF(r);
    return s;
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return `EXC ${e.ob_type.tp_name}: ${strOf(e)}`;
  }
}

function runAll(name: string): void {
  const py: string[] = JSON.parse(
    execFileSync("python3", ["-c", PRELUDE], {
      input: JSON.stringify(cases.map((c) => c.py)),
      encoding: "utf8",
      maxBuffer: 1 << 28,
    }),
  );
  const failures: string[] = [];
  for (let i = 0; i < cases.length; i++) {
    const got = runTs(cases[i]!.ts);
    if (got !== py[i]) failures.push(`${cases[i]!.py}\n    python3: ${py[i]}\n    ours:    ${got}`);
  }
  const total = cases.length;
  cases.length = 0;
  assert.equal(
    failures.length,
    0,
    `${name}: ${failures.length}/${total} differ:\n${failures.slice(0, 40).join("\n")}`,
  );
}

// Object constructors
const I = (v: number | bigint): PyObject =>
  PyInt_FromValue(typeof v === "bigint" && v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v);
const F = (x: number): PyObject => PyFloat_FromDouble(x);
const C = (re: number, im: number): PyObject => PyComplex_FromDoubles(re, im);
const S = (s: string): PyObject => PyStr_FromString(s);

const f64 = new Float64Array(1);
const u8 = new Uint8Array(f64.buffer);
/** A Python expression for exactly this double. */
function pyF(x: number): string {
  f64[0] = x;
  return `fh('${Array.from(u8, (b) => b.toString(16).padStart(2, "0")).join("")}')`;
}
function pyI(v: number | bigint): string {
  return `(${v})`;
}

let seed = 20240611;
function rnd(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
}
function randDouble(): number {
  for (;;) {
    for (let i = 0; i < 8; i++) u8[i] = Math.floor(rnd() * 256);
    if (Number.isFinite(f64[0]!)) return f64[0]!;
  }
}
function randBig(bits: number): bigint {
  let v = 0n;
  for (let i = 0; i < bits; i += 16) v = (v << 16n) | BigInt(Math.floor(rnd() * 65536));
  return v & ((1n << BigInt(bits)) - 1n);
}

function call(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  return PyObject_CallMethod(o, name, args);
}
function callKw(o: PyObject, name: string, args: PyObject[], kw: string[]): PyObject {
  return PyObject_CallMethod(o, name, args, kw);
}
function ctor(type: PyObject, args: PyObject[], kw: string[] | null = null): PyObject {
  return PyObject_Call(type, args, kw);
}

// ---------------------------------------------------------------------------------------------
// Values

const INTS: (number | bigint)[] = [
  0,
  1,
  -1,
  2,
  -2,
  3,
  7,
  -7,
  10,
  255,
  256,
  257,
  -5,
  -6,
  1000,
  65536,
  2147483647,
  -2147483648,
  2147483648,
  4294967296,
  9007199254740991,
  -9007199254740991,
  9007199254740992n,
  -9007199254740992n,
  9007199254740993n,
  2n ** 63n,
  -(2n ** 63n),
  2n ** 64n - 1n,
  10n ** 20n,
  -(10n ** 25n) + 7n,
  2n ** 100n,
  3n ** 80n,
  -(7n ** 90n),
];
for (let i = 0; i < 6; i++) INTS.push(randBig(20 + Math.floor(rnd() * 200)) * (rnd() < 0.5 ? -1n : 1n));

const FLOATS: number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  -2.5,
  3,
  -7,
  0.1,
  1e16,
  1e-5,
  1.5e300,
  -1e308,
  5e-324,
  2 ** 53,
  2 ** 53 + 2,
  1e22,
  Infinity,
  -Infinity,
  NaN,
  123.456,
  1 / 3,
];
for (let i = 0; i < 4; i++) FLOATS.push(randDouble());

const BIN_OPS: [string, (a: PyObject, b: PyObject) => PyObject][] = [
  ["+", PyNumber_Add],
  ["-", PyNumber_Subtract],
  ["*", PyNumber_Multiply],
  ["/", PyNumber_TrueDivide],
  ["//", PyNumber_FloorDivide],
  ["%", PyNumber_Remainder],
  ["&", PyNumber_And],
  ["|", PyNumber_Or],
  ["^", PyNumber_Xor],
];
const CMP_OPS = ["<", "<=", "==", "!=", ">", ">="];

// ---------------------------------------------------------------------------------------------

test("int arithmetic, bitwise operations and comparisons", () => {
  for (const a of INTS) {
    for (const b of INTS) {
      for (const [op, f] of BIN_OPS) check(`${pyI(a)} ${op} ${pyI(b)}`, () => f(I(a), I(b)));
      check(`divmod(${pyI(a)}, ${pyI(b)})`, () => PyNumber_Divmod(I(a), I(b)));
      CMP_OPS.forEach((op, k) => {
        check(`${pyI(a)} ${op} ${pyI(b)}`, () => PyObject_RichCompare(I(a), I(b), k));
      });
    }
    check(`-${pyI(a)}`, () => PyNumber_Negative(I(a)));
    check(`~${pyI(a)}`, () => PyNumber_Invert(I(a)));
    check(`abs(${pyI(a)})`, () => PyNumber_Absolute(I(a)));
    check(`hash(${pyI(a)})`, () => String(PyObject_Hash(I(a))));
    check(`repr(${pyI(a)})`, () => reprOf(I(a)));
    check(`sys.getsizeof(${pyI(a)})`, () => String(int_sizeof(I(a) as PyInt)));
    check(`(${a}).bit_length()`, () => call(I(a), "bit_length"));
    check(`(${a}).bit_count()`, () => call(I(a), "bit_count"));
    for (const n of [0, 1, 3, 31, 32, 52, 53, 54, 64, 100, 1000]) {
      check(`${pyI(a)} << ${n}`, () => PyNumber_Lshift(I(a), I(n)));
      check(`${pyI(a)} >> ${n}`, () => PyNumber_Rshift(I(a), I(n)));
    }
    for (const e of [0, 1, 2, 3, 5, 10, -1, -2]) {
      check(`${pyI(a)} ** ${e}`, () => PyNumber_Power(I(a), I(e), Py_None));
    }
    for (const m of [1, 2, 7, -7, 97, 2 ** 31 - 1, 10n ** 30n + 57n, 0]) {
      check(`pow(${pyI(a)}, 65537, ${pyI(m)})`, () => PyNumber_Power(I(a), I(65537), I(m)));
      check(`pow(${pyI(a)}, -1, ${pyI(m)})`, () => PyNumber_Power(I(a), I(-1), I(m)));
    }
  }
  check("1 << -1", () => PyNumber_Lshift(I(1), I(-1)));
  check("1 >> -1", () => PyNumber_Rshift(I(1), I(-1)));
  check("1 << 2**70", () => PyNumber_Lshift(I(1), I(2n ** 70n)));
  check("0 << 2**70", () => PyNumber_Lshift(I(0), I(2n ** 70n)));
  check("-5 >> 2**70", () => PyNumber_Rshift(I(-5), I(2n ** 70n)));
  check("2 ** 1000", () => PyNumber_Power(I(2), I(1000), Py_None));
  check("(-3) ** 333", () => PyNumber_Power(I(-3), I(333), Py_None));
  check("0 ** -1", () => PyNumber_Power(I(0), I(-1), Py_None));
  check("pow(2, 3, 0)", () => PyNumber_Power(I(2), I(3), I(0)));
  check("pow(2, -1, 4)", () => PyNumber_Power(I(2), I(-1), I(4)));
  check("pow(2.0, 3, 4)", () => PyNumber_Power(F(2), I(3), I(4)));
  check("2 ** 0.5", () => PyNumber_Power(I(2), F(0.5), Py_None));
  check("2 ** 1024 / 1", () => PyNumber_TrueDivide(I(2n ** 1024n), I(1)));
  check("1 / 2 ** 1024", () => PyNumber_TrueDivide(I(1), I(2n ** 1024n)));
  check("0 / -5", () => PyNumber_TrueDivide(I(0), I(-5)));
  check("2**1100 // 3 / 2**1050", () => PyNumber_TrueDivide(I(2n ** 1100n / 3n), I(2n ** 1050n)));
  check("10**400 // 7 / 10**390", () => PyNumber_TrueDivide(I(10n ** 400n / 7n), I(10n ** 390n)));
  check("1 / 10**330", () => PyNumber_TrueDivide(I(1), I(10n ** 330n)));
  check("(2**60 + 1) / 3", () => PyNumber_TrueDivide(I(2n ** 60n + 1n), I(3)));
  check("(2**54 + 3) / 1", () => PyNumber_TrueDivide(I(2n ** 54n + 3n), I(1)));
  for (let k = 0; k < 40; k++) {
    const a = randBig(40 + Math.floor(rnd() * 300));
    const b = randBig(1 + Math.floor(rnd() * 300)) + 1n;
    check(`${pyI(a)} / ${pyI(b)}`, () => PyNumber_TrueDivide(I(a), I(b)));
  }
  runAll("int");
});

test("int parsing, conversions and methods", () => {
  const strs = [
    "0",
    "-0",
    "+12",
    " 12 ",
    "1_000",
    "1__0",
    "_1",
    "1_",
    "0x1f",
    "0X1F",
    "0o17",
    "0b101",
    "0b",
    "0x_1f",
    "0_0",
    "010",
    "00",
    "12a",
    "",
    " ",
    "-",
    "+-1",
    "1 2",
    "\u0661\u0662",
    "\uff11\uff12",
    "१२३",
    "1\u00a0",
    "\u20032",
    "z",
    "Z",
    "zz",
    "9".repeat(30),
    "-" + "7".repeat(50),
    "1e5",
    "1.0",
    "１２",
    "12\x00",
    "x".repeat(300),
  ];
  for (const s of strs) {
    for (const base of [10, 0, 16, 2, 8, 36]) {
      check(`int(${JSON.stringify(s)}, ${base})`, () => ctor(PyInt_Type, [S(s), I(base)]));
    }
    check(`int(${JSON.stringify(s)})`, () => ctor(PyInt_Type, [S(s)]));
    check(`float(${JSON.stringify(s)})`, () => ctor(PyFloat_Type, [S(s)]));
  }
  check("int('1' * 5000)", () => ctor(PyInt_Type, [S("1".repeat(5000))]));
  check("str(int('1' * 4300))[-5:]", () => strOf(ctor(PyInt_Type, [S("1".repeat(4300))])).slice(-5));
  check("int('1' * 5000, 16).bit_length()", () =>
    call(ctor(PyInt_Type, [S("1".repeat(5000)), I(16)]), "bit_length"),
  );
  check("str(10 ** 5000)", () => strOf(I(10n ** 5000n)));
  check("str(10 ** 4299)[:5]", () => strOf(I(10n ** 4299n)).slice(0, 5));
  check("int('12', 1)", () => ctor(PyInt_Type, [S("12"), I(1)]));
  check("int('12', 37)", () => ctor(PyInt_Type, [S("12"), I(37)]));
  check("int(12, 10)", () => ctor(PyInt_Type, [I(12), I(10)]));
  check("int(base=10)", () => ctor(PyInt_Type, [I(10)], ["base"]));
  check("int('ff', base=16)", () => ctor(PyInt_Type, [S("ff"), I(16)], ["base"]));
  check("int(x=5)", () => ctor(PyInt_Type, [I(5)], ["x"]));
  check("int(1, 2, 3)", () => ctor(PyInt_Type, [I(1), I(2), I(3)]));
  check("int()", () => ctor(PyInt_Type, []));
  check("int(None)", () => ctor(PyInt_Type, [Py_None]));
  check("int(b' 42 ')", () => ctor(PyInt_Type, [PyBytes_FromBytes(new TextEncoder().encode(" 42 "))]));
  check("int(b'4x')", () => ctor(PyInt_Type, [PyBytes_FromBytes(new TextEncoder().encode("4x"))]));
  check("int(b'ff', 16)", () => ctor(PyInt_Type, [PyBytes_FromBytes(new TextEncoder().encode("ff")), I(16)]));
  check("float(b'1.5')", () => ctor(PyFloat_Type, [PyBytes_FromBytes(new TextEncoder().encode("1.5"))]));
  check("float(b'x')", () => ctor(PyFloat_Type, [PyBytes_FromBytes(new TextEncoder().encode("x"))]));
  check("int(True)", () => PyNumber_Long(Py_True));
  check("float(True)", () => PyNumber_Float(Py_True));
  check("float(2**1024)", () => PyNumber_Float(I(2n ** 1024n)));
  check("float(2**1024 - 2**970)", () => PyNumber_Float(I(2n ** 1024n - 2n ** 970n)));
  check("float(2**1024 - 2**971)", () => PyNumber_Float(I(2n ** 1024n - 2n ** 971n)));
  check("float(2**53 + 1)", () => PyNumber_Float(I(2n ** 53n + 1n)));
  check("float(2**53 + 3)", () => PyNumber_Float(I(2n ** 53n + 3n)));
  for (const x of FLOATS) {
    check(`int(${pyF(x)})`, () => PyNumber_Long(F(x)));
    check(`round(${pyF(x)})`, () => call(F(x), "__round__"));
  }
  for (const s of [
    "1_000.5",
    "inf",
    "-Infinity",
    "nan",
    "-nan",
    "iNF",
    "infinity_",
    "1e1_0",
    "1_e10",
    ".5",
    "5.",
    ".",
    "1e",
    "1e+",
    "0x10",
    "  -1.5e-3  ",
    "1.5j",
    "1e400",
    "-1e-400",
    "١.٥",
    "1.2.3",
    "+.5e1",
  ]) {
    check(`float(${JSON.stringify(s)})`, () => ctor(PyFloat_Type, [S(s)]));
  }
  check("float(1, 2)", () => ctor(PyFloat_Type, [I(1), I(2)]));
  check("float(x=1)", () => ctor(PyFloat_Type, [I(1)], ["x"]));
  check("float([])", () => ctor(PyFloat_Type, [PyObject_CallMethod(S("a b"), "split", [])]));
  check("int([])", () => ctor(PyInt_Type, [PyObject_CallMethod(S("a b"), "split", [])]));
  for (const v of [0, 1, 255, 256, -1, -128, -129, 65535, 2n ** 64n, -(2n ** 63n)]) {
    for (const len of [0, 1, 2, 8, 9]) {
      for (const order of ["big", "little"]) {
        for (const signed of [false, true]) {
          check(`(${v}).to_bytes(${len}, '${order}', signed=${signed ? "True" : "False"})`, () =>
            callKw(I(v), "to_bytes", [I(len), S(order), signed ? Py_True : Py_False], ["signed"]),
          );
        }
      }
    }
  }
  check("(1).to_bytes()", () => call(I(1), "to_bytes"));
  check("(1).to_bytes(-1)", () => call(I(1), "to_bytes", I(-1)));
  check("(1).to_bytes(2, 'middle')", () => call(I(1), "to_bytes", I(2), S("middle")));
  for (const bytes of [[], [0], [255], [255, 0], [0, 255], [128, 0, 0, 1], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]) {
    const lit = `bytes(${JSON.stringify(bytes)})`;
    for (const order of ["big", "little"]) {
      for (const signed of [false, true]) {
        check(`int.from_bytes(${lit}, '${order}', signed=${signed ? "True" : "False"})`, () =>
          callKw(
            PyInt_Type,
            "from_bytes",
            [PyBytes_FromBytes(new Uint8Array(bytes)), S(order), signed ? Py_True : Py_False],
            ["signed"],
          ),
        );
      }
    }
  }
  check("bool.from_bytes(b'\\x01')", () =>
    call(PyBool_Type, "from_bytes", PyBytes_FromBytes(new Uint8Array([1]))),
  );
  check("int.from_bytes('ab')", () => call(PyInt_Type, "from_bytes", S("ab")));
  check("int.from_bytes(5)", () => call(PyInt_Type, "from_bytes", I(5)));
  for (const a of [0, 7, -7, 2n ** 70n]) {
    check(`(${a}).as_integer_ratio()`, () => call(I(a), "as_integer_ratio"));
    check(`(${a}).conjugate()`, () => call(I(a), "conjugate"));
    check(`(${a}).real`, () => PyObject_GetAttrString(I(a), "real"));
    check(`(${a}).imag`, () => PyObject_GetAttrString(I(a), "imag"));
    check(`(${a}).numerator`, () => PyObject_GetAttrString(I(a), "numerator"));
    check(`(${a}).denominator`, () => PyObject_GetAttrString(I(a), "denominator"));
    check(`(${a}).__getnewargs__()`, () => call(I(a), "__getnewargs__"));
    check(`(${a}).__sizeof__()`, () => call(I(a), "__sizeof__"));
  }
  for (const a of [
    0,
    5,
    15,
    25,
    35,
    -25,
    12345,
    12355,
    -12345,
    2n ** 80n + 5n * 10n ** 10n,
    10n ** 30n + 5n * 10n ** 29n,
  ]) {
    for (const nd of [0, 1, -1, -2, -5, -11, -30, -50])
      check(`round(${a}, ${nd})`, () => call(I(a), "__round__", I(nd)));
  }
  check("(5).__round__(None)", () => call(I(5), "__round__", Py_None));
  check("(5).__round__(1.5)", () => call(I(5), "__round__", F(1.5)));
  runAll("int-conv");
});

test("bool", () => {
  const B = [Py_True, Py_False];
  const names = ["True", "False"];
  B.forEach((a, i) => {
    B.forEach((b, j) => {
      for (const [op, f] of BIN_OPS) check(`${names[i]} ${op} ${names[j]}`, () => f(a, b));
    });
    check(`${names[i]} & 3`, () => PyNumber_And(a, I(3)));
    check(`${names[i]} + 1.5`, () => PyNumber_Add(a, F(1.5)));
    check(`~${names[i]}`, () => PyNumber_Invert(a));
    check(`-${names[i]}`, () => PyNumber_Negative(a));
    check(`repr(${names[i]})`, () => reprOf(a));
    check(`hash(${names[i]})`, () => String(PyObject_Hash(a)));
    check(`${names[i]} == ${i === 0 ? 1 : 0}`, () => PyObject_RichCompare(a, I(i === 0 ? 1 : 0), 2));
    check(`format(${names[i]}, '')`, () => intFormat(a as PyInt, ""));
    check(`format(${names[i]}, 'd')`, () => intFormat(a as PyInt, "d"));
    check(`format(${names[i]}, '>6')`, () => intFormat(a as PyInt, ">6"));
    check(`sys.getsizeof(${names[i]})`, () => String(int_sizeof(a as PyInt)));
  });
  check("bool(1, 2)", () => ctor(PyBool_Type, [I(1), I(2)]));
  check("bool(x=1)", () => ctor(PyBool_Type, [I(1)], ["x"]));
  check("bool()", () => ctor(PyBool_Type, []));
  check("bool(0.0)", () => ctor(PyBool_Type, [F(0)]));
  check("bool(2j)", () => ctor(PyBool_Type, [C(0, 2)]));
  check("bool('')", () => ctor(PyBool_Type, [S("")]));
  runAll("bool");
});

test("float arithmetic, mixed with ints, comparisons and hashes", () => {
  const mixed: (number | bigint)[] = [0, 1, -3, 7, 2n ** 53n + 1n, -(2n ** 63n), 10n ** 400n, 2n ** 1023n];
  for (const x of FLOATS) {
    for (const y of FLOATS) {
      for (const [op, f] of BIN_OPS.slice(0, 6)) check(`${pyF(x)} ${op} ${pyF(y)}`, () => f(F(x), F(y)));
      check(`divmod(${pyF(x)}, ${pyF(y)})`, () => PyNumber_Divmod(F(x), F(y)));
      check(`${pyF(x)} ** ${pyF(y)}`, () => PyNumber_Power(F(x), F(y), Py_None));
      CMP_OPS.forEach((op, k) => {
        check(`${pyF(x)} ${op} ${pyF(y)}`, () => PyObject_RichCompare(F(x), F(y), k));
      });
    }
    for (const n of mixed) {
      for (const [op, f] of BIN_OPS.slice(0, 6)) {
        check(`${pyF(x)} ${op} ${pyI(n)}`, () => f(F(x), I(n)));
        check(`${pyI(n)} ${op} ${pyF(x)}`, () => f(I(n), F(x)));
      }
      CMP_OPS.forEach((op, k) => {
        check(`${pyF(x)} ${op} ${pyI(n)}`, () => PyObject_RichCompare(F(x), I(n), k));
        check(`${pyI(n)} ${op} ${pyF(x)}`, () => PyObject_RichCompare(I(n), F(x), k));
      });
    }
    check(`-${pyF(x)}`, () => PyNumber_Negative(F(x)));
    check(`abs(${pyF(x)})`, () => PyNumber_Absolute(F(x)));
    check(`repr(${pyF(x)})`, () => reprOf(F(x)));
    if (!Number.isNaN(x)) check(`hash(${pyF(x)})`, () => String(PyObject_Hash(F(x))));
    check(`sys.getsizeof(${pyF(x)})`, () => String(float_sizeof(F(x))));
    for (const m of [
      "is_integer",
      "hex",
      "as_integer_ratio",
      "conjugate",
      "__trunc__",
      "__floor__",
      "__ceil__",
      "__getnewargs__",
    ]) {
      check(`${pyF(x)}.${m}()`, () => call(F(x), m));
    }
    check(`float.fromhex(${pyF(x)}.hex())`, () => call(PyFloat_Type, "fromhex", call(F(x), "hex")));
    for (const nd of [0, 1, 2, -1, -3, 20, 400, -400])
      check(`round(${pyF(x)}, ${nd})`, () => call(F(x), "__round__", I(nd)));
    check(`${pyF(x)}.real`, () => PyObject_GetAttrString(F(x), "real"));
    check(`${pyF(x)}.imag`, () => PyObject_GetAttrString(F(x), "imag"));
  }
  // Integer-valued floats hash like ints; big ints compare exactly.
  for (const v of [
    2n ** 53n - 1n,
    2n ** 53n,
    2n ** 53n + 1n,
    2n ** 61n - 1n,
    2n ** 61n,
    2n ** 64n,
    -(2n ** 61n) + 1n,
  ]) {
    check(`hash(${pyI(v)})`, () => String(PyObject_Hash(I(v))));
    check(`hash(float(${pyI(v)}))`, () => String(PyObject_Hash(F(Number(v)))));
    check(`float(${pyI(v)}) == ${pyI(v)}`, () => PyObject_RichCompare(F(Number(v)), I(v), 2));
    check(`float(${pyI(v)}) < ${pyI(v)}`, () => PyObject_RichCompare(F(Number(v)), I(v), 0));
  }
  check("hash(-1)", () => String(PyObject_Hash(I(-1))));
  check("hash(-1.0)", () => String(PyObject_Hash(F(-1))));
  check("hash(1.5)", () => String(PyObject_Hash(F(1.5))));
  check("hash(-2**63)", () => String(PyObject_Hash(I(-(2n ** 63n)))));
  check("hash(2**61)", () => String(PyObject_Hash(I(2n ** 61n))));
  check("hash(-(2**61 - 1) - 1)", () => String(PyObject_Hash(I(-(2n ** 61n)))));
  check("hash(1e-300)", () => String(PyObject_Hash(F(1e-300))));
  check("hash(float('inf'))", () => String(PyObject_Hash(F(Infinity))));
  check("hash(float('-inf'))", () => String(PyObject_Hash(F(-Infinity))));
  for (const [b, e] of [
    [2, 0.5],
    [10, -2],
    [1.1, 2.5],
    [2.5, 3],
    [-8, 1 / 3],
    [-2, 0.5],
    [0, -1],
    [-0.0, -1],
    [10, 400],
    [2, -1100],
    [0.5, -0.5],
    [-1, Infinity],
    [1e300, 2],
    [9, 0.5],
    [3, 40],
    [17, 12],
    [1.0000001, 1e7],
    [7, -3],
  ] as [number, number][]) {
    check(`${pyF(b)} ** ${pyF(e)}`, () => PyNumber_Power(F(b), F(e), Py_None));
  }
  check("(-8) ** (1/3)", () => PyNumber_Power(I(-8), F(1 / 3), Py_None));
  check("10 ** -2", () => PyNumber_Power(I(10), I(-2), Py_None));
  check("1e308 * 10", () => PyNumber_Multiply(F(1e308), I(10)));
  check("1.0 + 10**400", () => PyNumber_Add(F(1), I(10n ** 400n)));
  check("float.__getformat__('double')", () => call(PyFloat_Type, "__getformat__", S("double")));
  check("float.__getformat__('x')", () => call(PyFloat_Type, "__getformat__", S("x")));
  for (const s of [
    "0x1.8p1",
    "0x1p-1074",
    "0x1p-1075",
    "0x1.0000000000001p-1075",
    "0x1p1024",
    "0x1.fffffffffffff8p1023",
    "x",
    " -0X1.FFFFFFFFFFFFFp+1023 ",
    "inf",
    "-nan",
    "1",
    "0x.8",
    "0x1.",
    "0x",
    "0x1p",
    "1p-2",
    "0x3.p0",
    "0x0.0000000000001p-1022",
    "0x1.00000000000008p0",
    "0x1.00000000000018p0",
    "0x1.000000000000081p0",
  ]) {
    check(`float.fromhex(${JSON.stringify(s)})`, () => call(PyFloat_Type, "fromhex", S(s)));
  }
  check("(0.1).as_integer_ratio()", () => call(F(0.1), "as_integer_ratio"));
  check("round(2.675, 2)", () => call(F(2.675), "__round__", I(2)));
  check("round(1.7976931348623157e308, -308)", () => call(F(1.7976931348623157e308), "__round__", I(-308)));
  check("round(1.5, 2**70)", () => call(F(1.5), "__round__", I(2n ** 70n)));
  check("round(1.5, -2**70)", () => call(F(1.5), "__round__", I(-(2n ** 70n))));
  check("(2.5).__round__(None)", () => call(F(2.5), "__round__", Py_None));
  runAll("float");
});

test("complex", () => {
  const CS: [number, number][] = [
    [0, 0],
    [1, 0],
    [0, 1],
    [-0, -1],
    [1.5, -2.5],
    [3, 4],
    [1e308, 1e308],
    [Infinity, NaN],
    [NaN, 0],
    [-0, 0],
    [0, -0],
    [2, 0],
    [1e-320, 3],
    [-1, 0],
  ];
  const pyC = ([re, im]: [number, number]) => `complex(${pyF(re)}, ${pyF(im)})`;
  for (const a of CS) {
    for (const b of CS) {
      for (const [op, f] of BIN_OPS.slice(0, 4))
        check(`${pyC(a)} ${op} ${pyC(b)}`, () => f(C(...a), C(...b)));
      check(`${pyC(a)} == ${pyC(b)}`, () => PyObject_RichCompare(C(...a), C(...b), 2));
    }
    for (const e of [0, 1, 2, 3, -1, -2, 0.5, 2.5, 101, -101]) {
      check(`${pyC(a)} ** ${e}`, () =>
        PyNumber_Power(C(...a), typeof e === "number" && Number.isInteger(e) ? I(e) : F(e), Py_None),
      );
    }
    check(`${pyC(a)} ** 1j`, () => PyNumber_Power(C(...a), C(0, 1), Py_None));
    check(`${pyC(a)} == 2`, () => PyObject_RichCompare(C(...a), I(2), 2));
    check(`${pyC(a)} != 2.0`, () => PyObject_RichCompare(C(...a), F(2), 3));
    check(`${pyC(a)} < 2.0`, () => PyObject_RichCompare(C(...a), F(2), 0));
    check(`abs(${pyC(a)})`, () => PyNumber_Absolute(C(...a)));
    check(`-${pyC(a)}`, () => PyNumber_Negative(C(...a)));
    check(`repr(${pyC(a)})`, () => reprOf(C(...a)));
    if (!Number.isNaN(a[0]) && !Number.isNaN(a[1]))
      check(`hash(${pyC(a)})`, () => String(PyObject_Hash(C(...a))));
    check(`${pyC(a)}.conjugate()`, () => call(C(...a), "conjugate"));
    check(`${pyC(a)}.real`, () => PyObject_GetAttrString(C(...a), "real"));
    check(`${pyC(a)}.__getnewargs__()`, () => call(C(...a), "__getnewargs__"));
    check(`sys.getsizeof(${pyC(a)})`, () => String(complex_sizeof(C(...a))));
  }
  check("hash(complex(1, 2))", () => String(PyObject_Hash(C(1, 2))));
  check("hash(complex(-1, 0))", () => String(PyObject_Hash(C(-1, 0))));
  check("abs(complex(3e307, 4e307))", () => PyNumber_Absolute(C(3e307, 4e307)));
  check("pow(1j, 2, 3)", () => PyNumber_Power(C(0, 1), I(2), I(3)));
  check("1j % 2", () => PyNumber_Remainder(C(0, 1), I(2)));
  check("1j // 2", () => PyNumber_FloorDivide(C(0, 1), I(2)));
  check("0j ** -1", () => PyNumber_Power(C(0, 0), I(-1), Py_None));
  check("0j ** 1j", () => PyNumber_Power(C(0, 0), C(0, 1), Py_None));
  check("(1e200+1e200j) ** 2", () => PyNumber_Power(C(1e200, 1e200), I(2), Py_None));
  check("(1+2j) / 0", () => PyNumber_TrueDivide(C(1, 2), I(0)));
  check("2 / (1+2j)", () => PyNumber_TrueDivide(I(2), C(1, 2)));
  check("10**400 * 1j", () => PyNumber_Multiply(I(10n ** 400n), C(0, 1)));
  for (const s of [
    "1+2j",
    "(1+2j)",
    " ( 1+2j ) ",
    " ( 1 + 2j ) ",
    "1e5j",
    "j",
    "-j",
    "+J",
    "1_0j",
    "1__0j",
    "nanj",
    "inf+infj",
    "-inf-nanj",
    "1+",
    "",
    "1.5",
    "(1.5",
    "1.5)",
    "1+j",
    "1-j",
    "(j)",
    "1e+5-1e-5j",
    "١+٢j",
    " 3 ",
    "1+2jj",
    "1j+2",
    "1 +2j",
  ]) {
    check(`complex(${JSON.stringify(s)})`, () => ctor(PyComplex_Type, [S(s)]));
  }
  check("complex()", () => ctor(PyComplex_Type, []));
  check("complex(1, 2, 3)", () => ctor(PyComplex_Type, [I(1), I(2), I(3)]));
  check("complex('1', 2)", () => ctor(PyComplex_Type, [S("1"), I(2)]));
  check("complex(1, '2')", () => ctor(PyComplex_Type, [I(1), S("2")]));
  check("complex(1j, 1j)", () => ctor(PyComplex_Type, [C(0, 1), C(0, 1)]));
  check("complex(real=1, imag=2)", () => ctor(PyComplex_Type, [I(1), I(2)], ["real", "imag"]));
  check("complex(imag=2)", () => ctor(PyComplex_Type, [I(2)], ["imag"]));
  check("complex(None)", () => ctor(PyComplex_Type, [Py_None]));
  check("complex(1, None)", () => ctor(PyComplex_Type, [I(1), Py_None]));
  check("complex(x=1)", () => ctor(PyComplex_Type, [I(1)], ["x"]));
  check("complex(True, 2.5)", () => ctor(PyComplex_Type, [Py_True, F(2.5)]));
  check("complex(10**400)", () => ctor(PyComplex_Type, [I(10n ** 400n)]));
  runAll("complex");
});

test("format(): the format specification mini-language", () => {
  const intSpecs = [
    "",
    "d",
    "5d",
    "<5",
    "^7",
    "=+8",
    "+",
    " ",
    "-",
    "05",
    "010,",
    "010_",
    ",",
    "_",
    "_b",
    "_x",
    "#x",
    "#X",
    "#o",
    "#b",
    "x",
    "X",
    "o",
    "b",
    "c",
    "n",
    "e",
    ".3e",
    "f",
    ".2f",
    "%",
    ".1%",
    "g",
    "G",
    "E",
    "F",
    "*^12",
    "0>10",
    "z",
    ".2",
    "abc",
    ",x",
    "_c",
    "+c",
    "#c",
    ",_",
    "_,",
    "y",
    "\x01",
    "é",
    "=10s",
    "9999999999999999999999",
    ",d",
    "020,d",
    "#020_x",
    ">+10,",
    "0=12",
    "x<12,",
    "🐍>9",
    "12",
    "#",
    "-#10x",
    ",n",
    "_n",
    "0",
    "00",
    "-010",
    " 08",
    "+011_",
  ];
  const intVals: (number | bigint)[] = [
    0,
    1,
    -1,
    42,
    -42,
    255,
    1234567,
    -1234567,
    65,
    0x10ffff,
    0x110000,
    2n ** 70n,
    -(2n ** 70n),
    10n ** 30n,
  ];
  for (const v of intVals) {
    for (const spec of intSpecs) {
      check(`format(${pyI(v)}, ${JSON.stringify(spec)})`, () => intFormat(I(v) as PyInt, spec));
    }
  }
  const floatSpecs = [
    "",
    "f",
    ".0f",
    ".1f",
    ".2f",
    ".10f",
    "e",
    ".0e",
    ".3e",
    "E",
    "g",
    ".0g",
    ".1g",
    ".3g",
    ".12g",
    "G",
    "#g",
    "#.3g",
    "#.0f",
    "#.0e",
    "%",
    ".0%",
    ".3%",
    "n",
    ".3n",
    ",",
    ",.2f",
    "_.3f",
    "010.3f",
    "010,.2f",
    "+.3f",
    " .3f",
    "=+12.4f",
    "<12.4e",
    "^15",
    ">15.2%",
    "*^20,.3f",
    ".2",
    ".20",
    "z",
    "z.1f",
    "z.0f",
    "zg",
    "z.3e",
    "+z.2f",
    "d",
    "x",
    ".",
    "15",
    "015",
    "0<15",
    "0=15",
    "-015.3",
    ",g",
    "_e",
    "#",
    ".100f",
    ".30g",
    "17.17g",
    "r",
  ];
  const floatVals = [
    0,
    -0,
    1,
    -1,
    0.5,
    -0.5,
    1.5,
    2.5,
    -2.675,
    0.125,
    1234567.891,
    -1234567.891,
    1e16,
    1e-5,
    1e-4,
    0.0001234,
    123456789.0,
    1e22,
    1e100,
    1.7976931348623157e308,
    5e-324,
    0.1,
    1 / 3,
    2 / 3,
    -0.0004,
    99.995,
    9.9999,
    Infinity,
    -Infinity,
    NaN,
    100,
    1e15,
    123.456,
  ];
  for (const x of floatVals) {
    for (const spec of floatSpecs)
      check(`format(${pyF(x)}, ${JSON.stringify(spec)})`, () => floatFormat(F(x) as PyFloat, spec));
  }
  for (const v of [0, 7, -12345, 2n ** 70n, 10n ** 400n]) {
    for (const spec of ["e", ".2f", "%", "g", ".3G", ",.1f", "z.1f"]) {
      check(`format(${pyI(v)}, ${JSON.stringify(spec)})`, () => intFormat(I(v) as PyInt, spec));
    }
  }
  const complexSpecs = [
    "",
    "g",
    ".2f",
    "e",
    ".3e",
    ">30",
    "<30.2f",
    "^30",
    "+",
    " ",
    "+.1f",
    "010",
    "=20",
    ",.2f",
    "_",
    "n",
    "z.1f",
    "zg",
    "#g",
    ".0f",
    "E",
    "F",
    "%",
    "x",
    "*^25.3g",
    "-",
  ];
  const complexVals: [number, number][] = [
    [0, 0],
    [-0, 0],
    [0, -0],
    [1, 2],
    [-1.5, -2.5],
    [1e20, 1e-20],
    [1234.5678, -0.0001],
    [Infinity, NaN],
    [0, 1],
    [-0, 1],
    [3, 0],
    [-0.0001, -0.0001],
  ];
  for (const [re, im] of complexVals) {
    for (const spec of complexSpecs) {
      check(`format(complex(${pyF(re)}, ${pyF(im)}), ${JSON.stringify(spec)})`, () =>
        complexFormat(C(re, im) as PyComplex, spec),
      );
    }
  }
  for (let k = 0; k < 200; k++) {
    const x = randDouble();
    for (const spec of [".3e", ".17g", "f", ".5f", ",.2f", "%", "g", ".0e"]) {
      check(`format(${pyF(x)}, ${JSON.stringify(spec)})`, () => floatFormat(F(x) as PyFloat, spec));
    }
    check(`repr(${pyF(x)})`, () => reprOf(F(x)));
  }
  runAll("format");
});

test("float to text: repr, %-conversions (PyOS_double_to_string), round, hex, parsing", () => {
  const vals: number[] = [
    0,
    -0,
    1,
    -1,
    0.1,
    0.2,
    0.1 + 0.2,
    1e16,
    1e15,
    9999999999999998,
    1e-5,
    1e-4,
    0.0001234,
    123456789012345680000,
    5e-324,
    1.7976931348623157e308,
    2.5,
    0.125,
    0.375,
    1.5,
    2.675,
    0.5,
    1e22,
    1e23,
    123.456,
    1 / 3,
    2 / 3,
    Math.PI,
    Math.E,
    1e300,
    1e-300,
    100,
    1234.5,
    0.015,
    0.025,
    0.035,
    1.005,
    9.995,
    99.5,
    0.05,
    125,
    1250,
    12.5,
    1.25,
    3.125e-5,
    0.0625,
    45,
    4.5,
    4500,
    1.5e20,
    2.5e15,
    9.5,
    0.95,
    999.5,
    9999995,
    2 ** 60,
    3 * 2 ** 60,
    Infinity,
    -Infinity,
    NaN,
  ];
  for (let i = 0; i < 150; i++) vals.push(randDouble());
  for (let i = 0; i < 100; i++) vals.push((Math.round(rnd() * 1e6) / 1000) * (rnd() < 0.5 ? -1 : 1));
  const convs = [
    "%r",
    "%.3e",
    "%.0e",
    "%+.10E",
    "%.2f",
    "%.0f",
    "%#.0f",
    "%.17f",
    "%.30F",
    "%g",
    "%.1g",
    "%.17g",
    "%#.3G",
    "%#.0g",
    "%.20e",
    "%.100f",
    "%.120g",
    "%.1e",
    "%.2g",
    "%.3g",
    "%.16e",
    "%.1f",
    "%.3f",
    "% .4f",
    "%+g",
  ];
  for (const x of vals) {
    for (const conv of convs) {
      if (conv === "%r") {
        check(`repr(${pyF(x)})`, () => PyOS_double_to_string(x, "r", 0, Py_DTSF_ADD_DOT_0));
        continue;
      }
      const m = /^%([+ #]*)\.?(\d*)([a-zA-Z])$/.exec(conv)!;
      let flags = 0;
      if (m[1]!.includes("+")) flags |= Py_DTSF_SIGN;
      if (m[1]!.includes("#")) flags |= Py_DTSF_ALT;
      const space = m[1]!.includes(" ");
      check(`'${conv}' % ${pyF(x)}`, () => {
        const s = PyOS_double_to_string(x, m[3]!, m[2] === "" ? 6 : Number(m[2]), flags);
        return space && s[0] !== "-" ? ` ${s}` : s;
      });
    }
    for (const nd of [0, 1, 2, 3, -1, -2, 5, 10, 17, 300, -300, -308, 323]) {
      check(`round(${pyF(x)}, ${nd})`, () => call(F(x), "__round__", I(nd)));
    }
    check(`float(repr(${pyF(x)}))`, () => PyNumber_Float(S(reprOf(F(x)))));
  }
  runAll("float-text");
});
