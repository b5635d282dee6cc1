/** The memory timeline: heap bytes, object count and stack depth per step, collections marked. Click to jump. */
import { el, formatBytes } from "./dom.js";
import type { RunSummary } from "./types.js";

const H = 96;

export class Timeline {
  readonly root: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly legend: HTMLElement;
  private summary: RunSummary | null = null;
  private current = 0;
  /** Per pixel column: [min step, max step] and the maxima of the three series. */
  private cols: { heap: number; objects: number; depth: number; gc: boolean }[] = [];

  constructor(onJump: (step: number) => void) {
    this.canvas = el("canvas", {
      class: "timeline-canvas",
      height: String(H),
      role: "slider",
      "aria-label": "Memory timeline",
    });
    this.legend = el("div", { class: "timeline-legend" });
    this.root = el(
      "section",
      { class: "timeline", "aria-label": "Memory timeline" },
      this.legend,
      this.canvas,
    );
    const jump = (e: PointerEvent) => {
      if (this.summary === null || this.summary.steps === 0) return;
      const r = this.canvas.getBoundingClientRect();
      const f = Math.min(1, Math.max(0, (e.clientX - r.left) / r.width));
      onJump(Math.round(f * (this.summary.steps - 1)));
    };
    this.canvas.addEventListener("pointerdown", (e) => {
      this.canvas.setPointerCapture(e.pointerId);
      jump(e);
      const move = (m: PointerEvent) => jump(m);
      const up = () => {
        this.canvas.removeEventListener("pointermove", move);
        this.canvas.removeEventListener("pointerup", up);
      };
      this.canvas.addEventListener("pointermove", move);
      this.canvas.addEventListener("pointerup", up);
    });
    new ResizeObserver(() => this.setSummary(this.summary)).observe(this.root);
  }

  setSummary(s: RunSummary | null): void {
    this.summary = s;
    this.background = null;
    const w = Math.max(100, Math.floor(this.root.clientWidth || 600));
    this.canvas.width = w;
    this.cols = [];
    if (s === null || s.steps === 0) {
      this.legend.textContent = "Memory timeline: run a program to see it.";
      this.draw();
      return;
    }
    const n = s.steps;
    for (let x = 0; x < w; x++) {
      const a = Math.floor((x * n) / w);
      const b = Math.max(a + 1, Math.floor(((x + 1) * n) / w));
      let heap = 0;
      let objects = 0;
      let depth = 0;
      for (let i = a; i < b && i < n; i++) {
        heap = Math.max(heap, s.heapBytes[i]!);
        objects = Math.max(objects, s.objects[i]!);
        depth = Math.max(depth, s.depth[i]!);
      }
      this.cols.push({ heap, objects, depth, gc: false });
    }
    for (const c of s.collections) {
      const x = Math.min(w - 1, Math.floor((c.step * w) / n));
      if (this.cols[x]) this.cols[x]!.gc = true;
    }
    let maxHeap = 0;
    let maxObj = 0;
    let maxDepth = 0;
    for (const c of this.cols) {
      maxHeap = Math.max(maxHeap, c.heap);
      maxObj = Math.max(maxObj, c.objects);
      maxDepth = Math.max(maxDepth, c.depth);
    }
    const atExit = s.collections.filter((c) => c.step >= s.steps).length;
    this.legend.replaceChildren(
      el("span", { class: "lg heap" }, `heap (peak ${formatBytes(maxHeap)})`),
      el("span", { class: "lg objects" }, `objects (peak ${maxObj})`),
      el("span", { class: "lg depth" }, `stack depth (max ${maxDepth})`),
      el(
        "span",
        {
          class: "lg gc",
          title: "the cycle collector's runs (red marks); some run as the interpreter exits",
        },
        `GC collections: ${s.collections.length}${atExit > 0 ? ` (${atExit} at exit)` : ""}`,
      ),
    );
    this.draw();
  }

  setCurrent(step: number): void {
    this.current = step;
    this.draw();
  }

  /** The series, drawn once per run (and size); each step only adds the cursor on top. */
  private background: HTMLCanvasElement | null = null;

  private draw(): void {
    const ctx = this.canvas.getContext("2d");
    if (ctx === null) return;
    const w = this.canvas.width;
    const bg = this.background;
    if (bg !== null && bg.width === w && this.summary !== null && this.summary.steps > 0) {
      ctx.clearRect(0, 0, w, H);
      ctx.drawImage(bg, 0, 0);
      this.drawCursor(ctx, w);
      return;
    }
    this.drawSeries(ctx, w);
    const copy = document.createElement("canvas");
    copy.width = w;
    copy.height = H;
    copy.getContext("2d")?.drawImage(this.canvas, 0, 0);
    this.background = copy;
    this.drawCursor(ctx, w);
  }

  private drawCursor(ctx: CanvasRenderingContext2D, w: number): void {
    const s = this.summary;
    if (s === null || s.steps === 0) return;
    const cx = s.steps <= 1 ? 0 : (this.current / (s.steps - 1)) * (w - 1);
    ctx.fillStyle = "#111";
    ctx.fillRect(Math.round(cx) - 1, 0, 2, H);
  }

  private drawSeries(ctx: CanvasRenderingContext2D, w: number): void {
    ctx.clearRect(0, 0, w, H);
    ctx.fillStyle = "#fafafa";
    ctx.fillRect(0, 0, w, H);
    const s = this.summary;
    if (s === null || s.steps === 0 || this.cols.length === 0) return;
    const max = (f: (c: (typeof this.cols)[number]) => number) => Math.max(1, ...this.cols.map(f));
    const mh = max((c) => c.heap);
    const mo = max((c) => c.objects);
    const md = max((c) => c.depth);
    const y = (v: number, m: number) => H - 4 - (v / m) * (H - 10);
    // heap bytes: filled area
    ctx.fillStyle = "rgba(37, 99, 235, 0.25)";
    ctx.beginPath();
    ctx.moveTo(0, H);
    this.cols.forEach((c, x) => {
      ctx.lineTo(x, y(c.heap, mh));
    });
    ctx.lineTo(w, H);
    ctx.fill();
    const line = (f: (c: (typeof this.cols)[number]) => number, m: number, color: string) => {
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      this.cols.forEach((c, x) => {
        if (x === 0) ctx.moveTo(x, y(f(c), m));
        else ctx.lineTo(x, y(f(c), m));
      });
      ctx.stroke();
    };
    line((c) => c.objects, mo, "#16a34a");
    line((c) => c.depth, md, "#ea580c");
    ctx.fillStyle = "#c0392b";
    this.cols.forEach((c, x) => {
      if (!c.gc) return;
      ctx.fillRect(x, 0, 2, H);
      ctx.beginPath();
      ctx.moveTo(x - 4, 0);
      ctx.lineTo(x + 5, 0);
      ctx.lineTo(x + 1, 7);
      ctx.fill();
    });
  }
}
