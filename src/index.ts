// The heapstack library API.
export * as parser from "./parser/index.js";
// Recording runs: any step's state, reports, JSON / Python Tutor / heap snapshot exports.
export type { TraceEvent } from "./trace/events.js";
export type { HeapSnapshot } from "./trace/export_heapsnapshot.js";
export type { TraceDocument, TraceJsonOptions } from "./trace/export_json.js";
export type { PyTutorTrace } from "./trace/export_pytutor.js";
export { TraceJsonReader } from "./trace/read_json.js";
export type { StepState, StepView, TraceFrame, TraceObject, TraceRef } from "./trace/rebuild.js";
export type { Report } from "./trace/report.js";
export { formatReport } from "./trace/report_text.js";
export { type RecordOptions, type RunOutcome, type RunResult, run, Trace, trace } from "./trace/session.js";
