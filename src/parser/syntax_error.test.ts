// SyntaxError parity with CPython 3.11: every case is parsed by python3 (the expectation) and by
// our parser, and the exception class, msg, lineno, offset, end_lineno, end_offset and text must
// be the same.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parse } from "./parser.js";
import { askPython, PARSE_ORACLE } from "./python_oracle.js";
import { PySyntaxError } from "./syntax_error.js";

type Mode = "exec" | "eval" | "single" | "func_type";
type Source = string | { bytes: number[] };
type Case = [Source, Mode?];

const bytes = (s: string): { bytes: number[] } => ({ bytes: [...Buffer.from(s, "latin1")] });

const CASES: Case[] = [
  // Tokenizer: strings
  ["x = 'abc"],
  ['x = "abc\ny = 1'],
  ['"""abc\ndef\n'],
  ["f(\n'''abc\ndef''' $)"],
  ["x = f'abc"],
  ["rb'\\'"],
  // Tokenizer: numbers
  ["0777"],
  ["1_"],
  ["1__0"],
  ["0x"],
  ["0xg"],
  ["0o8"],
  ["0o"],
  ["0b2"],
  ["0b"],
  ["1e"],
  ["1e+"],
  ["1.e5j_"],
  ["1abc"],
  ["0xfor"],
  ["1.2.3"],
  ["01_2"],
  // Tokenizer: characters, brackets, continuation, indentation
  ["€ = 1"],
  ["a€ = 1"],
  ["x = \x01"],
  ["x = \u00a0"],
  ["$"],
  ["a ? b"],
  ["x = (1, 2"],
  ["x = [1, 2\ny = 3\n"],
  ["foo(1, 2]"],
  ["foo(\n1, 2]"],
  ["x = )"],
  ["}"],
  ["(" + "(".repeat(200) + ")".repeat(201)],
  ["x = \\ 1"],
  ["x = 1 + \\"],
  ["x = 1\\"],
  ["if 1:\n    x\n  y\n"],
  ["if 1:\n\tx\n        y\n"],
  ["if 1:\n        x\n\ty\n"],
  ["  x = 1\n"],
  ["  \\\nx\n"],
  ["if x:\n    y = 1\n  \\\n  foo = 1\n"],
  [
    "def f():\n" +
      Array.from({ length: 101 }, (_, i) => " ".repeat(i + 1) + "if 1:\n").join("") +
      " ".repeat(102) +
      "pass\n",
  ],
  ["x = 1\n y = 2\n"],
  ["if x:\npass\n"],
  // Parser: generic errors
  ["x = 1 +"],
  ["x y z"],
  ["a b (c d)"],
  ["a {b c}"],
  ["f(a b)"],
  ["[1, 2 3]"],
  ["print 'hello'"],
  ["exec 'code'"],
  ["print x y"],
  ["if x\n    pass\n"],
  ["while x\n    pass\n"],
  ["for x in y\n    pass\n"],
  ["def f()\n    pass\n"],
  ["def f:\n    pass\n"],
  ["class A\n    pass\n"],
  ["try\n    pass\n"],
  ["with a as b\n    pass\n"],
  ["if x:\n    pass\nelse\n    pass\n"],
  ["try:\n    pass\nexcept\n    pass\n"],
  ["try:\n    pass\nx = 1\n"],
  ["try:\n    pass\nexcept A, B:\n    pass\n"],
  ["try:\n    pass\nexcept* :\n    pass\n"],
  ["try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass\n"],
  ["if x:\n\nx = 1\n"],
  ["def f():\nreturn 1\n"],
  ["class A:\nx = 1\n"],
  ["for x in y:\nx = 1\n"],
  ["while x:\nx = 1\n"],
  ["with x:\nx = 1\n"],
  ["try:\nx = 1\n"],
  ["try:\n    x\nfinally:\nx = 1\n"],
  ["try:\n    x\nexcept E:\nx = 1\n"],
  ["if x:\n    y\nelif z:\nx = 1\n"],
  ["if x:\n    y\nelse:\nx = 1\n"],
  ["match x:\ncase 1: pass\n"],
  ["match x:\n    case 1:\n    pass\n"],
  ["match x\n    case 1: pass\n"],
  // Parser: targets
  ["f() = 1"],
  ["a + 1 = 2"],
  ["(a, b + 1) = 3"],
  ["[a, *b, c + 1] = 3"],
  ["None = 1"],
  ["True = 1"],
  ["x = yield = 1"],
  ["del f()"],
  ["del a + b"],
  ["del (a, 1)"],
  ["del *a"],
  ["for f() in y: pass"],
  ["for x + 1 in y: pass"],
  ["with a as f(): pass"],
  ["a + b += 1"],
  ["(a, b) += 1"],
  ["[a, b]: int"],
  ["(a, b): int"],
  ["a, b: int"],
  ["f(): int"],
  ["print(*a = 1)"],
  ["f(a, b for b in c)"],
  ["f(b for b in c, a)"],
  ["f(a=1, b)"],
  ["f(**a, b)"],
  ["f(**a, *b)"],
  ["f(a=1 for a in b)"],
  ["f(x for x in y, )"],
  ["f(True=1)"],
  ["f(a.b=1)"],
  ["f(1=2)"],
  ["x = (a := 1 := 2)"],
  ["(a.b := 1)"],
  ["[x for x in y] = 1"],
  ["(x for x in y) = 1"],
  ["{a: b for a in c} = 1"],
  ["lambda: 1 = 2"],
  ["if x = 1: pass"],
  ["if x.y = 1: pass"],
  ["a if b"],
  ["a if b else"],
  ["[*a for a in b]"],
  ["[a, b for a in c]"],
  ["{**a for a in b}"],
  ["{a: *b}"],
  ["{a: }"],
  ["{a b}"],
  ["{1: 2, 3 4: 5}"],
  ["{1: 2, x(8 8): 3}"],
  ["{1: 2, (x)(8 8): 3}"],
  ["{1: 2, (8 8)}"],
  ["{8 8: 3}"],
  ["(*a)"],
  ["(**a)"],
  ["import a.b as c.d"],
  ["from a import b,"],
  ["from a import (b, c"],
  ["from . import *, a"],
  // Parser: definitions
  ["def f(a=1, b): pass"],
  ["def f(*): pass"],
  ["def f(*, **k): pass"],
  ["def f(*a=1): pass"],
  ["def f(**a=1): pass"],
  ["def f(**a, b): pass"],
  ["def f(**a, *b): pass"],
  ["def f(*a, *b): pass"],
  ["def f(/, a): pass"],
  ["def f(a, /, b, /): pass"],
  ["def f(a, *, b, /): pass"],
  ["def f((a, b)): pass"],
  ["def f(a, b=): pass"],
  ["lambda a=1, b: 0"],
  ["lambda *: 0"],
  ["lambda **a, b: 0"],
  ["lambda (a): 0"],
  ["lambda a, /, b, /: 0"],
  ["class A(x for x in y): pass"],
  ["async def f():\n    await\n"],
  ["def f() -> : pass"],
  // Patterns
  ["match x:\n    case a as _: pass\n"],
  ["match x:\n    case a as 1: pass\n"],
  ["match x:\n    case C(a=1, 2): pass\n"],
  ["match x:\n    case 1 + 1: pass\n"],
  ["match x:\n    case -1j + 2: pass\n"],
  ["match x:\n    case {**a, **b}: pass\n"],
  // f-strings
  ["f'{x!z}'"],
  ["f'{x!}'"],
  ["f'{}'"],
  ["f'{ }'"],
  ["f'{!r}'"],
  ["f'{:x}'"],
  ["f'{=}'"],
  ["f'{x'"],
  ["f'}'"],
  ["f'{x:{y:{z}}}'"],
  ["f'{#}'"],
  ["f'{\\n}'"],
  ["f'{a b}'"],
  ["f'{a)}'"],
  ["f'{(a}'"],
  ["f'{a!r'"],
  ["x = f'{a b}' + 1"],
  ["f'{a+}'"],
  ["f'{é b}'"],
  ["f'{lambda x: 1}'"],
  ["f'{*x}'"],
  ["f'{yield}' + f'{x!z}'"],
  ["f'''{\na b}'''"],
  ["f'{\"a\"'"],
  ["f'{x:{y!q}}'"],
  // String literals
  ["b'é'"],
  ["'a' b'b'"],
  ["'\\x'"],
  ["'\\x1'"],
  ["b'\\x1'"],
  ["'\\u12'"],
  ["'\\U12345678'"],
  ["'\\N{NOT A NAME}'"],
  ["'\\N{'"],
  ["'\\N'"],
  ["'é\\x1'"],
  // Modes
  ["x = 1\ny = 2\n", "single"],
  ["'doc'\nx = 1", "single"],
  ["", "single"],
  ["\n", "single"],
  ["x = 1", "eval"],
  ["1 2", "eval"],
  ["(int) ->", "func_type"],
  ["(int, *str, *x) -> None", "func_type"],
  // Bytes sources: encodings
  [bytes("# coding: ascii\nx = '\xc3\xa9'\n")],
  [bytes("# coding: uft-8\nx = 1\n")],
  [bytes("\xef\xbb\xbf# coding: latin-1\nx = 1\n")],
  [bytes("x = '\xff'\n")],
  [bytes("\xff = 1\n")],
  [bytes("# coding: utf-8\nx = '\xff' $\n")],
  [bytes("x = 1\x00\n")],
  [bytes("\xc3\xa9 = $")],
  [bytes("# coding: cp1252\nx = '\x81'\n")],
];

