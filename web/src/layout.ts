/**
 * Placing the heap's boxes. Small heaps get elkjs's layered layout (few crossings, references
 * flowing left to right from the stack); big ones, and every step while scrubbing before elk has
 * answered, get a fast layered layout: one column per distance from the stack, wrapped when tall.
 */

import ElkModule from "elkjs/lib/elk.bundled.js";
import type { ELKConstructorArguments, ELK as ElkInstance } from "elkjs/lib/elk-api.js";
import type { HeapModel, HeapNode } from "./heap_model.js";

export const BOX_W = 196;
export const HEADER_H = 40;
export const ROW_H = 18;
const COL_GAP = 56;
const NODE_GAP = 14;
const WRAP_H = 2400;

export interface Placement {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Layout = Map<number, Placement>;

export function boxHeight(n: HeapNode): number {
  return HEADER_H + (n.rows.length + (n.hiddenRows > 0 ? 1 : 0)) * ROW_H + 6;
}

/** Columns by distance from the stack (breadth first), each stacked top to bottom in discovery order. */
export function fastLayout(model: HeapModel): Layout {
  const depth = new Map<number, number>();
  const out = new Map<number, number[]>();
  for (const e of model.edges) {
    let l = out.get(e.from);
    if (l === undefined) out.set(e.from, (l = []));
    l.push(e.to);
  }
  const bfs = (starts: number[]) => {
    const q = [...starts];
    for (const s of starts) if (!depth.has(s)) depth.set(s, 0);
    for (let head = 0; head < q.length; head++) {
      const id = q[head]!;
      const d = depth.get(id)!;
      for (const t of out.get(id) ?? [])
        if (!depth.has(t)) {
          depth.set(t, d + 1);
          q.push(t);
        }
    }
  };
  bfs(model.roots);
  for (const n of model.nodes) if (!depth.has(n.id)) bfs([n.id]);
  const columns: HeapNode[][] = [];
  for (const n of model.nodes) {
    const d = depth.get(n.id)!;
    (columns[d] ??= []).push(n);
  }
  const layout: Layout = new Map();
  let x = 0;
  for (const col of columns) {
    if (col === undefined) continue;
    let y = 0;
    for (const n of col) {
      const h = boxHeight(n);
      if (y > 0 && y + h > WRAP_H) {
        x += BOX_W + NODE_GAP * 2;
        y = 0;
      }
      layout.set(n.id, { x, y, w: BOX_W, h });
      y += h + NODE_GAP;
    }
    x += BOX_W + COL_GAP;
  }
  return layout;
}

// a CommonJS module: bundlers hand over module.exports (the constructor), TypeScript its namespace
type ElkConstructor = new (args?: ELKConstructorArguments) => ElkInstance;
const ELK: ElkConstructor =
  (ElkModule as unknown as { default?: ElkConstructor }).default ?? (ElkModule as unknown as ElkConstructor);
let elk: ElkInstance | null = null;

/** elkjs's layered layout; the stack's direct referents go in the first layer. */
export async function elkLayout(model: HeapModel): Promise<Layout> {
  elk ??= new ELK();
  const roots = new Set(model.roots);
  const graph = {
    id: "heap",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.spacing.nodeNode": String(NODE_GAP),
      "elk.layered.spacing.nodeNodeBetweenLayers": String(COL_GAP),
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
      "elk.layered.crossingMinimization.forceNodeModelOrder": "false",
      "elk.separateConnectedComponents": "false",
    },
    children: model.nodes.map((n) => ({
      id: String(n.id),
      width: BOX_W,
      height: boxHeight(n),
      layoutOptions: (roots.has(n.id) ? { "elk.layered.layering.layerConstraint": "FIRST" } : {}) as Record<
        string,
        string
      >,
    })),
    edges: model.edges.map((e, i) => ({ id: `e${i}`, sources: [String(e.from)], targets: [String(e.to)] })),
  };
  const res = await elk.layout(graph);
  const layout: Layout = new Map();
  for (const c of res.children ?? [])
    layout.set(Number(c.id), { x: c.x ?? 0, y: c.y ?? 0, w: c.width ?? BOX_W, h: c.height ?? 40 });
  return layout;
}

/** A key for a model's shape: same key, same elk layout. */
export function shapeKey(model: HeapModel): string {
  let k = "";
  for (const n of model.nodes) k += `${n.id}:${n.rows.length + (n.hiddenRows > 0 ? 1 : 0)},`;
  k += "|";
  for (const e of model.edges) k += `${e.from}>${e.to},`;
  k += `|${model.roots.join(",")}`;
  return k;
}
