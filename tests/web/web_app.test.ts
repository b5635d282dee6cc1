/**
 * End-to-end tests of the web app in Debian's Chromium (playwright-core, no downloaded browser):
 * each example runs in the page's worker, and the stack and heap panels show what CPython's memory
 * model says they must. Screenshots go to test-artifacts/web/. Needs `npm run build:web` (npm test
 * runs it; this file builds the app itself when dist/web is missing).
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type Browser, chromium, type Page } from "playwright-core";
import { serveDirectory } from "../../src/cli/view_command.js";
import { EXAMPLES } from "../../web/src/examples.js";
import { CHROMIUM, CHROMIUM_ARGS } from "./browser.js";

const ROOT = join(import.meta.dirname, "..", "..");
const APP = join(ROOT, "dist", "web");
const ARTIFACTS = join(ROOT, "test-artifacts", "web");
/** The oracle (CPython 3.11). */
const PYTHON = process.env.HEAPSTACK_PYTHON ?? "python3";

interface PanelState {
  label: string;
  frames: { fn: string; vars: { name: string; text: string; ref: boolean }[] }[];
  objects: { id: string; type: string; status: string; refcount: string; value: string; size: string }[];
  output: string;
}

let browser: Browser;
let page: Page;
let server: Server;
let baseUrl: string;
const pageErrors: string[] = [];

// A string, not a function: the test runner's transform would add helpers the page lacks.
const STATE_JS = `(() => {
  const text = (e) => (e && e.textContent) || "";
  return {
    label: text(document.querySelector(".step-label")),
    frames: [...document.querySelectorAll("#stack .frame")].map((f) => ({
      fn: text(f.querySelector(".fn")),
      vars: [...f.querySelectorAll(".var[data-name]")].map((v) => ({
        name: v.getAttribute("data-name") || "",
        text: text(v.querySelector(".val")),
        ref: v.querySelector(".val .dot") !== null,
      })),
    })),
    objects: [...document.querySelectorAll("#heap .obj")].map((o) => ({
      id: o.getAttribute("data-id") || "",
      type: o.getAttribute("data-type") || "",
      status: o.getAttribute("data-status") || "",
      refcount: o.getAttribute("data-refcount") || "",
      value: text(o.querySelector(".obj-value .v")),
      size: text(o.querySelector(".badge.size")),
    })),
    output: text(document.querySelector(".output")),
  };
})()`;

async function state(): Promise<PanelState> {
  return (await page.evaluate(STATE_JS)) as PanelState;
}

interface Summary {
  steps: number;
  lines: number[];
  events: number[];
  depth: number[];
  objects: number[];
  collections: { step: number; collected: number }[];
}

async function summary(): Promise<Summary> {
  return page.evaluate(() => {
    const s = (window as unknown as { heapstack: { viewer: { summary: Record<string, ArrayLike<number>> } } })
      .heapstack.viewer.summary;
    return {
      steps: s.steps as unknown as number,
      lines: Array.from(s.lines!),
      events: Array.from(s.events!),
      depth: Array.from(s.depth!),
      objects: Array.from(s.objects!),
      collections: s.collections as unknown as { step: number; collected: number }[],
    };
  });
}

async function ready(step?: number): Promise<void> {
  const sel =
    step === undefined ? ".viewer[data-ready=true]" : `.viewer[data-ready=true][data-step="${step}"]`;
  await page.waitForSelector(sel, { timeout: 30_000 });
}

async function openExample(id: string): Promise<Summary> {
  await page.goto("about:blank");
  await page.goto(`${baseUrl}#example=${id}`);
  await ready();
  return summary();
}

async function goTo(n: number): Promise<PanelState> {
  await page.evaluate(
    (n) =>
      (window as unknown as { heapstack: { viewer: { goTo(n: number): void } } }).heapstack.viewer.goTo(n),
    n,
  );
  await ready(n);
  return state();
}

