/**
 * A Chrome DevTools heap snapshot (`.heapsnapshot`, V8's JSON format) of the Python heap at one
 * step, for the Memory panel: one node per Python object (named by its type, sized like
 * sys.getsizeof), one edge per reference (named by attribute, index or key), the frames as
 * roots. DevTools computes retained sizes, dominators and retainer paths from it.
 *
 * Format: `snapshot.meta` names the fields; `nodes` is a flat array of (type, name, id,
 * self_size, edge_count, trace_node_id, detachedness) per node; `edges` a flat array of
 * (type, name_or_index, to_node) per edge, grouped by source node in node order, where
 * to_node is the index of the target's first field in `nodes`; names are indexes in `strings`.
 */
import type { StepState, TraceObject } from "./rebuild.js";
import type { Trace } from "./session.js";

const NODE_TYPES = [
  "hidden",
  "array",
  "string",
  "object",
  "code",
  "closure",
  "regexp",
  "number",
  "native",
  "synthetic",
  "concatenated string",
  "sliced string",
  "symbol",
  "bigint",
  "object shape",
];
const EDGE_TYPES = ["context", "element", "property", "internal", "hidden", "shortcut", "weak"];
const NODE_FIELDS = ["type", "name", "id", "self_size", "edge_count", "trace_node_id", "detachedness"];
const EDGE_FIELDS = ["type", "name_or_index", "to_node"];

export interface HeapSnapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: (string[] | string)[];
      edge_fields: string[];
      edge_types: (string[] | string)[];
      trace_function_info_fields: string[];
      trace_node_fields: string[];
      sample_fields: string[];
      location_fields: string[];
    };
    node_count: number;
    edge_count: number;
    trace_function_count: number;
  };
  nodes: number[];
  edges: number[];
  trace_function_infos: number[];
  trace_tree: number[];
  samples: number[];
  locations: number[];
  strings: string[];
}

interface PendingNode {
  type: number;
  name: string;
  id: number;
  size: number;
  edges: { type: number; name: string | number; to: string }[];
}

function nodeType(o: TraceObject): number {
  switch (o.type) {
    case "str":
      return 2;
    case "int":
    case "float":
    case "bool":
      return 7;
    case "function":
      return 5;
    case "code":
      return 4;
    case "list":
    case "tuple":
      return 1;
    default:
      return 3;
  }
}

function nodeName(o: TraceObject): string {
  if (o.type === "str") return o.value;
  if (o.type === "int" || o.type === "float" || o.type === "bool") return o.value;
  if (o.type === "function" || o.type === "type" || o.type === "module") return `${o.type} ${o.value}`;
  return o.type;
}

/** The snapshot of step `n`. */
export function heapSnapshot(t: Trace, n: number): HeapSnapshot {
  return snapshotOf(t.step(n));
}

export function snapshotOf(state: StepState): HeapSnapshot {
  const nodes: PendingNode[] = [];
  const key = (kind: string, id: number) => `${kind}${id}`;
  // Node ids: V8 gives objects odd ids; synthetic roots get small even ones.
  const root: PendingNode = { type: 9, name: "", id: 0, size: 0, edges: [] };
  const framesRoot: PendingNode = { type: 9, name: "(Python frames)", id: 2, size: 0, edges: [] };
  const othersRoot: PendingNode = { type: 9, name: "(other live objects)", id: 4, size: 0, edges: [] };
  nodes.push(root, framesRoot, othersRoot);
  root.edges.push({ type: 1, name: 1, to: "r2" }, { type: 1, name: 2, to: "r4" });
  const index = new Map<string, number>([
    ["r0", 0],
    ["r2", 1],
    ["r4", 2],
  ]);
  state.frames.forEach((f, i) => {
    const node: PendingNode = {
      type: 3,
      name: `frame ${f.function} (${f.file}:${f.line})`,
      id: 6 + i * 2,
      size: f.bytes,
      edges: [],
    };
    for (const l of f.locals)
      if (l.ref !== null && state.objects.has(l.ref))
        node.edges.push({ type: 0, name: l.name, to: key("o", l.ref) });
    framesRoot.edges.push({ type: 1, name: i, to: key("f", i) });
    index.set(key("f", i), nodes.length);
    nodes.push(node);
  });
  const reached = new Set<number>();
  const walk: number[] = [];
  for (const f of state.frames) for (const l of f.locals) if (l.ref !== null) walk.push(l.ref);
  while (walk.length > 0) {
    const id = walk.pop()!;
    if (reached.has(id)) continue;
    const o = state.objects.get(id);
    if (o === undefined) continue;
    reached.add(id);
    for (const r of o.refs) walk.push(r.to);
  }
  const ids = Array.from(state.objects.keys()).sort((a, b) => a - b);
  for (const id of ids) {
    const o = state.objects.get(id)!;
    if (!reached.has(id) && !o.external)
      othersRoot.edges.push({ type: 1, name: othersRoot.edges.length, to: key("o", id) });
    const node: PendingNode = {
      type: nodeType(o),
      name: nodeName(o),
      id: id * 2 + 1,
      size: o.size,
      edges: [],
    };
    const keys = o.refs.filter((r) => r.kind === "key");
    for (const r of o.refs) {
      if (!state.objects.has(r.to)) continue;
      if (r.kind === "item") node.edges.push({ type: 1, name: r.name as number, to: key("o", r.to) });
      else if (r.kind === "attr") node.edges.push({ type: 2, name: String(r.name), to: key("o", r.to) });
      else if (r.kind === "key") node.edges.push({ type: 3, name: `key ${r.name}`, to: key("o", r.to) });
      else {
        const k = keys[r.name as number];
        const keyObj = k === undefined ? undefined : state.objects.get(k.to);
        node.edges.push({
          type: 2,
          name: keyObj === undefined ? `[${r.name}]` : `[${keyObj.value}]`,
          to: key("o", r.to),
        });
      }
    }
    index.set(key("o", id), nodes.length);
    nodes.push(node);
  }
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (s: string) => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  str("");
  const nodeArr: number[] = [];
  const edgeArr: number[] = [];
  const width = NODE_FIELDS.length;
  for (const node of nodes) {
    nodeArr.push(node.type, str(node.name), node.id, node.size, node.edges.length, 0, 0);
    for (const e of node.edges) {
      const to = index.get(e.to)!;
      edgeArr.push(
        e.type,
        e.type === 1 || e.type === 4 ? (e.name as number) : str(String(e.name)),
        to * width,
      );
    }
  }
  return {
    snapshot: {
      meta: {
        node_fields: NODE_FIELDS,
        node_types: [NODE_TYPES, "string", "number", "number", "number", "number", "number"],
        edge_fields: EDGE_FIELDS,
        edge_types: [EDGE_TYPES, "string_or_number", "node"],
        trace_function_info_fields: ["function_id", "name", "script_name", "script_id", "line", "column"],
        trace_node_fields: ["id", "function_info_index", "count", "size", "children"],
        sample_fields: ["timestamp_us", "last_assigned_id"],
        location_fields: ["object_index", "script_id", "line", "column"],
      },
      node_count: nodes.length,
      edge_count: edgeArr.length / EDGE_FIELDS.length,
      trace_function_count: 0,
    },
    nodes: nodeArr,
    edges: edgeArr,
    trace_function_infos: [],
    trace_tree: [],
    samples: [],
    locations: [],
    strings,
  };
}
