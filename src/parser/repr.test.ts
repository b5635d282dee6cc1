// repr() parity with CPython 3.11 for the reprs in src/util/repr.ts, and ast.dump()'s options.

import assert from "node:assert/strict";
import { test } from "node:test";
import { reprBytes, reprComplex, reprFloat, reprInt, reprStr } from "../util/repr.js";
import { dump } from "./dump.js";
import { parse } from "./parser.js";
import { askPython } from "./python_oracle.js";

const STRINGS = [
  "",
  "abc",
  "it's",
  'say "hi"',
  `both ' and "`,
  "back\\slash",
  "\t\n\r\x00\x1f\x7f",
  "\x80\x9f\xa0\xad\xff",
  "é ü 日本語",
  "\u200b\u2028\u2029\ufeff\ufffd",
  "😀 \u{1f600} \u{10ffff} \u{e0001}",
  "\ud800 \udfff lone",
  "\u0378\u0380",
  "\u{1fa7c}\u{1f6dc}",
];

const FLOATS = [
  0,
  -0,
  1,
  -1,
  0.1,
  1.5,
  100,
  1e15,
  1e16,
  1.5e16,
  1e-4,
  1e-5,
  0.0001234,
  123456789.123,
  1e22,
  1e300,
  5e-324,
  1.7976931348623157e308,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
  2 / 3,
  2 ** 53 + 2,
];

const BYTES = [[], [0, 1, 39, 34, 92, 127, 128, 255], [39], [39, 34], [97, 98, 10, 13, 9]];

const INTS = ["0", "-1", "123456789012345678901234567890", "-98765432109876543210"];

const DUMP_SOURCES = [
  "x = f(a, *b, k=1)\nif x:\n    pass\n",
  "from . import a\ndef f(): return",
  "x: int = None",
];

const expected = askPython(
  `
import ast, json, sys
d = json.load(sys.stdin)
def num(x):
    return float(x) if not isinstance(x, str) else float(x)
floats = [float(x) for x in d["floats"]]
out = {
  "str": [repr(s) for s in d["strings"]],
  "float": [repr(f) for f in floats],
  "complex": [repr(complex(0, f)) for f in floats] + [repr(complex(f, 1.5)) for f in floats],
  "bytes": [repr(bytes(b)) for b in d["bytes"]],
  "int": [repr(int(i)) for i in d["ints"]],
  "dump": [[ast.dump(ast.parse(s)), ast.dump(ast.parse(s), annotate_fields=False),
            ast.dump(ast.parse(s), indent=2), ast.dump(ast.parse(s), indent="\\t", include_attributes=True),
            ast.dump(ast.parse(s), indent=0)] for s in d["dump"]],
}
print(json.dumps(out))
`,
  {
    strings: STRINGS,
    floats: FLOATS.map((f) =>
      Number.isNaN(f)
        ? "nan"
        : f === Number.POSITIVE_INFINITY
          ? "inf"
          : f === Number.NEGATIVE_INFINITY
            ? "-inf"
            : Object.is(f, -0)
              ? "-0.0"
              : String(f),
    ),
    bytes: BYTES,
    ints: INTS,
    dump: DUMP_SOURCES,
  },
) as Record<string, unknown[]>;

test("reprStr", () => {
  assert.deepEqual(
    STRINGS.map((s) => reprStr(s)),
    expected.str,
  );
});

test("reprFloat", () => {
  assert.deepEqual(FLOATS.map(reprFloat), expected.float);
});

test("reprComplex", () => {
  assert.deepEqual(
    [...FLOATS.map((f) => reprComplex(0, f)), ...FLOATS.map((f) => reprComplex(f, 1.5))],
    expected.complex,
  );
});

test("reprBytes", () => {
  assert.deepEqual(
    BYTES.map((b) => reprBytes(Uint8Array.from(b))),
    expected.bytes,
  );
});

test("reprInt", () => {
  assert.deepEqual(
    INTS.map((i) => reprInt(BigInt(i))),
    expected.int,
  );
});

test("dump options", () => {
  const got = DUMP_SOURCES.map((s) => {
    const tree = parse(s);
    return [
      dump(tree),
      dump(tree, { annotateFields: false }),
      dump(tree, { indent: 2 }),
      dump(tree, { indent: "\t", includeAttributes: true }),
      dump(tree, { indent: 0 }),
    ];
  });
  assert.deepEqual(got, expected.dump);
});