const expected = askPython(
  `${PARSE_ORACLE}
cases = json.load(sys.stdin)
print(json.dumps([result_of(c[0], c[1] if len(c) > 1 else "exec") for c in cases]))`,
  CASES,
) as unknown[];

function ours(src: Source, mode: Mode): unknown {
  const input = typeof src === "string" ? src : new Uint8Array(src.bytes);
  try {
    parse(input, mode);
    return "parsed";
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text];
  }
}

CASES.forEach((c, i) => {
  const [src, mode = "exec"] = c;
  const label =
    typeof src === "string"
      ? JSON.stringify(src).slice(0, 70)
      : `bytes ${JSON.stringify(Buffer.from(src.bytes).toString("latin1")).slice(0, 60)}`;
  test(`${mode}: ${label}`, () => {
    const want = expected[i];
    assert.ok(Array.isArray(want), `python3 parsed this case; it belongs in parser.test.ts: ${label}`);
    assert.deepEqual(ours(src, mode), want);
  });
});

// File input: the script run as `python3 FILE` goes through CPython's file tokenizer, whose
// errors differ (encoding problems, null bytes, positions at the end of the file). python3 runs
// each file with an excepthook that prints the SyntaxError and a profile hook that stops the
// script before it executes.
const FILE_CASES: [string, string][] = [
  ["eof_def", "def f():\n"],
  ["eof_def_no_newline", "def f():"],
  ["eof_if_comment", "if x:\n# c\n"],
  ["crlf_eof_def", "def f():\r\n"],
  ["null_byte", "x = 1\x00\n"],
  ["null_byte_line2", "x = 1\ny = \x002\n"],
  ["null_in_string", "x = '\x00'\n"],
  ["unknown_cookie", "# coding: klingon\nx = 1\n"],
  ["cookie_cannot_decode", "# coding: ascii\nx = '\xc3\xa9'\n"],
  ["bom_and_cookie", "\xef\xbb\xbf# coding: latin-1\nx = 1\n"],
  ["non_utf8", "x = '\xe9'\n"],
  ["non_utf8_comment", "# caf\xe9\nx = 1\n"],
  ["non_utf8_after_error", "x = = 1\ny = '\xe9'\n"],
  ["utf8_cookie_bad_byte", "# coding: utf-8\nx = '\xff'\n"],
  ["valid_latin1", "# coding: latin-1\nx = '\xe9'\n"],
];

