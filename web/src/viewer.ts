/**
 * The step viewer: controls (first/back/forward/last, scrubber, play, next run of a line, keys),
 * the stack and heap diagram with its filters, the output so far, the memory timeline and the
 * allocator view, all showing one step of a StepSource.
 */
import { AllocatorPanel } from "./alloc_view.js";
import { Diagram } from "./diagram.js";
import { el, formatBytes } from "./dom.js";
import type { Editor } from "./editor.js";
import { buildHeapModel, type HeapFilters, type HeapModel } from "./heap_model.js";
import { elkLayout, fastLayout, type Layout, shapeKey } from "./layout.js";
import { UNREACHABLE_TITLE } from "./strings.js";
import { Timeline } from "./timeline.js";
import type { StepData, StepSource } from "./types.js";

/**
 * Layout: a step reached deliberately (a click, a key press after a pause) with up to this many
 * boxes waits for elk (10-100 ms). While scrubbing or playing, and for bigger heaps, the fast
 * layout is drawn at once and elk's follows when the user pauses.
 */
const ELK_SYNC_MAX = 40;
/** A request this soon after the previous one is part of a scrub (or a held-down key). */
const RAPID_MS = 200;
/** Up to this many boxes, elk runs once the user pauses; bigger heaps keep the fast layout. */
const ELK_MAX = 300;
const ELK_CACHE = 200;

export interface ViewerOptions {
  editor: Editor;
  onStep?: (n: number) => void;
}

export class Viewer {
  readonly root: HTMLElement;
  readonly diagram: Diagram;
  private source: StepSource | null = null;
  private current = -1;
  private shown: StepData | null = null;
  private wanted = -1;
  private inflight = false;
  private playing: number | null = null;
  private readonly filters: HeapFilters = { hideBuiltins: true, inlineShared: true, onlyReachable: false };
  private readonly collapsed = new Set<number>();
  private readonly pinned = new Map<number, { x: number; y: number }>();
  private readonly elkCache = new Map<string, Layout>();
  private elkTimer: number | null = null;
  private renderSerial = 0;
  private lastRenderMs = 0;
  private lastRequestAt = Number.NEGATIVE_INFINITY;
  private rapid = false;
  /** Where the last draw spent its milliseconds (model + layout, diagram, editor, the rest). */
  drawTimes: Record<string, number> = {};

  private readonly stepLabel: HTMLElement;
  private readonly scrubber: HTMLInputElement;
  private readonly playButton: HTMLButtonElement;
  private readonly speed: HTMLSelectElement;
  private readonly output: HTMLElement;
  private readonly timeline: Timeline;
  private readonly alloc: AllocatorPanel;
  private readonly memLabel: HTMLElement;
  private readonly buttons: HTMLButtonElement[] = [];
  private readonly filterBoxes = new Map<keyof HeapFilters, HTMLInputElement>();

