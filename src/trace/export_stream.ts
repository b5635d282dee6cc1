/**
 * Writing traces to a file descriptor step by step, so that a long trace never has to exist as
 * one JavaScript string.
 */

import { writeAllSync } from "../util/write_all_node.js";
import { heapSnapshot } from "./export_heapsnapshot.js";
import { type TraceJsonOptions, traceDocumentWith } from "./export_json.js";
import { pytutorSteps } from "./export_pytutor.js";
import type { Trace } from "./session.js";

/** Buffers small writes into larger ones. */
class FdWriter {
  private buf: string[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}
  write(s: string): void {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.buf.length > 0) writeAllSync(this.fd, this.buf.join(""));
    this.buf = [];
    this.size = 0;
  }
}

/** Writes `doc` with `key`'s (empty) array filled by the items `fill` produces. */
function streamDocument(
  fd: number,
  doc: object,
  key: string,
  fill: (emit: (item: unknown) => void) => void,
): void {
  const json = JSON.stringify(doc);
  const marker = `"${key}":[]`;
  const at = json.indexOf(marker);
  const out = new FdWriter(fd);
  out.write(json.slice(0, at + marker.length - 1));
  let first = true;
  fill((item) => {
    out.write(first ? "\n" : ",\n");
    first = false;
    out.write(JSON.stringify(item));
  });
  out.write(json.slice(at + marker.length - 1));
  out.write("\n");
  out.flush();
}

export function writeTraceJson(t: Trace, fd: number, options: TraceJsonOptions): void {
  // The header needs the run's summary only; the steps stream after it.
  const doc = traceDocumentWith(t, options, null);
  streamDocument(fd, doc, "steps", (emit) => {
    traceDocumentWith(t, options, emit);
  });
}

export function writePyTutor(t: Trace, fd: number): void {
  streamDocument(fd, { code: t.source, trace: [] }, "trace", (emit) => pytutorSteps(t, emit));
}

export function writeHeapSnapshot(t: Trace, step: number, fd: number): void {
  const snap = heapSnapshot(t, step);
  const out = new FdWriter(fd);
  // V8 writes one node / edge per line; DevTools reads any layout.
  const { nodes, edges, strings, ...rest } = snap;
  const head = JSON.stringify({ ...rest, nodes: [], edges: [], strings: [] });
  out.write(head.slice(0, head.indexOf('"nodes":[]')));
  out.write(
    `"nodes":[${nodes.join(",")}],\n"edges":[${edges.join(",")}],\n"strings":${JSON.stringify(strings)}}\n`,
  );
  out.flush();
}
