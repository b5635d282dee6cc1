// Shows how heapstack's AST of one file differs from CPython 3.11's.
//
//   npm run diff-ast -- FILE [OUT_DIR]
//
// Prints the unified diff of the two `ast.dump(..., include_attributes=True, indent=1)` texts
// (python3 first) and leaves both dumps in OUT_DIR (default test-artifacts/diff-ast/).
// Exit status: 0 identical, 1 different.
import { join, resolve } from "node:path";
import { writeAstDiff } from "../tests/parser/support/ast_diff.js";
import { ARTIFACTS_DIR } from "../tests/parser/support/repo.js";

const [file, outDir = join(ARTIFACTS_DIR, "diff-ast")] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: npm run diff-ast -- FILE [OUT_DIR]\n");
  process.exit(2);
}
const result = writeAstDiff(resolve(file), outDir);
if (result.identical) {
  process.stdout.write(`identical ASTs (dumps in ${outDir})\n`);
} else {
  process.stdout.write(result.diff);
  process.stdout.write(`\ndumps: ${result.pythonPath}\n       ${result.heapstackPath}\n`);
  process.exitCode = 1;
}