  constructor(private readonly opts: ViewerOptions) {
    const button = (label: string, text: string, key: string, f: () => void) => {
      const b = el("button", { type: "button", "aria-label": label, title: `${label} (${key})` }, text);
      b.addEventListener("click", f);
      this.buttons.push(b);
      return b;
    };
    this.scrubber = el("input", { type: "range", min: "0", max: "0", value: "0", "aria-label": "Step" });
    this.scrubber.addEventListener("input", () => this.goTo(Number(this.scrubber.value)));
    this.playButton = button("Play", "▶ Play", "Space", () => this.togglePlay());
    this.speed = el("select", { "aria-label": "Speed", title: "Steps per second while playing" });
    for (const s of [1, 2, 4, 8, 16, 32, 64])
      this.speed.append(el("option", { value: String(s) }, `${s} steps/s`));
    this.speed.value = "4";
    this.speed.addEventListener("change", () => {
      if (this.playing !== null) {
        this.stopPlay();
        this.togglePlay();
      }
    });
    this.stepLabel = el("span", { class: "step-label", "aria-live": "polite" }, "No steps yet");
    const controls = el(
      "div",
      { class: "controls", role: "toolbar", "aria-label": "Step controls" },
      button("First", "|◀ First", "Home", () => this.goTo(0)),
      button("Back", "◀ Back", "←", () => this.goTo(this.target() - 1)),
      button("Forward", "Forward ▶", "→", () => this.goTo(this.target() + 1)),
      button("Last", "Last ▶|", "End", () => this.goTo(this.stepCount() - 1)),
      this.playButton,
      this.speed,
      button("Next run of line", "↷ Next run of cursor line", "N, or click a line number", () =>
        this.nextRunOfLine(this.opts.editor.cursorLine),
      ),
      this.scrubber,
      this.stepLabel,
      el(
        "span",
        { class: "keys" },
        "Keys: ← → step · Home End · Space play · N next run of the cursor's line (or click a line number)",
      ),
    );

    const filterBox = (key: keyof HeapFilters, label: string, title: string) => {
      const box = el("input", { type: "checkbox", "data-filter": key });
      box.checked = this.filters[key];
      box.addEventListener("change", () => {
        this.filters[key] = box.checked;
        this.rerender();
      });
      this.filterBoxes.set(key, box);
      return el("label", { title }, box, ` ${label}`);
    };
    this.memLabel = el("span", { class: "mem-label" });
    const heapTools = el(
      "div",
      { class: "heap-tools" },
      filterBox("hideBuiltins", "Hide builtins", "Hide modules, builtin functions and dunder names"),
      filterBox(
        "inlineShared",
        "Shared values inline",
        "Show small ints, interned strings and constants inside the box that refers to them",
      ),
      filterBox(
        "onlyReachable",
        "Only reachable from a frame",
        "Hide objects no frame can reach (garbage in cycles)",
      ),
      el(
        "span",
        { class: "legend" },
        el("span", { class: "key new" }, "new this step"),
        el("span", { class: "key freed" }, "freed this step"),
        el("span", { class: "key unreachable", title: UNREACHABLE_TITLE }, "no variable reaches it"),
      ),
      this.memLabel,
    );
    this.diagram = new Diagram({
      onToggleCollapse: (id) => {
        if (this.collapsed.has(id)) this.collapsed.delete(id);
        else this.collapsed.add(id);
        this.rerender();
      },
      onDragged: (id, x, y) => this.pinned.set(id, { x, y }),
    });
    this.diagram.clear("Run a program to see its frames.");
    this.output = el("pre", { class: "output", "aria-label": "Program output" });
    this.timeline = new Timeline((n) => this.goTo(n));
    this.alloc = new AllocatorPanel();
    this.root = el(
      "div",
      { class: "viewer" },
      controls,
      heapTools,
      this.diagram.root,
      this.timeline.root,
      this.alloc.root,
    );
    this.timeline.setSummary(null);
    document.addEventListener("keydown", (e) => this.onKey(e));
    this.setEnabled(false);
    opts.editor.onGutterClick = (line) => this.nextRunOfLine(line);
  }

  /** The output element (placed by the page, under the editor). */
  get outputElement(): HTMLElement {
    return this.output;
  }

  /** The run shown (per-step series, collections, output), or null. */
  get summary(): import("./types.js").RunSummary | null {
    return this.source?.summary ?? null;
  }

  get stepShown(): number {
    return this.current;
  }

  get lastRenderTime(): number {
    return this.lastRenderMs;
  }

  setFilters(f: Partial<HeapFilters>): void {
    Object.assign(this.filters, f);
    for (const [k, box] of this.filterBoxes) box.checked = this.filters[k];
    if (this.shown !== null) this.rerender();
  }

  /** Shows a new run (or none), at step `start`. */
  async load(source: StepSource | null, start = 0): Promise<void> {
    this.stopPlay();
    this.source = source;
    this.current = -1;
    this.wanted = -1;
    this.shown = null;
    this.collapsed.clear();
    this.pinned.clear();
    this.elkCache.clear();
    const steps = source?.summary.steps ?? 0;
    this.scrubber.max = String(Math.max(0, steps - 1));
    this.scrubber.value = "0";
    this.timeline.setSummary(source?.summary ?? null);
    this.setEnabled(steps > 0);
    if (source === null || steps === 0) {
      this.diagram.clear(
        source === null ? "Run a program to see its frames." : "The program recorded no steps.",
      );
      this.alloc.render(null);
      this.opts.editor.highlight(null);
      this.stepLabel.textContent = source === null ? "No steps yet" : "No steps recorded";
      this.showOutput(source === null ? -1 : Number.POSITIVE_INFINITY);
      return;
    }
    await this.goTo(Math.min(Math.max(0, start), steps - 1));
  }

