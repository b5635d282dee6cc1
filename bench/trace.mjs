// `npm run bench:trace`: records programs of about a million steps with the trace recorder
// (bench/trace/million_steps.py: functions, a class, lists and floats; bench/trace/objects_dicts.py:
// instances made and dropped, a linked structure, dict and set updates) and prints, for each,
// steps per second, bytes the recording retains per step, the time to rebuild random steps, and
// the traced/untraced time ratio, with the targets.
//
//   node bench/trace.mjs [--runs N] [FILE...]
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { run, trace } from "../dist/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
let runs = 5;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else files.push(resolve(args[i]));
}
if (files.length === 0)
  for (const name of ["million_steps.py", "objects_dicts.py"]) files.push(join(root, "bench", "trace", name));
const TARGETS = { bytesPerStep: 64, rebuildMs: 20, ratio: 3 };

// CPU time of the main thread only, in ms: the interpreter and the recorder run there. The
// process's total (process.cpuUsage) adds V8's helper threads (concurrent marking, background
// compiles), whose share grows with the machine's load and is no cost of the recorder's own.
// Linux gives a thread's time on CPU (schedstat), but brought up to date only at scheduler
// ticks (4 ms here) while the thread runs: right for whole runs (hundreds of ms), too coarse
// for one rebuild, which is timed with the process's total instead. Elsewhere: the total.
const mainThreadStat = `/proc/self/task/${process.pid}/schedstat`;
const hasSchedstat = (() => {
  try {
    return Number(readFileSync(mainThreadStat, "utf8").split(" ")[0]) > 0;
  } catch {
    return false;
  }
})();
const cpu = hasSchedstat
  ? () => Number(readFileSync(mainThreadStat, "utf8").split(" ")[0]) / 1e6
  : () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
const processCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const silent = { stdout: () => {}, stderr: () => {} };

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

