/**
 * The viewer inside `heapstack trace FILE --html out.html`: the recorded trace is in the page
 * (a JSON script element), so it needs no server, no worker and no network.
 */
import "./style.css";
import type { TraceDocument } from "../../src/trace/export_json.js";
import { DocumentSource } from "./document_source.js";
import { el } from "./dom.js";
import { Editor } from "./editor.js";
import { Viewer } from "./viewer.js";

function start(): void {
  const root = document.getElementById("app")!;
  const data = document.getElementById("heapstack-trace")?.textContent ?? "";
  const doc = JSON.parse(data) as TraceDocument & { heapObjects?: TraceDocument["steps"][number]["heap"] };
  // `heapstack trace --html` writes each distinct object once (compactTrace in src/cli/view_command.ts)
  const table = doc.heapObjects;
  if (table !== undefined)
    for (const step of doc.steps) step.heap = (step.heap as unknown as number[]).map((i) => table[i]!);
  const source = new DocumentSource(doc);
  const s = source.summary;
  const editorHost = el("div", { class: "editor" });
  const editor = new Editor(editorHost, doc.program.source, { readOnly: true });
  const viewer = new Viewer({ editor });
  // a saved trace holds only the objects reachable from the frames
  viewer.setFilters({ onlyReachable: true });
  const stopped = s.stopped === null ? "" : ` Stopped early: ${s.stopped.message}.`;
  root.replaceChildren(
    el(
      "header",
      {},
      el("h1", {}, "heapstack"),
      el("span", { class: "tagline" }, doc.program.file),
      el("span", { class: "status", role: "status" }, `${s.steps} steps, exit status ${s.status}.${stopped}`),
    ),
    el(
      "main",
      {},
      el(
        "div",
        { class: "left" },
        editorHost,
        el("h2", { class: "output-title" }, "Output (up to this step)"),
        viewer.outputElement,
      ),
      el("div", { class: "right" }, viewer.root),
    ),
  );
  (window as unknown as { heapstack: unknown }).heapstack = { viewer, editor };
  void viewer.load(source, 0);
}

start();
