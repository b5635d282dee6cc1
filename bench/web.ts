/**
 * `npm run bench:web`: the web app's speed, measured in Chromium.
 *   1. Scrubbing a 100,000-step trace: a step shown (worker rebuild + panels drawn + painted) in
 *      <= 50 ms, going forward, backward and jumping at random (the median must be; the p95, the
 *      maximum and how many steps made it are printed: they depend on how busy the machine is).
 *   2. A heap of 2,000 objects laid out and drawn in <= 1 s.
 * Prints the numbers; exits 1 when a target is missed.
 */
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { serveDirectory } from "../src/cli/view_command.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/web/browser.js";

const ROOT = join(import.meta.dirname, "..");

const SCRUB_PROGRAM = `window = []
total = 0
for i in range(40000):
    window.append(i * 1000)
    if len(window) > 40:
        total += window.pop(0)
print(total)
`;

const BIG_HEAP_PROGRAM = `rows = [[i % 100] for i in range(1999)]
print(len(rows))
`;

async function runProgram(page: Page, baseUrl: string, code: string, maxSteps: number): Promise<number> {
  await page.goto("about:blank");
  await page.goto(`${baseUrl}#example=recursion`);
  await page.waitForSelector(".viewer[data-ready=true]");
  await page.getByRole("spinbutton", { name: "Step limit", exact: true }).fill(String(maxSteps));
  await page.getByRole("spinbutton", { name: "Time limit (s)", exact: true }).fill("300");
  await page.evaluate(`window.heapstack.editor.text = ${JSON.stringify(code)}`);
  const t0 = Date.now();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.waitForFunction(
    () => document.querySelector(".status")?.textContent?.startsWith("Recorded"),
    null,
    {
      timeout: 300_000,
    },
  );
  await page.waitForSelector(".viewer[data-ready=true]");
  const steps = (await page.evaluate("window.heapstack.viewer.summary.steps")) as number;
  console.log(
    `  recorded ${steps.toLocaleString("en-US")} steps (page to first step shown: ${Date.now() - t0} ms)`,
  );
  return steps;
}

/** Milliseconds from asking for step n to its panels being drawn, measured in the page. */
async function timeStep(page: Page, n: number): Promise<number> {
  return (await page.evaluate(`(async () => {
    const v = window.heapstack.viewer;
    const t0 = performance.now();
    await v.goTo(${n});
    const root = document.querySelector(".viewer");
    while (root.dataset.ready !== "true" || root.dataset.step !== "${n}") await new Promise((r) => setTimeout(r, 0));
    // let the browser lay out and paint the frame
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  })()`)) as number;
}

function stats(xs: number[]): { median: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median: s[Math.floor(s.length / 2)]!,
    p95: s[Math.floor(s.length * 0.95)]!,
    max: s[s.length - 1]!,
  };
}

const fmt = (x: number) => `${x.toFixed(1)} ms`;

const { server, url } = await serveDirectory(join(ROOT, "dist", "web"), 0);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  console.log("1. scrubbing a 100,000-step trace");
  const steps = await runProgram(page, url, SCRUB_PROGRAM, 100_000);
  const forward: number[] = [];
  const backward: number[] = [];
  const random: number[] = [];
  const mid = Math.floor(steps / 2);
  for (let i = 0; i < 100; i++) forward.push(await timeStep(page, mid + i));
  for (let i = 0; i < 100; i++) backward.push(await timeStep(page, mid + 99 - i - 1));
  let seed = 12345;
  for (let i = 0; i < 150; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    random.push(await timeStep(page, seed % steps));
  }
  for (const [name, xs] of [
    ["forward (one step at a time)", forward],
    ["backward (one step at a time)", backward],
    ["random jumps (scrubber)", random],
  ] as const) {
    const s = stats(xs);
    const within = xs.filter((x) => x <= 50).length;
    console.log(
      `  ${name}: median ${fmt(s.median)}, p95 ${fmt(s.p95)}, max ${fmt(s.max)}; ${within}/${xs.length} steps <= 50 ms`,
    );
    if (s.median > 50) failed = true;
  }

  console.log("2. a heap of 2,000 objects");
  await runProgram(page, url, BIG_HEAP_PROGRAM, 100_000);
  const lines = (await page.evaluate("Array.from(window.heapstack.viewer.summary.lines)")) as number[];
  const last = lines.lastIndexOf(2); // print(len(rows)): the list and its 1,999 lists are alive
  await timeStep(page, 0);
  const times: number[] = [];
  let boxes = 0;
  for (let i = 0; i < 3; i++) {
    await timeStep(page, 0);
    times.push(await timeStep(page, last));
    boxes = await page.locator("#heap .obj").count();
  }
  const s = stats(times);
  const shown = (await page.evaluate(
    `Number(document.querySelector("#heap h2 small").textContent.trim().split(" ")[0])`,
  )) as number;
  console.log(
    `  ${shown} objects laid out, the ${boxes} boxes in view drawn with their arrows: median ${fmt(s.median)}, max ${fmt(s.max)} (target <= 1000 ms)`,
  );
  if (shown < 2000 || s.max > 1000) failed = true;
} finally {
  await browser.close();
  server.close();
}
console.log(
  `machine load average: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(", ")} (${cpus().length} cores)`,
);
console.log(failed ? "bench:web: a target was missed" : "bench:web: all targets met");
process.exit(failed ? 1 : 0);
