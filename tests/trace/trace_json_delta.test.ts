/**
 * The JSON trace's steps are changes to the previous step (format version 3: its objects'
 * listing, its frames, its memory): read back with src/trace/read_json.ts, every step must give
 * exactly the frames, memory and objects, in their state, that writing the step whole gives
 * (objects reachable from the frames, or every live one), in any reading order; a version 2
 * document (every step's frames whole) reads the same; a loop appending to a list writes about
 * one item per step, and a loop of a few lines about a hundred bytes per step.
 *
 *   node scripts/run-tests.mjs tests/trace/trace_json_delta.test.ts
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  type JsonObject,
  type JsonStepState,
  jsonObject,
  reachableIds,
} from "../../src/trace/export_json.js";
import { TraceJsonReader } from "../../src/trace/read_json.js";
import { trace } from "../../src/trace/session.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PY = join(ROOT, "tests", "py");
const quiet = { stdout: () => {}, stderr: () => {} };

// cycles cut loose (the listing's full walk), containers changed in the middle, dicts, frames
// popping, generators, exceptions
const SAMPLE = [
  "memory/cycles/doubly_linked_list.py",
  "memory/cycles/classes_cycles.py",
  "memory/cycles/dict_cycles.py",
  "memory/cycles/cycle_with_external_ref.py",
  "memory/cycles/closures_cycles.py",
  "lang/generators/pipeline_processing.py",
  "lang/exceptions/chaining_context.py",
];

const EDITS = `
xs = [[i] for i in range(6)]
ys = xs
del xs[2]
xs.insert(0, "front")
xs[3] = xs
xs.sort(key=lambda v: 0)
d = {"a": [1], "b": [2]}
d["a"] = d
del d["b"]
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
a = Node(None)
b = Node(a)
a.nxt = b
a = b = None
xs.clear()
ys = None
t = (xs, d)
del d
`;

/** A step written whole: where, frames, memory, value, and its listing. */
interface WholeStep {
  where: unknown;
  objects: JsonObject[];
}

/** Every step written whole (what version 1 of the format wrote). */
function wholeSteps(t: ReturnType<typeof trace>, heap: "reachable" | "all"): WholeStep[] {
  const out: WholeStep[] = [];
  t.forEachStep((view) => {
    const ids = heap === "all" ? view.objectIds().sort((a, b) => a - b) : reachableIds(view);
    const { step, event, file, line, function: fn, frames, value, raising, memory } = view;
    out.push({
      where: JSON.parse(
        JSON.stringify({ step, event, file, line, function: fn, frames, value, raising, memory }),
      ),
      objects: ids.flatMap((id) => (view.object(id) === undefined ? [] : [jsonObject(view.object(id)!)])),
    });
  });
  return out;
}

/** What a reader's step gives of WholeStep.where. */
function whereOf(s: JsonStepState): unknown {
  const { step, event, file, line, function: fn, frames, value, raising, memory } = s;
  return JSON.parse(
    JSON.stringify({ step, event, file, line, function: fn, frames, value, raising, memory }),
  );
}

function check(source: string, filename: string, heap: "reachable" | "all"): void {
  const t = trace(source, { filename, ...quiet });
  const doc = t.toJSON({ heap });
  const whole = wholeSteps(t, heap);
  assert.equal(doc.steps.length, whole.length);
  const reader = new TraceJsonReader(doc);
  const listed = (i: number) => Array.from(reader.objectsAt(i).objects.values()).sort((a, b) => a.id - b.id);
  const states: JsonStepState[] = [];
  for (let i = 0; i < whole.length; i++) {
    const s = reader.stepAt(i);
    assert.deepEqual(whereOf(s), whole[i]!.where, `${heap} step ${i}: frames and memory (forwards)`);
    assert.deepEqual(listed(i), whole[i]!.objects, `${heap} step ${i} (forwards)`);
    states.push(JSON.parse(JSON.stringify(s)));
  }
  // backwards and at random: from the reader's snapshots and checkpoints
  let seed = 7;
  for (let k = 0; k < Math.min(40, whole.length); k++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const i = k < 5 ? whole.length - 1 - k : seed % whole.length;
    assert.deepEqual(
      whereOf(reader.stepAt(i)),
      whole[i]!.where,
      `${heap} step ${i}: frames (read after others)`,
    );
    assert.deepEqual(listed(i), whole[i]!.objects, `${heap} step ${i} (read after others)`);
  }
  // removed objects are given as they were at the step before
  for (let i = 1; i < whole.length; i++) {
    const ids = new Set(whole[i]!.objects.map((o) => o.id));
    const expected = whole[i - 1]!.objects.filter((o) => !ids.has(o.id));
    const removed = [...reader.objectsAt(i).removed].sort((a, b) => a.id - b.id);
    assert.deepEqual(removed, expected, `${heap} step ${i}: removed`);
  }
  // the same steps written as version 2 did (every step whole but its objects' changes) read the same
  const v2 = new TraceJsonReader({ ...doc, version: 2, steps: states });
  for (let i = whole.length - 1; i >= 0; i -= 3) {
    assert.deepEqual(whereOf(v2.stepAt(i)), whole[i]!.where, `${heap} step ${i}: version 2`);
    const objects = Array.from(v2.objectsAt(i).objects.values()).sort((a, b) => a.id - b.id);
    assert.deepEqual(objects, whole[i]!.objects, `${heap} step ${i}: version 2 objects`);
  }
}