  stepCount(): number {
    return this.source?.summary.steps ?? 0;
  }

  /** The step the user asked for last (what Back/Forward move from). */
  private target(): number {
    return this.wanted >= 0 ? this.wanted : this.current;
  }

  /** Shows step n (clamped); while a step is being fetched, only the latest request is kept. */
  goTo(n: number): Promise<void> {
    const count = this.stepCount();
    if (count === 0) return Promise.resolve();
    n = Math.max(0, Math.min(count - 1, Math.round(n)));
    const now = performance.now();
    this.rapid = this.playing !== null || now - this.lastRequestAt < RAPID_MS;
    this.lastRequestAt = now;
    this.wanted = n;
    this.scrubber.value = String(n);
    return this.pump();
  }

  private async pump(): Promise<void> {
    if (this.inflight) return;
    const src = this.source;
    while (src !== null && src === this.source && this.wanted !== this.current) {
      this.inflight = true;
      const n = this.wanted;
      const t0 = performance.now();
      let data: StepData;
      try {
        data = await src.getStep(n);
      } catch (e) {
        this.inflight = false;
        this.stepLabel.textContent = `Could not show step ${n}: ${e instanceof Error ? e.message : String(e)}`;
        return;
      }
      if (src !== this.source) break;
      this.current = n;
      this.shown = data;
      await this.draw(data);
      this.lastRenderMs = performance.now() - t0;
      this.opts.onStep?.(n);
    }
    this.inflight = false;
    if (src === this.source && this.wanted === this.current && this.wanted >= 0) {
      this.root.dataset.step = String(this.current);
      this.root.dataset.ready = "true";
    }
  }

  private rerender(): void {
    if (this.shown !== null) void this.draw(this.shown);
  }

  private async draw(step: StepData): Promise<void> {
    const serial = ++this.renderSerial;
    const t0 = performance.now();
    this.root.dataset.ready = "false";
    const s = this.source!.summary;
    const model = buildHeapModel(step, this.filters, this.collapsed);
    let layout: Layout;
    const key = shapeKey(model);
    const cached = this.elkCache.get(key);
    if (cached !== undefined) layout = cached;
    else if (model.nodes.length <= ELK_SYNC_MAX && !this.rapid) {
      layout = await this.elk(model, key);
      if (serial !== this.renderSerial) return;
    } else {
      layout = fastLayout(model);
      if (model.nodes.length <= ELK_MAX) this.scheduleElk(model, key, serial);
    }
    const tLayout = performance.now();
    this.diagram.render(model, this.withPins(layout));
    const tDiagram = performance.now();
    const events = {
      line: "runs line",
      call: "calls",
      return: "returns from",
      exception: "raises in",
    } as const;
    this.stepLabel.textContent = `Step ${step.step + 1} of ${s.steps} · line ${step.line} · ${events[step.event]} ${step.function}`;
    this.opts.editor.highlight(step.line, step.event);
    this.memLabel.textContent = `heap ${formatBytes(step.memory.heapBytes)} · ${step.memory.objects} objects · stack ${step.frames.reduce((a, f) => a + f.bytes, 0)} B in ${step.frames.length} frame${step.frames.length === 1 ? "" : "s"}`;
    const gc = s.collections.filter((c) => c.step === step.step);
    if (gc.length > 0)
      this.memLabel.textContent += ` · GC (generation ${gc.map((c) => c.generation).join(", ")}) collected ${gc.reduce((a, c) => a + c.collected, 0)}`;
    const tEditor = performance.now();
    this.timeline.setCurrent(step.step);
    this.alloc.render(step.alloc);
    this.showOutput(step.step);
    const tEnd = performance.now();
    this.drawTimes = {
      model: tLayout - t0,
      diagram: tDiagram - tLayout,
      editor: tEditor - tDiagram,
      rest: tEnd - tEditor,
      boxes: model.nodes.length,
    };
    if (serial === this.renderSerial && !this.inflightOther(step.step)) {
      this.root.dataset.step = String(step.step);
      this.root.dataset.ready = "true";
    }
  }

  /** A different step has been asked for and is on its way. */
  private inflightOther(n: number): boolean {
    return this.wanted !== n;
  }

  private withPins(layout: Layout): Layout {
    if (this.pinned.size === 0) return layout;
    const out: Layout = new Map();
    for (const [id, p] of layout) {
      const pin = this.pinned.get(id);
      out.set(id, pin === undefined ? { ...p } : { ...p, ...pin });
    }
    return out;
  }

