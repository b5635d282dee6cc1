/**
 * The stack panel and the heap panel, drawn side by side in one scrollable diagram so that
 * arrows can run from a frame's variables to the objects they refer to (one SVG layer on top).
 */
import { el, formatBytes, hexAddress, svgEl } from "./dom.js";
import type { HeapModel, HeapNode, Row, StackFrameView } from "./heap_model.js";
import { HEADER_H, type Layout, type Placement, ROW_H } from "./layout.js";
import { UNREACHABLE_TITLE } from "./strings.js";

const STACK_W = 230;
const HEAP_LEFT = STACK_W + 50;
const HEAP_TOP = 30;
/** Pixels around the visible area whose boxes are in the page too. */
const VISIBLE_MARGIN = 400;

export interface DiagramHandlers {
  onToggleCollapse(id: number): void;
  onDragged(id: number, x: number, y: number): void;
}

export class Diagram {
  readonly root: HTMLElement;
  private readonly inner: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly stack: HTMLElement;
  private readonly heap: HTMLElement;
  private model: HeapModel | null = null;
  private layout: Layout = new Map();
  /** The boxes in the page (those in or near the visible area), by object id. */
  private readonly boxes = new Map<number, HTMLElement>();
  private nodeById = new Map<number, HeapNode>();
  private heapTitle: HTMLElement | null = null;
  private scrollQueued = false;
  /** A box is being dragged (a redraw now would drop it from under the pointer). */
  dragging = false;
  private readonly varDots: { dot: HTMLElement; to: number }[] = [];

