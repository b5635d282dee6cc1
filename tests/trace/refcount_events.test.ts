/**
 * The optional "refcount" events of a trace (trace()'s `events: ["refcount"]`, `heapstack trace
 * --events refcount`), checked against python3: tests/trace/refcount_program.py prints, at chosen
 * lines, `sys.getrefcount(o) - 1` of an object; python3 runs it, and the count the events give
 * that object at the step of that line must be what python3 printed. The events delivered live
 * (onEvent), derived from the recording (refcountEvents()) and written in the JSON steps must
 * agree, and without the option there are none.
 *
 *   node scripts/run-tests.mjs tests/trace/refcount_events.test.ts
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import type { RefcountEvent, TraceEvent } from "../../src/trace/events.js";
import { type Trace, trace } from "../../src/trace/session.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PROGRAM = join(ROOT, "tests", "trace", "refcount_program.py");
const CLI = join(ROOT, "bin", "heapstack.js");
const schema = JSON.parse(readFileSync(join(ROOT, "docs", "trace.schema.json"), "utf8"));
const quiet = { stdout: () => {}, stderr: () => {} };

function realPython(): string {
  return execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
}

/** python3's prints: which variable, the label (also what finds the line), the count. */
interface Expected {
  name: string;
  label: string;
  line: number;
  count: number;
}

function expectations(python: string, source: string): Expected[] {
  const out = execFileSync(python, [PROGRAM], { encoding: "utf8", cwd: dirname(PROGRAM) });
  const lines = source.split("\n");
  return out
    .trim()
    .split("\n")
    .map((row) => {
      const [name, label, count] = row.split(" ");
      const at = lines.findIndex((l) => l.includes(`"${label}"`));
      assert.ok(at >= 0, `no line prints ${label}`);
      return { name: name!, label: label!, line: at + 1, count: Number(count) };
    });
}

/** Each expectation's step: the line event of its print, in execution order. */
function stepsOf(t: Trace, exp: Expected[]): number[] {
  const lineSteps: { step: number; line: number }[] = [];
  t.forEachStep((v) => {
    if (v.event === "line") lineSteps.push({ step: v.step, line: v.line });
  });
  const out: number[] = [];
  let from = 0;
  for (const e of exp) {
    const i = lineSteps.findIndex((s, k) => k >= from && s.line === e.line);
    assert.ok(i >= 0, `no line event for line ${e.line} (${e.label})`);
    out.push(lineSteps[i]!.step);
    from = i + 1;
  }
  return out;
}

/** The id of the module-level variable `name` at step `step`. */
function idOf(t: Trace, step: number, name: string): number {
  const module = t.step(step).frames[0]!;
  const local = module.locals.find((l) => l.name === name);
  assert.ok(local?.ref !== undefined && local.ref !== null, `${name} is not bound at step ${step}`);
  return local.ref;
}

/** The count the events give object `id` at step `step` (the last change at or before it). */
function countAt(events: readonly RefcountEvent[], id: number, step: number): number | undefined {
  let count: number | undefined;
  for (const e of events) if (e.id === id && e.step <= step) count = e.new;
  return count;
}

/** Events by step and object, a count changing twice within a step shown once. */
function normalize(events: readonly RefcountEvent[]): string[] {
  const merged = new Map<string, RefcountEvent>();
  for (const e of events) {
    const key = `${e.step}:${e.id}`;
    const prev = merged.get(key);
    if (prev === undefined) merged.set(key, { ...e });
    else prev.new = e.new;
  }
  return Array.from(merged.values())
    .filter((e) => e.old !== e.new)
    .map((e) => `${e.step}:${e.id}:${e.old}->${e.new}`)
    .sort();
}

