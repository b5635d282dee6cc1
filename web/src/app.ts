/**
 * The web app: edit a program (or pick an example), run it in a Web Worker that records every
 * step, then walk through the steps.
 */
import { el } from "./dom.js";
import { Editor } from "./editor.js";
import { EXAMPLES, exampleById } from "./examples.js";
import { makeHash, readHash } from "./share.js";
import { Viewer } from "./viewer.js";
import { type RunLimits, StoppedError, WorkerSource } from "./worker_source.js";

export function startApp(root: HTMLElement): void {
  const initial = readHash(location.hash);
  const firstExample = exampleById(initial.example ?? "") ?? EXAMPLES[0]!;
  const code = initial.code ?? firstExample.code;

  const status = el("span", { class: "status", role: "status", "aria-live": "polite" });
  const examples = el("select", { "aria-label": "Examples" });
  examples.append(el("option", { value: "" }, "Examples…"));
  for (const ex of EXAMPLES) examples.append(el("option", { value: ex.id }, ex.title));
  const hint = el("p", { class: "hint" });
  const runButton = el("button", { type: "button", class: "primary", "aria-label": "Run" }, "Run ▸");
  const stopButton = el("button", { type: "button", "aria-label": "Stop", disabled: "" }, "■ Stop");
  const shareButton = el("button", { type: "button", "aria-label": "Share" }, "Share link");
  const exportButton = el(
    "button",
    { type: "button", "aria-label": "Export trace JSON", disabled: "" },
    "Export JSON",
  );
  const maxSteps = el("input", {
    type: "number",
    min: "1",
    value: "200000",
    "aria-label": "Step limit",
    class: "limit",
  });
  const timeLimit = el("input", {
    type: "number",
    min: "1",
    value: "20",
    "aria-label": "Time limit (s)",
    class: "limit",
  });

  const editorHost = el("div", { class: "editor" });
  let source: WorkerSource | null = null;
  let stale = false;
  const editor = new Editor(editorHost, code, {
    onChange: () => {
      // an edited example is the user's own program: the picker and hint no longer describe it
      if (examples.value !== "" && editor.text !== exampleById(examples.value)?.code) {
        examples.value = "";
        hint.textContent = "";
      }
      if (source !== null && !stale) {
        stale = true;
        status.textContent = "Edited: run again to see the new program.";
        editor.highlight(null);
      }
    },
  });
  let hashTimer: number | null = null;
  const viewer = new Viewer({
    editor,
    onStep: (n) => {
      if (hashTimer !== null) clearTimeout(hashTimer);
      hashTimer = window.setTimeout(() => history.replaceState(null, "", makeHash(editor.text, n)), 300);
    },
  });

  const left = el(
    "div",
    { class: "left" },
    el("div", { class: "toolbar" }, examples, runButton, stopButton),
    hint,
    editorHost,
    el(
      "div",
      { class: "limits" },
      el("label", {}, "Step limit ", maxSteps),
      el("label", {}, "Time limit (s) ", timeLimit),
      shareButton,
      exportButton,
    ),
    el("h2", { class: "output-title" }, "Output (up to this step)"),
    viewer.outputElement,
  );
  root.replaceChildren(
    el(
      "header",
      {},
      el("h1", {}, "heapstack"),
      el("span", { class: "tagline" }, "Python 3.11's stack and heap, step by step"),
      status,
    ),
    el("main", {}, left, el("div", { class: "right" }, viewer.root)),
  );

  let stopCurrent: (() => void) | null = null;
  const run = async (startStep = 0) => {
    stopCurrent?.();
    source?.dispose();
    source = null;
    stale = false;
    const text = editor.text;
    history.replaceState(null, "", makeHash(text, null));
    const limits: RunLimits = {
      maxSteps: Math.max(1, Number(maxSteps.value) || 200000),
      timeoutSeconds: Math.max(1, Number(timeLimit.value) || 20),
    };
    status.textContent = "Running…";
    runButton.disabled = true;
    stopButton.disabled = false;
    exportButton.disabled = true;
    await viewer.load(null);
    const job = WorkerSource.run(text, limits, (steps, ms) => {
      status.textContent = `Running… ${steps.toLocaleString("en-US")} steps, ${(ms / 1000).toFixed(1)} s`;
    });
    stopCurrent = job.stop;
    try {
      source = await job.done;
      const s = source.summary;
      const stopped = s.stopped === null ? "" : ` Stopped early: ${s.stopped.message}.`;
      status.textContent = `Recorded ${s.steps.toLocaleString("en-US")} steps in ${(s.elapsedMs / 1000).toFixed(2)} s, exit status ${s.status}.${stopped}`;
      exportButton.disabled = false;
      await viewer.load(source, startStep);
    } catch (e) {
      status.textContent =
        e instanceof StoppedError
          ? "Stopped. Nothing was recorded: lower the step or time limit to see part of a long run."
          : `The interpreter failed: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      stopCurrent = null;
      runButton.disabled = false;
      stopButton.disabled = true;
    }
  };

  runButton.addEventListener("click", () => void run());
  stopButton.addEventListener("click", () => stopCurrent?.());
  examples.addEventListener("change", () => {
    const ex = exampleById(examples.value);
    if (ex === undefined) return;
    editor.text = ex.code;
    hint.textContent = ex.hint;
    viewer.setFilters({ inlineShared: !ex.showShared });
    void run();
  });
  shareButton.addEventListener("click", async () => {
    const url =
      location.href.split("#")[0] + makeHash(editor.text, viewer.stepShown >= 0 ? viewer.stepShown : null);
    history.replaceState(null, "", url);
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = "Link copied: it opens this program at this step.";
    } catch {
      status.textContent = "The link to this program and step is in the address bar.";
    }
  });
  exportButton.addEventListener("click", async () => {
    if (source === null) return;
    const text = await source.exportJson();
    const a = el("a", {
      href: URL.createObjectURL(new Blob([text], { type: "application/json" })),
      download: "trace.json",
    });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  });

  if (initial.code === undefined) {
    examples.value = firstExample.id;
    hint.textContent = firstExample.hint;
    viewer.setFilters({ inlineShared: !firstExample.showShared });
  }
  (window as unknown as { heapstack: unknown }).heapstack = { viewer, run, editor };
  void run(initial.step ?? 0);
}
