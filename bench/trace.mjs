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
let runs = 3;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else files.push(resolve(args[i]));
}
if (files.length === 0)
  for (const name of ["million_steps.py", "objects_dicts.py"]) files.push(join(root, "bench", "trace", name));
const TARGETS = { bytesPerStep: 64, rebuildMs: 20, ratio: 3 };

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const silent = { stdout: () => {}, stderr: () => {} };

function measure(file) {
  const source = readFileSync(file, "utf8");
  // Warm up both paths once (JIT), then alternate untraced and traced runs in this one process,
  // each started from the same state: the previous recording dropped and the heap collected
  // (--expose-gc). Otherwise the untraced run would carry the last recording (hundreds of MB the
  // collector marks again and again) and the traced run's garbage, which made it slower and the
  // ratio look better than it is.
  if (globalThis.gc === undefined)
    console.log("(run with node --expose-gc: runs not started from a collected heap)");
  run(source, { filename: file, ...silent });
  trace(source, { filename: file, ...silent });
  const untraced = [];
  const traced = [];
  const tracedWall = [];
  let t = null;
  for (let r = 0; r < runs; r++) {
    t = null;
    globalThis.gc?.();
    let c = cpu();
    run(source, { filename: file, ...silent });
    untraced.push(cpu() - c);
    globalThis.gc?.();
    c = cpu();
    const w = performance.now();
    t = trace(source, { filename: file, ...silent });
    traced.push(cpu() - c);
    tracedWall.push(performance.now() - w);
  }
  const steps = t.steps;
  const mem = t.memoryUsage();
  const bytesPerStep = mem.total / steps;

  // Rebuild random steps (a fixed seed, so runs are comparable).
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < 5; i++) t.step(Math.floor(rand() * steps)); // warm up
  // The machine is shared: a rebuild is timed in CPU time (time the process spends descheduled
  // does not count; the collector's does), each step 3 times, its best time counting; the worst
  // single wall-clock time is shown too.
  const rebuild = [];
  let rawMax = 0;
  for (let i = 0; i < 50; i++) {
    const n = Math.floor(rand() * steps);
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 3; k++) {
      const w = performance.now();
      const c = cpu();
      const s = t.step(n);
      best = Math.min(best, cpu() - c);
      rawMax = Math.max(rawMax, performance.now() - w);
      if (s.step !== n) throw new Error("rebuilt the wrong step");
    }
    rebuild.push(best);
  }
  // step(n) converts objects as they are read; a reader of every object (a heap snapshot, the
  // report) also pays one conversion per live object: shown apart.
  const full = [];
  for (let i = 0; i < 10; i++) {
    const n = Math.floor(rand() * steps);
    const c = cpu();
    const s = t.step(n);
    let k = 0;
    for (const _ of s.objects.values()) k++;
    full.push(cpu() - c);
    if (k !== s.objects.size) throw new Error("object count differs");
  }
  const ratio = median(traced) / median(untraced);
  const rebuildMedian = median(rebuild);
  const rebuildMax = Math.max(...rebuild);

  const ok = (good) => (good ? "ok" : "MISSED");
  const fmt = (n, d = 1) => n.toFixed(d);
  console.log(
    `program: ${relative(root, file)}, ${steps.toLocaleString("en-US")} steps (${runs} runs, CPU time medians)`,
  );
  console.log(`  untraced run:       ${fmt(median(untraced), 0)} ms`);
  console.log(`  traced run:         ${fmt(median(traced), 0)} ms (${fmt(median(tracedWall), 0)} ms wall)`);
  console.log(`  steps per second:   ${Math.round(steps / (median(traced) / 1000)).toLocaleString("en-US")}`);
  console.log(
    `  retained per step:  ${fmt(bytesPerStep)} B  (deltas ${fmt(mem.deltas / steps)}, step index ${fmt(mem.stepIndex / steps)}, checkpoints ${fmt(mem.checkpoints / steps)}, strings ${fmt(mem.strings / steps, 2)}, other ${fmt(mem.other / steps, 2)}; ${t.recorder.checkpoints.length} checkpoints)   target <= ${TARGETS.bytesPerStep} B: ${ok(bytesPerStep <= TARGETS.bytesPerStep)}`,
  );
  console.log(
    `  rebuild a step:     median ${fmt(rebuildMedian, 2)} ms, max ${fmt(rebuildMax, 2)} ms over 50 random steps (CPU time, best of 3 each; worst single wall time ${fmt(rawMax, 2)} ms)   target <= ${TARGETS.rebuildMs} ms: ${ok(rebuildMax <= TARGETS.rebuildMs)}`,
  );
  console.log(
    `  ...and every object: median ${fmt(median(full), 2)} ms, max ${fmt(Math.max(...full), 2)} ms over 10 random steps (step(n) then reading all of s.objects)`,
  );
  console.log(
    `  traced / untraced:  ${fmt(ratio, 2)}x   target <= ${TARGETS.ratio}x: ${ok(ratio <= TARGETS.ratio)}`,
  );
  console.log(`  repairs at checkpoints (changes the recorder's rules missed): ${t.recorder.repairs}`);
}

for (const file of files) measure(file);