describe("refcount events agree with python3's sys.getrefcount", () => {
  const source = readFileSync(PROGRAM, "utf8");
  let exp: Expected[] = [];
  let t: Trace;
  const live: RefcountEvent[] = [];
  const kinds = new Set<string>();
  before(() => {
    exp = expectations(realPython(), source);
    t = trace(source, {
      filename: PROGRAM,
      ...quiet,
      events: ["refcount"],
      onEvent: (e: TraceEvent) => {
        kinds.add(e.kind);
        if (e.kind === "refcount") live.push(e);
      },
    });
    assert.equal(t.outcome.status, 0, t.outcome.stderr);
  });

  test("at each printed line, the events give python3's count", () => {
    assert.ok(exp.length >= 10, "python3 printed too little");
    const events = t.refcountEvents();
    const steps = stepsOf(t, exp);
    exp.forEach((e, i) => {
      const step = steps[i]!;
      const id = idOf(t, step, e.name);
      assert.equal(
        countAt(events, id, step),
        e.count,
        `${e.name} at "${e.label}" (line ${e.line}, step ${step})`,
      );
      // the step's own state says the same
      assert.equal(t.step(step).objects.get(id)?.refcount, e.count, `state of ${e.name} at "${e.label}"`);
    });
  });

  test("an object's first event is its creation (old 0) and its last its free (new 0)", () => {
    const events = t.refcountEvents();
    const steps = stepsOf(t, exp);
    const atAttribute = steps[exp.findIndex((e) => e.label === "attribute")]!;
    const atFreed = steps[exp.findIndex((e) => e.label === "node-freed")]!;
    const node = idOf(t, atAttribute, "n");
    const mine = events.filter((e) => e.id === node);
    assert.ok(mine.length >= 2, "the Node instance has no events");
    assert.equal(mine[0]!.old, 0);
    assert.equal(mine[mine.length - 1]!.new, 0);
    assert.equal(mine[mine.length - 1]!.step, atFreed, "freed by `del n`, seen at the next line");
    for (let i = 1; i < mine.length; i++) assert.equal(mine[i]!.old, mine[i - 1]!.new, "a gap in the chain");
  });

  test("live events (onEvent), derived ones and the JSON steps agree", () => {
    const derived = t.refcountEvents();
    // what the interpreter's shutdown frees after the last step is delivered live only (with the
    // step number after the last, as alloc and free events are)
    const after = live.filter((e) => e.step >= t.steps);
    assert.ok(after.every((e) => e.step === t.steps && e.new === 0));
    assert.deepEqual(normalize(live.filter((e) => e.step < t.steps)), normalize(derived));
    const doc = t.toJSON();
    assert.deepEqual(doc.run.events, ["refcount"]);
    const fromJson: RefcountEvent[] = [];
    for (const s of doc.steps) {
      assert.ok(Array.isArray(s.refcounts), `step ${s.step} has no refcounts`);
      for (const c of s.refcounts!) fromJson.push({ kind: "refcount", step: s.step, ...c });
    }
    assert.deepEqual(normalize(fromJson), normalize(derived));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
  });

  test("without the option: no refcount events anywhere", () => {
    const seen = new Set<string>();
    const plain = trace(source, { filename: PROGRAM, ...quiet, onEvent: (e) => seen.add(e.kind) });
    assert.ok(!seen.has("refcount"));
    assert.ok(kinds.has("refcount"));
    const doc = plain.toJSON();
    assert.equal(doc.run.events, undefined);
    assert.ok(doc.steps.every((s) => s.refcounts === undefined));
  });
});

describe("heapstack trace --events refcount", () => {
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "trace-events-"));
    execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 });

  test("the JSON steps list the changes, as the library gives them", () => {
    const r = cli(["trace", "--events", "refcount", "-o", "t.json", PROGRAM]);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(readFileSync(join(dir, "t.json"), "utf8"));
    assert.deepEqual(doc.run.events, ["refcount"]);
    const fromCli: RefcountEvent[] = [];
    for (const s of doc.steps)
      for (const c of s.refcounts) fromCli.push({ kind: "refcount", step: s.step, ...c });
    const lib = trace(readFileSync(PROGRAM, "utf8"), { filename: PROGRAM, ...quiet });
    assert.deepEqual(normalize(fromCli), normalize(lib.refcountEvents()));
  });

  test("an unknown event name is a usage error", () => {
    const r = cli(["trace", "--events", "refcount,bogus", PROGRAM]);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /expected a comma-separated list of refcount, got 'refcount,bogus'/);
  });
});