function measure(file) {
  const source = readFileSync(file, "utf8");
  // Warm up both paths (JIT), then alternate untraced and traced runs in this one process,
  // each started from the same state: the previous recording dropped and the heap collected
  // (--expose-gc). Otherwise the untraced run would carry the last recording (hundreds of MB the
  // collector marks again and again) and the traced run's garbage, which made it slower and the
  // ratio look better than it is.
  if (globalThis.gc === undefined)
    console.log("(run with node --expose-gc: runs not started from a collected heap)");
  for (let i = 0; i < 2; i++) {
    run(source, { filename: file, ...silent });
    trace(source, { filename: file, ...silent });
  }
  const untraced = [];
  const traced = [];
  const tracedWall = [];
  const untracedAll = [];
  const tracedAll = [];
  // On a shared machine the load drifts between runs: each traced run is compared with the
  // untraced run just before it, and the ratio is the median of those pairs.
  const pairs = [];
  let t = null;
  for (let r = 0; r < runs; r++) {
    t = null;
    globalThis.gc?.();
    let c = cpu();
    let pc = processCpu();
    run(source, { filename: file, ...silent });
    untraced.push(cpu() - c);
    untracedAll.push(processCpu() - pc);
    globalThis.gc?.();
    c = cpu();
    pc = processCpu();
    const w = performance.now();
    t = trace(source, { filename: file, ...silent });
    traced.push(cpu() - c);
    tracedAll.push(processCpu() - pc);
    tracedWall.push(performance.now() - w);
    pairs.push(traced[r] / untraced[r]);
  }
  const steps = t.steps;
  const mem = t.memoryUsage();
  const bytesPerStep = mem.total / steps;
  const rec = t.recorder;

  // Rebuild random steps (a fixed seed, so runs are comparable).
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < 5; i++) t.step(Math.floor(rand() * steps)); // warm up
  // The machine is shared: a rebuild is timed in the process's CPU time (time spent
  // descheduled does not count; the collector's does), each step 3 times, its best time counting; the worst
  // single wall-clock time is shown too. Each step's cost is its checkpoint's load (a full one
  // and the delta checkpoints after it) plus the replay of the changes since: both are shown
  // for the slowest step.
  const REBUILDS = 100;
  const rebuild = [];
  let rawMax = 0;
  let slowest = null;
  for (let i = 0; i < REBUILDS; i++) {
    const n = Math.floor(rand() * steps);
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 3; k++) {
      const w = performance.now();
      const c = processCpu();
      const s = t.step(n);
      best = Math.min(best, processCpu() - c);
      rawMax = Math.max(rawMax, performance.now() - w);
      if (s.step !== n) throw new Error("rebuilt the wrong step");
    }
    rebuild.push(best);
    if (slowest === null || best > slowest.ms) slowest = { ms: best, n };
  }
  const cps = rec.checkpoints;
  let cpi = 0;
  while (cpi + 1 < cps.length && cps[cpi + 1].step <= slowest.n) cpi++;
  const cp = cps[cpi];
  let chain = 0;
  for (let b = cp.base; b !== null; b = b.base) chain++;
  const replayed = rec.offsets.get(slowest.n) - (cp.step < 0 ? 0 : rec.offsets.get(cp.step));
  // step(n) converts objects as they are read; a reader of every object (a heap snapshot, the
  // report) also pays one conversion per live object: shown apart.
  const full = [];
  for (let i = 0; i < 10; i++) {
    const n = Math.floor(rand() * steps);
    const c = processCpu();
    const s = t.step(n);
    let k = 0;
    for (const _ of s.objects.values()) k++;
    full.push(processCpu() - c);
    if (k !== s.objects.size) throw new Error("object count differs");
  }
  const ratio = median(pairs);
  const rebuildMedian = median(rebuild);
  const rebuildMax = Math.max(...rebuild);

  const ok = (good) => (good ? "ok" : "MISSED");
  const fmt = (n, d = 1) => n.toFixed(d);
  const clock = hasSchedstat ? "main thread's CPU time" : "process CPU time";
  console.log(
    `program: ${relative(root, file)}, ${steps.toLocaleString("en-US")} steps (${runs} runs, ${clock}, medians)`,
  );
  console.log(
    `  untraced run:       ${fmt(median(untraced), 0)} ms (all threads ${fmt(median(untracedAll), 0)} ms)`,
  );
  console.log(
    `  traced run:         ${fmt(median(traced), 0)} ms (all threads ${fmt(median(tracedAll), 0)} ms, ${fmt(median(tracedWall), 0)} ms wall)`,
  );
  console.log(`  steps per second:   ${Math.round(steps / (median(traced) / 1000)).toLocaleString("en-US")}`);
  console.log(
    `  retained per step:  ${fmt(bytesPerStep)} B  (deltas ${fmt(mem.deltas / steps)}, step index ${fmt(mem.stepIndex / steps)}, checkpoints ${fmt(mem.checkpoints / steps)}, strings ${fmt(mem.strings / steps, 2)}, other ${fmt(mem.other / steps, 2)}; ${cps.length} checkpoints)   target <= ${TARGETS.bytesPerStep} B: ${ok(bytesPerStep <= TARGETS.bytesPerStep)}`,
  );
  console.log(
    `  rebuild a step:     median ${fmt(rebuildMedian, 2)} ms, p90 ${fmt(quantile(rebuild, 0.9), 2)} ms, max ${fmt(rebuildMax, 2)} ms over ${REBUILDS} random steps (process CPU time, best of 3 each; worst single wall time ${fmt(rawMax, 2)} ms)   target <= ${TARGETS.rebuildMs} ms: ${ok(rebuildMax <= TARGETS.rebuildMs)}`,
  );
  console.log(
    `    slowest: step ${slowest.n}, from a ${cp.base === null ? "full" : `delta (chain of ${chain})`} checkpoint ${(slowest.n - cp.step).toLocaleString("en-US")} steps and ${fmt(replayed / 1024, 0)} KiB of changes before it`,
  );
  console.log(
    `  ...and every object: median ${fmt(median(full), 2)} ms, max ${fmt(Math.max(...full), 2)} ms over 10 random steps (step(n) then reading all of s.objects)`,
  );
  console.log(
    `  traced / untraced:  ${fmt(ratio, 2)}x (median of ${runs} alternating pairs: ${pairs.map((x) => fmt(x, 2)).join(" ")}; all threads ${fmt(median(tracedAll) / median(untracedAll), 2)}x)   target <= ${TARGETS.ratio}x: ${ok(ratio <= TARGETS.ratio)}`,
  );
  console.log(`  repairs at checkpoints (changes the recorder's rules missed): ${rec.repairs}`);
}

for (const file of files) measure(file);