  constructor(private readonly handlers: DiagramHandlers) {
    this.svg = svgEl("svg", { class: "arrows", "aria-hidden": "true" });
    const defs = svgEl("defs");
    for (const [id, color] of [
      ["arrow-stack", "#2563eb"],
      ["arrow-heap", "#555"],
      ["arrow-freed", "#c0392b"],
    ] as const) {
      const m = svgEl("marker", {
        id,
        viewBox: "0 0 10 10",
        refX: 9,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        orient: "auto-start-reverse",
      });
      m.append(svgEl("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: color }));
      defs.append(m);
    }
    this.svg.append(defs);
    this.stack = el("div", { id: "stack", class: "stack-panel", role: "region", "aria-label": "Stack" });
    this.heap = el("div", { id: "heap", class: "heap-panel", role: "region", "aria-label": "Heap" });
    this.heap.style.left = `${HEAP_LEFT}px`;
    this.inner = el("div", { class: "diagram-inner" }, this.stack, this.heap, this.svg);
    this.root = el("div", { class: "diagram" }, this.inner);
    this.root.addEventListener("scroll", () => this.onScroll(), { passive: true });
  }

  render(model: HeapModel, layout: Layout): void {
    this.model = model;
    this.layout = layout;
    this.renderStack(model.frames);
    this.renderHeap(model);
    this.resize();
    this.drawArrows();
  }

  /** Shown when there is no step to draw (nothing run yet, or no steps recorded). */
  clear(message: string): void {
    this.model = null;
    this.stack.replaceChildren(el("h2", {}, "Stack"), el("p", { class: "empty" }, message));
    this.heap.replaceChildren(el("h2", {}, "Heap"));
    this.boxes.clear();
    this.varDots.length = 0;
    for (const p of [...this.svg.querySelectorAll("path.edge")]) p.remove();
  }

  private renderStack(frames: StackFrameView[]): void {
    this.varDots.length = 0;
    const boxes: HTMLElement[] = [];
    // newest on top
    for (let i = frames.length - 1; i >= 0; i--) {
      const { frame, rows } = frames[i]!;
      const head = el(
        "div",
        { class: "frame-head" },
        el("span", { class: "fn" }, frame.function),
        el("span", { class: "fline" }, `line ${frame.line}`),
        el(
          "span",
          { class: "fbytes", title: "bytes of this frame on CPython's data stack" },
          formatBytes(frame.bytes),
        ),
      );
      const list = el("div", { class: "vars" });
      for (const r of rows) {
        const cell = el("span", { class: "val" });
        if (r.target === null) cell.append(el("span", { class: "unbound" }, "unbound"));
        else if (r.target.kind === "text") cell.textContent = r.target.text;
        else {
          const dot = el("span", { class: "dot", title: "a reference: 8 bytes pointing into the heap" });
          cell.append(dot);
          this.varDots.push({ dot, to: r.target.to });
        }
        const slot =
          r.kind === "name"
            ? el(
                "span",
                {
                  class: "vbytes",
                  title: "a global: an entry of the module's namespace dict (on the heap), not a stack slot",
                },
                "global",
              )
            : el("span", { class: "vbytes", title: "one 8-byte slot of the frame" }, "8 B");
        list.append(
          el("div", { class: "var", "data-name": r.name }, el("span", { class: "name" }, r.name), slot, cell),
        );
      }
      if (rows.length === 0) list.append(el("div", { class: "var empty" }, "no variables"));
      boxes.push(
        el(
          "div",
          { class: `frame${i === frames.length - 1 ? " current" : ""}`, "data-function": frame.function },
          head,
          list,
        ),
      );
    }
    this.stack.replaceChildren(el("h2", {}, "Stack", el("small", {}, " newest frame on top")), ...boxes);
  }

  private renderHeap(model: HeapModel): void {
    this.boxes.clear();
    this.nodeById = new Map(model.nodes.map((n) => [n.id, n]));
    this.heapTitle = el("h2", {}, "Heap", el("small", {}, ` ${model.nodes.length} objects shown`));
    this.heap.replaceChildren(this.heapTitle);
    this.renderVisible();
  }

  /**
   * Creates the boxes in and near the visible part of the diagram and drops the others (a heap of
   * thousands of objects is laid out whole but only what can be seen is in the page).
   */
  private renderVisible(): void {
    const view = this.root;
    const x0 = view.scrollLeft - HEAP_LEFT - VISIBLE_MARGIN;
    const y0 = view.scrollTop - HEAP_TOP - VISIBLE_MARGIN;
    const x1 = view.scrollLeft + (view.clientWidth || 1600) - HEAP_LEFT + VISIBLE_MARGIN;
    const y1 = view.scrollTop + (view.clientHeight || 1200) - HEAP_TOP + VISIBLE_MARGIN;
    const added: HTMLElement[] = [];
    for (const [id, p] of this.layout) {
      const n = this.nodeById.get(id);
      if (n === undefined) continue;
      const inView = p.x < x1 && p.x + p.w > x0 && p.y < y1 && p.y + p.h > y0;
      const box = this.boxes.get(id);
      if (inView && box === undefined) {
        const b = this.box(n, this.nodeById);
        place(b, p);
        this.boxes.set(id, b);
        added.push(b);
      } else if (!inView && box !== undefined) {
        box.remove();
        this.boxes.delete(id);
      }
    }
    if (added.length > 0) this.heap.append(...added);
  }

  private onScroll(): void {
    if (this.scrollQueued || this.model === null) return;
    this.scrollQueued = true;
    requestAnimationFrame(() => {
      this.scrollQueued = false;
      if (this.model === null) return;
      this.renderVisible();
      this.drawArrows();
    });
  }

  private box(n: HeapNode, objById: Map<number, HeapNode>): HTMLElement {
    const o = n.obj;
    const toggle = el(
      "button",
      {
        class: "collapse",
        type: "button",
        title: n.collapsed ? "Expand" : "Collapse",
        "aria-label": n.collapsed ? "Expand" : "Collapse",
      },
      n.collapsed ? "+" : "−",
    );
    toggle.addEventListener("click", (e) => {
      e.stopPropagation();
      this.handlers.onToggleCollapse(n.id);
    });
    const badges = el("span", { class: "badges" });
    if (n.status === "new") badges.append(el("span", { class: "badge new" }, "new"));
    if (n.status === "freed") badges.append(el("span", { class: "badge freed" }, "freed"));
    const rc =
      n.status === "freed"
        ? el(
            "span",
            { class: "badge rc", title: `freed: it had ${o.refcount ?? "?"} references at the step before` },
            "rc 0",
          )
        : el(
            "span",
            {
              class: "badge rc",
              title:
                o.refcount === null
                  ? "immortal: a shared object (small int, interned string, constant) that is never freed"
                  : "reference count",
            },
            o.refcount === null ? "immortal" : `rc ${o.refcount}`,
          );
    badges.append(rc);
    if (o.size > 0)
      badges.append(el("span", { class: "badge size", title: "sys.getsizeof" }, formatBytes(o.size)));
    const head = el(
      "div",
      { class: "obj-head" },
      toggle,
      el("span", { class: "type", title: o.type }, o.type),
      badges,
    );
    const value = el(
      "div",
      { class: "obj-value" },
      el("span", { class: "v", title: o.value }, o.value),
      el("span", { class: "addr", title: `id() = ${o.address}` }, hexAddress(o.address)),
    );
    const box = el(
      "div",
      {
        class: `obj ${n.status}${n.reachable ? "" : " unreachable"}`,
        "data-id": String(n.id),
        "data-type": o.type,
        "data-status": n.status,
        "data-refcount": o.refcount === null ? "immortal" : String(o.refcount),
        ...(n.reachable || n.status === "freed" ? {} : { title: UNREACHABLE_TITLE }),
      },
      head,
      value,
    );
    for (const r of n.rows) box.append(this.row(r, objById));
    if (n.hiddenRows > 0) box.append(el("div", { class: "row more" }, `… ${n.hiddenRows} more`));
    this.enableDrag(box, head, n.id);
    return box;
  }

  private row(r: Row, objById: Map<number, HeapNode>): HTMLElement {
    const cell = el("span", { class: "cell" });
    if (r.target.kind === "text") cell.textContent = r.target.text;
    else if (objById.has(r.target.to)) cell.append(el("span", { class: "dot" }));
    else cell.textContent = "(hidden)";
    return el("div", { class: "row" }, el("span", { class: "label" }, r.label), cell);
  }

  private enableDrag(box: HTMLElement, handle: HTMLElement, id: number): void {
    handle.addEventListener("pointerdown", (e) => {
      if ((e.target as HTMLElement).closest("button")) return;
      const p = this.layout.get(id);
      if (p === undefined) return;
      e.preventDefault();
      handle.setPointerCapture(e.pointerId);
      const sx = e.clientX;
      const sy = e.clientY;
      const ox = p.x;
      const oy = p.y;
      this.dragging = true;
      const move = (m: PointerEvent) => {
        p.x = Math.max(0, ox + m.clientX - sx);
        p.y = Math.max(0, oy + m.clientY - sy);
        place(box, p);
        this.resize();
        this.drawArrows();
        this.handlers.onDragged(id, p.x, p.y);
      };
      const up = () => {
        handle.removeEventListener("pointermove", move);
        handle.removeEventListener("pointerup", up);
        this.dragging = false;
        this.handlers.onDragged(id, p.x, p.y);
      };
      handle.addEventListener("pointermove", move);
      handle.addEventListener("pointerup", up);
    });
  }

  private resize(): void {
    let w = 0;
    let h = 0;
    for (const p of this.layout.values()) {
      w = Math.max(w, p.x + p.w);
      h = Math.max(h, p.y + p.h);
    }
    const width = Math.max(HEAP_LEFT + w + 40, 400);
    const height = Math.max(HEAP_TOP + h + 40, this.stack.offsetHeight + 20);
    this.inner.style.width = `${width}px`;
    this.inner.style.height = `${height}px`;
    this.heap.style.width = `${w + 20}px`;
    this.heap.style.height = `${HEAP_TOP + h + 20}px`;
    this.svg.setAttribute("width", String(width));
    this.svg.setAttribute("height", String(height));
  }

  private drawArrows(): void {
    for (const p of [...this.svg.querySelectorAll("path.edge")]) p.remove();
    const model = this.model;
    if (model === null) return;
    const frag = document.createDocumentFragment();
    const innerRect = this.inner.getBoundingClientRect();
    const target = (id: number): { x: number; y: number; freed: boolean } | null => {
      const p = this.layout.get(id);
      if (p === undefined) return null;
      return { x: HEAP_LEFT + p.x, y: HEAP_TOP + p.y + 14, freed: this.nodeById.get(id)?.status === "freed" };
    };
    for (const { dot, to } of this.varDots) {
      const t = target(to);
      if (t === null) continue;
      const r = dot.getBoundingClientRect();
      const x = r.left + r.width / 2 - innerRect.left;
      const y = r.top + r.height / 2 - innerRect.top;
      frag.append(curve(x, y, t.x, t.y, "stack"));
    }
    for (const e of model.edges) {
      if (!this.boxes.has(e.from) && !this.boxes.has(e.to)) continue; // far out of view
      const from = this.layout.get(e.from);
      const t = target(e.to);
      if (from === undefined || t === null) continue;
      const fromFreed = this.nodeById.get(e.from)?.status === "freed";
      const x = HEAP_LEFT + from.x + from.w - 12;
      const y = HEAP_TOP + from.y + HEADER_H + e.row * ROW_H + ROW_H / 2;
      frag.append(curve(x, y, t.x, t.y, fromFreed || t.freed ? "freed" : "heap"));
    }
    this.svg.append(frag);
  }
}

function place(box: HTMLElement, p: Placement): void {
  box.style.left = `${p.x}px`;
  box.style.top = `${HEAP_TOP + p.y}px`;
  box.style.width = `${p.w}px`;
}

function curve(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  kind: "stack" | "heap" | "freed",
): SVGPathElement {
  let d: string;
  if (x2 > x1 + 20) {
    const dx = Math.max(30, (x2 - x1) / 2);
    d = `M ${x1} ${y1} C ${x1 + dx} ${y1}, ${x2 - dx} ${y2}, ${x2} ${y2}`;
  } else {
    // to a box on the left (or above/below): loop around
    const off = 40;
    d = `M ${x1} ${y1} C ${x1 + off} ${y1}, ${x2 - off} ${y2}, ${x2} ${y2}`;
  }
  return svgEl("path", { class: `edge ${kind}`, d, "marker-end": `url(#arrow-${kind})` });
}
