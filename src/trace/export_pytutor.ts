/**
 * Python Tutor's execution trace format (OnlinePythonTutor v3/docs/opt-trace-format.md and its
 * pg_encoder): `{code, trace: [{event, line, func_name, globals, ordered_globals,
 * stack_to_render, heap, stdout}]}`. Numbers, strings, booleans and None are written inline;
 * every other object is `["REF", id]` with its encoding in `heap`: `["LIST", ...]`,
 * `["TUPLE", ...]`, `["SET", ...]`, `["DICT", [k, v], ...]`, `["INSTANCE", class, [attr, v], ...]`,
 * `["CLASS", name, [bases], [attr, v], ...]`, `["FUNCTION", "f(a, b)", null]`, or
 * `[type name, value]` for anything else. Only the program's own frames are shown, the module
 * frame's names as `globals`, and only objects reachable from them.
 */
import type { StepView, TraceFrame, TraceObject } from "./rebuild.js";
import type { Trace } from "./session.js";

type Encoded = null | boolean | number | string | unknown[];

export interface PyTutorFrame {
  func_name: string;
  is_parent: boolean;
  frame_id: number;
  parent_frame_id_list: number[];
  encoded_locals: Record<string, Encoded>;
  ordered_varnames: string[];
  is_zombie: boolean;
  is_highlighted: boolean;
  unique_hash: string;
}

export interface PyTutorStep {
  event: "step_line" | "call" | "return" | "exception" | "uncaught_exception";
  line: number;
  func_name: string;
  globals: Record<string, Encoded>;
  ordered_globals: string[];
  stack_to_render: PyTutorFrame[];
  heap: Record<string, unknown[]>;
  stdout: string;
  exception_msg?: string;
}

export interface PyTutorTrace {
  code: string;
  trace: PyTutorStep[];
}

/** Class attributes Python Tutor does not show (pg_encoder). */
const CLASS_HIDDEN = new Set([
  "__doc__",
  "__module__",
  "__return__",
  "__locals__",
  "__dict__",
  "__weakref__",
  "__qualname__",
]);

const EVENT_NAMES = { line: "step_line", call: "call", return: "return", exception: "exception" } as const;

/** The Python value of a str's summary (a repr, possibly cut at 80 characters). */
function unrepr(text: string): string {
  const cut = text.endsWith("...");
  const body = cut ? text.slice(1, -4) : text.slice(1, -1);
  const s = body.replace(/\\(x[0-9a-f]{2}|n|r|t|\\|'|")/g, (_m, e: string) => {
    if (e === "n") return "\n";
    if (e === "r") return "\r";
    if (e === "t") return "\t";
    if (e.startsWith("x")) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return e;
  });
  return cut ? `${s}...` : s;
}

function isDunder(name: string): boolean {
  return name.startsWith("__") && name.endsWith("__");
}

class Encoder {
  readonly heap: Record<string, unknown[]> = {};
  constructor(private readonly view: StepView) {}

  value(id: number | null): Encoded {
    if (id === null) return null;
    const o = this.view.object(id);
    if (o === undefined) return null;
    switch (o.type) {
      case "NoneType":
        return null;
      case "bool":
        return o.value === "True";
      case "int": {
        const n = Number(o.value);
        if (Number.isSafeInteger(n)) return n;
        break;
      }
      case "float": {
        const n = Number(o.value);
        if (Number.isFinite(n)) return n;
        return ["SPECIAL_FLOAT", o.value === "nan" ? "NaN" : o.value === "inf" ? "Infinity" : "-Infinity"];
      }
      case "str":
        return unrepr(o.value);
    }
    if (!(String(id) in this.heap)) {
      this.heap[String(id)] = []; // placeholder: cycles refer back to it
      this.heap[String(id)] = this.object(o);
    }
    return ["REF", id];
  }

  private attrsOfDict(
    dictId: number | undefined,
    skip: (key: Encoded) => boolean = () => false,
  ): [Encoded, Encoded][] {
    if (dictId === undefined) return [];
    const d = this.view.object(dictId);
    if (d === undefined) return [];
    return this.entries(d, skip);
  }

  private entries(d: TraceObject, skip: (key: Encoded) => boolean = () => false): [Encoded, Encoded][] {
    const out: [Encoded, Encoded][] = [];
    for (let i = 0; i + 1 < d.refs.length; i += 2) {
      const k = this.value(d.refs[i]!.to);
      if (!skip(k)) out.push([k, this.value(d.refs[i + 1]!.to)]);
    }
    return out;
  }

