/**
 * What the heap panel draws at a step: which objects get a box (after the filters), the rows of
 * each box, and the arrows (from frame variables and between objects).
 */
import type { StepData, TraceFrame, TraceObject } from "./types.js";

export interface HeapFilters {
  /** Hide modules, builtin functions and dunder names (what the program did not write itself). */
  hideBuiltins: boolean;
  /** Show shared immutable values (small ints, interned strings, constants) inside the box that refers to them. */
  inlineShared: boolean;
  /** Only objects reachable from a frame (hides garbage waiting for the collector). */
  onlyReachable: boolean;
}

export type RowTarget = { kind: "ref"; to: number } | { kind: "text"; text: string };

export interface Row {
  label: string;
  target: RowTarget;
}

export type NodeStatus = "live" | "new" | "freed";

export interface HeapNode {
  id: number;
  obj: TraceObject;
  status: NodeStatus;
  rows: Row[];
  /** Rows not shown (long containers). */
  hiddenRows: number;
  collapsed: boolean;
  /** Reachable from a frame variable. */
  reachable: boolean;
}

export interface HeapEdge {
  from: number;
  row: number;
  to: number;
}

export interface StackRow {
  name: string;
  kind: string;
  target: RowTarget | null;
}

export interface StackFrameView {
  frame: TraceFrame;
  rows: StackRow[];
}

export interface HeapModel {
  frames: StackFrameView[];
  nodes: HeapNode[];
  edges: HeapEdge[];
  /** Ids of objects referenced by frame variables, in frame order (first layer of the layout). */
  roots: number[];
}

/** Rows drawn per box; the objects behind the rest still get boxes (without arrows). */
export const MAX_ROWS = 24;

const MODULE_DUNDERS = new Set([
  "__name__",
  "__doc__",
  "__package__",
  "__loader__",
  "__spec__",
  "__annotations__",
  "__builtins__",
  "__file__",
  "__cached__",
]);

/** Attribute references worth an arrow even with builtins hidden. */
const KEPT_DUNDERS = new Set(["__defaults__", "__kwdefaults__", "__closure__", "__dict__"]);

const BUILTIN_TYPES = new Set([
  "module",
  "builtin_function_or_method",
  "method_descriptor",
  "wrapper_descriptor",
  "getset_descriptor",
  "member_descriptor",
  "classmethod_descriptor",
  "code",
  "_frozen_importlib.ModuleSpec",
]);

const INLINE_TYPES = new Set(["int", "bool", "float", "str", "NoneType", "complex", "bytes", "ellipsis"]);

function isBuiltin(o: TraceObject): boolean {
  return BUILTIN_TYPES.has(o.type) || (o.external && (o.type === "type" || o.type === "dict"));
}

function isDunder(name: string | number): boolean {
  return typeof name === "string" && name.length > 4 && name.startsWith("__") && name.endsWith("__");
}

/** A short text for an object shown inside another box. */
export function inlineText(o: TraceObject): string {
  if (o.type === "NoneType") return "None";
  if (INLINE_TYPES.has(o.type)) return o.value;
  if (o.type === "module") return `<module ${o.value}>`;
  if (o.type === "type") return `<class ${o.value}>`;
  return o.value === "" ? `<${o.type}>` : `<${o.type} ${o.value}>`;
}

