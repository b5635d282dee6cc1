/**
 * `npm run fuzz`: feeds generated and mutated Python programs to the parser, the compiler and
 * the VM (in-process, with step/time/memory budgets; a sample through the real CLI too) and to
 * the differential checker against python3, and reports every broken invariant.
 *
 *   npm run fuzz -- [--count N] [--seconds S] [--component parser,compiler,vm,cli,diff]
 *                   [--seed N] [--out DIR] [--replay COMPONENT:SEED:INDEX] [--quiet]
 *
 * Every input is derived from (seed, index) alone, so a finding is replayed with --replay.
 * The inputs run on a worker thread with a large stack; the main thread watches it: an input
 * that runs past its limit is reported as a hang, a worker that dies as a crash, and a fresh
 * worker carries on with the next index. Findings are written to --out (default
 * test-artifacts/fuzz/). The exit status is 1 when anything was found.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { DiffChecker } from "./diff.js";
import { ProgramGenerator } from "./grammar.js";
import { type MutationLevel, mutate } from "./mutate.js";
import { Rng } from "./random.js";
import { type Component, fuzzCli, fuzzCompiler, fuzzParser, fuzzVm, type Violation } from "./targets.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ALL: readonly FuzzComponent[] = ["parser", "compiler", "vm", "cli", "diff"];
type FuzzComponent = Component | "diff";

/** Share of the inputs each component gets when several are fuzzed together. */
const WEIGHTS: Record<FuzzComponent, number> = { parser: 50, compiler: 44, vm: 4, cli: 0.2, diff: 0.1 };

/** Milliseconds an input may run before the watchdog calls it a hang. */
const HANG_MS: Record<FuzzComponent, number> = {
  parser: 10_000,
  compiler: 10_000,
  vm: 15_000,
  cli: 45_000,
  diff: 120_000,
};