  private object(o: TraceObject): unknown[] {
    const items = () => o.refs.filter((r) => r.kind === "item").map((r) => this.value(r.to));
    switch (o.type) {
      case "list":
        return ["LIST", ...items()];
      case "tuple":
        return ["TUPLE", ...items()];
      case "set":
      case "frozenset":
        return ["SET", ...items()];
      case "dict":
        return ["DICT", ...this.entries(o)];
      case "function": {
        const sig = o.value;
        return ["FUNCTION", sig.slice(sig.lastIndexOf(".", sig.indexOf("(")) + 1), null];
      }
      case "type": {
        const dict = o.refs.find((r) => r.name === "__dict__")?.to;
        const bases = o.refs.filter((r) => r.name === "__base__" || String(r.name).startsWith("__bases__"));
        const baseNames = bases.map((b) => this.view.object(b.to)?.value ?? "object");
        const attrs = this.attrsOfDict(dict, (k) => typeof k === "string" && CLASS_HIDDEN.has(k));
        return ["CLASS", o.value, baseNames, ...attrs];
      }
    }
    const dict = o.refs.find((r) => r.name === "__dict__");
    const cls = o.refs.find((r) => r.name === "__class__");
    if (
      cls !== undefined &&
      (dict !== undefined || o.refs.some((r) => r.kind === "attr" && !r.name.toString().startsWith("<")))
    ) {
      // an instance of a class the program defined: its attributes (slots and __dict__)
      const attrs: [Encoded, Encoded][] = [];
      for (const r of o.refs) {
        if (
          r.kind !== "attr" ||
          r.name === "__dict__" ||
          r.name === "__class__" ||
          String(r.name).startsWith("<")
        )
          continue;
        attrs.push([String(r.name), this.value(r.to)]);
      }
      attrs.push(...this.attrsOfDict(dict?.to));
      return ["INSTANCE", o.type, ...attrs];
    }
    if (o.type === "int") return ["HEAP_PRIMITIVE", "int", o.value];
    return [o.type, o.value];
  }

  locals(f: TraceFrame, skipDunders: boolean): { encoded: Record<string, Encoded>; ordered: string[] } {
    const encoded: Record<string, Encoded> = {};
    const ordered: string[] = [];
    for (const l of f.locals) {
      if (l.ref === null || (skipDunders && isDunder(l.name)) || l.name.startsWith(".")) continue;
      let ref: number | null = l.ref;
      if (l.kind === "cell" || l.kind === "free") {
        // the variable's value, not the cell holding it
        const cell = this.view.object(l.ref);
        ref = cell?.refs.find((r) => r.name === "cell_contents")?.to ?? null;
        if (ref === null) continue;
      }
      const o = this.view.object(ref);
      if (o !== undefined && o.type === "module") continue;
      encoded[l.name] = this.value(ref);
      ordered.push(l.name);
    }
    return { encoded, ordered };
  }
}

function exceptionMessage(view: StepView, id: number | null): string {
  const o = id === null ? undefined : view.object(id);
  if (o === undefined) return "";
  const text = o.value.startsWith("'") || o.value.startsWith('"') ? unrepr(o.value) : o.value;
  return text === "" ? o.type : `${o.type}: ${text}`;
}

export function pytutorTrace(t: Trace): PyTutorTrace {
  const trace: PyTutorStep[] = [];
  pytutorSteps(t, (s) => trace.push(s));
  return { code: t.source, trace };
}

/** Calls `emit` with each Python Tutor execution point in order (for streaming). */
export function pytutorSteps(t: Trace, emit: (step: PyTutorStep) => void): void {
  const orderedGlobals: string[] = [];
  let last: PyTutorStep | null = null;
  let lastException = "";
  t.forEachStep((view) => {
    const enc = new Encoder(view);
    const frames = view.frames.filter((f) => f.user);
    const module = frames.length > 0 && frames[0]!.function === "<module>" ? frames[0]! : null;
    const globals: Record<string, Encoded> = {};
    if (module !== null) {
      const g = enc.locals(module, true);
      Object.assign(globals, g.encoded);
      for (const name of g.ordered) if (!orderedGlobals.includes(name)) orderedGlobals.push(name);
    }
    const stack: PyTutorFrame[] = [];
    const rest = module === null ? frames : frames.slice(1);
    rest.forEach((f, i) => {
      const { encoded, ordered } = enc.locals(f, false);
      const top = i === rest.length - 1;
      if (top && view.event === "return") {
        encoded.__return__ = enc.value(view.value);
        ordered.push("__return__");
      }
      stack.push({
        func_name: f.function.slice(f.function.lastIndexOf(".") + 1),
        is_parent: false,
        frame_id: f.id,
        parent_frame_id_list: [],
        encoded_locals: encoded,
        ordered_varnames: ordered,
        is_zombie: false,
        is_highlighted: top,
        unique_hash: `${f.function}_f${f.id}`,
      });
    });
    const step: PyTutorStep = {
      event: EVENT_NAMES[view.event],
      line: view.line,
      func_name: view.function.slice(view.function.lastIndexOf(".") + 1),
      globals,
      ordered_globals: orderedGlobals.filter((n) => n in globals),
      stack_to_render: stack,
      heap: enc.heap,
      stdout: view.stdout,
    };
    if (view.event === "exception") {
      lastException = exceptionMessage(view, view.value);
      step.exception_msg = lastException;
    }
    emit(step);
    last = step;
  });
  const end = last as PyTutorStep | null;
  const o = t.outcome;
  if (end !== null && (o.stopped !== null || (o.status !== 0 && lastException !== ""))) {
    // Python Tutor ends a failed run with an uncaught_exception point
    emit({
      ...end,
      event: "uncaught_exception",
      exception_msg: o.stopped !== null ? `heapstack: ${o.stopped.message}` : lastException,
      stdout: o.stdout,
    });
  }
}