const fileExpected = askPython(
  `
import json, os, subprocess, sys, tempfile
cases = json.load(sys.stdin)
hook = tempfile.mkdtemp()
with open(os.path.join(hook, "sitecustomize.py"), "w") as f:
    f.write('''
import sys, os
def hook(t, e, tb):
    import json
    print(json.dumps([t.__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]))
sys.excepthook = hook
def prof(frame, event, arg):
    if frame.f_code.co_name == "<module>" and frame.f_globals.get("__name__") == "__main__":
        print('"parsed"'); sys.stdout.flush(); os._exit(0)
sys.setprofile(prof)
''')
out = []
for name, text in cases:
    path = os.path.join(hook, name + ".py")
    with open(path, "wb") as f:
        f.write(text.encode("latin-1"))
    env = {"PYTHONPATH": hook, "PYTHONUTF8": "1"}
    r = subprocess.run([sys.executable, path], capture_output=True, env=env)
    out.append([path, json.loads(r.stdout.decode().strip().splitlines()[-1])])
print(json.dumps(out))
`,
  FILE_CASES,
) as [string, unknown][];

FILE_CASES.forEach(([name], i) => {
  test(`file input: ${name}`, () => {
    const [path, want] = fileExpected[i];
    let got: unknown;
    try {
      parse(new Uint8Array(readFileSync(path)), "exec", { filename: path, fileInput: true });
      got = "parsed";
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text];
    }
    assert.deepEqual(got, want);
  });
});