export interface Options {
  count: number;
  seconds: number;
  components: FuzzComponent[];
  seed: number;
  out: string;
  quiet: boolean;
  replay: { component: FuzzComponent; seed: number; index: number } | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    count: 10_000,
    seconds: 600,
    components: [...ALL],
    seed: Date.now() % 1_000_000,
    out: join(ROOT, "test-artifacts", "fuzz"),
    quiet: false,
    replay: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${a} needs a value`);
      return value;
    };
    if (a === "--count") o.count = Number(v());
    else if (a === "--seconds") o.seconds = Number(v());
    else if (a === "--seed") o.seed = Number(v());
    else if (a === "--out") o.out = resolve(v());
    else if (a === "--quiet") o.quiet = true;
    else if (a === "--component") {
      const list = v().split(",") as FuzzComponent[];
      for (const c of list)
        if (!ALL.includes(c)) throw new Error(`unknown component '${c}' (${ALL.join(", ")})`);
      o.components = list;
    } else if (a === "--replay") {
      const [component, seed, index] = v().split(":");
      o.replay = { component: component as FuzzComponent, seed: Number(seed), index: Number(index) };
    } else throw new Error(`unknown option '${a}'`);
  }
  if (!Number.isFinite(o.count) || !Number.isFinite(o.seconds))
    throw new Error("--count and --seconds take numbers");
  return o;
}

// ------------------------------------------------------------------------------------------
// inputs

function listPrograms(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listPrograms(p));
    else if (e.name.endsWith(".py")) out.push(p);
  }
  return out.sort();
}

/** Programs that wait (sleep, stdin, subprocesses) are left out of the VM corpus. */
const WAITS_RE = /\bsleep\b|\binput\(|sys\.stdin|\bsignal\b|threading|subprocess|\bselect\b|socket/;

function loadCorpus(forVm: boolean): string[] {
  const files = listPrograms(join(ROOT, "tests", "py"));
  const out: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    if (forVm && (WAITS_RE.test(text) || text.length > 20_000)) continue;
    out.push(text);
  }
  return out;
}

export interface Input {
  component: FuzzComponent;
  index: number;
  generator: string;
  source: string;
}

function chooseComponent(rng: Rng, components: readonly FuzzComponent[]): FuzzComponent {
  if (components.length === 1) return components[0]!;
  let total = 0;
  for (const c of components) total += WEIGHTS[c];
  let x = (rng.u32() / 4294967296) * total;
  for (const c of components) {
    x -= WEIGHTS[c];
    if (x < 0) return c;
  }
  return components[components.length - 1]!;
}

export function makeInput(
  seed: number,
  index: number,
  components: readonly FuzzComponent[],
  corpus: readonly string[],
  vmCorpus: readonly string[],
): Input {
  const rng = new Rng(seed * 1_000_003 + index);
  const component = chooseComponent(rng, components);
  if (component === "diff") return { component, index, generator: "diff", source: "" };
  const pool = component === "vm" || component === "cli" ? vmCorpus : corpus;
  const g = rng.int(10);
  if (g < 4) return { component, index, generator: "grammar", source: new ProgramGenerator(rng).program() };
  const level: MutationLevel = g < 6 ? "token" : g < 8 ? "line" : "char";
  const base = rng.pick(pool);
  return { component, index, generator: `mutate-${level}`, source: mutate(rng, base, pool, level) };
}

// ------------------------------------------------------------------------------------------
// worker: runs inputs [from, to) and reports each

interface WorkerJob {
  fuzzJob: true;
  seed: number;
  from: number;
  to: number;
  deadline: number;
  components: FuzzComponent[];
  workDir: string;
}

type WorkerMessage =
  | { kind: "begin"; index: number; component: FuzzComponent; generator: string; source: string }
  | {
      kind: "end";
      index: number;
      component: FuzzComponent;
      cases: number;
      violation: Violation | null;
      source: string;
    }
  | { kind: "done" };

function workerMain(job: WorkerJob): void {
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  const corpus = loadCorpus(false);
  const vmCorpus = loadCorpus(true);
  const cli = join(ROOT, "bin", "heapstack.js");
  const diff = new DiffChecker();
  for (let index = job.from; index < job.to && Date.now() < job.deadline; index++) {
    const input = makeInput(job.seed, index, job.components, corpus, vmCorpus);
    let source = input.source;
    let cases = 1;
    post({ kind: "begin", index, component: input.component, generator: input.generator, source });
    let violation: Violation | null;
    switch (input.component) {
      case "parser":
        violation = fuzzParser(source);
        break;
      case "compiler":
        violation = fuzzCompiler(source);
        break;
      case "vm":
        violation = fuzzVm(source);
        break;
      case "cli":
        violation = fuzzCli(source, cli, job.workDir);
        break;
      default: {
        const r = diff.check(job.seed * 1_000_003 + index);
        source = r.source;
        cases = r.cases;
        violation = r.violation;
      }
    }
    post({ kind: "end", index, component: input.component, cases, violation, source });
  }
  post({ kind: "done" });
}

// ------------------------------------------------------------------------------------------
// main thread: a worker at a time, a watchdog, the tally

interface Finding {
  component: FuzzComponent;
  index: number;
  generator: string;
  violation: Violation;
  source: string;
}

async function main(opts: Options): Promise<number> {
  const startedAt = Date.now();
  const deadline = startedAt + opts.seconds * 1000;
  const counts = new Map<FuzzComponent, number>();
  const cases = new Map<FuzzComponent, number>();
  const findings: Finding[] = [];
  const workDir = mkdtempSync(join(tmpdir(), "heapstack-fuzz-"));
  // str hashes (set order) as python3's under the same seed; the workers inherit the environment.
  process.env.PYTHONHASHSEED = "0";
  // Mutated programs may write files: they land in a scratch directory, removed at the end.
  const startDir = process.cwd();
  process.chdir(workDir);
  let from = opts.replay?.index ?? 0;
  const to = opts.replay ? from + 1 : opts.count;
  const seed = opts.replay?.seed ?? opts.seed;
  const components = opts.replay ? [opts.replay.component] : opts.components;
  let lastReport = Date.now();

  while (from < to && Date.now() < deadline) {
    const job: WorkerJob = { fuzzJob: true, seed, from, to, deadline, components, workDir };
    const next = await new Promise<number>((done) => {
      const worker = new Worker(new URL("./worker.mjs", import.meta.url), {
        workerData: job,
        resourceLimits: { stackSizeMb: 1024, maxOldGenerationSizeMb: 3072 },
        execArgv: [],
        stdout: true,
        stderr: true,
      });
      worker.stdout.resume();
      worker.stderr.resume();
      let current: Extract<WorkerMessage, { kind: "begin" }> | null = null;
      let startedInput = Date.now();
      let finished = false;
      let resumeAt = to;
      const finish = (at: number) => {
        if (finished) return;
        finished = true;
        clearInterval(watchdog);
        done(at);
      };
      const watchdog = setInterval(() => {
        if (current === null) return;
        if (Date.now() - startedInput > HANG_MS[current.component]) {
          findings.push({
            component: current.component,
            index: current.index,
            generator: current.generator,
            violation: { kind: "hang", message: `still running after ${HANG_MS[current.component]} ms` },
            source: current.source,
          });
          counts.set(current.component, (counts.get(current.component) ?? 0) + 1);
          const at = current.index + 1;
          resumeAt = at;
          current = null;
          void worker.terminate().then(() => finish(at));
        }
      }, 500);
      worker.on("message", (m: WorkerMessage) => {
        if (m.kind === "begin") {
          current = m;
          startedInput = Date.now();
        } else if (m.kind === "end") {
          counts.set(m.component, (counts.get(m.component) ?? 0) + 1);
          cases.set(m.component, (cases.get(m.component) ?? 0) + m.cases);
          if (m.violation !== null) {
            findings.push({
              component: m.component,
              index: m.index,
              generator: current?.generator ?? "?",
              violation: m.violation,
              source: m.source,
            });
            if (!opts.quiet)
              console.error(`! ${m.component} #${m.index}: ${m.violation.kind}: ${m.violation.message}`);
          }
          current = null;
          resumeAt = m.index + 1;
          if (!opts.quiet && Date.now() - lastReport > 10_000) {
            lastReport = Date.now();
            console.error(`  ... ${summary(counts)} (${((Date.now() - startedAt) / 1000).toFixed(0)} s)`);
          }
        } else {
          resumeAt = to;
        }
      });
      worker.on("error", (e) => {
        if (current === null) {
          console.error(`fuzz: worker failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          resumeAt = to;
        } else {
          findings.push({
            component: current.component,
            index: current.index,
            generator: current.generator,
            violation: {
              kind: "crash",
              message: `worker died: ${e instanceof Error ? e.message : String(e)}`,
            },
            source: current.source,
          });
          counts.set(current.component, (counts.get(current.component) ?? 0) + 1);
          resumeAt = current.index + 1;
        }
      });
      worker.on("exit", () => finish(resumeAt));
    });
    from = next;
  }
  process.chdir(startDir);
  rmSync(workDir, { recursive: true, force: true });

  mkdirSync(opts.out, { recursive: true });
  findings.forEach((f, i) => {
    const name = `${f.component}-${seed}-${f.index}`;
    writeFileSync(join(opts.out, `${name}.py`), f.source);
    writeFileSync(
      join(opts.out, `${name}.txt`),
      `${f.violation.kind}: ${f.violation.message}\ngenerator: ${f.generator}\nreplay: npm run fuzz -- --replay ${f.component}:${seed}:${f.index}\n`,
    );
    if (i < 20 || !opts.quiet)
      console.error(`finding ${name}: ${f.violation.kind}: ${f.violation.message.slice(0, 300)}`);
  });
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const caseText = cases.has("diff") ? `; diff: ${cases.get("diff")} expressions compared with python3` : "";
  console.log(
    `fuzz: seed ${seed}, ${total} inputs in ${seconds} s (${summary(counts)})${caseText}; ${findings.length} invariant violation(s)${findings.length > 0 ? ` written to ${opts.out}` : ""}`,
  );
  return findings.length > 0 ? 1 : 0;
}

function summary(counts: Map<FuzzComponent, number>): string {
  return ALL.filter((c) => counts.has(c))
    .map((c) => `${c} ${counts.get(c)}`)
    .join(", ");
}

/** The fuzz run as a function (the smoke test calls it). */
export async function runFuzz(argv: string[]): Promise<number> {
  return main(parseArgs(argv));
}

function isJob(d: unknown): d is WorkerJob {
  return typeof d === "object" && d !== null && (d as { fuzzJob?: unknown }).fuzzJob === true;
}

if (!isMainThread && isJob(workerData)) {
  workerMain(workerData);
} else if (
  isMainThread &&
  process.argv[1] !== undefined &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  runFuzz(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (e: unknown) => {
      console.error(`fuzz: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 2;
    },
  );
}