describe("JSON trace steps read back as the whole listing", () => {
  test("edits in the middle of lists and dicts, a cycle cut loose", () => {
    check(EDITS, "/tmp/edits.py", "reachable");
    check(EDITS, "/tmp/edits.py", "all");
  });
  SAMPLE.forEach((rel, i) => {
    test(rel, () => {
      const file = join(PY, rel);
      const source = readFileSync(file, "utf8");
      check(source, file, "reachable");
      if (i % 2 === 0) check(source, file, "all");
    });
  });
});

describe("a loop appending to a list writes one item per step", () => {
  const traced = (n: number) => {
    const src = `xs = []\nfor i in range(${n}):\n    xs.append(i * 1000)\n`;
    return trace(src, { filename: "/tmp/append.py", ...quiet }).toJSON();
  };
  test("each step writes the new item and the one slot set, and the document grows linearly", () => {
    const small = traced(2000);
    const large = traced(8000);
    for (const s of large.steps.slice(1)) {
      const written = s.heap.length + (s.changed ?? []).reduce((k, c) => k + (c.refs?.set.length ?? 0), 0);
      assert.ok(written <= 2, `step ${s.step} writes ${written} objects and slots`);
    }
    // whole lists at every step: 16x; changes: 4x
    const ratio = JSON.stringify(large).length / JSON.stringify(small).length;
    assert.ok(ratio < 4.5, `8000 items / 2000 items: ${ratio.toFixed(2)}x the bytes`);
  });
});

describe("a loop of a few lines writes about a hundred bytes per step", () => {
  test("frames and memory are written as changes, whole now and then", () => {
    const src = "i = 0\nwhile i < 3000:\n    i += 1\n";
    const doc = trace(src, { filename: "/tmp/loop.py", ...quiet }).toJSON();
    const bytes = Buffer.byteLength(JSON.stringify(doc.steps));
    // version 2 wrote the module's frame whole at every step: about 870 bytes a step; now most of
    // it is the int made every other step (a whole object, about 120 bytes)
    const perStep = bytes / doc.steps.length;
    assert.ok(perStep < 150, `${perStep.toFixed(1)} bytes per step`);
    const checkpoints = doc.steps.filter((s) => s.frames !== undefined).length;
    assert.ok(checkpoints >= 2 && checkpoints < doc.steps.length / 100, `${checkpoints} checkpoints`);
    // a reader starting at the last step rebuilds it from the last checkpoint
    const reader = new TraceJsonReader(doc);
    const last = reader.stepAt(doc.steps.length - 1);
    const i = last.frames[0]!.locals.find((l) => l.name === "i")!.ref!;
    assert.equal(reader.objectsAt(doc.steps.length - 1).objects.get(i)?.value, "3000");
  });
});

describe("an exception leaving many frames is written once", () => {
  // Each frame the exception leaves makes an exception step (its value: the exception) and a
  // return step; the exception, its traceback and the frames it holds stay listed between them.
  const DEPTH = 150;
  const src = `def down(n):\n    if n == 0:\n        raise ValueError("bottom")\n    down(n - 1)\ntry:\n    down(${DEPTH})\nexcept ValueError as e:\n    caught = e\n`;
  test("return steps name the exception; it is listed and written whole once", () => {
    const t = trace(src, { filename: "/tmp/unwind.py", ...quiet });
    const doc = t.toJSON();
    const returns = doc.steps.filter((s) => s.event === "return" && s.raising !== undefined);
    assert.equal(returns.length, DEPTH + 1);
    const exc = returns[0]!.raising!;
    assert.ok(returns.every((s) => s.raising === exc));
    const reader = new TraceJsonReader(doc);
    for (const s of returns) assert.ok(reader.objectsAt(s.step).objects.has(exc), `step ${s.step}`);
    const written = doc.steps.filter((s) => s.heap.some((o) => o.id === exc)).length;
    assert.ok(written <= 2, `the exception is written whole at ${written} steps`);
    check(src, "/tmp/unwind.py", "reachable");
  });
});