export function buildHeapModel(
  step: StepData,
  filters: HeapFilters,
  collapsed: ReadonlySet<number>,
): HeapModel {
  const byId = new Map<number, TraceObject>();
  for (const o of step.objects) byId.set(o.id, o);
  // freed objects too, so a box that just disappeared still shows what it held
  for (const o of step.freed) if (!byId.has(o.id)) byId.set(o.id, o);
  const created = new Set(step.created);

  /** Is this object drawn inside its referrer rather than as a box? */
  const inline = (o: TraceObject): boolean => {
    if (filters.hideBuiltins && isBuiltin(o)) return true;
    if (!filters.inlineShared) return false;
    return o.external && o.refs.length === 0 && INLINE_TYPES.has(o.type);
  };
  const targetOf = (id: number | null): RowTarget | null => {
    if (id === null) return null;
    const o = byId.get(id);
    if (o === undefined) return { kind: "text", text: "?" };
    return inline(o) ? { kind: "text", text: inlineText(o) } : { kind: "ref", to: id };
  };

  const frames: StackFrameView[] = step.frames.map((frame) => {
    const rows: StackRow[] = [];
    for (const l of frame.locals) {
      if (filters.hideBuiltins && l.kind === "name" && MODULE_DUNDERS.has(l.name)) continue;
      rows.push({ name: l.name, kind: l.kind, target: targetOf(l.ref) });
    }
    return { frame, rows };
  });

  const rowsOf = (o: TraceObject): { rows: Row[]; hidden: number; more: Row[] } => {
    const rows: Row[] = [];
    const refs = o.refs;
    if (
      refs.length > 0 &&
      refs[0]!.kind !== "attr" &&
      (refs[0]!.kind === "key" || refs[0]!.kind === "value")
    ) {
      // dict: key -> value pairs
      const pairs = new Map<number, { key?: number; value?: number }>();
      for (const r of refs) {
        const p = pairs.get(r.name as number) ?? {};
        if (r.kind === "key") p.key = r.to;
        else p.value = r.to;
        pairs.set(r.name as number, p);
      }
      for (const p of pairs.values()) {
        const k = p.key === undefined ? undefined : byId.get(p.key);
        const label = k === undefined ? "?" : inlineText(k);
        const t = targetOf(p.value ?? null);
        if (t === null) continue;
        // a class's own __module__, __dict__, __doc__... (but its __init__ and other methods stay)
        const dunder = k !== undefined && k.type === "str" && isDunder(k.value.slice(1, -1));
        if (filters.hideBuiltins && dunder && t.kind === "text") continue;
        rows.push({ label, target: t });
      }
    } else {
      for (const r of refs) {
        if (
          filters.hideBuiltins &&
          r.kind === "attr" &&
          isDunder(r.name) &&
          !KEPT_DUNDERS.has(r.name as string)
        )
          continue;
        const t = targetOf(r.to);
        if (t === null) continue;
        if (filters.hideBuiltins && r.kind === "attr" && r.name === "__dict__" && t.kind === "text") continue;
        rows.push({ label: r.kind === "item" ? `[${r.name}]` : String(r.name), target: t });
      }
    }
    if (rows.length > MAX_ROWS)
      return { rows: rows.slice(0, MAX_ROWS), hidden: rows.length - MAX_ROWS, more: rows.slice(MAX_ROWS) };
    return { rows, hidden: 0, more: [] };
  };
  /** Rows past MAX_ROWS, per box: what they refer to is still reachable. */
  const moreRows = new Map<number, Row[]>();

  // Objects reachable from frames (through drawn boxes), in discovery order.
  const shown = new Map<number, HeapNode>();
  const order: number[] = [];
  const roots: number[] = [];
  const queue: number[] = [];
  let head = 0;
  const visit = (id: number, root: boolean) => {
    if (shown.has(id)) return;
    const o = byId.get(id);
    if (o === undefined || inline(o)) return;
    const isCollapsed = collapsed.has(id);
    const { rows, hidden, more } = isCollapsed ? { rows: [], hidden: 0, more: [] } : rowsOf(o);
    if (more.length > 0) moreRows.set(id, more);
    shown.set(id, {
      id,
      obj: o,
      status: created.has(id) ? "new" : "live",
      rows,
      hiddenRows: hidden,
      collapsed: isCollapsed,
      reachable: true,
    });
    order.push(id);
    if (root) roots.push(id);
    queue.push(id);
  };
  for (const f of frames) for (const r of f.rows) if (r.target?.kind === "ref") visit(r.target.to, true);
  if (step.value !== null) visit(step.value, true);
  const drain = (reachable: boolean) => {
    for (; head < queue.length; head++) {
      const n = shown.get(queue[head]!)!;
      n.reachable = reachable;
      for (const r of n.rows) if (r.target.kind === "ref") visit(r.target.to, false);
      for (const r of moreRows.get(n.id) ?? []) if (r.target.kind === "ref") visit(r.target.to, false);
    }
  };
  drain(true);

  if (!filters.onlyReachable) {
    // Objects the program made that no frame reaches: garbage in a cycle, objects held only by
    // the interpreter. Those hanging off hidden builtins (module internals) stay hidden.
    const viaBuiltins = new Set<number>();
    const stack: number[] = [];
    for (const f of step.frames) for (const l of f.locals) if (l.ref !== null) stack.push(l.ref);
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (viaBuiltins.has(id)) continue;
      viaBuiltins.add(id);
      const o = byId.get(id);
      if (o !== undefined) for (const r of o.refs) stack.push(r.to);
    }
    for (const o of step.objects) {
      if (o.external || shown.has(o.id) || viaBuiltins.has(o.id)) continue;
      visit(o.id, false);
      drain(false);
    }
  }

  const nodes = order.map((id) => shown.get(id)!);
  for (const o of step.freed) {
    if (o.external || shown.has(o.id)) continue;
    if (filters.hideBuiltins && isBuiltin(o)) continue;
    const { rows, hidden } = rowsOf(o);
    nodes.push({
      id: o.id,
      obj: o,
      status: "freed",
      rows,
      hiddenRows: hidden,
      collapsed: false,
      reachable: false,
    });
  }
  const drawn = new Set(nodes.map((n) => n.id));
  const edges: HeapEdge[] = [];
  for (const n of nodes) {
    n.rows.forEach((r, i) => {
      if (r.target.kind === "ref" && drawn.has(r.target.to))
        edges.push({ from: n.id, row: i, to: r.target.to });
    });
  }
  return { frames, nodes, edges, roots };
}
