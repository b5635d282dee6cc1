/**
 * Real code nobody here wrote: python3's own standard library (and some of its test suite,
 * which exercises the odd corners: match, except*, async, f-strings), compiled by us and by
 * python3, every code object compared.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { runPrograms } from "./testing/run_corpus.js";

const FILES = [
  "_pydecimal.py",
  "_pyio.py",
  "argparse.py",
  "ast.py",
  "asyncio/base_events.py",
  "asyncio/tasks.py",
  "collections/__init__.py",
  "contextlib.py",
  "dataclasses.py",
  "datetime.py",
  "difflib.py",
  "dis.py",
  "email/_header_value_parser.py",
  "enum.py",
  "functools.py",
  "inspect.py",
  "json/decoder.py",
  "pathlib.py",
  "pickle.py",
  "re/_parser.py",
  "statistics.py",
  "string.py",
  "tarfile.py",
  "textwrap.py",
  "threading.py",
  "traceback.py",
  "typing.py",
  "zipfile.py",
  "test/test_patma.py",
  "test/test_except_star.py",
  "test/test_coroutines.py",
  "test/test_fstring.py",
  "test/test_grammar.py",
  "test/test_named_expressions.py",
  "test/test_scope.py",
  "test/test_generators.py",
  "test/test_with.py",
  "test/test_peepholer.py",
];

function stdlibDir(): string | null {
  try {
    return execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
      encoding: "utf8",
    }).trim();
  } catch {
    return null;
  }
}

const dir = stdlibDir();
const present = dir ? FILES.filter((f) => existsSync(`${dir}/${f}`)) : [];
const results = present.length
  ? await runPrograms(present.map((f) => ({ name: f, source: readFileSync(`${dir}/${f}`, "utf8") })))
  : [];

test("stdlib files are available", () => {
  assert.ok(
    present.length >= FILES.length - 5,
    `only ${present.length} of the stdlib files found under ${dir}`,
  );
});

for (const r of results) {
  test(`stdlib ${r.name} (${r.codeObjects} code objects)`, () => {
    assert.deepEqual(r.diffs, [], `${r.name} differs from python3:\n${r.diffs.join("\n").slice(0, 5000)}`);
  });
}
