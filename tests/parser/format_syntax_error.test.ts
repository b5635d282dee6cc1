// formatSyntaxError() against CPython's own C display code: python3 builds a SyntaxError with
// the very same attributes and prints it through sys.__excepthook__ (PyErr_Display, the code
// behind `python3 bad.py`'s output). The cases probe each rule of print_error_text: stripping,
// clipping, byte-vs-character columns, multi-line locations, subclasses, missing fields.
import assert from "node:assert/strict";
import test from "node:test";
import { formatSyntaxError, type SyntaxErrorFields } from "../../src/cli/format_syntax_error.js";
import { runProcess } from "./support/processes.js";
import { pythonEnv, pythonInfo } from "./support/python.js";

type Tuple = [
  kind: string,
  msg: string,
  filename: string | null,
  lineno: number | null,
  offset: number | null,
  text: string | null,
  endLineno: number | null,
  endOffset: number | null,
];

const CASES: Record<string, Tuple> = {
  "span of carets": [
    "SyntaxError",
    "invalid syntax. Perhaps you forgot a comma?",
    "f.py",
    1,
    6,
    "x = (1 2)\n",
    1,
    9,
  ],
  "single caret (end_offset 0)": ["SyntaxError", "'(' was never closed", "f.py", 1, 5, "x = (\n", 1, 0],
  "non-ASCII before the error shifts carets by bytes": [
    "SyntaxError",
    "m",
    "f.py",
    1,
    13,
    'x = "é€" + (1 2)\n',
    1,
    16,
  ],
  "non-ASCII after the error": ["SyntaxError", "m", "f.py", 1, 1, "€€ = 1\n", 1, 3],
  "leading spaces stripped": ["SyntaxError", "m", "f.py", 2, 9, "    foo(a b)\n", 2, 12],
  "tabs and form feeds stripped": ["SyntaxError", "m", "f.py", 2, 7, "\t\f  foo(a b)\n", 2, 10],
  "error inside the indentation": ["IndentationError", "unexpected indent", "f.py", 1, 2, "  if x:\n", 1, -1],
  "IndentationError ignores end_offset": [
    "IndentationError",
    "expected an indented block",
    "f.py",
    2,
    1,
    "x\n",
    2,
    5,
  ],
  TabError: [
    "TabError",
    "inconsistent use of tabs and spaces in indentation",
    "f.py",
    3,
    1,
    "\tpass\n",
    3,
    0,
  ],
  "offset None": ["SyntaxError", "m", "f.py", 1, null, "x = 1\n", null, null],
  "offset 0": ["SyntaxError", "m", "f.py", 1, 0, "x = 1\n", 1, 3],
  "negative offset": ["SyntaxError", "m", "f.py", 1, -4, "x = 1\n", 1, 3],
  "end_offset before offset": ["SyntaxError", "m", "f.py", 1, 4, "x = 1 2\n", 1, 2],
  "end_lineno None": ["SyntaxError", "m", "f.py", 1, 3, "x = 1 2\n", null, 6],
  "multi-line location highlights to end of line": ["SyntaxError", "m", "f.py", 1, 5, "x = (1,\n", 3, 2],
  "end_offset past the line": ["SyntaxError", "m", "f.py", 1, 3, "abc\n", 1, 40],
  "offset past the line is clipped": ["SyntaxError", "m", "f.py", 1, 30, "abc\n", 1, 32],
  "no trailing newline": ["SyntaxError", "m", "f.py", 1, 2, "a b", 1, 3],
  "embedded newline, error on second line": ["SyntaxError", "m", "f.py", 2, 10, "a = 1\nb = (1 2)\n", 2, 13],
  "embedded newline, error on first line": ["SyntaxError", "m", "f.py", 1, 2, "a b\nc d\n", 1, 3],
  "text None": ["SyntaxError", "m", "f.py", 4, 2, null, 4, 3],
  "filename None": ["SyntaxError", "m", null, 1, 1, "x\n", 1, 2],
  "empty message": ["SyntaxError", "", "f.py", 1, 1, "x\n", 1, 2],
  "lineno None, no filename": [
    "SyntaxError",
    "Non-UTF-8 code starting with '\\xe9'",
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  "lineno None, with filename": ["SyntaxError", "m", "/a/b/c.py", null, null, null, null, null],
  "NUL byte in the text": ["SyntaxError", "m", "f.py", 1, 2, "a\0b c\n", 1, 3],
  "only whitespace": ["SyntaxError", "m", "f.py", 1, 3, "   \n", 1, 4],
  "empty text": ["SyntaxError", "m", "f.py", 1, 1, "", 1, 2],
  "byte order mark kept in the text": ["SyntaxError", "m", "f.py", 1, 3, "\ufeffx = (\n", 1, 0],
  "long line": ["SyntaxError", "m", "f.py", 1, 1500, `x = ${"1 + ".repeat(400)}(\n`, 1, 1502],
};

const PRINT_WITH_CPYTHON = `
import io, json, sys
displays = []
for kind, msg, filename, lineno, offset, text, end_lineno, end_offset in json.load(sys.stdin):
    error = getattr(__builtins__, kind)(msg, (filename, lineno, offset, text, end_lineno, end_offset))
    sys.stderr = io.StringIO()
    sys.__excepthook__(type(error), error, None)
    displays.append(sys.stderr.getvalue())
    sys.stderr = sys.__stderr__
json.dump(displays, sys.stdout)
`;

test("formatSyntaxError matches CPython 3.11's PyErr_Display", async (t) => {
  const python = pythonInfo();
  const tuples = Object.values(CASES);
  const result = await runProcess(python.executable, ["-c", PRINT_WITH_CPYTHON], {
    env: pythonEnv(),
    input: Buffer.from(JSON.stringify(tuples)),
  });
  assert.equal(result.status, 0, result.stderr.toString());
  const expected = JSON.parse(result.stdout.toString("utf8")) as string[];

  for (const [index, [name, tuple]] of Object.entries(CASES).entries()) {
    await t.test(name, () => {
      const [kind, msg, filename, lineno, offset, text, end_lineno, end_offset] = tuple;
      const fields: SyntaxErrorFields = { kind, msg, filename, lineno, offset, text, end_lineno, end_offset };
      assert.equal(formatSyntaxError(fields), expected[index]);
    });
  }
});
