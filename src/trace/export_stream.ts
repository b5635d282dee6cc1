/**
 * Writing traces to a file descriptor step by step, so that a long trace never has to exist as
 * one JavaScript string.
 */

import { fstatSync, writeSync } from "node:fs";
import { writeAllSync } from "../util/write_all_node.js";
import { heapSnapshot } from "./export_heapsnapshot.js";
import { type TraceJsonOptions, traceDocumentWith } from "./export_json.js";
import { type PyTutorStep, pytutorSteps } from "./export_pytutor.js";
import { STATUS_STOPPED, type Trace } from "./session.js";

/** Why a written trace was cut short: its size reached the limit. */
export interface TraceSizeStop {
  reason: "trace-size";
  message: string;
}

/** The stop reason of a trace cut at `limit` bytes. */
export function traceSizeStop(limit: number): TraceSizeStop {
  const size =
    limit > 0 && limit % 1024 ** 2 === 0
      ? `${limit / 1024 ** 2} MiB`
      : limit > 0 && limit % 1024 === 0
        ? `${limit / 1024} KiB`
        : `${limit} bytes`;
  return {
    reason: "trace-size",
    message: `the written trace reached ${size} (--max-trace-bytes); it holds the steps before that`,
  };
}

/** What a stream writer stops on: the written document's size. */
export interface TraceWriteLimits {
  /** Bytes (UTF-8) past which no step is added; undefined: no limit. */
  maxBytes?: number;
}

/** Buffers small writes into larger ones; `hold` keeps everything until the final flush. */
class FdWriter {
  private buf: string[] = [];
  private size = 0;
  constructor(
    private readonly fd: number,
    private readonly hold = false,
  ) {}
  write(s: string): void {
    this.buf.push(s);
    this.size += s.length;
    if (!this.hold && this.size > 1 << 20) this.flush();
  }
  /** Replaces the first string written (only while held). */
  replaceFirst(s: string): void {
    this.buf[0] = s;
  }
  flush(): void {
    // joined a megabyte at a time: a held document may be larger than a string can be
    let from = 0;
    while (from < this.buf.length) {
      let to = from;
      let n = 0;
      while (to < this.buf.length && (to === from || n < 1 << 20)) n += this.buf[to++]!.length;
      writeAllSync(this.fd, this.buf.slice(from, to).join(""));
      from = to;
    }
    this.buf = [];
    this.size = 0;
  }
}

/** Thrown out of a step loop once the document is full. */
class TraceFull {}

/**
 * Writes `json` with `key`'s (empty) array filled by the items `fill` produces (each as
 * JSON.stringify writes it, or as its `json` function gives it), stopping before
 * an item that would take the document past `maxBytes` (the first item is always written), then
 * the items `more(cut)` gives. Returns whether it stopped early.
 */
function streamDocument(
  out: FdWriter,
  json: string,
  key: string,
  fill: (emit: (item: unknown, json?: () => string) => void) => void,
  maxBytes: number | undefined,
  more: (cut: boolean) => unknown[] = () => [],
): boolean {
  const marker = `"${key}":[]`;
  const at = json.indexOf(marker);
  out.write(json.slice(0, at + marker.length - 1));
  let bytes = Buffer.byteLength(json) + 1;
  let first = true;
  const put = (text: string) => {
    out.write(first ? "\n" : ",\n");
    first = false;
    out.write(text);
  };
  let cut = false;
  try {
    fill((item, json) => {
      const text = json === undefined ? JSON.stringify(item) : json();
      if (maxBytes !== undefined) {
        bytes += 2 + Buffer.byteLength(text);
        if (bytes > maxBytes && !first) throw new TraceFull();
      }
      put(text);
    });
  } catch (e) {
    if (!(e instanceof TraceFull)) throw e;
    cut = true;
  }
  for (const item of more(cut)) put(JSON.stringify(item));
  out.write(json.slice(at + marker.length - 1));
  out.write("\n");
  return cut;
}