  private async elk(model: HeapModel, key: string): Promise<Layout> {
    try {
      const l = await elkLayout(model);
      if (this.elkCache.size >= ELK_CACHE) this.elkCache.delete(this.elkCache.keys().next().value!);
      this.elkCache.set(key, l);
      return l;
    } catch {
      return fastLayout(model);
    }
  }

  private scheduleElk(model: HeapModel, key: string, serial: number): void {
    if (this.elkTimer !== null) clearTimeout(this.elkTimer);
    this.elkTimer = window.setTimeout(async () => {
      this.elkTimer = null;
      if (this.playing !== null || serial !== this.renderSerial) return;
      if (this.diagram.dragging) {
        this.scheduleElk(model, key, serial);
        return;
      }
      const layout = await this.elk(model, key);
      if (serial !== this.renderSerial) return;
      this.diagram.render(model, this.withPins(layout));
    }, 250);
  }

  /** Output written up to step n (all of it for +Infinity), stderr in red. */
  private showOutput(n: number): void {
    const s = this.source?.summary;
    this.output.replaceChildren();
    if (s === undefined || n < 0) return;
    let last: HTMLElement | null = null;
    const add = (stream: string, text: string) => {
      if (last !== null && last.dataset.stream === stream) last.append(text);
      else {
        last = el("span", { class: stream, "data-stream": stream }, text);
        this.output.append(last);
      }
    };
    if (s.steps === 0 || n === Number.POSITIVE_INFINITY) {
      if (s.stdout) add("stdout", s.stdout);
      if (s.stderr) add("stderr", s.stderr);
      return;
    }
    // at the last step, also what the program wrote after it (its last line's output, at exit)
    const atEnd = n >= s.steps - 1;
    for (const c of s.output) {
      if (c.step > n && !atEnd) break;
      add(c.stream, c.text);
    }
    this.output.scrollTop = this.output.scrollHeight;
  }

  nextRunOfLine(line: number): void {
    const s = this.source?.summary;
    if (s === undefined) return;
    const from = this.target();
    for (let i = from + 1; i < s.steps; i++)
      if (s.lines[i] === line && s.events[i] === 0) {
        void this.goTo(i);
        return;
      }
    this.stepLabel.textContent = `Line ${line} does not run again after step ${from + 1}`;
  }

  togglePlay(): void {
    if (this.playing !== null) {
      this.stopPlay();
      return;
    }
    if (this.target() >= this.stepCount() - 1) void this.goTo(0);
    const interval = 1000 / Number(this.speed.value);
    this.playButton.textContent = "⏸ Pause";
    this.playButton.setAttribute("aria-label", "Pause");
    this.playing = window.setInterval(() => {
      if (this.inflight) return; // a slow step: wait rather than pile up requests
      if (this.target() >= this.stepCount() - 1) {
        this.stopPlay();
        return;
      }
      void this.goTo(this.target() + 1);
    }, interval);
  }

  private stopPlay(): void {
    if (this.playing !== null) clearInterval(this.playing);
    this.playing = null;
    this.playButton.textContent = "▶ Play";
    this.playButton.setAttribute("aria-label", "Play");
  }

  private setEnabled(on: boolean): void {
    for (const b of this.buttons) b.disabled = !on;
    this.scrubber.disabled = !on;
  }

  private onKey(e: KeyboardEvent): void {
    const t = e.target as HTMLElement | null;
    if (t?.closest(".cm-editor, input[type=text], input[type=number], textarea, select")) return;
    if (e.ctrlKey || e.metaKey || e.altKey || this.stepCount() === 0) return;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => this.goTo(this.target() - 1),
      ArrowRight: () => this.goTo(this.target() + 1),
      Home: () => this.goTo(0),
      End: () => this.goTo(this.stepCount() - 1),
      " ": () => this.togglePlay(),
      n: () => this.nextRunOfLine(this.opts.editor.cursorLine),
    };
    const f = moves[e.key];
    if (f === undefined) return;
    if (t?.tagName === "BUTTON" && e.key === " ") return; // Space presses the focused button
    if (t?.tagName === "INPUT" && (e.key === "ArrowLeft" || e.key === "ArrowRight")) return; // the scrubber moves itself
    e.preventDefault();
    f();
  }
}
