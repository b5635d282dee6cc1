// `npm run bench`: heapstack against python3 on the same programs in the same run.
//
// Each program in bench/programs/ runs under python3 (the real binary, not a version-manager
// shim) and under `node bin/heapstack.js run`, alternating, several times; the outputs must be
// equal. We report the median user+system CPU time of each (less disturbed than wall time on a
// shared machine; wall time is shown too), the ratio heapstack/python3 per program, and the
// geometric mean of the ratios. Target: geometric mean <= 2.0.
//
//   node bench/run.mjs [--runs N] [NAME_SUBSTRING...]
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const TARGET = 2.0;
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const programsDir = join(root, "bench", "programs");

const args = process.argv.slice(2);
let runs = 5;
const filters = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else filters.push(args[i]);
}

const python = execFileSync(
  process.env.HEAPSTACK_PYTHON ?? "python3",
  ["-c", "import sys; print(sys.executable)"],
  {
    encoding: "utf8",
  },
).trim();
const heapstack = [process.execPath, join(root, "bin", "heapstack.js"), "run"];

/** Runs a command under /usr/bin/time, returning stdout and the CPU and wall seconds. */
function measure(cmd, file) {
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S %e", ...cmd, file], {
    encoding: "utf8",
    env: { ...process.env, PYTHONHASHSEED: "0" },
    maxBuffer: 1 << 26,
  });
  const lines = r.stderr.trimEnd().split("\n");
  const [user, sys, wall] = lines.pop().split(" ").map(Number);
  if (r.status !== 0) {
    throw new Error(`${cmd.join(" ")} ${file} exited ${r.status}:\n${lines.join("\n")}`);
  }
  return { stdout: r.stdout, cpu: user + sys, wall };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const programs = readdirSync(programsDir)
  .filter((f) => f.endsWith(".py"))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

console.log(`python3: ${python}; ${runs} runs each, median CPU seconds (wall in parentheses)\n`);
console.log(
  `${"program".padEnd(28)}${"python3".padStart(16)}${"heapstack".padStart(18)}${"ratio".padStart(9)}`,
);
const ratios = [];
let failures = 0;
for (const name of programs) {
  const file = join(programsDir, name);
  const py = [];
  const hs = [];
  try {
    for (let i = 0; i < runs; i++) {
      py.push(measure([python], file));
      hs.push(measure(heapstack, file));
    }
  } catch (error) {
    failures++;
    console.log(
      `${name.padEnd(28)}  FAILED: ${String(error.message).split("\n").slice(0, 6).join("\n    ")}`,
    );
    continue;
  }
  if (py[0].stdout !== hs[0].stdout) {
    failures++;
    console.log(`${name.padEnd(28)}  OUTPUT DIFFERS from python3`);
    continue;
  }
  const pyCpu = median(py.map((m) => m.cpu));
  const hsCpu = median(hs.map((m) => m.cpu));
  const pyWall = median(py.map((m) => m.wall));
  const hsWall = median(hs.map((m) => m.wall));
  const ratio = hsCpu / Math.max(pyCpu, 0.01);
  ratios.push(ratio);
  const cell = (cpu, wall) => `${cpu.toFixed(2)}s (${wall.toFixed(2)})`;
  console.log(
    `${name.replace(/\.py$/, "").padEnd(28)}${cell(pyCpu, pyWall).padStart(16)}${cell(hsCpu, hsWall).padStart(18)}${ratio.toFixed(2).padStart(9)}`,
  );
}
if (ratios.length > 0) {
  const geomean = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
  console.log(
    `\ngeometric mean ratio (heapstack/python3): ${geomean.toFixed(2)}  (target <= ${TARGET.toFixed(1)})`,
  );
}
if (failures > 0) {
  console.log(`${failures} program(s) failed`);
  process.exitCode = 1;
}
