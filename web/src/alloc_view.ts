/** The allocator view: per size class, the pools holding the step's objects and how full they are. */
import { el, formatBytes, hexAddress } from "./dom.js";
import type { AllocView } from "./types.js";

export class AllocatorPanel {
  readonly root: HTMLDetailsElement;
  private readonly body: HTMLElement;

  constructor() {
    this.body = el("div", { class: "alloc-body" });
    this.root = el(
      "details",
      { class: "alloc", open: "" },
      el(
        "summary",
        {},
        "Allocator: the pymalloc size classes, pools and arenas holding this step's objects (constants and interned names included)",
      ),
      this.body,
    );
    this.root.addEventListener("toggle", () => {
      if (this.root.open) this.render(this.pending);
    });
  }

  private pending: AllocView | null = null;

  render(a: AllocView | null): void {
    // folded away: draw when opened
    this.pending = a;
    if (!this.root.open) return;
    if (a === null) {
      this.body.replaceChildren();
      return;
    }
    const rows: HTMLElement[] = [];
    for (const c of a.classes) {
      const pools = el("span", { class: "pools" });
      for (const p of c.pools) {
        const fill = el("span", { class: "pool-fill" });
        fill.style.width = `${Math.max(4, (p.used / p.capacity) * 100)}%`;
        pools.append(
          el(
            "span",
            {
              class: "pool",
              title: `pool ${hexAddress(p.address)} in arena ${hexAddress(p.arena)}: ${p.used} of ${p.capacity} blocks of ${c.blockSize} B`,
            },
            fill,
          ),
        );
      }
      rows.push(
        el(
          "div",
          { class: "alloc-class", "data-block-size": String(c.blockSize) },
          el("span", { class: "cls" }, `${c.blockSize} B`),
          el(
            "span",
            { class: "count" },
            `${c.blocks} block${c.blocks === 1 ? "" : "s"} · ${c.pools.length} pool${c.pools.length === 1 ? "" : "s"}`,
          ),
          pools,
        ),
      );
    }
    const totals = el(
      "div",
      { class: "alloc-totals" },
      `${a.arenas} arena${a.arenas === 1 ? "" : "s"} of 1 MiB · pools of 16 KiB · ` +
        `${a.largeBlocks} object${a.largeBlocks === 1 ? "" : "s"} over 512 B from the system allocator (${formatBytes(a.largeBytes)})`,
    );
    this.body.replaceChildren(totals, ...rows);
  }
}