/** The first step that runs `line` (a line event). */
function stepOfLine(s: Summary, line: number, nth = 0): number {
  let seen = 0;
  for (let i = 0; i < s.steps; i++) if (s.lines[i] === line && s.events[i] === 0 && seen++ === nth) return i;
  throw new Error(`line ${line} never runs`);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

const objs = (s: PanelState, type: string, status?: string) =>
  s.objects.filter((o) => o.type === type && (status === undefined || o.status === status));

before(async () => {
  if (!existsSync(join(APP, "index.html")) || !existsSync(join(ROOT, "dist", "web-static", "viewer.js"))) {
    const r = spawnSync(process.execPath, [join(ROOT, "web", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
    assert.equal(r.status, 0, "npm run build:web failed");
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ server, url: baseUrl } = await serveDirectory(APP, 0));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  page.on("pageerror", (e) => pageErrors.push(e.message));
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe("web app", () => {
  test("recursive calls: frames pile up newest on top, then unwind", async () => {
    const s = await openExample("recursion");
    const deepest = s.depth.indexOf(Math.max(...s.depth));
    const st = await goTo(deepest);
    assert.deepEqual(
      st.frames.map((f) => f.fn),
      ["fact", "fact", "fact", "fact", "<module>"],
    );
    assert.deepEqual(
      st.frames.slice(0, 4).map((f) => f.vars.find((v) => v.name === "n")?.text),
      ["1", "2", "3", "4"],
    );
    await shot("recursion-deepest");
    // keyboard: one step forward pops nothing yet or returns; a step back restores the same view
    await page.keyboard.press("ArrowRight");
    await ready(deepest + 1);
    await page.keyboard.press("ArrowLeft");
    await ready(deepest);
    assert.deepEqual((await state()).frames, st.frames);
    await page.keyboard.press("End");
    await ready(s.steps - 1);
    const end = await state();
    assert.deepEqual(
      end.frames.map((f) => f.fn),
      ["<module>"],
    );
    assert.equal(end.frames[0]!.vars.find((v) => v.name === "result")?.text, "24");
    await page.keyboard.press("Home");
    await ready(0);
  });

  test("two names, one list: both arrows reach the same list object", async () => {
    const s = await openExample("aliasing");
    const st = await goTo(stepOfLine(s, 4));
    const lists = objs(st, "list");
    assert.equal(lists.length, 1);
    assert.equal(lists[0]!.refcount, "2");
    assert.equal(lists[0]!.value, "len=4");
    const mod = st.frames[0]!;
    assert.ok(mod.vars.find((v) => v.name === "a")?.ref && mod.vars.find((v) => v.name === "b")?.ref);
    await shot("aliasing");
    const later = await goTo(stepOfLine(s, 7));
    assert.equal(objs(later, "list").length, 2);
  });

  test("an object outlives the frame that made it", async () => {
    const s = await openExample("outlives");
    const inside = await goTo(stepOfLine(s, 3));
    assert.deepEqual(
      inside.frames.map((f) => f.fn),
      ["make_point", "<module>"],
    );
    assert.ok(inside.frames[0]!.vars.find((v) => v.name === "point")?.ref);
    const dict = objs(inside, "dict");
    assert.equal(dict.length, 1);
    const back = await goTo(stepOfLine(s, 6));
    assert.deepEqual(
      back.frames.map((f) => f.fn),
      ["<module>"],
    );
    const kept = objs(back, "dict");
    assert.equal(kept.length, 1);
    assert.equal(kept[0]!.id, dict[0]!.id, "the same object, still alive");
    assert.equal(kept[0]!.refcount, "1");
    await shot("outlives");
  });

  test("refcount to zero: the object is freed on the spot and its __del__ prints", async () => {
    const s = await openExample("refcount");
    const alive = await goTo(stepOfLine(s, 12));
    const res = objs(alive, "Resource");
    assert.equal(res.length, 1);
    assert.equal(res[0]!.refcount, "1", "only alias refers to it");
    const freed = await goTo(stepOfLine(s, 13));
    assert.equal(objs(freed, "Resource", "freed").length, 1, "shown as freed at the step it dies");
    assert.match(freed.output, /freeing first/);
    await shot("refcount-freed");
    const gone = await goTo(stepOfLine(s, 13) + 1);
    assert.equal(objs(gone, "Resource").length, 0, "then it disappears");
  });

  test("a reference cycle survives del and is freed by gc.collect()", async () => {
    const s = await openExample("cycle");
    const gc = s.collections.find((c) => c.collected > 0);
    assert.ok(gc !== undefined, "a collection freed something");

    const before = await goTo(gc.step - 1);
    const nodes = objs(before, "Node");
    assert.equal(nodes.length, 2, "the cycle is still in the heap after del");
    assert.ok(nodes.every((n) => n.refcount === "1" && n.status !== "freed"));
    await shot("cycle-before-gc");
    const at = await goTo(gc.step);
    assert.equal(objs(at, "Node", "freed").length, 2);
    assert.equal(objs(at, "Node", "live").length, 0);
    await shot("cycle-collected");
    const after = await goTo(gc.step + 1);
    assert.equal(objs(after, "Node").length, 0);
    assert.match(after.output, new RegExp(`collected ${gc.collected}\\b`));
  });

  test("RecursionError at the recursion limit", async () => {
    const s = await openExample("recursion-error");
    const deepest = Math.max(...s.depth);
    assert.ok(deepest >= 35 && deepest <= 40, `depth ${deepest}`);
    const st = await goTo(s.depth.indexOf(deepest));
    assert.equal(st.frames.length, deepest);
    assert.equal(st.frames[0]!.fn, "down");
    assert.equal(st.frames.at(-1)!.fn, "<module>");
    await shot("recursion-error");
    const end = await goTo(s.steps - 1);
    assert.match(end.output, /RecursionError: maximum recursion depth exceeded/);
  });

  test("a module-level cache only grows", async () => {
    const s = await openExample("cache-leak");
    const end = await goTo(stepOfLine(s, 10));
    const cache = objs(end, "dict").find((d) => d.value === "len=6");
    assert.ok(cache, "the cache holds 6 entries");
    assert.equal(objs(end, "list").length, 6);
    assert.ok(s.objects[s.steps - 1]! > s.objects[stepOfLine(s, 8)]!);
    await shot("cache-leak");
  });

  test("the mutable default argument is one list shared by every call", async () => {
    const s = await openExample("mutable-default");
    const st = await goTo(stepOfLine(s, 7));
    const lists = objs(st, "list");
    assert.equal(lists.length, 1);
    assert.equal(lists[0]!.refcount, "3", "first, second and the function's __defaults__");
    assert.equal(objs(st, "tuple").length, 1);
    await shot("mutable-default");
  });

  test("small ints and interned strings are shared objects", async () => {
    const s = await openExample("interning");
    const st = await goTo(stepOfLine(s, 8));
    const ints = objs(st, "int");
    assert.equal(ints.filter((i) => i.value === "256").length, 1, "a and b: one 256");
    assert.equal(ints.find((i) => i.value === "256")!.refcount, "immortal");
    assert.equal(ints.filter((i) => i.value === "1001").length, 2, "c and d: two 1001s");
    await shot("interning");
  });

  test("a list over-allocates: its size grows in jumps", async () => {
    const s = await openExample("overallocation");
    const sizes: string[] = [];
    for (let i = 0; i < s.steps; i++) {
      if (s.lines[i] !== 6 || s.events[i] !== 0) continue;
      const st = await goTo(i);
      const list = objs(st, "list")[0];
      assert.ok(list);
      sizes.push(list.size);
    }
    assert.equal(sizes.length, 10);
    const distinct = [...new Set(sizes)];
    assert.ok(distinct.length >= 3 && distinct.length < 10, `sizes ${sizes.join(", ")}`);
    await shot("overallocation");
  });

  test("every example prints in the page what python3 prints", async () => {
    for (const ex of EXAMPLES) {
      const s = await openExample(ex.id);
      const end = await goTo(s.steps - 1);
      const py = spawnSync(PYTHON, ["-c", ex.code], {
        encoding: "utf8",
        env: { ...process.env, PYTHONHASHSEED: "0" },
      });
      assert.equal(end.output, py.stdout + py.stderr, ex.id);
    }
  });

  test("import sqlite3 works in the page: the worker loads SQLite's wasm when a program asks", async () => {
    const code =
      "import sqlite3\n" +
      "con = sqlite3.connect(':memory:')\n" +
      "con.execute('create table t(x integer, s text)')\n" +
      "con.executemany('insert into t values (?, ?)', [(1, 'a'), (2**62, 'b')])\n" +
      "print(con.execute('select sum(x), group_concat(s) from t').fetchone(), con.in_transaction)\n" +
      "try:\n    con.execute('select * from nope')\n" +
      "except sqlite3.OperationalError as e:\n    print(type(e).__name__, e)\n";
    await page.goto("about:blank");
    await page.goto(`${baseUrl}#code=${lz(code)}`);
    await ready();
    const end = await goTo((await summary()).steps - 1);
    const py = spawnSync(PYTHON, ["-c", code], { encoding: "utf8" });
    assert.equal(end.output, py.stdout + py.stderr);
  });

  test("step controls, scrubber, play and next run of a line", async () => {
    const s = await openExample("cache-leak");
    await page.getByRole("button", { name: "Forward", exact: true }).click();
    await ready(1);
    await page.getByRole("button", { name: "Last", exact: true }).click();
    await ready(s.steps - 1);
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await ready(s.steps - 2);
    await page.getByRole("button", { name: "First", exact: true }).click();
    await ready(0);
    await page.locator(".controls input[type=range]").fill("5");
    await ready(5);
    // next run of line 9 (the loop body) after step 5: click its line number
    await page.locator(".cm-lineNumbers .cm-gutterElement", { hasText: /^9$/ }).click();
    const next = s.lines.findIndex((l, i) => i > 5 && l === 9 && s.events[i] === 0);
    await ready(next);
    await page.locator(".speed, select[aria-label=Speed]").selectOption("64");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await ready(s.steps - 1);
    // the timeline jumps where it is clicked
    const box = (await page.locator(".timeline-canvas").boundingBox())!;
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await ready(0);
  });

  test("filters: hide builtins, inline shared values, only reachable", async () => {
    const s = await openExample("cycle");
    const gc = s.collections.find((c) => c.collected > 0)!;
    await goTo(gc.step - 1);
    await page.locator("[data-filter=onlyReachable]").check();
    await ready();
    assert.equal(objs(await state(), "Node").length, 0, "the unreachable cycle is hidden");
    await page.locator("[data-filter=onlyReachable]").uncheck();
    await page.locator("[data-filter=hideBuiltins]").uncheck();
    await ready();
    const all = await state();
    assert.ok(all.frames[0]!.vars.some((v) => v.name === "__name__"));
    await page.locator("[data-filter=hideBuiltins]").check();
    await ready();
  });

  test("boxes can be dragged and collapsed; the trace exports as JSON", async () => {
    const s = await openExample("aliasing");
    await goTo(stepOfLine(s, 4));
    await page.waitForTimeout(600); // elk's layout follows a quick step after 250 ms
    const list = page.locator('#heap .obj[data-type="list"]');
    const before = (await list.boundingBox())!;
    const head = list.locator(".obj-head .type");
    const hb = (await head.boundingBox())!;
    await page.mouse.move(hb.x + 5, hb.y + 5);
    await page.mouse.down();
    await page.mouse.move(hb.x + 125, hb.y + 85, { steps: 5 });
    await page.mouse.up();
    const moved = (await list.boundingBox())!;
    assert.ok(Math.abs(moved.x - before.x - 120) < 3 && Math.abs(moved.y - before.y - 80) < 3, "dragged");
    assert.equal(await list.locator(".row").count(), 4);
    await list.getByRole("button", { name: "Collapse", exact: true }).click();
    await ready();
    assert.equal(await page.locator('#heap .obj[data-type="list"] .row').count(), 0, "collapsed: no rows");
    await page
      .locator('#heap .obj[data-type="list"]')
      .getByRole("button", { name: "Expand", exact: true })
      .click();
    await ready();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export trace JSON", exact: true }).click(),
    ]);
    const doc = JSON.parse(readFileSync((await download.path())!, "utf8")) as {
      format: string;
      run: { steps: number };
      program: { source: string };
    };
    assert.equal(doc.format, "heapstack-trace");
    assert.equal(doc.run.steps, s.steps);
    assert.match(doc.program.source, /b\.append\(4\)/);
  });

  test("program text is shown as text; Stop ends a runaway program; limits cut long runs", async () => {
    await page.goto("about:blank");
    const code = 'print("<b>bold</b><img src=x onerror=alert(1)>")\n';
    await page.goto(`${baseUrl}#code=${lz(code)}`);
    await ready();
    const st = await goTo((await summary()).steps - 1);
    assert.equal(st.output, "<b>bold</b><img src=x onerror=alert(1)>\n");
    assert.equal(await page.locator(".output b, .output img").count(), 0);
    // the link reproduces the program
    assert.match(page.url(), /#code=/);

    await page.evaluate(
      () =>
        ((window as unknown as { heapstack: { editor: { text: string } } }).heapstack.editor.text =
          "while True:\n    pass\n"),
    );
    await page.getByRole("spinbutton", { name: "Step limit", exact: true }).fill("100000000");
    await page.getByRole("spinbutton", { name: "Time limit (s)", exact: true }).fill("600");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.waitForFunction(() => document.querySelector(".status")?.textContent?.includes("steps"));
    // the page stays responsive while the worker runs
    assert.equal(await page.evaluate(() => 6 * 7), 42);
    await page.getByRole("button", { name: "Stop", exact: true }).click();
    await page.waitForFunction(() => document.querySelector(".status")?.textContent?.startsWith("Stopped"));

    await page.getByRole("spinbutton", { name: "Step limit", exact: true }).fill("500");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.waitForFunction(() =>
      document.querySelector(".status")?.textContent?.includes("Stopped early"),
    );
    assert.equal((await summary()).steps, 500);
  });

  test("editing an example's code leaves the example picker: the program is the user's now", async () => {
    await page.goto("about:blank");
    await page.goto(baseUrl);
    await ready();
    const picker = page.getByRole("combobox", { name: "Examples" });
    assert.equal(await picker.inputValue(), EXAMPLES[0]!.id);
    assert.notEqual((await page.locator(".hint").textContent()) ?? "", "");
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("x = 1\n");
    assert.equal(await picker.inputValue(), "");
    assert.equal((await page.locator(".hint").textContent()) ?? "", "");
    // picking an example again shows it by name
    await picker.selectOption(EXAMPLES[1]!.id);
    await ready();
    assert.equal(await picker.inputValue(), EXAMPLES[1]!.id);
  });

  test("heapstack trace --html writes one page that shows the run with no server", async () => {
    const dir = join(ROOT, "test-artifacts", "web");
    const prog = join(dir, "html_demo.py");
    writeFileSync(prog, "def pair(a):\n    return [a, a]\n\nx = pair('</script>')\nprint(x)\n");
    const out = join(dir, "html_demo.html");
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "heapstack.js"), "trace", prog, "--html", out], {
      encoding: "utf8",
    });
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(out, "utf8");
    assert.ok(!/<script[^>]+src=/i.test(html) && !/<link/i.test(html), "nothing loaded from elsewhere");
    const requests: string[] = [];
    page.on("request", (req) => {
      if (!req.url().startsWith("file:") && !req.url().startsWith("data:") && !req.url().startsWith("blob:"))
        requests.push(req.url());
    });
    await page.goto(`file://${out}`);
    await ready();
    const last = await goTo((await summary()).steps - 1);
    assert.equal(last.output, "['</script>', '</script>']\n");
    const inCall = await goTo(2);
    assert.deepEqual(
      inCall.frames.map((f) => f.fn),
      ["pair", "<module>"],
    );
    await shot("trace-html");
    assert.deepEqual(requests, []);
    page.removeAllListeners("request");
  });

  test("heapstack view FILE serves the app on 127.0.0.1 and opens the file's run", async () => {
    const prog = join(ARTIFACTS, "view_demo.py");
    writeFileSync(prog, "xs = [1, 2]\nys = xs\nprint(len(ys))\n");
    const child = spawn(process.execPath, [
      join(ROOT, "bin", "heapstack.js"),
      "view",
      prog,
      "--port",
      "0",
      "--no-open",
    ]);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d) => {
          out += d;
          const m = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on("exit", () => reject(new Error(`view exited: ${out}`)));
      });
      const origin = new URL(url).origin;
      // only its own files: no path traversal
      const res = await fetch(`${origin}/..%2f..%2fpackage.json`);
      assert.equal(res.status, 404);
      const res2 = await fetch(`${origin}/%2e%2e/%2e%2e/etc/passwd`);
      assert.equal(res2.status, 404);
      await page.goto("about:blank");
      await page.goto(url);
      await ready();
      const s = await summary();
      const end = await goTo(s.steps - 1);
      assert.equal(end.output, "2\n");
      assert.equal(objs(end, "list")[0]?.refcount, "2");
    } finally {
      child.kill();
    }
  });

  test("no page errors", () => {
    assert.deepEqual(pageErrors, []);
  });
});

/** lz-string's compressToEncodedURIComponent, through the package (as the app does). */
function lz(text: string): string {
  const r = spawnSync(
    process.execPath,
    [
      "-e",
      "process.stdout.write(require('lz-string').compressToEncodedURIComponent(require('fs').readFileSync(0,'utf8')))",
    ],
    { input: text, encoding: "utf8", cwd: ROOT },
  );
  return r.stdout;
}