/**
 * Writes the JSON trace. With `limits.maxBytes` it stops adding steps at that size and returns
 * the stop reason, which the document's run.stopped then also gives.
 */
export function writeTraceJson(
  t: Trace,
  fd: number,
  options: TraceJsonOptions,
  limits: TraceWriteLimits = {},
): TraceSizeStop | null {
  // The header needs the run's summary only; the steps stream after it.
  const doc = traceDocumentWith(t, options, null);
  const fill = (emit: (item: unknown) => void) => {
    traceDocumentWith(t, options, emit);
  };
  const maxBytes = limits.maxBytes;
  if (maxBytes === undefined) {
    const out = new FdWriter(fd);
    streamDocument(out, JSON.stringify(doc), "steps", fill, undefined);
    out.flush();
    return null;
  }
  // run.status and run.stopped come before the steps. They get room (spaces) for a stop's 124
  // and trace-size reason; a regular file is patched in place, other outputs (pipes) hold the
  // document back until the end.
  const stop = traceSizeStop(maxBytes);
  const fields: [now: string, cut: string][] = [
    [JSON.stringify(doc.run.status), JSON.stringify(STATUS_STOPPED)],
    [JSON.stringify(doc.run.stopped), JSON.stringify(stop)],
  ];
  const json = JSON.stringify({
    ...doc,
    run: { ...doc.run, status: "\u0000status", stopped: "\u0000stopped" },
  });
  // the run's fields come after the program's source, which could hold the same text
  const statusSlot = JSON.stringify("\u0000status");
  const stoppedSlot = JSON.stringify("\u0000stopped");
  const a = json.lastIndexOf(statusSlot);
  const b = json.lastIndexOf(stoppedSlot);
  const head = json.slice(0, a);
  const middle = json.slice(a + statusSlot.length, b);
  const tail = json.slice(b + stoppedSlot.length);
  const widths = fields.map(([now, cut]) => Math.max(now.length, cut.length));
  const header = (which: 0 | 1) =>
    head + fields[0]![which].padEnd(widths[0]!) + middle + fields[1]![which].padEnd(widths[1]!) + tail;
  const seekable = fd !== 1 && fd !== 2 && fstatSync(fd).isFile();
  const out = new FdWriter(fd, !seekable);
  const written = header(0);
  const cut = streamDocument(out, written, "steps", fill, maxBytes);
  const stepsAt = written.indexOf('"steps":[]') + '"steps":['.length;
  if (cut && !seekable) out.replaceFirst(header(1).slice(0, stepsAt));
  out.flush();
  if (cut && seekable) {
    // same length, only the two fields differ
    const start = Buffer.byteLength(head);
    writeSync(fd, header(1).slice(head.length, stepsAt), start);
  }
  return cut ? stop : null;
}

/**
 * Writes the Python Tutor trace. With `limits.maxBytes` it stops adding points at that size,
 * ends with an `uncaught_exception` point saying why (the format has no other place for it) and
 * returns the stop reason.
 */
export function writePyTutor(t: Trace, fd: number, limits: TraceWriteLimits = {}): TraceSizeStop | null {
  const out = new FdWriter(fd);
  const stop = limits.maxBytes === undefined ? null : traceSizeStop(limits.maxBytes);
  let last: PyTutorStep | null = null;
  const cut = streamDocument(
    out,
    JSON.stringify({ code: t.source, trace: [] }),
    "trace",
    (emit) =>
      pytutorSteps(t, (s, json) => {
        emit(s, json);
        last = s;
      }),
    limits.maxBytes,
    (cut) => {
      const end = last as PyTutorStep | null;
      if (!cut || end === null || stop === null) return [];
      return [{ ...end, event: "uncaught_exception", exception_msg: `heapstack: stopped: ${stop.message}` }];
    },
  );
  out.flush();
  return cut ? stop : null;
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
