// `npm run bench:parse`: how fast heapstack's parser is next to CPython's, on the same files.
//
// Parses every .py file of python3's Lib/ (the standard library proper, without
// site-packages). Both sides read all files as bytes first and time only the parse:
// heapstack's `parse()` here, `ast.parse()` in one python3 process (scripts/py/time_ast_parse.py).
// They run one after the other so neither steals the other's core. CPU time is shown beside
// wall time because it is less disturbed by other work on a shared machine.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parser } from "../dist/index.js";

const TARGET_RATIO = 2.0;
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

function pythonInfo() {
  const probe =
    "import json, sys, sysconfig; print(json.dumps([sys.executable, sysconfig.get_paths()['stdlib']]))";
  const [executable, stdlib] = JSON.parse(
    execFileSync(process.env.HEAPSTACK_PYTHON ?? "python3", ["-c", probe]),
  );
  return { executable, stdlib };
}

function listLibFiles(dir, isRoot = true) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(isRoot && entry.name === "site-packages")) files.push(...listLibFiles(path, false));
    } else if (entry.isFile() && entry.name.endsWith(".py")) {
      files.push(path);
    }
  }
  return files.sort();
}

function timeHeapstack(sources) {
  let errors = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (const [path, bytes] of sources) {
    try {
      parser.parse(bytes, "exec", { filename: path });
    } catch (error) {
      if (!(error instanceof parser.PySyntaxError)) throw error;
      errors++;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, errors };
}

function timePython(executable, files) {
  const output = execFileSync(executable, [join(repoRoot, "scripts", "py", "time_ast_parse.py")], {
    input: JSON.stringify(files),
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const result = JSON.parse(output);
  return { seconds: result.seconds, cpuSeconds: result.cpu_seconds, errors: result.syntax_errors };
}

const python = pythonInfo();
const files = listLibFiles(python.stdlib);
const sources = files.map((path) => [path, readFileSync(path)]);
const megabytes = sources.reduce((sum, [, bytes]) => sum + bytes.length, 0) / 1e6;

console.log(`parsing ${files.length} files (${megabytes.toFixed(1)} MB) of ${python.stdlib}`);
console.log(`${" ".repeat(26)}wall      cpu`);
const ours = timeHeapstack(sources);
report("heapstack parse()  ", ours);
const theirs = timePython(python.executable, files);
report("python3 ast.parse()", theirs);
const ratio = ours.seconds / theirs.seconds;
const cpuRatio = ours.cpuSeconds / theirs.cpuSeconds;
const verdict = ratio <= TARGET_RATIO ? "within" : "OVER";
console.log(
  `  ratio heapstack/python3: ${ratio.toFixed(2)} wall, ${cpuRatio.toFixed(2)} cpu ` +
    `(${verdict} the target of ${TARGET_RATIO.toFixed(1)})`,
);

function report(name, result) {
  const wall = `${result.seconds.toFixed(2)} s`.padStart(8);
  const cpu = `${result.cpuSeconds.toFixed(2)} s`.padStart(8);
  console.log(`  ${name} ${wall} ${cpu}   (${result.errors} syntax errors)`);
}
